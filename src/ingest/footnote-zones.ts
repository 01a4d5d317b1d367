import { BRACKET_FOOTNOTE_LINE, FOOTNOTE_LABEL_ONLY, FOOTNOTE_LINE, FOOTNOTE_LINES_PER_NOTE } from '../data/furniture.js'
import type { Issue, Span } from '../types.js'
import { displayWidth, type Line } from './lines.js'

/** One footnote found in a footnote block: its label, where the label is, its text lines. */
export interface ZoneNote {
  readonly label: string
  readonly labelSpan: Span
  readonly lines: Line[]
}

/** Footnote blocks: the notes of each, keyed by the block's first line, and every line they take. */
export interface Zones {
  readonly at: Map<Line, ZoneNote[]>
  readonly taken: Set<Line>
  readonly issues: Issue[]
}

interface Mark {
  readonly line: Line
  readonly label: string
  readonly labelSpan: Span
  /** The label stands alone on its line (its text follows on the next lines). */
  readonly alone: boolean
  readonly bracket: boolean
}

/**
 * Find the footnote blocks printed without a separator rule: at the foot of
 * each page of paged text (the run of lines that opens with the next
 * footnote's label and whose labels follow one another to the page end), and
 * at the end of text without pages (endnotes: a browser's or pandoc's text,
 * "[1] …" or "1 …"). Labels may stand alone on their lines, or in a column
 * before the texts (pdftotext's reading order of a page foot), in which case
 * the texts are paired with the labels by order, each ending at a line that
 * closes a sentence.
 * @param segments  the lines of each page (or the whole text), furniture left out
 * @param startsParagraph  whether a line starts a paragraph (text with one paragraph a line or a block): a non-label line there ends the search
 * @param bounded  paragraph starts are not known (wrapped text): a note's text reaches at most FOOTNOTE_LINES_PER_NOTE lines
 */
export function footnoteZones(segments: ReadonlyArray<readonly Line[]>, paged: boolean, startsParagraph: (l: Line) => boolean, bounded: boolean): Zones {
  const zones: Zones = { at: new Map(), taken: new Set(), issues: [] }
  let last = 0
  let endFound = false
  for (const [si, seg] of segments.entries()) {
    const lines = seg.filter((l) => !l.blank)
    const found = lines.map(markOf)
    // Accepted labels, from the page foot up: each precedes the next one; a label that does not is text ("1 号》…" wrapped).
    const marks: Array<Mark | undefined> = lines.map(() => undefined)
    let z = -1
    let gap = 0
    let next: Mark | null = null
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = found[i]
      if (!m || (next && !follows(m.label, next.label))) {
        // Text with a paragraph a line (or a block): a line that is not a note's text ends the search.
        if (!paged && startsParagraph(lines[i] as Line) && !found[i - 1]?.alone) break
        if (++gap > FOOTNOTE_LINES_PER_NOTE && bounded) break
        continue
      }
      gap = 0
      next = m
      marks[i] = m
      z = i
    }
    // The block opens with the next label of the document (or restarts at 1, or a symbol).
    while (z >= 0 && z < lines.length) {
      const m = marks[z]
      if (m && (m.label === String(last + 1) || m.label === '1' || !/^\d+$/.test(m.label))) break
      z++
    }
    if (z < 0 || z >= lines.length) {
      const detached = paged ? labelColumn(lines, last) : undefined
      if (!detached) continue
      const first = detached.notes[0]?.lines[0] as Line
      zones.at.set(first, detached.notes)
      for (const l of detached.taken) zones.taken.add(l)
      last += detached.notes.length
      zones.issues.push({ code: 'ingest/footnote-column', severity: 'info', message: `${detached.notes.length} footnote labels printed apart from their texts were paired with them by order`, place: { start: first.start, end: (detached.taken[detached.taken.length - 1] as Line).end } })
      continue
    }
    const notes = build(lines.slice(z), marks.slice(z), zones.issues)
    if (!paged && notes.length < 2) continue
    zones.at.set(lines[z] as Line, notes)
    for (const l of lines.slice(z)) zones.taken.add(l)
    for (const n of notes) if (/^\d+$/.test(n.label)) last = Number(n.label)
    if (si === segments.length - 1) endFound = true
  }
  if (!endFound) numberedEndnotes(segments, zones)
  if (!endFound && zones.at.size === 0) backLinkedEndnotes(segments, zones)
  return zones
}

/** The back-link web pages print after each endnote ("↩︎", "↩"). */
const BACK_LINK = /\u21a9\ufe0e?[\s\u00a0]*$/

