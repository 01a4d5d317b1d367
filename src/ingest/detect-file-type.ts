/** Kinds of input file resalign reads. */
export type FileType = 'pdf' | 'docx' | 'html' | 'text'

const ZIP = [0x50, 0x4b, 0x03, 0x04] // PK\3\4
/** The part names every Word document's zip holds (stored as plain bytes in the local headers). */
const DOCX_PARTS = ['word/document.xml', '[Content_Types].xml']
const HTML_OPENING = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s[^>]*charset|\?xml[^>]*>\s*<!doctype\s+html|\?xml[^>]*>\s*<html)/i
/** Enough of the head to see past a BOM, blank lines and a comment or two. */
const SNIFF_BYTES = 1024

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b)

/**
 * The type of an input from its bytes, never from its name: `%PDF-` opens a
 * PDF (anywhere in the first kilobyte, as readers allow); a zip whose parts
 * include `word/document.xml` is a Word document; text that opens with a
 * doctype or an `<html>` tag (after a BOM, whitespace and comments) is HTML;
 * anything else is text for `segment`. A string is never PDF or DOCX.
 */
export function detectFileType(input: Uint8Array | string): FileType {
  const head = typeof input === 'string' ? input.slice(0, SNIFF_BYTES) : latin(input.subarray(0, SNIFF_BYTES))
  if (typeof input !== 'string') {
    if (/%PDF-\d/.test(head)) return 'pdf'
    if (startsWith(input, ZIP)) return isDocx(input) ? 'docx' : 'text'
  }
  return HTML_OPENING.test(textHead(input)) ? 'html' : 'text'
}

/** Whether text opens like an HTML document (after a BOM, whitespace and comments). */
export function looksLikeHtml(text: string): boolean {
  return HTML_OPENING.test(textHead(text))
}

/** Whether a zip names the parts of a Word document (names are read from the local headers, not inflated). */
function isDocx(bytes: Uint8Array): boolean {
  const names = latin(bytes.subarray(0, Math.min(bytes.length, 1 << 20)))
  return DOCX_PARTS.some((p) => names.includes(p)) && names.includes('word/')
}

/** The first characters as text: BOM and leading whitespace dropped; UTF-16 read by its BOM. */
function textHead(input: Uint8Array | string): string {
  if (typeof input === 'string') return input.slice(0, SNIFF_BYTES).replace(/^[\ufeff\s]+/, '')
  const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)
  const text = utf16 ? new TextDecoder(input[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(input.subarray(0, SNIFF_BYTES * 2)) : latin(input.subarray(0, SNIFF_BYTES))
  return text.replace(/^(?:\ufeff|\u00ef\u00bb\u00bf|\s)+/, '')
}

function latin(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] as number)
  return out
}
