/**
 * Allowed link shapes (zh blocks, en blocks) for the dynamic programming,
 * with a penalty that makes the usual 1–1 link the default. As in vecalign,
 * the shapes are data, not branches. 2–2 is left out: on UN documents a 2–2
 * is two 1–1 links, and it cost a quarter of the comparisons.
 */
export interface BeadShape {
  readonly zh: number
  readonly en: number
  /** Subtracted from the bead's score. */
  readonly penalty: number
}

export const BEADS: readonly BeadShape[] = Object.freeze([
  { zh: 1, en: 1, penalty: 0 },
  { zh: 1, en: 0, penalty: 0 },
  { zh: 0, en: 1, penalty: 0 },
  { zh: 2, en: 1, penalty: 0.12 },
  { zh: 1, en: 2, penalty: 0.12 },
  // A paragraph cut in three on one side (a list broken at its items, a page turn and a footnote block).
  { zh: 1, en: 3, penalty: 0.2 },
  { zh: 3, en: 1, penalty: 0.2 },
])

/** A 1–1 link must score above this to beat leaving both blocks unpaired. */
export const LINK_THRESHOLD = 0.42