/**
 * Endnotes whose numbers a copy lost (a browser's text of an ordered list
 * drops the numbers): the trailing lines that end with the web's back-link
 * "↩︎", numbered 1, 2, … in order; the back-link stands in for the label.
 */
function backLinkedEndnotes(segments: ReadonlyArray<readonly Line[]>, zones: Zones): void {
  const all = segments.flat().filter((l) => !l.blank)
  let z = all.length
  while (z > 0 && BACK_LINK.test((all[z - 1] as Line).text)) z--
  if (all.length - z < 2) return
  const notes = all.slice(z).map((l, i): ZoneNote => {
    const at = l.start + (BACK_LINK.exec(l.text)?.index ?? l.text.length)
    return { label: String(i + 1), labelSpan: { start: at, end: l.end }, lines: [l] }
  })
  zones.at.set(all[z] as Line, notes)
  for (const l of all.slice(z)) zones.taken.add(l)
  zones.issues.push({ code: 'ingest/numbered-endnotes', severity: 'info', message: `${notes.length} endnotes printed without their numbers (each ends with a back-link) were numbered in order`, place: { start: (all[z] as Line).start, end: (all[all.length - 1] as Line).end } })
}

/** A number written against a word (`Agreement1`, `《巴黎协定》3`), not part of a longer number, a date or a symbol. */
const MARKER_AGAINST_WORD = /(?<=[\p{L}》”’)\]，。；,;:])\s?(\d+)(?![\d/.])/gu

const NUMBERED_NOTE = /^[\s\u00a0\f]*(\d{1,3})\.[\s\u00a0]+(\S.*)$/

/**
 * Endnotes printed as a numbered list at the end (a web page's notes, printed
 * or copied: "1. Resolution 70/1."): the trailing run of numbered lines
 * 1, 2, … K that ends the text, taken for notes only when the text before it
 * carries most of the markers 1 … K against a word (`Agreement1`, `《巴黎协定》3`).
 */
function numberedEndnotes(segments: ReadonlyArray<readonly Line[]>, zones: Zones): void {
  const all = segments.flat().filter((l) => !l.blank)
  let z = -1
  let expect = 0
  let lastLabel = Infinity
  for (let i = all.length - 1; i >= 0; i--) {
    const m = NUMBERED_NOTE.exec((all[i] as Line).text)
    if (!m) {
      if (z < 0 && i < all.length - FOOTNOTE_LINES_PER_NOTE) return
      continue
    }
    const n = Number(m[1])
    if (z >= 0 && n !== lastLabel - 1) break
    if (z < 0) expect = n
    lastLabel = n
    z = i
  }
  if (z < 0 || lastLabel !== 1 || expect < 2) return
  const before = all.slice(0, z).map((l) => l.text).join('\n')
  // One pass over the text: every number standing against a word as a marker.
  const cited = new Set<string>()
  for (const m of before.matchAll(MARKER_AGAINST_WORD)) cited.add(m[1] as string)
  let found = 0
  for (let k = 1; k <= expect; k++) if (cited.has(String(k))) found++
  if (found < expect * 0.8) return
  const notes: ZoneNote[] = []
  for (const l of all.slice(z)) {
    const m = NUMBERED_NOTE.exec(l.text)
    const label = m?.[1]
    if (m && label && Number(label) === notes.length + 1) {
      const at = l.start + l.text.indexOf(label)
      notes.push({ label, labelSpan: { start: at, end: at + label.length + 1 }, lines: [l] })
    } else notes[notes.length - 1]?.lines.push(l)
  }
  zones.at.set(all[z] as Line, notes)
  for (const l of all.slice(z)) zones.taken.add(l)
  zones.issues.push({ code: 'ingest/numbered-endnotes', severity: 'info', message: `a numbered list of ${notes.length} items at the end, whose numbers the text cites as markers, was taken for endnotes`, place: { start: (all[z] as Line).start, end: (all[all.length - 1] as Line).end } })
}

const SENTENCE_END = /[.。;；)）]\s*$/

/**
 * A page whose footnote labels pdftotext printed as a column of lone numbers
 * away from their texts (above the page's text, in its reading order): the
 * next labels of the document, two or more in a row, and as many notes at
 * the page foot, each ending a sentence. A note that wraps is set in smaller
 * type, so its lines are wider than the body's: the first note reaches back
 * only over such lines.
 */
