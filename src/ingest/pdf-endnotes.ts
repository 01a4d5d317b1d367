import type { PdfRule } from './load-pdf.js'
import type { NoteLabel } from './pdf-footnotes.js'
import type { PdfLine } from './pdf-lines.js'
import { markerRuns, type PdfEntry } from './pdf-units.js'

/** A list number opening a line ("1.", "2)"), or a raised number. */
const LIST_LABEL = /^(\d{1,3})[.)]?(?=[\s\u00a0]|[\u3400-\u9fff《“(（])/

/**
 * Notes gathered at the end of the document (a web page printed from a
 * browser: a rule across the text column after the last paragraph, then the
 * notes as a numbered list in body type). The entries after the last rule
 * drawn above a paragraph numbered "1" become footnotes when their numbers
 * run 1, 2, 3 … to the end and every number is a raised marker of the text
 * before them that no footnote of the page feet answers; an entry with no
 * number continues the note before it (a note broken by a page turn).
 * `rules` gives a page's drawn rules; `above` the body line printed above a
 * line on its page.
 */
export async function endnotes(entries: readonly PdfEntry[], rules: (page: number) => Promise<PdfRule[]>, above: (line: PdfLine) => PdfLine | undefined): Promise<PdfEntry[]> {
  const noted = new Set(entries.flatMap((e) => (e.label ? [e.label.label] : [])))
  for (let s = entries.length - 1; s > 0; s--) {
    const first = entries[s] as PdfEntry
    if (first.hint !== 'paragraph' || labelOf(first.lines[0] as PdfLine)?.label !== '1') continue
    const cited = new Set(entries.slice(0, s).flatMap((e) => e.lines.flatMap((l) => markerRuns(l).flatMap((r) => r.labels))).filter((l) => !noted.has(l)))
    const notes = numberedTail(entries.slice(s), cited)
    if (!notes || !(await ruledAbove(first.lines[0] as PdfLine, rules, above))) return [...entries]
    return [...entries.slice(0, s), ...notes]
  }
  return [...entries]
}

/** The list number a line opens with, as a note label (the number and its stop). */
function labelOf(line: PdfLine): NoteLabel | null {
  const m = LIST_LABEL.exec(line.text)
  return m ? { label: m[1] as string, start: 0, end: m[0].length } : null
}

/** The tail as notes numbered 1, 2, 3 … (each number cited), unnumbered entries joined to the note before; else null. */
function numberedTail(tail: readonly PdfEntry[], cited: ReadonlySet<string>): PdfEntry[] | null {
  const notes: PdfEntry[] = []
  for (const e of tail) {
    const label = e.hint === 'paragraph' ? labelOf(e.lines[0] as PdfLine) : null
    const last = notes[notes.length - 1]
    if (label && Number(label.label) === notes.length + 1 && cited.has(label.label)) notes.push({ ...e, hint: 'footnote', label, lines: [...e.lines], afterBreak: false })
    else if (last && !label && e.hint === 'paragraph') last.lines.push(...e.lines)
    else return null
  }
  return notes
}

/** A rule drawn between a line and the body line above it on its page (clear of both lines' type, so no underline). */
async function ruledAbove(line: PdfLine, rules: (page: number) => Promise<PdfRule[]>, above: (line: PdfLine) => PdfLine | undefined): Promise<boolean> {
  const prev = above(line)
  const top = prev ? prev.y - 0.4 * prev.size : Infinity
  const bottom = line.y + 0.8 * line.size
  return (await rules(line.page)).some((r) => r.y < top && r.y > bottom && r.x1 > line.x0 && r.x0 < line.x1)
}
