import type { Block, PartKind } from '../types.js'
import { alignBlocks, type BlockLink, type GlossaryScorer } from './align-blocks.js'
import { type DraftLink, makeLink, placeFootnotes } from './link-draft.js'
import type { Signature } from './signature.js'

/** What the aligner knows of the whole pair, shared by every stretch it aligns. */
export interface PairContext {
  readonly signatures: ReadonlyMap<Block, Signature>
  /** The document's own en/zh length ratio. */
  readonly ratio: number
  /** Glossary scorer over the whole pair's block lists (indices into `zhBlocks`/`enBlocks`). */
  readonly glossary?: GlossaryScorer
  /** Lexicon scorer over the whole pair's block lists, same indexing. */
  readonly lexicon?: GlossaryScorer
  readonly zhIndex: ReadonlyMap<Block, number>
  readonly enIndex: ReadonlyMap<Block, number>
  /** The block of an id on one side. */
  readonly blockOf: (id: string, side: 'zh' | 'en') => Block
  /** Part kind of every block. */
  readonly partOf: ReadonlyMap<Block, PartKind>
  /** Wider band for the dynamic programming (whole documents whose structure disagrees). */
  readonly band?: number
  readonly counter?: { evaluations: number }
}

/**
 * Align two block lists as two streams, paragraphs and footnotes, and put
 * each footnote link after the link that first refers to it.
 */
export function alignStreams(zhBlocks: readonly Block[], enBlocks: readonly Block[], ctx: PairContext): DraftLink[] {
  const stream = (notes: boolean): DraftLink[] => {
    const zs = zhBlocks.filter((b) => (b.kind === 'footnote') === notes)
    const es = enBlocks.filter((b) => (b.kind === 'footnote') === notes)
    const found = alignBlocks(
      { blocks: zs, signatures: zs.map((b) => ctx.signatures.get(b) as Signature) },
      { blocks: es, signatures: es.map((b) => ctx.signatures.get(b) as Signature) },
      {
        ratio: ctx.ratio,
        ...(ctx.glossary ? { glossary: sliceScorer(ctx.glossary, zs, es, ctx.zhIndex, ctx.enIndex) } : {}),
        ...(ctx.lexicon ? { lexicon: sliceScorer(ctx.lexicon, zs, es, ctx.zhIndex, ctx.enIndex) } : {}),
        offset: { zh: 0, en: 0 },
        ...(ctx.band !== undefined ? { band: ctx.band } : {}),
        ...(ctx.counter ? { counter: ctx.counter } : {}),
      },
    )
    return found.map((l: BlockLink) => {
      const z = l.zh.map((i) => zs[i] as Block)
      const e = l.en.map((j) => es[j] as Block)
      return makeLink(z, e, l.score, l.method, { zh: z[0] ? (ctx.partOf.get(z[0]) ?? null) : null, en: e[0] ? (ctx.partOf.get(e[0]) ?? null) : null })
    })
  }
  return placeFootnotes(stream(false), stream(true))
}

/** A scorer over a slice of the pair's blocks, mapped to the whole pair's indices. */
function sliceScorer(g: GlossaryScorer, zs: readonly Block[], es: readonly Block[], zIndex: ReadonlyMap<Block, number>, eIndex: ReadonlyMap<Block, number>): GlossaryScorer {
  const zg = zs.map((b) => zIndex.get(b) as number)
  const eg = es.map((b) => eIndex.get(b) as number)
  // Runs of one or two come back for every cell of the DP: map them once.
  const memo = (global: number[]) => {
    const one: number[][] = []
    const two: number[][] = []
    return (run: readonly number[]): readonly number[] => {
      const a = run[0] as number
      if (run.length === 1) return (one[a] ??= [global[a] as number])
      if (run.length === 2 && run[1] === a + 1) return (two[a] ??= [global[a] as number, global[a + 1] as number])
      return run.map((k) => global[k] as number)
    }
  }
  const zmap = memo(zg)
  const emap = memo(eg)
  return { score: (z, e) => g.score(zmap(z), emap(e)) }
}
