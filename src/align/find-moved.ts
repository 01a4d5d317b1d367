import type { Block, Issue, Lang } from '../types.js'
import type { DraftLink } from './link-draft.js'
import { makeLink } from './link-draft.js'

/** How far apart (in links) a paragraph and its moved partner may be. */
const MOVE_WINDOW = 12
/** A moved pair must be at least this similar, and each the other's best. */
const MOVED_MIN = 0.62

/** Options of `findMoved`. */
export interface MovedContext {
  readonly blockOf: (id: string, side: Lang) => Block
  /** Similarity of one Chinese and one English block, in [0, 1]. */
  readonly similarity: (zh: Block, en: Block) => { score: number; method: DraftLink['method'] }
  readonly partOf: (b: Block) => DraftLink['part']['zh']
}

/**
 * A paragraph moved a few places is not two unpaired blocks: one-sided
 * links of the two sides that lie close together and are each other's best
 * match are linked, at the Chinese paragraph's place, and reported as
 * `align/moved`. Such a link is the one exception to the monotone order of
 * the English side.
 */
export function findMoved(links: readonly DraftLink[], ctx: MovedContext): { links: DraftLink[]; issues: Issue[] } {
  const alone = (side: Lang) => links.flatMap((l, k) => (l[side].ids.length === 1 && l[side === 'zh' ? 'en' : 'zh'].ids.length === 0 && l.kind !== 'heading' && l.kind !== 'meta' ? [{ k, block: ctx.blockOf(l[side].ids[0] as string, side) }] : []))
  const zs = alone('zh')
  const es = alone('en')
  if (!zs.length || !es.length) return { links: [...links], issues: [] }
  const scored = zs.flatMap((z) => es.filter((e) => Math.abs(e.k - z.k) <= MOVE_WINDOW && (z.block.kind === 'footnote') === (e.block.kind === 'footnote')).map((e) => ({ z, e, sim: ctx.similarity(z.block, e.block) })))
  const bestOf = (pick: (s: (typeof scored)[number]) => number) => {
    const best = new Map<number, number>()
    for (const s of scored) best.set(pick(s), Math.max(best.get(pick(s)) ?? -1, s.sim.score))
    return best
  }
  const zBest = bestOf((s) => s.z.k)
  const eBest = bestOf((s) => s.e.k)
  const chosen = scored.filter((s) => s.sim.score >= MOVED_MIN && zBest.get(s.z.k) === s.sim.score && eBest.get(s.e.k) === s.sim.score)
  if (!chosen.length) return { links: [...links], issues: [] }
  const replace = new Map<number, DraftLink>()
  const drop = new Set<number>()
  const issues: Issue[] = []
  for (const { z, e, sim } of chosen) {
    if (replace.has(z.k) || drop.has(e.k)) continue
    replace.set(z.k, makeLink([z.block], [e.block], sim.score, sim.method, { zh: ctx.partOf(z.block), en: ctx.partOf(e.block) }))
    drop.add(e.k)
    issues.push({ code: 'align/moved', severity: 'info', side: 'en', block: e.block.id, message: `English ${e.block.kind} ${e.block.id} stands ${Math.abs(e.k - z.k)} links away from its Chinese partner ${z.block.id}: linked as moved` })
  }
  return { links: links.flatMap((l, k) => (drop.has(k) ? [] : [replace.get(k) ?? l])), issues }
}
