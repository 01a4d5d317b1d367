import { createGlossaryScorer, type GlossaryScoreOptions } from '../glossary/glossary-score.js'
import type { Block } from '../types.js'
import type { GlossaryScorer } from './align-blocks.js'

/**
 * The aligner's fallback evidence: shared glossary terms of two runs of
 * blocks, weighted by rarity over the whole pair (a term found in every
 * paragraph says nothing). Terms are found once per block; a run's terms are
 * the union of its blocks' terms.
 */
export function glossaryFallback(options?: Readonly<GlossaryScoreOptions>): (zh: readonly Block[], en: readonly Block[]) => GlossaryScorer {
  return (zhBlocks, enBlocks) => {
    const base = createGlossaryScorer(zhBlocks.map((b) => b.text), enBlocks.map((b) => b.text), options)
    const zh = zhBlocks.map((_, i) => base.zhTerms(i))
    const en = enBlocks.map((_, j) => base.enTerms(j))
    const df = new Map<number, number>()
    const zhSeen = new Set<number>()
    const enSeen = new Set<number>()
    for (const ids of zh) for (const id of ids) { df.set(id, (df.get(id) ?? 0) + 1); zhSeen.add(id) }
    for (const ids of en) for (const id of ids) { df.set(id, (df.get(id) ?? 0) + 1); enSeen.add(id) }
    const n = zh.length + en.length
    const weight = new Map<number, number>()
    for (const [id, f] of df) if (zhSeen.has(id) && enSeen.has(id)) weight.set(id, Math.log((n + 1) / (f + 1)))
    // Per block: the weighted term ids (sorted) and their total weight.
    const prep = (lists: ReadonlyArray<readonly number[]>) => lists.map((ids) => {
      const kept = ids.filter((id) => weight.has(id)).sort((x, y) => x - y)
      return { ids: kept, total: kept.reduce((t, id) => t + (weight.get(id) as number), 0) }
    })
    const zp = prep(zh)
    const ep = prep(en)
    const sum = (ids: readonly number[]): number => ids.reduce((t, id) => t + (weight.get(id) as number), 0)
    // Runs of two blocks come back for every 2–1 bead: keep their unions.
    const cache = [new Map<number, { ids: number[]; total: number }>(), new Map<number, { ids: number[]; total: number }>()]
    const union = (side: 0 | 1, lists: ReadonlyArray<{ ids: number[]; total: number }>, run: readonly number[]): { ids: number[]; total: number } => {
      if (run.length === 1) return lists[run[0] as number] ?? { ids: [], total: 0 }
      // Key a run of two by both indices (they need not be adjacent: a footnote may sit between).
      const key = run.length === 2 ? (run[0] as number) * 1_000_003 + (run[1] as number) : -1
      const hit = key >= 0 ? cache[side]?.get(key) : undefined
      if (hit) return hit
      const ids = [...new Set(run.flatMap((k) => lists[k]?.ids ?? []))].sort((x, y) => x - y)
      const value = { ids, total: sum(ids) }
      if (key >= 0) cache[side]?.set(key, value)
      return value
    }
    return {
      score(zRun, eRun) {
        const { ids: a, total: wa } = union(0, zp, zRun)
        const { ids: b, total: wb } = union(1, ep, eRun)
        if (wa + wb === 0) return 0
        let shared = 0
        for (let i = 0, j = 0; i < a.length && j < b.length; ) {
          const x = a[i] as number
          const y = b[j] as number
          if (x === y) {
            shared += weight.get(x) as number
            i++
            j++
          } else if (x < y) i++
          else j++
        }
        return (2 * shared) / (wa + wb)
      },
    }
  }
}
