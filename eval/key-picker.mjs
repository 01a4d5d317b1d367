// Helps write gold files: turns a raw paragraph of a seed file into clean
// "runs" and picks short head/tail keys that are unique in the whole file.
//
// Used only by the gold-making scripts (eval/make-gold-*.mjs). The decisions
// (which unit pairs with which) are written by hand in those scripts; this
// module only chooses the key strings and proves each is unique.
import { norm, countOccurrences } from './norm.mjs'

/** Footnote markers: html `<sup>n</sup>`, superscript digits, an escaped `\*`. */
const MARKER = /<sup>[^<]*<\/sup>|[\u00B9\u00B2\u00B3\u2070-\u209F]+|\\\*/g

/**
 * Markdown-ish markup removed from a run: heading hashes, links, bold/italic
 * asterisks, backslash escapes.
 * @param {string} s @returns {string}
 */
export function stripMarkup(s) {
  return s
    .replace(/^#+\s*/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\\(.)/g, '$1')
}

/**
 * The text without footnote blocks and footnote markers, where a paragraph cut
 * by a footnote block runs on: a key must be unique there too.
 * @param {string} text @returns {string}
 */
export function withoutFootnotes(text) {
  return text
    .split(/\n[ \t]*\n/)
    .filter((p) => !/^\s*(?:<sup>[^<]+<\/sup>|[\u00B9\u00B2\u00B3\u2070-\u2079]+|\\\*)\s/.test(p))
    .join('\n\n')
    .replace(MARKER, '')
}

/**
 * The clean text pieces of a raw paragraph, split where a footnote marker
 * stood (a key must never span a marker).
 * @param {string} raw @returns {string[]}
 */
export function cleanRuns(raw) {
  return raw.split(MARKER).map((s) => stripMarkup(s).replace(/\s+/g, ' ').trim()).filter(Boolean)
}

const EDGE = /^[\s，。；、,;:：]+|[\s，。；、,;:：]+$/g
const tidy = (/** @type {string} */ s) => s.replace(EDGE, '')
const visible = (/** @type {string} */ s) => s.replace(/\s/g, '').length

/**
 * Candidate keys of a run, in preference order: from the start (head) or from
 * the end (tail), shortest first. English keys start and end at word bounds.
 * @param {string} run @param {'zh'|'en'} lang @param {'head'|'tail'} where
 * @returns {Generator<string>}
 */
function* candidates(run, lang, where) {
  // min: normalised length; max: raw length
  const [min, max] = lang === 'zh' ? [10, 30] : [28, 75]
  if (lang === 'zh') {
    const chars = [...run]
    // Never cut inside a number, symbol or Latin word ("70/1", "COVID-19").
    const tok = (/** @type {number} */ i) => i >= 0 && i < chars.length && /[A-Za-z0-9./-]/.test(chars[i])
    const cut = (/** @type {number} */ i) => !(tok(i - 1) && tok(i))
    for (let shift = 0; shift + min <= chars.length; shift++) {
      for (let len = min; len <= max && shift + len <= chars.length; len++) {
        const [a, b] = where === 'head' ? [shift, shift + len] : [chars.length - shift - len, chars.length - shift]
        if (!cut(a) || !cut(b)) continue
        const key = tidy(chars.slice(a, b).join(''))
        if (norm(key).length >= min) yield key
      }
    }
    return
  }
  const words = run.split(' ')
  for (let shift = 0; shift < words.length; shift++) {
    for (let n = 1; shift + n <= words.length; n++) {
      const piece = where === 'head' ? words.slice(shift, shift + n) : words.slice(words.length - shift - n, words.length - shift)
      const key = tidy(piece.join(' '))
      if (key.length > max) break
      if (norm(key).length >= min) yield key
    }
  }
}

/**
 * Pick the keys of one unit: a head key in its first run and a tail key in
 * its last run, or a single key when the unit is short. Each key's norm
 * occurs exactly once in the first of `fileNorms` and at most once in the
 * others.
 * @param {string[]} runs        clean runs of the unit, in order
 * @param {'zh'|'en'} lang
 * @param {string|string[]} fileNorms  norm() of the whole seed file, and of
 *   other renderings of it in which a key must stay unique
 * @returns {string[]}
 */
export function pickKeys(runs, lang, fileNorms) {
  const all = [fileNorms].flat()
  const unique = (/** @type {string} */ k) =>
    all.every((t, i) => (i === 0 ? countOccurrences(t, norm(k)) === 1 : countOccurrences(t, norm(k)) <= 1))
  const total = runs.reduce((n, r) => n + (lang === 'zh' ? visible(r) : r.length), 0)
  const short = lang === 'zh' ? total <= 30 : total <= 90
  if (runs.length === 0) throw new Error('unit without text')
  if (short) {
    // One key per run at the unit's two ends (a key never spans a marker).
    const ends = (runs.length === 1 ? runs : [runs[0], runs[runs.length - 1]]).map(tidy)
    const keys = ends.filter((k) => visible(k) >= 2 && unique(k))
    if (keys.length) return keys
    throw new Error(`no unique key for short unit: ${runs.join(' | ')}`)
  }
  const find = (/** @type {string[]} */ list, /** @type {'head'|'tail'} */ where) => {
    for (const run of list) for (const k of candidates(run, lang, where)) if (unique(k)) return k
    return null
  }
  const head = find(runs, 'head')
  const tail = find([...runs].reverse(), 'tail')
  if (!head || !tail) throw new Error(`no unique key in unit: ${runs.join(' | ').slice(0, 80)}`)
  const clean = norm(runs.join(''))
  const h = clean.indexOf(norm(head)), t = clean.lastIndexOf(norm(tail))
  return h + norm(head).length <= t ? [head, tail] : [head]
}
