import type { BlockSide } from './align-blocks.js'
import type { BlockKind } from '../types.js'
import type { Similarity } from './similarity.js'

/** Neighbours an anchor must beat (numbers aside): paragraphs inserted or lost shift the numbers of what follows. */
const RIVAL_OFFSETS = [-8, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8]

/** Candidates with the same number an anchor considers: the nearest to where it is expected, within a window. */
const ANCHOR_CANDIDATES = 2
const ANCHOR_WINDOW = 40

/** An anchor must be at least this similar for its number to be believed. */
const ANCHOR_MIN = 0.6

/**
 * Numbers are compared within a class, not a kind: an operative paragraph 12
 * read as a report paragraph 12 (its part not recognised) still meets its
 * partner. Headings number apart.
 */
const numberClass = (kind: BlockKind): string => (kind === 'heading' ? 'heading' : kind === 'footnote' ? 'footnote' : 'paragraph')
const sameClass = (a: BlockKind | undefined, b: BlockKind): boolean => a !== undefined && numberClass(a) === numberClass(b)

export interface Anchor {
  readonly zh: number
  readonly en: number
  readonly sim: Similarity
}

/**
 * Numbered blocks with the same number whose signature agrees, kept
 * monotone. A number is a hypothesis: the pair must also be more alike
 * (numbers aside) than either block is to the other's neighbours, or a
 * renumbered document would be aligned off by one.
 */
export function findAnchors(zh: BlockSide, en: BlockSide, sim: (i: number, j: number, useNumber: boolean) => Similarity): { anchors: Anchor[]; rejected: number[] } {
  const byKey = new Map<string, number[]>()
  en.blocks.forEach((b, j) => {
    if (b.number === null) return
    const key = `${numberClass(b.kind)}|${b.number}`
    byKey.set(key, [...(byKey.get(key) ?? []), j])
  })
  const candidates: Anchor[] = []
  const rejected: number[] = []
  zh.blocks.forEach((b, i) => {
    if (b.number === null) return
    const expected = (i * en.blocks.length) / Math.max(1, zh.blocks.length)
    const same = byKey.get(`${numberClass(b.kind)}|${b.number}`) ?? []
    const near = same.filter((j) => Math.abs(j - expected) <= ANCHOR_WINDOW).sort((x, y) => Math.abs(x - expected) - Math.abs(y - expected)).slice(0, ANCHOR_CANDIDATES)
    for (const j of near) {
      const s = sim(i, j, true)
      const plain = sim(i, j, false).score
      const rivals = RIVAL_OFFSETS.flatMap((d) => [[i, j + d], [i + d, j]]).filter(([a, c]) => (a as number) >= 0 && (c as number) >= 0 && (a as number) < zh.blocks.length && (c as number) < en.blocks.length && sameClass(zh.blocks[a as number]?.kind, b.kind) && sameClass(en.blocks[c as number]?.kind, b.kind))
      const beaten = rivals.some(([a, c]) => sim(a as number, c as number, false).score > plain + 0.05)
      if (s.score >= ANCHOR_MIN && !beaten) candidates.push({ zh: i, en: j, sim: s })
      else rejected.push(i)
    }
  })
  return { anchors: longestMonotone(candidates), rejected }
}

/** The longest chain of candidates increasing on both sides (patience sorting, O(k log k)). */
function longestMonotone(c: readonly Anchor[]): Anchor[] {
  // Sorting equal zh by decreasing en keeps two candidates of one zh block out of one chain.
  const sorted = [...c].sort((a, b) => a.zh - b.zh || b.en - a.en)
  const tailIdx: number[] = []
  const prev = new Int32Array(sorted.length).fill(-1)
  sorted.forEach((a, k) => {
    let lo = 0
    let hi = tailIdx.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[tailIdx[mid] as number] as Anchor).en < a.en) lo = mid + 1
      else hi = mid
    }
    prev[k] = lo > 0 ? (tailIdx[lo - 1] as number) : -1
    tailIdx[lo] = k
  })
  const out: Anchor[] = []
  for (let k = tailIdx[tailIdx.length - 1] ?? -1; k >= 0; k = prev[k] as number) out.push(sorted[k] as Anchor)
  return out.reverse()
}
