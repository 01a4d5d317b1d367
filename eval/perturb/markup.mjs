// Markdown-ish markup of the corpus seeds and how to remove it.
//
// The seeds use: heading hashes (`## 第七十八届会议`), bold and italic
// (`**重申**`, `*Reaffirms*`), runs of three or more asterisks where two
// emphasised units were glued on one line (`…development****Resolution…`),
// links (`[A/78/462](#)`), html footnote references (`<sup>1</sup>`) and
// backslash escapes (`\*` for a star footnote marker).

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** @param {string} digits @returns {string} the same number in superscript digits */
export const superscript = (digits) => [...digits].map((d) => SUPER[Number(d)] ?? d).join('')

/** A footnote reference as html or as superscript digits. */
export const FOOTNOTE_REF = /<sup>([^<]+)<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g

/** A paragraph that is a footnote: starts with its marker and a space. */
export const FOOTNOTE_BLOCK = /^(?:<sup>[^<]+<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\?\*)\s/

/**
 * Remove all markdown markup, keeping the text and the line layout. Footnote
 * references become superscript digits (as in plain UN text); a run of three
 * or more asterisks between two emphasised units becomes a paragraph break.
 * @param {string} text
 * @returns {string}
 */
export function stripMarkup(text) {
  const ESC = '\u0000'
  return text
    .replace(/\\([*\\#[\]_<>])/g, (_, c) => ESC + c.codePointAt(0) + ESC)
    .replace(/^#+[ \t]*/gm, '')
    .replace(/<sup>([^<]+)<\/sup>/g, (_, d) => superscript(d))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/([^\s*])\*{3,}(?=[^\s*])/g, '$1\n\n')
    .replace(/\*+/g, '')
    .replace(new RegExp(`${ESC}(\\d+)${ESC}`, 'g'), (_, n) => String.fromCodePoint(Number(n)))
}
