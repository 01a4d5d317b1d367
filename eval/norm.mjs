// Text normalisation shared by gold keys and aligner output.
//
// Every comparison of the evaluation kit goes through `norm()` on both sides,
// so a gold key matches whatever markup, spacing, punctuation, letter case or
// footnote-marker style an aligner keeps. Gold keys are chosen so that they
// never span a footnote marker; stripping or keeping markers therefore cannot
// change whether a key matches.
//
// The steps (and their order) are those of the shared evaluation kit, so both
// scorers agree on every input:
//   1. drop superscript characters (¹²³ and U+2070–U+209F), before NFKC would
//      turn them into ordinary digits;
//   2. NFKC (full-width forms → ASCII, compatibility characters folded);
//   3. drop `<sup>…</sup>` footnote references, then any other HTML tag;
//   4. markdown links `[x](target)` → `x`;
//   5. drop every Unicode punctuation (P*) and symbol (S*) character;
//   6. drop all whitespace;
//   7. lower-case.

/** Superscript digits and signs used as footnote markers. */
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070-\u209F]/g

/**
 * Normalise a text for key matching. Non-strings normalise to "".
 * @param {unknown} text
 * @returns {string}
 */
export function norm(text) {
  if (typeof text !== 'string') return ''
  return text
    .replace(SUPERSCRIPTS, '')
    .normalize('NFKC')
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/**
 * Number of (possibly overlapping) occurrences of `needle` in `haystack`.
 * @param {string} haystack
 * @param {string} needle
 * @returns {number}
 */
export function countOccurrences(haystack, needle) {
  if (!needle) return 0
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++
  return n
}
