// Encoders for generated test input. Node encodes only UTF-8 and UTF-16 LE,
// and iconv-lite is not a dependency, so the legacy encodings are built from
// the platform's decoders: every one- and two-byte code (and, for GB18030,
// the four-byte codes of the Basic Multilingual Plane) is decoded once into
// a reverse map, cached per encoding. Test input generation only.

/**
 * @typedef {'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be' | 'utf-16be-bom' | 'utf-32le-bom'
 *   | 'gb18030' | 'big5' | 'euc-kr' | 'shift_jis' | 'windows-1252'} Encoding
 */

/** @type {readonly Encoding[]} */
export const ENCODINGS = Object.freeze(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'utf-16be-bom', 'utf-32le-bom', 'gb18030', 'big5', 'euc-kr', 'shift_jis', 'windows-1252'])

/** @type {Map<string, Map<string, Uint8Array>>} */
const tables = new Map()

/** @param {string} encoding @returns {Map<string, Uint8Array>} */
function tableOf(encoding) {
  let table = tables.get(encoding)
  if (table) return table
  const decoder = new TextDecoder(encoding)
  table = new Map()
  const add = (/** @type {string} */ ch, /** @type {number[]} */ code) => {
    if (ch.length === 1 && ch !== '\ufffd' && !table?.has(ch)) table?.set(ch, Uint8Array.from(code))
  }
  for (let b = 0; b < 0x80; b++) add(String.fromCharCode(b), [b])
  for (let b = 0x80; b < 0x100; b++) add(decoder.decode(Uint8Array.of(b)), [b])
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) add(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail])
  if (encoding === 'gb18030') {
    /** @type {number[][]} */
    const four = []
    for (let b1 = 0x81; b1 <= 0x84; b1++)
      for (let b2 = 0x30; b2 <= 0x39; b2++)
        for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) four.push([b1, b2, b3, b4])
    const text = decoder.decode(Uint8Array.from(four.flat()))
    if (text.length === four.length) four.forEach((code, i) => add(/** @type {string} */ (text[i]), code))
  }
  tables.set(encoding, table)
  return table
}

/** GB18030 four-byte code of a character outside the Basic Multilingual Plane. @param {number} cp */
function gbSupplementary(cp) {
  let n = cp - 0x10000
  const b4 = 0x30 + (n % 10)
  n = Math.floor(n / 10)
  const b3 = 0x81 + (n % 126)
  n = Math.floor(n / 126)
  return [0x90 + Math.floor(n / 10), 0x30 + (n % 10), b3, b4]
}

/**
 * Encode text. A character the encoding cannot hold throws, unless
 * `replacement` is given (then it is written instead, e.g. "?").
 * @param {string} text @param {Encoding} encoding @param {{ replacement?: string }} [options]
 * @returns {Uint8Array}
 */
export function encode(text, encoding, options = {}) {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'))
    case 'utf-8-bom':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'))
    case 'utf-16le-bom':
      return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    case 'utf-16be':
      return new Uint8Array(Buffer.from(text, 'utf16le').swap16())
    case 'utf-16be-bom':
      return Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
    case 'utf-32le-bom': {
      const cps = [0xfeff, ...[...text].map((c) => /** @type {number} */ (c.codePointAt(0)))]
      return new Uint8Array(Uint32Array.from(cps).buffer)
    }
    default:
      return legacy(text, encoding, options.replacement)
  }
}

/** @param {string} text @param {string} encoding @param {string | undefined} replacement */
function legacy(text, encoding, replacement) {
  const table = tableOf(encoding)
  /** @type {number[]} */
  const out = []
  for (const ch of text) {
    const cp = /** @type {number} */ (ch.codePointAt(0))
    const bytes = cp > 0xffff && encoding === 'gb18030' ? gbSupplementary(cp) : table.get(ch)
    if (bytes) out.push(...bytes)
    else if (replacement !== undefined) out.push(...legacy(replacement, encoding, undefined))
    else throw new Error(`${encoding} has no code for U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
  }
  return Uint8Array.from(out)
}
