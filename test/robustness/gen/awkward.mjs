// Awkward but valid renderings of a document: other encodings, other line
// ends, other spaces, invisible characters, full-width numbers. Each one
// changes how the text is written, never what it says, so a document in any
// of them must align exactly as the clean file does.
import { encode } from './encode.mjs'

/**
 * @typedef {'zh' | 'en'} Lang
 * @typedef {{ readonly name: string, readonly langs: readonly Lang[], readonly apply: (text: string) => string | Uint8Array }} Variant
 */

const FULL_WIDTH_DIGITS = '０１２３４５６７８９'
const fullWidth = (/** @type {string} */ digits) => [...digits].map((d) => FULL_WIDTH_DIGITS[Number(d)]).join('')

/** Paragraph numbers at the start of a line: `12. ` (after optional indentation). */
const PARAGRAPH_NUMBER = /^([ \t]*)(\d{1,3})\.[ \t]+/gm

/** A space between two words (never one Markdown syntax needs: indentation, after `#`, `*`, `-`, `>`). */
const WORD_SPACE = /(?<=[\p{L}\p{N},;)）]) (?=[\p{L}\p{N}(（“])/gu

/** Zero-width characters a copy from a web page or a word processor leaves behind. */
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']

/**
 * Insert a zero-width character after every `step`th character, never next
 * to a line end or inside a surrogate pair (deterministic).
 * @param {string} text @param {number} step
 */
function sprinkleZeroWidth(text, step) {
  let out = ''
  let k = 0
  for (let i = 0; i < text.length; i++) {
    const ch = /** @type {string} */ (text[i])
    out += ch
    const next = text[i + 1]
    if (i % step === step - 1 && next !== undefined && !/[\r\n]/.test(ch + next) && !(ch >= '\ud800' && ch <= '\udbff')) out += ZERO_WIDTH[k++ % ZERO_WIDTH.length]
  }
  return out
}

/** Replace every `step`th space between two words by `by`. @param {string} text @param {string} by @param {number} step */
function replaceWordSpaces(text, by, step) {
  let k = 0
  return text.replace(WORD_SPACE, (m) => (k++ % step === 0 ? by : m))
}

/** Put `by` between each paragraph number and its text. @param {string} text @param {string} by */
const afterNumbers = (text, by) => text.replace(PARAGRAPH_NUMBER, (_m, indent, n) => `${indent}${n}.${by}`)

/** @type {readonly Variant[]} */
export const AWKWARD = Object.freeze([
  { name: 'GB18030', langs: ['zh'], apply: (t) => encode(t, 'gb18030') },
  { name: 'UTF-16 LE with BOM', langs: ['zh', 'en'], apply: (t) => encode(t, 'utf-16le-bom') },
  { name: 'UTF-16 BE with BOM', langs: ['zh', 'en'], apply: (t) => encode(t, 'utf-16be-bom') },
  { name: 'UTF-16 LE without BOM', langs: ['zh', 'en'], apply: (t) => encode(t, 'utf-16le') },
  { name: 'UTF-16 BE without BOM', langs: ['zh', 'en'], apply: (t) => encode(t, 'utf-16be') },
  { name: 'UTF-8 with BOM', langs: ['zh', 'en'], apply: (t) => encode(t, 'utf-8-bom') },
  { name: 'CRLF line ends', langs: ['zh', 'en'], apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'CR line ends', langs: ['zh', 'en'], apply: (t) => t.replace(/\r?\n/g, '\r') },
  { name: 'tabs between words and after paragraph numbers', langs: ['zh', 'en'], apply: (t) => afterNumbers(replaceWordSpaces(t, '\t', 4), '\t') },
  { name: 'non-breaking spaces between words', langs: ['zh', 'en'], apply: (t) => replaceWordSpaces(t, '\u00a0', 3) },
  { name: 'ideographic spaces between words', langs: ['zh'], apply: (t) => replaceWordSpaces(t, '\u3000', 2) },
  { name: 'non-breaking spaces after paragraph numbers', langs: ['zh', 'en'], apply: (t) => afterNumbers(t, '\u00a0') },
  { name: 'ideographic spaces after paragraph numbers', langs: ['zh'], apply: (t) => afterNumbers(t, '\u3000') },
  { name: 'full-width paragraph numbers (１２．)', langs: ['zh'], apply: (t) => t.replace(PARAGRAPH_NUMBER, (_m, indent, n) => `${indent}${fullWidth(n)}．`) },
  { name: 'zero-width characters', langs: ['zh', 'en'], apply: (t) => sprinkleZeroWidth(t, 37) },
])
