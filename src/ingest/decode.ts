import { ResalignError } from '../errors.js'

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

const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive (DOCX?)', [0x50, 0x4b, 0x03, 0x04]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
]

/**
 * Decode input bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * GB18030/GBK (older UN Chinese texts). A string is taken as already decoded
 * (a leading U+FEFF is dropped).
 *
 * @throws ResalignError `input/binary` for binary data, `input/decode` when no encoding fits.
 */
export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff
    const text = bom ? input.slice(1) : input
    assertText(text)
    return { text, encoding: 'utf-8', bom }
  }
  const bytes = input
  let decoded: Decoded | undefined
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true }
  } else {
    for (const [what, sig] of BINARY_SIGNATURES) {
      if (sig.every((b, i) => bytes[i] === b)) {
        throw new ResalignError('input/binary', `input is ${what}, not text`, {
          hint: 'extract the text first (for a PDF: pdftotext -layout file.pdf) and pass the .txt file',
        })
      }
    }
    decoded = tryUtf8(bytes) ?? tryGb18030(bytes)
  }
  if (decoded === undefined) {
    throw new ResalignError('input/decode', 'input is neither UTF-8, UTF-16 with BOM nor GB18030 text', {
      hint: 'convert the file to UTF-8 (iconv -f <encoding> -t UTF-8)',
    })
  }
  assertText(decoded.text)
  return decoded
}

function strict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new ResalignError('input/decode', `input has a ${encoding} byte-order mark but is not valid ${encoding}`, { cause })
  }
}

function tryUtf8(bytes: Uint8Array): Decoded | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false }
  } catch {
    return undefined
  }
}

function tryGb18030(bytes: Uint8Array): Decoded | undefined {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    return { text, encoding: 'gb18030', bom: false }
  } catch {
    return undefined
  }
}

/** Reject decoded text that is really binary data (NULs, many control characters). */
function assertText(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) {
      throw new ResalignError('input/binary', 'input contains NUL bytes: it is binary data, not text', {
        hint: 'pass a UTF-8, UTF-16 or GB18030 text file',
      })
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new ResalignError('input/binary', 'input looks like binary data (many control or undecodable characters)', {
      hint: 'pass a UTF-8, UTF-16 or GB18030 text file',
    })
  }
}
