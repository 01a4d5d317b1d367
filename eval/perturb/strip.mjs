// Whole-text perturbations of both sides of a case: markup removed, numbers
// and footnotes removed, layout noise.
import { prng } from './prng.mjs'
import { stripMarkup } from './markup.mjs'
import { wrap } from './wrap.mjs'

/** @typedef {import('./paragraphs.mjs').Case} Case */

/**
 * Remove all markdown markup from both sides. Gold unchanged.
 * @param {Case} c @returns {Case}
 */
export function stripMarkupCase(c) {
  return { ...c, name: `${c.name}+strip-markup`, zh: stripMarkup(c.zh), en: stripMarkup(c.en) }
}

const FOOTNOTE_BLOCK = /^[ \t]*(?:<sup>[^<]+<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\?\*)[ \t].*(?:\n(?![ \t]*\n).*)*/gm
const FOOTNOTE_REF = /<sup>[^<]+<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\\*|(?<=[^\s*])\*(?=[ \t]*$)/gm

/**
 * Remove paragraph numbers, footnote references and footnote blocks from both
 * sides (of markup-free text: apply stripMarkupCase first), so that only order, length and vocabulary remain (the case the
 * glossary fallback is for). A numbered line that followed another line
 * directly gets a blank line before it, so it stays a paragraph of its own.
 * Gold: footnote units removed.
 * @param {Case} c @returns {Case}
 */
export function stripNumbers(c) {
  const strip = (/** @type {string} */ t) => t
    .replace(FOOTNOTE_BLOCK, '')
    .replace(FOOTNOTE_REF, '')
    .replace(/([^\n])\n([ \t]*)\d+\.[ \t]+/g, '$1\n\n$2')
    .replace(/^([ \t]*)\d+\.[ \t]+/gm, '$1')
    .replace(/\n{3,}/g, '\n\n')
  const gold = structuredClone(c.gold)
  const keep = (/** @type {any} */ u) => u.kind !== 'footnote'
  gold.pairs = gold.pairs.filter(keep)
  gold.zhOnly = gold.zhOnly.filter(keep)
  gold.enOnly = gold.enOnly.filter(keep)
  return { ...c, name: `${c.name}+strip-numbers`, zh: strip(c.zh), en: strip(c.en), gold }
}

/**
 * Layout noise on both sides: paragraphs hard-wrapped with single line breaks
 * (Markdown soft breaks; markup tokens kept whole), CRLF line ends, trailing
 * spaces and runs of extra blank lines. Gold unchanged.
 * @param {Case} c @param {number} seed @returns {Case}
 */
export function noise(c, seed) {
  const rng = prng(seed)
  const KEEP = /<sup>[^<]*<\/sup>|\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|\\\*/
  const one = (/** @type {string} */ text, /** @type {'zh'|'en'} */ lang) => text
    .split(/\n[ \t]*\n/)
    .map((para) => (para.startsWith('#') || para.includes('***') ? para : para.split('\n')
      .map((line) => wrap(line, lang, { width: lang === 'zh' ? 70 : 72, seed: rng.int(1, 1e6), hyphenate: 0, sentinel: KEEP }).join('\n'))
      .join('\n')))
    .map((para) => para.split('\n').map((l) => l + (rng.chance(0.3) ? ' '.repeat(rng.int(1, 3)) : '')).join('\n'))
    .join('\n\n')
  const joinNoise = (/** @type {string} */ text, /** @type {'zh'|'en'} */ lang) =>
    one(text, lang).replace(/\n\n/g, () => '\n'.repeat(rng.int(2, 4))).replace(/\n/g, '\r\n')
  return { ...c, name: `${c.name}+noise`, zh: joinNoise(c.zh, 'zh'), en: joinNoise(c.en, 'en') }
}
