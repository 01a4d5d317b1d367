import { ResalignError } from '../errors.js'
import { commonHanShare, countScripts } from './detect-language.js'

/** Encodings `decode` recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** Decoded input. */
export interface Decoded {
  /** Text without byte-order mark; line ends as they were. */
  readonly text: string
  readonly encoding: Encoding
  /** Whether the bytes began with a byte-order mark. */
  readonly bom: boolean
}

const EXTRACT_HINT = 'extract the text first (for a PDF: pdftotext -layout file.pdf) and pass the .txt file'
const SAVE_AS_TEXT_HINT = 'save the document as plain text (UTF-8 .txt) from the word processor and pass that file'
const BINARY_HINT = 'pass a UTF-8, UTF-16 or GB18030 text file'
const IMAGE_HINT = 'an image holds no text to align: pass the text of the document (run OCR first if you only have a scan)'

/** Leading bytes of binary formats users pass by mistake: what it is and what to do. */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[], string]> = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46], EXTRACT_HINT],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47], IMAGE_HINT],
  ['a JPEG image', [0xff, 0xd8, 0xff], IMAGE_HINT],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38], IMAGE_HINT],
  ['a ZIP archive (a DOCX or ODT document?)', [0x50, 0x4b, 0x03, 0x04], SAVE_AS_TEXT_HINT],
  ['a Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], SAVE_AS_TEXT_HINT],
]

/** Below this share of common characters, text read as GB18030 is another encoding's bytes. */
const GB18030_MIN_COMMON = 0.2

const CONVERT_HINT = 'convert the file to UTF-8 (iconv -f <encoding> -t UTF-8 file > file.utf8.txt)'

/**
 * Decode input bytes: UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * without one when the zero bytes of ASCII characters give the byte order
 * away), and GB18030/GBK (older UN Chinese texts). A string is taken as
 * already decoded (a leading U+FEFF is dropped).
 *
 * @throws ResalignError `input/binary` for binary data, `input/decode` when no
 *   encoding fits (UTF-32, or bytes that read as GB18030 only by accident:
 *   Big5, Shift-JIS, EUC-KR, a Windows code page).
 */
export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    const text = withoutBom(input)
    assertText(text)
    return { text, encoding: 'utf-8', bom: text.length < input.length }
  }
  const bytes = input
  let decoded: Decoded | undefined
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new ResalignError('input/decode', 'input is UTF-32 text, which resalign does not read', { hint: 'convert the file to UTF-8 (iconv -f UTF-32 -t UTF-8 file > file.utf8.txt)' })
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true }
  } else {
    for (const [what, sig, hint] of BINARY_SIGNATURES) {
      if (sig.every((b, i) => bytes[i] === b)) throw new ResalignError('input/binary', `input is ${what}, not text`, { hint })
    }
    decoded = tryUtf16(bytes)
    if (decoded === undefined) {
      assertTextBytes(bytes)
      decoded = tryUtf8(bytes) ?? tryGb18030(bytes)
    }
  }
  if (decoded === undefined) {
    throw new ResalignError('input/decode', 'input is neither UTF-8, UTF-16 nor GB18030 text (Big5, Shift-JIS, EUC-KR or a Windows code page?)', { hint: CONVERT_HINT })
  }
  // A GB18030 byte-order mark (84 31 95 33) and a mark written twice decode to U+FEFF.
  const text = withoutBom(decoded.text)
  if (text.length < decoded.text.length) decoded = { ...decoded, text, bom: true }
  assertText(decoded.text)
  return decoded
}

/**
 * The text without the byte-order marks at its start. The Markdown parser drops a leading
 * U+FEFF, so one left in the text would shift every offset by one.
 */
function withoutBom(text: string): string {
  let i = 0
  while (text.charCodeAt(i) === 0xfeff) i++
  return i === 0 ? text : text.slice(i)
}

function strict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new ResalignError('input/decode', `input has a ${encoding} byte-order mark but is not valid ${encoding}`, { hint: 'the file is damaged or mislabelled: save it again as UTF-8', cause })
  }
}

function tryUtf8(bytes: Uint8Array): Decoded | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false }
  } catch {
    return undefined
  }
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (spaces, digits, line
 * ends) put a zero byte on one side of each pair and almost never on the
 * other. Binary data has zeros on both sides and is left to the checks.
 */
function tryUtf16(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined
  const n = Math.min(bytes.length, 65536)
  let even = 0
  let odd = 0
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  const encoding = odd >= pairs * 0.05 && even * 10 <= odd ? 'utf-16le' : even >= pairs * 0.05 && odd * 10 <= even ? 'utf-16be' : undefined
  if (encoding === undefined) return undefined
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    return text.includes('\0') ? undefined : { text, encoding, bom: false }
  } catch {
    return undefined
  }
}

function tryGb18030(bytes: Uint8Array): Decoded | undefined {
  let text: string
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
  // Real GB18030 text is Chinese; English would be plain ASCII (valid UTF-8). Han characters
  // among mostly Latin letters are a Windows code page's accents and quotes read as GB18030.
  const { han, latin } = countScripts(text)
  const share = commonHanShare(text)
  if ((han > 0 && han * 10 < latin) || (share !== null && share < GB18030_MIN_COMMON)) {
    throw new ResalignError('input/decode', 'input is not UTF-8 and reads as GB18030 only as nonsense: it is in another encoding (Big5, Shift-JIS, EUC-KR, Windows-1252?)', { hint: CONVERT_HINT })
  }
  return { text, encoding: 'gb18030', bom: false }
}

/**
 * Reject bytes that no 8-bit text encoding would hold: control bytes other
 * than tab, line ends and form feed (UTF-16 was tried before).
 */
function assertTextBytes(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++
  }
  if (n > 0 && control / n > 0.05) throw new ResalignError('input/binary', 'input looks like binary data (many control bytes), not text', { hint: BINARY_HINT })
}

/** Reject decoded text that is really binary data (NULs, many control characters). */
function assertText(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) {
      throw new ResalignError('input/binary', 'input contains NUL bytes: it is binary data, not text', { hint: BINARY_HINT })
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new ResalignError('input/binary', 'input looks like binary data (many control or undecodable characters)', { hint: BINARY_HINT })
  }
}
