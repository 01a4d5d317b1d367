/**
 * Near matches of English forms with fast-levenshtein: “programme” and
 * “program”, “capacity-building” and “capacity building”, “organisation”
 * and “organization”, “multi-stakeholder” and “multistakeholder”. Both
 * forms are first folded to term keys (NFKC, lower case, spelling and
 * plural folds, see normalize-en.ts); equal keys match, otherwise the edit
 * distance of the keys divided by the longer key's length must not exceed
 * the threshold.
 *
 * Note: fast-levenshtein compares UTF-16 code units, so a character
 * outside the Basic Multilingual Plane counts as two. NFKC is applied
 * first; English terms are almost always BMP text, so the effect is
 * limited to rare symbols.
 */
import { requireModule } from './load-module.js'

/** fast-levenshtein, loaded on first use. */
let levenshtein: typeof import('fast-levenshtein') | undefined
const distance = (a: string, b: string): number => (levenshtein ??= requireModule('fast-levenshtein') as typeof import('fast-levenshtein')).get(a, b)
import { ResalignError } from '../errors.js'
import { englishKey } from './normalize-en.js'

/** Default largest normalised distance accepted. */
export const NEAR_MATCH_THRESHOLD = 0.12

/** Edit distance of the keys of `a` and `b` divided by the longer key's length, in [0, 1]. */
export function normalizedDistance(a: string, b: string): number {
  const ka = englishKey(a).replace(/ /g, '')
  const kb = englishKey(b).replace(/ /g, '')
  const longest = Math.max(ka.length, kb.length)
  if (longest === 0) return 0
  if (ka === kb) return 0
  return distance(ka, kb) / longest
}

/** Whether `a` and `b` are the same English term up to spelling variants. */
export function isNearMatch(a: string, b: string, threshold: number = NEAR_MATCH_THRESHOLD): boolean {
  if (!(threshold >= 0 && threshold < 1)) throw new ResalignError('options/invalid', 'isNearMatch: threshold must be in [0, 1)')
  const ka = englishKey(a).replace(/ /g, '')
  const kb = englishKey(b).replace(/ /g, '')
  if (ka === kb) return true
  const longest = Math.max(ka.length, kb.length)
  if (Math.abs(ka.length - kb.length) > threshold * longest) return false
  return distance(ka, kb) / longest <= threshold
}

/** Forms among `candidates` that near-match `term`, closest first. */
export function findNearMatches(term: string, candidates: readonly string[], threshold: number = NEAR_MATCH_THRESHOLD): string[] {
  return candidates
    .filter((c) => isNearMatch(term, c, threshold))
    .map((c) => ({ c, d: normalizedDistance(term, c) }))
    .sort((x, y) => x.d - y.d)
    .map((x) => x.c)
}
