/**
 * Association of a Chinese and an English candidate over aligned links.
 *
 * Why Dice, gated by the log-likelihood ratio: a terminologist reads the
 * top of the list, so the ranking must favour pairs that occur together
 * and rarely apart. Dice, 2c / (nZh + nEn), is exactly that and is
 * bounded, so it doubles as a score in [0, 1]; but with a few dozen links
 * two rare candidates that meet twice by chance also reach 1. The
 * log-likelihood ratio (Dunning 1993) measures how unlikely the
 * co-occurrence is under independence and is reliable at low counts, so
 * it serves as the gate (G² ≥ 3.84, p < 0.05), not as the ranking: used
 * alone it prefers frequent, loosely related pairs (发展 ↔ development
 * beats 人才流失 ↔ brain drain). The Dice value is discounted for thin
 * evidence (c / (c + 1): two links give 2/3, nine give 9/10) and, weakly,
 * for an unusual length ratio (English runs about 4 letters per Chinese
 * character), which separates nested candidates that always co-occur
 * (可持续发展目标 ↔ “Sustainable Development Goals”, not “Development
 * Goals”). A second weak prior prefers pairs found at similar relative
 * places in their paragraphs (word order differs between the languages,
 * but a term near the start of the Chinese paragraph is rarely at the end
 * of the English one).
 */

/** Counts of one candidate pair over the links. */
export interface PairCounts {
  /** Links where both occur. */
  readonly both: number
  /** Links where the Chinese candidate occurs. */
  readonly zh: number
  /** Links where the English candidate occurs. */
  readonly en: number
  /** Links in all. */
  readonly links: number
}

/** Log-likelihood ratio G² of the 2×2 contingency table. */
export function logLikelihood({ both, zh, en, links }: PairCounts): number {
  const cells = [both, zh - both, en - both, links - zh - en + both]
  const rows = [zh, links - zh]
  const cols = [en, links - en]
  let g = 0
  cells.forEach((observed, k) => {
    if (observed <= 0) return
    const expected = (rows[k >> 1]! * cols[k & 1]!) / links
    g += observed * Math.log(observed / expected)
  })
  return 2 * g
}

/** Dice coefficient 2c / (nZh + nEn). */
export function dice({ both, zh, en }: PairCounts): number {
  return zh + en > 0 ? (2 * both) / (zh + en) : 0
}

/** Weak prior on the ratio of English letters to Chinese characters, in (0, 1]. */
export function lengthPrior(zhSurface: string, enSurface: string): number {
  const han = zhSurface.match(/\p{Script=Han}/gu)?.length ?? 0
  const other = (zhSurface.match(/[\p{L}\p{N}]/gu)?.length ?? 0) - han
  const zh = Math.max(1, han + other / 3.5)
  const en = Math.max(1, enSurface.match(/[\p{L}\p{N}]/gu)?.length ?? 0)
  const x = Math.log(en / zh / LETTERS_PER_HAN)
  return Math.exp(-(x * x) / (2 * 0.6 * 0.6))
}

/** Typical English letters per Chinese character in UN terms. */
const LETTERS_PER_HAN = 4

/** Weak prior in (0, 1] on the distances of relative positions (0–1) in the links of a pair. */
export function positionPrior(distances: readonly number[]): number {
  if (distances.length === 0) return 1
  const mean = distances.reduce((a, b) => a + b, 0) / distances.length
  return Math.exp(-(mean * mean) / (2 * 0.3 * 0.3))
}

/** Minimum G² for a pair to be considered (χ², one degree of freedom, p < 0.05). */
export const MIN_LOG_LIKELIHOOD = 3.84

/** Score in [0, 1] of a pair, or 0 when the evidence fails the gate. */
export function associationScore(counts: PairCounts, prior: number): number {
  if (counts.both <= 0 || logLikelihood(counts) < MIN_LOG_LIKELIHOOD) return 0
  return dice(counts) * (counts.both / (counts.both + 1)) * Math.sqrt(prior)
}
