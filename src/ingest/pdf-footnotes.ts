import type { PdfRule } from './load-pdf.js'
import type { PdfLine } from './pdf-lines.js'

/** A footnote label at the start of a line: where it is in the line's text. */
export interface NoteLabel {
  readonly label: string
  readonly start: number
  readonly end: number
}

/** One footnote: its label (null for a footnote continued from the previous page) and its lines. */
export interface NoteGroup {
  readonly label: NoteLabel | null
  readonly lines: PdfLine[]
}

/** Type this much smaller than the body's is footnote type. */
const SMALL = 0.92
const LABEL = /^(\d{1,3}|[*†‡]{1,3})$/
const INLINE_LABEL = /^(\d{1,3}|[*†‡]{1,3})(?=[\s\u00a0]+\S|[\u3400-\u9fff《“(（])/

/**
 * The footnote label a line opens with: a raised label, or (in footnote
 * type) a number or mark followed by the text, when it follows the previous
 * numeric label in sequence and does not stand in the indented column where
 * a footnote's lines continue (`left`: the block's left edge).
 */
export function noteLabel(line: PdfLine, bodySize: number, last?: number, left = Infinity): NoteLabel | null {
  const first = line.pieces[0]
  if (first?.raised && LABEL.test(first.text.trim())) {
    const label = first.text.trim()
    const start = first.at + first.text.indexOf(label)
    return { label, start, end: start + label.length }
  }
  if (line.size >= bodySize * SMALL || line.x0 > left + 0.5 * line.size) return null
  const m = INLINE_LABEL.exec(line.text)
  if (!m) return null
  const label = m[1] as string
  if (last !== undefined && /^\d+$/.test(label) && !(Number(label) === 1 || (Number(label) > last && Number(label) <= last + 5))) return null
  return { label, start: 0, end: label.length }
}

/**
 * Where the footnote block at the foot of a page starts (an index into the
 * page's body lines, top to bottom; `lines.length` when there is none).
 * Footnotes are lines in smaller type than the body at the foot of the page,
 * opening with a label or continuing a footnote of the previous page. When
 * labelled lines at the foot are in body type, a short horizontal rule drawn
 * above them (asked for through `rules`) marks the block.
 */
export async function noteZone(lines: readonly PdfLine[], bodySize: number, continued: boolean, rules: () => Promise<PdfRule[]>): Promise<number> {
  const n = lines.length
  let start = n
  while (start > 0 && ((lines[start - 1] as PdfLine).size < bodySize * SMALL || noteLabel(lines[start - 1] as PdfLine, bodySize) !== null)) start--
  // Small type that opens with no label is a footnote only when it continues one from the previous page.
  if (!continued) while (start < n && noteLabel(lines[start] as PdfLine, bodySize) === null) start++
  if (start < n && lines.slice(start).every((l) => l.size < bodySize * SMALL)) return start
  // Footnotes in body type: only a raised label says so; a rule drawn above them confirms where they start.
  if (!lines.some((l, i) => i > 0 && l.pieces[0]?.raised && noteLabel(l, bodySize) !== null)) return start
  const drawn = (await rules()).sort((a, b) => b.y - a.y)
  for (const r of drawn) {
    const below = lines.findIndex((l) => l.y < r.y)
    if (below > 0 && (noteLabel(lines[below] as PdfLine, bodySize) !== null || continued)) return below
  }
  return start
}

/** Split a footnote block into footnotes at their labels; lines before the first label continue the previous page's last footnote. */
export function noteGroups(zone: readonly PdfLine[], bodySize: number, lastLabel: { value: number }): NoteGroup[] {
  const groups: NoteGroup[] = []
  const left = Math.min(...zone.map((l) => l.x0))
  for (const l of zone) {
    const label = noteLabel(l, bodySize, lastLabel.value, left)
    if (label) {
      if (/^\d+$/.test(label.label)) lastLabel.value = Number(label.label)
      groups.push({ label, lines: [l] })
    } else if (groups.length) (groups[groups.length - 1] as NoteGroup).lines.push(l)
    else groups.push({ label: null, lines: [l] })
  }
  return groups
}
