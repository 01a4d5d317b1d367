// Hard line wrapping as a PDF text extractor shows it.
//
// Chinese: a full-width character takes two columns and an ASCII character
// one; a line may break after any Chinese character but never inside a run
// of ASCII ("A/C.2/78/L.12", "2030"), and never right before closing
// punctuation. English: lines break at spaces; a long word that does not fit
// is sometimes hyphenated ("develop-" / "ment"), and a hyphenated compound
// may break after its hyphen.
import { prng } from './prng.mjs'

/** Punctuation that may not start a Chinese line. */
const NO_START = /^[，。；：、）》」』”’！？%)\],.;:]/
/** Columns of a string: in Chinese text every non-ASCII character is full-width. */
export const columns = (/** @type {string} */ s, /** @type {'zh'|'en'} */ lang) =>
  lang === 'en' ? [...s].length : [...s].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0x7e ? 2 : 1), 0)

/**
 * Atoms a line may break between: in Chinese, single characters and runs of
 * non-space ASCII (words, numbers, symbols); in English, words; and spaces.
 * `sentinel` (optional) matches inline objects kept whole (footnote markers,
 * markup).
 * @param {string} text @param {'zh'|'en'} lang @param {RegExp} [sentinel]
 * @returns {string[]}
 */
function atoms(text, lang, sentinel) {
  // split on the sentinel, its own groups made non-capturing
  const source = sentinel?.source.replace(/(?<!\\)\((?!\?)/g, '(?:')
  const parts = source ? text.split(new RegExp(`(${source})`)) : [text]
  const isSentinel = source ? new RegExp(`^(?:${source})$`) : null
  /** @type {string[]} */
  const out = []
  for (const p of parts) {
    if (isSentinel?.test(p)) { out.push(p); continue }
    out.push(...(p.match(lang === 'en' ? / +|[^ ]+/g : / +|[\x21-\x7e]+|[^\x21-\x7e ]/g) ?? []))
  }
  return out
}

/**
 * Wrap one paragraph into physical lines.
 * @param {string} text      one paragraph, no newlines
 * @param {'zh'|'en'} lang
 * @param {{ width?: number, seed?: number, hyphenate?: number, indent?: string,
 *   sentinel?: RegExp, measure?: (atom: string) => number }} [options]
 *   width in columns (zh default 76 = 38 full-width characters, en 80);
 *   hyphenate: chance that a long English word (10+ letters) is split with a hyphen;
 *   measure: width of an atom (default: its columns)
 * @returns {string[]}
 */
export function wrap(text, lang, options = {}) {
  const { width = lang === 'zh' ? 76 : 80, seed = 1, hyphenate = 0.2, indent = '', sentinel, measure = (a) => columns(a, lang) } = options
  const rng = prng(seed)
  const list = atoms(text, lang, sentinel)
  /** @type {string[]} */
  const lines = []
  let line = indent, used = measure(indent)
  const flush = () => { lines.push(line.trimEnd()); line = ''; used = 0 }
  for (let i = 0; i < list.length; i++) {
    let a = list[i]
    const w = measure(a)
    if (a.trim() === '') { if (used > 0) { line += a; used += w } continue }
    if (used + w <= width || used === 0 || (lang === 'zh' && NO_START.test(a))) { line += a; used += w; continue }
    if (lang === 'en' && /^[A-Za-z-]{10,}[,.;:]?$/.test(a)) {
      const room = width - used - 1
      const hy = a.indexOf('-')
      if (hy > 0 && hy + 1 <= room) {
        line += a.slice(0, hy + 1); a = a.slice(hy + 1)
      } else if (rng.chance(hyphenate) && room >= 3) {
        const cut = Math.min(room, a.replace(/[,.;:]$/, '').length - 3)
        if (cut >= 3) { line += `${a.slice(0, cut)}-`; a = a.slice(cut) }
      }
    }
    flush()
    line = a; used = measure(a)
  }
  if (line.trim() !== '') flush()
  return lines
}
