import { describe, expect, it } from 'vitest'
import { alignDp } from './dp.js'
import type { Similarity } from './similarity.js'

// The bead shapes are data (src/data/beads.ts); these check that the dynamic
// programming takes the shape the evidence asks for.

/** Similarity that is high only for the runs of `truth` (zh run → en run). */
function simOf(truth: ReadonlyArray<readonly [number, number, number, number]>) {
  return (z0: number, z1: number, e0: number, e1: number): Similarity => ({
    score: truth.some(([a, b, c, d]) => a === z0 && b === z1 && c === e0 && d === e1) ? 0.95 : 0.1,
    method: 'lexicon',
  })
}

describe('alignDp', () => {
  it('links one paragraph to three on the other side when the three together are its translation (1–3)', () => {
    const beads = alignDp(3, 5, simOf([[0, 1, 0, 1], [1, 2, 1, 4], [2, 3, 4, 5]]), { band: 20 })
    expect(beads.map((b) => [b.zh0, b.zh1, b.en0, b.en1])).toEqual([[0, 1, 0, 1], [1, 2, 1, 4], [2, 3, 4, 5]])
  })

  it('links three paragraphs to one (3–1)', () => {
    const beads = alignDp(5, 3, simOf([[0, 1, 0, 1], [1, 4, 1, 2], [4, 5, 2, 3]]), { band: 20 })
    expect(beads.map((b) => [b.zh0, b.zh1, b.en0, b.en1])).toEqual([[0, 1, 0, 1], [1, 4, 1, 2], [4, 5, 2, 3]])
  })

  it('leaves a block present on one side only unpaired, at the start and at the end', () => {
    const beads = alignDp(3, 5, simOf([[0, 1, 1, 2], [1, 2, 2, 3], [2, 3, 3, 4]]), { band: 20 })
    expect(beads.filter((b) => b.sim === null).map((b) => [b.en0, b.en1])).toEqual([[0, 1], [4, 5]])
  })
})