function labelColumn(lines: readonly Line[], last: number): { notes: ZoneNote[]; taken: Line[] } | undefined {
  const lone = lines.map((l) => FOOTNOTE_LABEL_ONLY.exec(l.text.replace(/\f/g, ' '))?.[1])
  const start = lone.findIndex((label) => label === String(last + 1))
  if (start < 0) return undefined
  let end = start
  while (lone[end + 1] === String(last + 2 + end - start)) end++
  const k = end - start + 1
  if (k < 2 || lone.slice(end + 1).some((x) => x !== undefined)) return undefined
  const open = lines.filter((l, i) => i > end && !SENTENCE_END.test(l.text)).map((l) => displayWidth(l.text)).sort((a, b) => a - b)
  const body = open[Math.floor(open.length / 2)] ?? Infinity
  const groups: Line[][] = []
  let j = lines.length - 1
  for (let g = 0; g < k; g++) {
    if (j <= end || !SENTENCE_END.test((lines[j] as Line).text)) return undefined
    const group = [lines[j--] as Line]
    while (j > end && !SENTENCE_END.test((lines[j] as Line).text) && (g < k - 1 || displayWidth((lines[j] as Line).text) > body)) group.unshift(lines[j--] as Line)
    groups.unshift(group)
  }
  const notes = groups.map((group, g): ZoneNote => {
    const line = lines[start + g] as Line
    const at = line.start + line.text.indexOf(lone[start + g] as string)
    return { label: lone[start + g] as string, labelSpan: { start: at, end: at + (lone[start + g] as string).length }, lines: group }
  })
  return { notes, taken: [...lines.slice(start, end + 1), ...groups.flat()] }
}

/** `b` may follow `a` in a footnote block. */
function follows(a: string, b: string): boolean {
  if (/^\d+$/.test(b)) return b === '1' || (/^\d+$/.test(a) && Number(b) === Number(a) + 1) || !/^\d+$/.test(a)
  return !/^\d+$/.test(a) && a !== b
}

function markOf(line: Line): Mark | undefined {
  const text = line.text.replace(/\f/g, ' ')
  const only = FOOTNOTE_LABEL_ONLY.exec(text)
  const m = only ?? BRACKET_FOOTNOTE_LINE.exec(text) ?? FOOTNOTE_LINE.exec(text)
  if (!m) return undefined
  const bracket = !only && text.trimStart().startsWith('[')
  const label = m[1] as string
  const at = line.start + text.indexOf(bracket ? `[${label}]` : label)
  return { line, label, labelSpan: { start: at, end: at + label.length + (bracket ? 2 : 0) }, alone: Boolean(only), bracket }
}

/** Notes of a block: label lines with the text lines after them; a column of lone labels shares the texts by order. */
function build(lines: readonly Line[], marks: ReadonlyArray<Mark | undefined>, issues: Issue[]): ZoneNote[] {
  const notes: ZoneNote[] = []
  for (let i = 0; i < lines.length;) {
    const column: Mark[] = []
    while (i < lines.length && marks[i]?.alone) column.push(marks[i++] as Mark)
    if (column.length === 0) {
      const m = marks[i] as Mark
      const own = [lines[i] as Line]
      for (i++; i < lines.length && !marks[i]; i++) own.push(lines[i] as Line)
      notes.push({ label: m.label, labelSpan: m.labelSpan, lines: own })
      continue
    }
    const texts: Line[] = []
    for (; i < lines.length && !marks[i]; i++) texts.push(lines[i] as Line)
    const groups = column.length === 1 ? [texts] : sentences(texts, column.length)
    if (column.length > 1) issues.push({ code: 'ingest/footnote-column', severity: 'info', message: `${column.length} footnote labels printed apart from their texts were paired with them by order`, place: { start: (column[0] as Mark).labelSpan.start, end: (texts[texts.length - 1] ?? (column[column.length - 1] as Mark).line).end } })
    column.forEach((m, k) => notes.push({ label: m.label, labelSpan: m.labelSpan, lines: groups[k] ?? [] }))
  }
  return notes
}

/** Split lines into `n` groups, each ending at a line that closes a sentence; extra groups join the last. */
function sentences(lines: readonly Line[], n: number): Line[][] {
  const groups: Line[][] = []
  let cur: Line[] = []
  for (const l of lines) {
    cur.push(l)
    if (/[.。;；)）]\s*$/.test(l.text)) {
      groups.push(cur)
      cur = []
    }
  }
  if (cur.length) groups.push(cur)
  while (groups.length > n) (groups[n - 1] as Line[]).push(...(groups.splice(n, 1)[0] as Line[]))
  return groups
}
