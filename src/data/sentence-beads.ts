/**
 * Bead shapes of sentence alignment (zh sentences, en sentences), as data
 * (vecalign generates its shapes as a list). `prior` is the share of beads of
 * that shape expected before a text is read; the aligner re-estimates the
 * shares from its own first pass, so these only start it. Chinese clauses
 * ended by 。 are often shorter than English sentences, hence 3–1 and 1–3.
 */
export interface SentenceBeadShape {
  readonly zh: number
  readonly en: number
  /** Expected share of beads of this shape (before re-estimation). */
  readonly prior: number
}

export const SENTENCE_BEADS: readonly SentenceBeadShape[] = Object.freeze([
  { zh: 1, en: 1, prior: 0.8 },
  { zh: 1, en: 0, prior: 0.01 },
  { zh: 0, en: 1, prior: 0.01 },
  { zh: 2, en: 1, prior: 0.08 },
  { zh: 1, en: 2, prior: 0.05 },
  { zh: 2, en: 2, prior: 0.02 },
  { zh: 3, en: 1, prior: 0.02 },
  { zh: 1, en: 3, prior: 0.01 },
  { zh: 1, en: 4, prior: 0.005 },
  { zh: 4, en: 1, prior: 0.005 },
].map((s) => Object.freeze(s)))

/** Floor of a re-estimated share, so that no shape becomes impossible. */
export const MIN_BEAD_SHARE = 0.002
