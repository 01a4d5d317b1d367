/**
 * Everything a line-oriented reader may take as a line or field break:
 * tab, LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. Python's
 * `str.splitlines` splits on all of them except tab, so a lone U+2028
 * would shift every following line of a Moses file.
 */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g

/** Puts text on one line: each run of breaks becomes one space. */
export function flattenLine(text: string): string {
  return text.replace(BREAKS, ' ')
}
