import { ResalignError } from '../errors.js'
import type { Artifact } from '../types.js'
import { cutGluedUnits } from './cut-glued.js'
import { type OpenPdf, openPdf } from './load-pdf.js'
import { endnotes } from './pdf-endnotes.js'
import { noteGroups, noteZone } from './pdf-footnotes.js'
import { pdfFurniture } from './pdf-furniture.js'
import { type PdfLine, pdfLines } from './pdf-lines.js'
import { bodyLayout, pdfParagraphs } from './pdf-paragraphs.js'
import { markerRuns, type PdfEntry, pdfUnit } from './pdf-units.js'
import { isSpaceCode } from './source-text.js'
import { Vocabulary } from './text-units.js'
import type { Ingested } from './unit.js'

/** Options of `ingestPdf`. */
export interface PdfOptions {
  /** Refuse PDFs with more pages than this (`input/too-large`); default 2000. */
  readonly maxPages?: number
}

/** What `ingestPdf` returns. */
export interface PdfIngested {
  /** The text rebuilt from the PDF: one line per printed line, a blank line between paragraphs, a form feed between pages. Every offset of `ingested` points into it. */
  readonly source: string
  /** Paragraphs, footnotes and page furniture, ready for `structureOf(source, ingested, lang)`. */
  readonly ingested: Ingested
  /** Number of pages read. */
  readonly pages: number
}

const DEFAULTS: Readonly<Required<PdfOptions>> = Object.freeze({ maxPages: 2000 })
/** Fewer characters than this per page on average: the pages are images. */
const MIN_CHARS_PER_PAGE = 5

/**
 * Read a PDF file through its text layer (pdf.js, loaded on first use):
 * lines from baselines, page furniture from geometry and repetition,
 * footnotes from small type at the foot of the page, paragraphs from
 * indentation and spacing, footnote markers from raised small type.
 *
 * @throws ResalignError `options/invalid`, `input/encrypted`, `input/corrupt`,
 *   `input/too-large`, `input/no-text`.
 */
export async function ingestPdf(bytes: Uint8Array, options?: Readonly<PdfOptions>): Promise<PdfIngested> {
  const opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) } as Required<PdfOptions>
  if (options) for (const k of Object.keys(options)) if (!(k in DEFAULTS)) throw new ResalignError('options/invalid', `unknown PDF option ${JSON.stringify(k)}`)
  if (!Number.isInteger(opts.maxPages) || opts.maxPages < 1) throw new ResalignError('options/invalid', `maxPages must be a positive integer, not ${JSON.stringify(opts.maxPages)}`)
  if (!(bytes instanceof Uint8Array)) throw new ResalignError('options/invalid', 'ingestPdf takes the bytes of a PDF file (a Uint8Array)')
  const pdf = await openPdf(bytes, opts.maxPages)
  try {
    if (!hasText(pdf.pages, MIN_CHARS_PER_PAGE * pdf.pages.length)) {
      throw new ResalignError('input/no-text', 'no text layer: run OCR first', { hint: 'the pages are images; make a text layer with an OCR tool (for example `ocrmypdf`) and try again' })
    }
    const pages = pdf.pages.map(pdfLines)
    const furniture = pdfFurniture(pages, pdf.pages.map((p) => p.height))
    const body = pages.map((lines) => lines.filter((l) => !furniture.has(l)))
    const layout = bodyLayout(body)
    const entries: PdfEntry[] = []
    let lastNote: PdfEntry | undefined
    const lastLabel = { value: 0 }
    for (const [i, lines] of body.entries()) {
      const page = i + 1
      const zone = await noteZone(lines, layout.size, lastNote !== undefined, () => pdf.rules(page))
      const paragraphs: PdfEntry[] = pdfParagraphs(lines.slice(0, zone), layout).map((group, k) => ({ hint: 'paragraph', lines: group, label: null, page, afterBreak: k === 0 && page > 1 }))
      const notes: PdfEntry[] = []
      for (const g of noteGroups(lines.slice(zone), layout.size, lastLabel)) {
        if (!g.label && lastNote) lastNote.lines.push(...g.lines)
        else {
          lastNote = { hint: g.label ? 'footnote' : 'paragraph', lines: g.lines, label: g.label, page, afterBreak: false }
          notes.push(lastNote)
        }
      }
      entries.push(...placeNotes(paragraphs, notes))
    }
    const index = new Map(body.flatMap((lines) => lines.map((l, k) => [l, k] as const)))
    const above = (l: PdfLine): PdfLine | undefined => body[l.page - 1]?.[(index.get(l) ?? 0) - 1]
    entries.splice(0, entries.length, ...(await endnotes(entries, (page) => pdf.rules(page), above)))
    const { source, starts } = writeSource(pages, furniture, entries)
    const labels = new Set(entries.flatMap((e) => (e.label ? [e.label.label] : [])))
    const vocabulary = new Vocabulary(source)
    const units = entries.map((e) => pdfUnit(source, e, starts, labels, vocabulary))
    const artifacts: Artifact[] = []
    for (const [line, kind] of furniture) {
      const start = starts.get(line) as number
      artifacts.push({ kind, start, end: start + line.text.length, text: line.text, page: line.page })
    }
    artifacts.sort((a, b) => a.start - b.start)
    return { source, ingested: cutGluedUnits(source, { format: 'pdf-file', units, artifacts, issues: [] }), pages: pdf.pages.length }
  } finally {
    await pdf.close()
  }
}

