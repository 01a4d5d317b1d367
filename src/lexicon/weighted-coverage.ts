/**
 * Weighted share of the words of some texts that pass a test: Σ w(word)
 * over the words that pass / Σ w(word) over all, 0 for no words. A word
 * missing from `weights` weighs 1.
 */
export function weightedCoverage<T>(texts: readonly ReadonlySet<T>[], weights: ReadonlyMap<T, number>, covered: (word: T) => boolean): number {
  let total = 0
  let hit = 0
  for (const words of texts) {
    for (const w of words) {
      const weight = weights.get(w) ?? 1
      total += weight
      if (covered(w)) hit += weight
    }
  }
  return total > 0 ? hit / total : 0
}
