import type { Block, DocumentTree, Issue, Lang, Part } from '../types.js'
import { alignStreams, type PairContext } from './align-streams.js'
import { findMoved } from './find-moved.js'
import { type DraftLink, wholePartLinks } from './link-draft.js'
import { matchParts } from './match-parts.js'
import type { Signature } from './signature.js'
import { similarity } from './similarity.js'
import { type PartAlignment, structureFallback } from './structure-fallback.js'

/** Band of the dynamic programming when whole documents are aligned by content. */
const WHOLE_BAND = 40

/**
 * One alignment pass over a pair of trees: parts matched as evidence, their
 * blocks aligned part by part, the whole documents aligned by content when
 * the structures disagree, and paragraphs moved a few places linked again.
 */
export function alignPair(zt: DocumentTree, et: DocumentTree, ctx: PairContext): { links: DraftLink[]; issues: Issue[] } {
  const issues: Issue[] = []
  const numbersOf = (p: Part): string[] => p.blocks.flatMap((b) => ctx.signatures.get(b)?.numbers ?? [])
  const byParts = matchParts(zt.parts, et.parts, numbersOf).map((pl): PartAlignment => {
    if (pl.zh && pl.en) return { part: pl, links: alignStreams(pl.zh.blocks, pl.en.blocks, ctx) }
    const part = (pl.zh ?? pl.en) as Part
    const side: Lang = pl.zh ? 'zh' : 'en'
    issues.push({ code: 'align/unpaired-part', severity: 'info', side, message: `${side === 'zh' ? 'Chinese' : 'English'} ${part.kind}${part.title ? ` "${part.title}"` : ''} has no counterpart (${part.blocks.length} blocks left unpaired)` })
    return { part: pl, links: wholePartLinks(part, side) }
  })
  const zBlocks = zt.parts.flatMap((p) => p.blocks)
  const eBlocks = et.parts.flatMap((p) => p.blocks)
  const chosen = structureFallback(byParts, () => alignStreams(zBlocks, eBlocks, { ...ctx, band: WHOLE_BAND }))
  if (chosen.issue) {
    // The parts' own verdicts no longer hold: the whole documents were aligned by content.
    issues.length = 0
    issues.push(chosen.issue)
  }
  const one = (b: Block, index: ReadonlyMap<Block, number>): number[] => [index.get(b) as number]
  const moved = findMoved(chosen.links, {
    blockOf: ctx.blockOf,
    partOf: (b) => ctx.partOf.get(b) ?? null,
    similarity: (z, e) =>
      similarity(ctx.signatures.get(z) as Signature, ctx.signatures.get(e) as Signature, {
        ratio: ctx.ratio,
        glossary: ctx.glossary?.score(one(z, ctx.zhIndex), one(e, ctx.enIndex)),
        lexicon: ctx.lexicon?.score(one(z, ctx.zhIndex), one(e, ctx.enIndex)),
      }),
  })
  return { links: moved.links, issues: [...issues, ...moved.issues] }
}
