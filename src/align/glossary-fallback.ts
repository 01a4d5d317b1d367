import { createGlossaryScorer, type GlossaryScoreOptions } from '../glossary/glossary-score.js'
import type { Block } from '../types.js'
import type { GlossaryScorer } from './align-blocks.js'

/**
 * The aligner's fallback evidence: shared glossary terms of two runs of
 * blocks, weighted by rarity over the whole pair (a term found in every
 * paragraph says nothing). Terms are found once per block; a run's terms are
 * the union of its blocks' terms.
 *
 * The scorer is asked ~10⁴ times per pair: terms found on both sides get
 * dense ids, and a run's union is marked in a stamp array instead of built,
 * so that a call allocates nothing.
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
    // Terms found on both sides, by dense id, with their weights.
    const dense = new Map<number, number>()
    const weights: number[] = []
    for (const [id, f] of df) {
      if (!zhSeen.has(id) || !enSeen.has(id)) continue
      dense.set(id, weights.length)
      weights.push(Math.log((n + 1) / (f + 1)))
    }
    const weight = Float64Array.from(weights)
    const terms = (lists: ReadonlyArray<readonly number[]>) => lists.map((ids) => Int32Array.from(ids.flatMap((id) => dense.get(id) ?? [])))
    const zt = terms(zh)
    const et = terms(en)
    const zStamp = new Uint32Array(weight.length)
    const eStamp = new Uint32Array(weight.length)
    let epoch = 0
    return {
      score(zRun, eRun) {
        if (++epoch === 0xffffffff) {
          zStamp.fill(0)
          eStamp.fill(0)
          epoch = 1
        }
        let wa = 0
        for (const k of zRun) {
          const ids = zt[k]
          if (ids === undefined) continue
          for (let t = 0; t < ids.length; t++) {
            const id = ids[t] as number
            if (zStamp[id] !== epoch) {
              zStamp[id] = epoch
              wa += weight[id] as number
            }
          }
        }
        let wb = 0
        let shared = 0
        for (const k of eRun) {
          const ids = et[k]
          if (ids === undefined) continue
          for (let t = 0; t < ids.length; t++) {
            const id = ids[t] as number
            if (eStamp[id] === epoch) continue
            eStamp[id] = epoch
            const w = weight[id] as number
            wb += w
            if (zStamp[id] === epoch) shared += w
          }
        }
        return wa + wb === 0 ? 0 : (2 * shared) / (wa + wb)
      },
    }
  }
}
