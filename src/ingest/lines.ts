/** One physical line of the input. */
export interface Line {
  /** Offset of the first character. */
  readonly start: number
  /** Offset after the last character (line end excluded). */
  readonly end: number
  readonly text: string
  /** Leading whitespace width. */
  readonly indent: number
  /** Whether the line holds only whitespace. */
  readonly blank: boolean
}

/** Split text into lines, accepting LF, CRLF and CR line ends. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = []
  const re = /\r\n|\r|\n/g
  let start = 0
  const push = (end: number): void => {
    const text = source.slice(start, end)
    const indent = /^[\s\u00a0\u3000]*/.exec(text)?.[0].length ?? 0
    lines.push({ start, end, text, indent, blank: indent === text.length })
  }
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    push(m.index)
    start = m.index + m[0].length
  }
  if (start < source.length || source.length === 0) push(source.length)
  return lines
}

/** Display width: full-width (CJK) characters count two columns. */
export function displayWidth(text: string): number {
  const t = text.trim()
  let w = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c >= 0xdc00 && c <= 0xdfff) continue
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
    w += wide ? 2 : 1
  }
  return w
}