/** At least `min` printed (non-space) characters in the pages' text items. */
function hasText(pages: OpenPdf['pages'], min: number): boolean {
  let n = 0
  for (const p of pages) {
    for (const it of p.items) {
      for (let i = 0; i < it.str.length; i++) if (!isSpaceCode(it.str.charCodeAt(i))) n++
      if (n >= min) return true
    }
  }
  return n >= min
}

/**
 * Write the rebuilt text: each page's lines top to bottom, one per line, a
 * blank line where a paragraph, footnote or piece of furniture ends, a form
 * feed between pages.
 */
function writeSource(pages: readonly (readonly PdfLine[])[], furniture: ReadonlyMap<PdfLine, string>, entries: readonly PdfEntry[]): { source: string; starts: Map<PdfLine, number> } {
  const owner = new Map<PdfLine, unknown>()
  for (const e of entries) for (const l of e.lines) owner.set(l, e)
  for (const [l, kind] of furniture) owner.set(l, kind)
  const starts = new Map<PdfLine, number>()
  const out: string[] = []
  let length = 0
  const write = (s: string): void => {
    out.push(s)
    length += s.length
  }
  pages.forEach((lines, i) => {
    if (i > 0) write('\n\f\n')
    let previous: unknown
    lines.forEach((line, k) => {
      if (k > 0) write(owner.get(line) === previous ? '\n' : '\n\n')
      previous = owner.get(line)
      starts.set(line, length)
      write(line.text)
    })
  })
  return { source: out.join(''), starts }
}

/**
 * Put each of a page's footnotes after the paragraph on the page that cites
 * it (in order: a report's footnote 1 after the report's paragraph, the
 * resolution's footnote 1 after the resolution's), so that a footnote stays
 * in the part it belongs to; a footnote no paragraph cites follows the one
 * before it, or ends the page.
 */
function placeNotes(paragraphs: readonly PdfEntry[], notes: readonly PdfEntry[]): PdfEntry[] {
  const after = new Map<number, PdfEntry[]>()
  const used = new Map<string, number>()
  let cursor = 0
  let last = paragraphs.length - 1
  for (const note of notes) {
    const label = note.label?.label
    let k = label === undefined ? -1 : Math.max(cursor, (used.get(label) ?? -1) + 1)
    while (k >= 0 && k < paragraphs.length && !(paragraphs[k] as PdfEntry).lines.some((l) => markerRuns(l).some((r) => r.labels.includes(label as string)))) k++
    if (k >= 0 && k < paragraphs.length) {
      used.set(label as string, k)
      cursor = k
      last = k
    }
    after.set(last, [...(after.get(last) ?? []), note])
  }
  return [...(after.get(-1) ?? []), ...paragraphs.flatMap((p, k) => [p, ...(after.get(k) ?? [])])]
}
