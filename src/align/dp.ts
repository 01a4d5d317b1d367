import { BEADS, LINK_THRESHOLD } from '../data/beads.js'
import type { Similarity } from './similarity.js'

/** One link found by the dynamic programming: `[zh0, zh1)` ↔ `[en0, en1)`. */
export interface Bead {
  readonly zh0: number
  readonly zh1: number
  readonly en0: number
  readonly en1: number
  /** Similarity of the two sides; null for a one-sided bead. */
  readonly sim: Similarity | null
}

/** Options of `alignDp`. */
export interface DpOptions {
  /** Half-width of the band around the centre line; cells outside are not visited. */
  readonly band: number
  /** Centre of the band at row `i` (an en index); the diagonal when absent. */
  readonly center?: (i: number) => number
  /** Counts the similarity evaluations (for linear-time checks). */
  readonly counter?: { evaluations: number }
}

/**
 * Monotone alignment of two sequences by dynamic programming over the bead
 * shapes of `BEADS`. A link earns its similarity minus `LINK_THRESHOLD` and
 * the shape's penalty; leaving a block unpaired earns nothing, so a link is
 * made only when the evidence is better than none. Work is bounded by the
 * band: O((n + m) · band).
 */
export function alignDp(n: number, m: number, sim: (zh0: number, zh1: number, en0: number, en1: number) => Similarity, options: DpOptions): Bead[] {
  if (n === 0 || m === 0) {
    return [...range(n).map((i) => ({ zh0: i, zh1: i + 1, en0: 0, en1: 0, sim: null })), ...range(m).map((j) => ({ zh0: n, zh1: n, en0: j, en1: j + 1, sim: null }))]
  }
  const width = m + 1
  const best = new Float64Array((n + 1) * width).fill(-Infinity)
  const from = new Int8Array((n + 1) * width).fill(-1)
  const sims = new Map<number, Similarity>()
  const centerOf = options.center ?? ((i: number) => (i * m) / n)
  const centers = new Float64Array(n + 1)
  for (let i = 0; i <= n; i++) centers[i] = centerOf(i)
  // The first row reaches back to column 0 and the last row on to column m, so that a side that
  // ends early (a truncated file) or starts late still finds its corner.
  const lo = (i: number): number => (i === 0 ? 0 : Math.max(0, Math.floor((centers[i] as number) - options.band)))
  const hi = (i: number): number => (i === n ? m : Math.min(m, Math.ceil((centers[i] as number) + options.band)))
  const inBand = (i: number, j: number): boolean => j >= lo(i) && j <= hi(i)
  best[0] = 0
  for (let i = 0; i <= n; i++) {
    const jLo = lo(i)
    const jHi = hi(i)
    for (let j = jLo; j <= jHi; j++) {
      const here = best[i * width + j] as number
      if (here === -Infinity) continue
      for (let b = 0; b < BEADS.length; b++) {
        const bead = BEADS[b] as (typeof BEADS)[number]
        const i1 = i + bead.zh
        const j1 = j + bead.en
        if (i1 > n || j1 > m || (!inBand(i1, j1) && !(i1 === n && j1 === m))) continue
        const k = i1 * width + j1
        let gain = 0
        if (bead.zh > 0 && bead.en > 0) {
          // A similarity is at most 1: a bead that cannot beat what the cell holds is not compared.
          if (here + 1 - LINK_THRESHOLD - bead.penalty <= (best[k] as number)) continue
          if (options.counter) options.counter.evaluations++
          const s = sim(i, i1, j, j1)
          if (bead.zh === 1 && bead.en === 1) sims.set(i * width + j, s)
          gain = s.score - LINK_THRESHOLD - bead.penalty
        }
        if (here + gain > (best[k] as number)) {
          best[k] = here + gain
          from[k] = b
        }
      }
    }
  }
  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const b = from[i * width + j] as number
    if (b < 0) throw new Error(`alignDp: no path at ${i},${j}`)
    const shape = BEADS[b] as (typeof BEADS)[number]
    const i0 = i - shape.zh
    const j0 = j - shape.en
    const two = shape.zh > 0 && shape.en > 0
    beads.push({ zh0: i0, zh1: i, en0: j0, en1: j, sim: two ? (shape.zh === 1 && shape.en === 1 ? (sims.get(i0 * width + j0) ?? sim(i0, i, j0, j)) : sim(i0, i, j0, j)) : null })
    i = i0
    j = j0
  }
  return beads.reverse()
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}
