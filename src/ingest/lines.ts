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
  let w = 0
  for (const ch of text.trim()) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}
