/**
 * Competitive linking (Melamed 2000) with re-estimation: take the best
 * scoring candidate pair, link it, and let it explain its occurrences in
 * the links where both terms stand, so that the words inside it stop
 * counting there; then take the next best pair whose two sides are both
 * still free. Scores only fall as terms are linked, so a popped pair is
 * re-scored and put back when it is no longer the best (lazy greedy).
 * Each Chinese and each English candidate ends in at most one pair.
 */
import type { CandidateTable } from './candidate-table.js'
import { MaxHeap } from './max-heap.js'
import { associationScore, lengthPrior, positionPrior } from './term-association.js'

/** A linked pair of candidate ids. */
export interface LinkedPair {
  readonly zh: number
  readonly en: number
  /** Association score when linked. */
  readonly score: number
  /** Links supporting the pair. */
  readonly units: readonly number[]
  /** Whether the glossary pairs the two terms. */
  readonly known: boolean
}

/** Inputs of `linkCompetitively`. */
export interface LinkingInput {
  readonly zh: CandidateTable
  readonly en: CandidateTable
  /** Initial co-occurrence counts: `pairs.get(zhId)` maps enId → links together. */
  readonly pairs: ReadonlyMap<number, ReadonlyMap<number, number>>
  readonly links: number
  readonly minCount: number
  /** Whether the glossary pairs these two candidates. */
  readonly isKnown: (zh: number, en: number) => boolean
  /** Extra prior in [0, 1] on a pair (translation evidence); 0 rules the pair out. Default 1. */
  readonly prior?: (zh: number, en: number) => number
}

/** Known pairs go first: their priority is raised by this much. */
const KNOWN_BONUS = 1

/** Smallest distance between a position in `a` and one in `b`. */
function closest(a: readonly number[], b: readonly number[]): number {
  let best = 1
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y))
  return best
}

/** Link candidates one to one, best first. */
export function linkCompetitively(input: LinkingInput): LinkedPair[] {
  const { zh, en, links, minCount } = input
  const evaluate = (z: number, e: number): { score: number; units: number[] } => {
    const zUnits = zh.aliveUnits(z)
    const units = zUnits.filter((u) => en.aliveIn(e, u))
    if (units.length < minCount) return { score: 0, units }
    const counts = { both: units.length, zh: zUnits.length, en: en.aliveUnits(e).length, links }
    const offsets = units.map((u) => closest(zh.positions(z, u), en.positions(e, u)))
    const prior = lengthPrior(zh.surface(z), en.surface(e)) * positionPrior(offsets) * (input.prior?.(z, e) ?? 1)
    return { score: associationScore(counts, prior), units }
  }
  const heap = new MaxHeap<{ z: number; e: number; known: boolean }>()
  for (const [z, row] of input.pairs) {
    for (const [e, both] of row) {
      if (both < minCount) continue
      const known = input.isKnown(z, e)
      const { score } = evaluate(z, e)
      if (score > 0) heap.push(score + (known ? KNOWN_BONUS : 0), { z, e, known })
    }
  }
  const zhTaken = new Set<number>()
  const enTaken = new Set<number>()
  const out: LinkedPair[] = []
  while (heap.size > 0) {
    const top = heap.pop()!
    const { z, e, known } = top.value
    if (zhTaken.has(z) || enTaken.has(e)) continue
    const { score, units } = evaluate(z, e)
    if (score <= 0) continue
    const priority = score + (known ? KNOWN_BONUS : 0)
    if (priority < top.priority - 1e-12 && priority < heap.peekPriority()) {
      heap.push(priority, top.value)
      continue
    }
    zhTaken.add(z)
    enTaken.add(e)
    for (const u of units) {
      zh.cover(z, u)
      en.cover(e, u)
    }
    out.push({ zh: z, en: e, score, units, known })
  }
  return out
}
