/**
 * Characters XML 1.0 does not allow anywhere, not even as character
 * references (https://www.w3.org/TR/xml/#charsets): C0 controls other than
 * tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF.
 * With the `u` flag an unpaired surrogate is one code point and matches.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text made safe for XML 1.0, and how many code points were removed. */
export interface XmlText {
  readonly text: string
  readonly removed: number
}

/**
 * Removes the characters XML 1.0 cannot carry. They cannot be escaped, so
 * the only choices are to drop them or to fail; callers record `removed`
 * so nothing is lost silently.
 */
export function stripInvalidXmlChars(text: string): XmlText {
  let removed = 0
  const clean = text.replace(NOT_XML_CHAR, () => {
    removed += 1
    return ''
  })
  return { text: clean, removed }
}
