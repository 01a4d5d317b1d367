import type { Span } from '../types.js'
import type { PdfLine } from './pdf-lines.js'
import type { NoteLabel } from './pdf-footnotes.js'
import { TextBuilder } from './source-text.js'
import { finish, Vocabulary } from './text-units.js'
import type { RawRef, Unit } from './unit.js'

/** A paragraph or footnote as the PDF ingest found it: its lines, in order. */
export interface PdfEntry {
  readonly hint: 'paragraph' | 'footnote'
  readonly lines: PdfLine[]
  readonly label: NoteLabel | null
  readonly page: number
  readonly afterBreak: boolean
}

/** A raised footnote marker or markers ("1", "3,4", "*"). */
const MARKERS = /^(?:\d{1,3}(?:[,，]\s*\d{1,3})*|[*†‡]{1,3})$/

/** The back-link arrow a web page's note ends with. */
const BACK_LINK = /[\u21a9\u21aa][\ufe0e\ufe0f]?\s*$/

/**
 * The unit of an entry, with offsets into the rebuilt source (`starts`: where
 * each line was written). Raised markers naming a printed footnote become
 * footnote references; a footnote's label is removed as its number, its back-link arrow as markup; a hyphen
 * ending a line inside a word is removed as a hyphen.
 */
export function pdfUnit(source: string, entry: PdfEntry, starts: ReadonlyMap<PdfLine, number>, labels: ReadonlySet<string>, vocabulary: Vocabulary): Unit {
  const b = new TextBuilder(source)
  const refs: RawRef[] = []
  const spans: Span[] = []
  entry.lines.forEach((line, i) => {
    const start = starts.get(line) as number
    const end = start + line.text.length
    spans.push({ start, end })
    if (i > 0) {
      const prev = (entry.lines[i - 1] as PdfLine).text
      const m = /([A-Za-z]+)-$/.exec(prev)
      const next = /^([a-z]+)/.exec(line.text)
      if (m && next && !vocabulary.keepHyphen(m[1] as string, next[1] as string)) b.dropLastIf('-', 'hyphen')
      else if (!prev.endsWith('\u00ad')) b.insert('\n')
    }
    let from = start
    if (i === 0 && entry.label) {
      b.copy(start, start + entry.label.start)
      b.remove(start + entry.label.start, start + entry.label.end, 'number')
      refs.push({ label: entry.label.label, at: 0, start: start + entry.label.start, end: start + entry.label.end })
      from = start + entry.label.end
    }
    for (const run of markerRuns(line)) {
      const s = start + run.start
      if (s < from || !run.labels.every((l) => labels.has(l))) continue
      b.copy(from, s)
      b.remove(s, start + run.end, 'footnote-ref')
      let at = s
      for (const label of run.labels) {
        const k = source.indexOf(label, at)
        refs.push({ label, at: b.length, start: k, end: k + label.length })
        at = k + label.length
      }
      from = start + run.end
    }
    // A web note's back-link ("↩") ends it: the link, not its text.
    const back = entry.hint === 'footnote' && i === entry.lines.length - 1 ? BACK_LINK.exec(line.text) : null
    if (back) b.copy(from, start + back.index).remove(start + back.index, end, 'markup')
    else b.copy(from, end)
  })
  return { ...finish(b, spans, entry.hint, refs, entry.afterBreak), page: entry.page }
}

/** Runs of raised pieces that read as footnote markers, as ranges of the line's text. */
export function markerRuns(line: PdfLine): Array<{ start: number; end: number; labels: string[] }> {
  const runs: Array<{ start: number; end: number; labels: string[] }> = []
  let open: { start: number; end: number; text: string } | undefined
  const close = (): void => {
    if (open && MARKERS.test(open.text.trim())) runs.push({ start: open.start, end: open.end, labels: open.text.match(/\d{1,3}|[*†‡]{1,3}/g) ?? [] })
    open = undefined
  }
  for (const p of line.pieces) {
    if (!p.raised || p.text.trim() === '') {
      if (p.text.trim() !== '' || !open) close()
      continue
    }
    if (open && p.at <= open.end + 1) open = { start: open.start, end: p.at + p.text.length, text: open.text + p.text }
    else {
      close()
      open = { start: p.at, end: p.at + p.text.length, text: p.text }
    }
  }
  close()
  return runs
}
