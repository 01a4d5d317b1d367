/**
 * A small English stemmer for lexical matching: inflected and derived
 * forms of one word meet (`develops`, `developing`, `developed`,
 * `development` → `develop`; `organizations`, `organise` → `organiz`).
 * It is deliberately coarse (Porter-like: inflection, up to four
 * derivational suffixes, a final e; no exceptions list): stems are compared with stems, never shown to a user.
 */

/** Derivational suffixes, longest first, with their replacement. */
const DERIVATIONAL: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'ize'], ['isation', 'ize'], ['ational', 'ate'], ['ability', ''], ['ibility', ''],
  ['ation', 'ate'], ['ion', ''], ['ate', ''], ['ement', ''], ['ment', ''], ['ness', ''], ['able', ''], ['ible', ''],
  ['ity', ''], ['ive', ''], ['ful', ''], ['ical', ''], ['ial', ''], ['al', ''], ['ic', ''], ['ly', ''], ['y', ''],
]
const VOWEL = /[aeiouy]/
const DOUBLE_END = /([b-df-hj-km-np-rtv-xz])\1$/
const MIN_STEM = 3

/** Stem of one word (lower-cased). Non-alphabetic tokens (numbers) come back lower-cased. */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase()
  if (!/^[a-z]+$/.test(w) || w.length <= MIN_STEM) return w
  w = inflection(w)
  for (let pass = 0; pass < 4; pass++) {
    const rule = DERIVATIONAL.find(([suffix]) => w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM)
    if (rule === undefined) break
    w = w.slice(0, -rule[0].length) + rule[1]
  }
  if (w.endsWith('ise') && w.length > 4) w = `${w.slice(0, -3)}ize`
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1)
  return w
}

/** Plural, third person, past and gerund endings. */
function inflection(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2)
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  for (const suffix of ['ing', 'ed']) {
    const rest = w.slice(0, -suffix.length)
    if (w.endsWith(suffix) && rest.length >= MIN_STEM && VOWEL.test(rest)) {
      return DOUBLE_END.test(rest) && !/(?:ll|ss|zz)$/.test(rest) ? rest.slice(0, -1) : rest
    }
  }
  return w
}
