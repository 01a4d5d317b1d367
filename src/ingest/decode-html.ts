import { decode } from './decode.js'

const CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i
/** windows-1252 at 0x80–0x9F (Node's decoder reads these bytes as Latin-1 control characters). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
const LATIN1_LABELS = /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/

/**
 * Decode an HTML file: by its byte-order mark, else by the character set its
 * `<meta>` declares (Word saves web pages as windows-1252 or GB2312), else as
 * `decode` guesses text. A declared set the bytes do not fit is ignored.
 */
export function decodeHtml(input: Uint8Array | string): string {
  if (typeof input === 'string') return decode(input).text
  const bom = (input[0] === 0xef && input[1] === 0xbb) || (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)
  const declared = bom ? undefined : CHARSET.exec(new TextDecoder('latin1').decode(input.subarray(0, 2048)))?.[1]?.toLowerCase()
  if (declared && !/^(?:utf-?8|unicode|utf-?16)$/.test(declared)) {
    try {
      // GB2312 and GBK pages often hold characters only GB18030 has: read them as GB18030.
      const label = /^(?:gb2312|gbk|x-gbk|gb_2312-80)$/.test(declared) ? 'gb18030' : declared
      const text = new TextDecoder(label, { fatal: true }).decode(input)
      // Browsers read every Latin-1 label as windows-1252, as the HTML standard says.
      return LATIN1_LABELS.test(declared) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] as string) : text
    } catch {
      // Unknown label, or bytes that do not fit it: fall back to detection.
    }
  }
  return decode(input).text
}
