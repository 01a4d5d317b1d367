import { CHAPEAU, META } from '../data/structure-patterns.js'
import { DETACHED_NUMBER, FOOTNOTE_LABEL_ONLY, FOOTNOTE_LINE, PAGE_NUMBER, RUNNING_LINE, RUNNING_LINE_MIN_REPEATS, SEPARATOR, TITLED_RUNNING_LINE, URL_LINE } from '../data/furniture.js'
import type { Artifact, Removal, Span } from '../types.js'
import { displayWidth, type Line, splitLines } from './lines.js'
import { asciiHead } from '../structure/detect-number.js'
import { footnoteUnit, paragraphUnit, Vocabulary } from './text-units.js'
import type { Ingested, RawRef, Unit } from './unit.js'

/** Options of `ingestText`. */
export interface TextOptions {
  /** Lines are hard-wrapped (text extracted from a PDF); else each line is a paragraph. */
  readonly wrapped: boolean
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const LEADING_SUPERSCRIPT = /^[\s\u00a0]*([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)/
const NUMBERED = /^[\s\u00a0]*(?:\d{1,3}\.\s|\d{1,3}\.(?=[\u3400-\u9fff*])|\([a-z]{1,4}\)\s|\([ivxlc]{1,6}\)\s|[\u3220-\u3229]|[(（][一二三四五六七八九十]{1,3}[)）]|[A-Z]\.\s|[一二三四五六七八九十]+[.、]|第[一二三四五六七八九十]+章)/
const TERMINAL = /[。；：，！？.;:,!?)）”’」』》\]]\s*$/

/**
 * Ingest plain text or text extracted from a PDF: drop page furniture into
 * artifacts (separators, URL lists, page numbers, running headers), collect
 * footnote blocks, and rebuild paragraphs from hard-wrapped lines.
 */
export function ingestText(source: string, options: TextOptions): Ingested {
  const lines = splitLines(source)
  const artifacts: Artifact[] = []
  const units: Unit[] = []
  const doubleSpaced = isDoubleSpaced(lines)
  const fullWidth = options.wrapped ? typicalWidth(lines) : Infinity
  const vocabulary = options.wrapped ? new Vocabulary(source) : undefined
  const titled = titledRunningLines(lines)

  let body: Line[] = []
  let pendingNumber: Line | undefined
  let footnote: { lines: Line[]; label: string; labelSpan: Span } | undefined
  let inZone = false
  let lastFootnote = 0
  let broken = false
  let prev: Line | undefined

  const flushBody = (): void => {
    if (body.length) units.push(paragraphUnit(source, body, broken, vocabulary))
    if (body.length) broken = false
    body = []
  }
  const flushFootnote = (): void => {
    if (footnote) units.push(footnoteUnit(source, footnote.lines, footnote.label, footnote.labelSpan))
    footnote = undefined
  }
  const artifact = (kind: Artifact['kind'], line: Line): void => {
    const last = artifacts[artifacts.length - 1]
    if (last && last.kind === kind && kind === 'url-list' && /^\s*$/.test(source.slice(last.end, line.start))) {
      artifacts[artifacts.length - 1] = { ...last, end: line.end, text: source.slice(last.start, line.end) }
    } else artifacts.push({ kind, start: line.start, end: line.end, text: source.slice(line.start, line.end) })
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.blank) continue
    const pageTurn = doubleSpaced && prev !== undefined && lines[i - 1] === prev
    prev = line
    if (pageTurn) {
      inZone = false
      flushFootnote()
      flushBody()
      broken = true
    }
    if (SEPARATOR.test(line.text)) {
      artifact('separator', line)
      flushBody()
      broken = true
      inZone = true
      continue
    }
    if (URL_LINE.test(line.text)) {
      artifact('url-list', line)
      flushFootnote()
      inZone = false
      continue
    }
    if (inZone && FOOTNOTE_LABEL_ONLY.test(line.text)) {
      const label = line.text.trim()
      flushFootnote()
      footnote = { lines: [], label, labelSpan: { start: line.start + line.indent, end: line.start + line.indent + label.length } }
      continue
    }
    const fn = inZone ? FOOTNOTE_LINE.exec(line.text) : null
    if (!(fn && plausibleLabel(fn[1] as string, lastFootnote)) && (RUNNING_LINE.test(line.text) || titled.has(line.text.trim()) || (PAGE_NUMBER.test(line.text) && !DETACHED_NUMBER.test(line.text)))) {
      artifact(RUNNING_LINE.test(line.text) || titled.has(line.text.trim()) ? 'page-header' : 'page-number', line)
      // Page furniture means a page turn: the footnote block, if any, is over.
      flushFootnote()
      inZone = false
      flushBody()
      broken = true
      continue
    }
    const sup = LEADING_SUPERSCRIPT.exec(line.text)
    if (fn && plausibleLabel(fn[1] as string, lastFootnote)) {
      flushFootnote()
      const at = line.start + line.text.indexOf(fn[1] as string)
      footnote = { lines: [line], label: fn[1] as string, labelSpan: { start: at, end: at + (fn[1] as string).length } }
      if (/^\d+$/.test(fn[1] as string)) lastFootnote = Number(fn[1])
      continue
    }
    if (sup && line.text.trim().length > (sup[1] as string).length) {
      flushBody()
      flushFootnote()
      const at = line.start + line.text.indexOf(sup[1] as string)
      const label = [...(sup[1] as string)].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('')
      units.push(footnoteUnit(source, [line], label, { start: at, end: at + (sup[1] as string).length }))
      continue
    }
    if (inZone && footnote) {
      footnote.lines.push(line)
      continue
    }
    if (DETACHED_NUMBER.test(asciiHead(line.text))) {
      flushBody()
      // Two numbers in a row: the first stands alone (a paragraph with no text).
      if (pendingNumber) units.push(paragraphUnit(source, [pendingNumber], broken, vocabulary))
      pendingNumber = line
      continue
    }
    const last = body[body.length - 1]
    const startsNew =
      !options.wrapped ||
      pendingNumber !== undefined ||
      last === undefined ||
      NUMBERED.test(asciiHead(line.text)) ||
      standalone(line.text) ||
      standalone(last.text) ||
      displayWidth(last.text) < fullWidth * 0.8 ||
      (line.indent > 0 && line.indent >= last.indent && endsClause(last.text)) ||
      (line.indent > last.indent + 1 && endsClause(last.text))
    if (startsNew) flushBody()
    if (pendingNumber) body.push(pendingNumber)
    pendingNumber = undefined
    body.push(line)
  }
  flushFootnote()
  flushBody()
  if (pendingNumber) units.push(paragraphUnit(source, [pendingNumber], broken, vocabulary))
  return { format: options.wrapped ? 'pdf' : 'plain', units, artifacts, issues: [] }
}

/** The line ends a clause, a footnote marker left after the punctuation aside (`决议，3`). */
function endsClause(text: string): boolean {
  return TERMINAL.test(text.replace(/(?<=[。；：，！？”)）.;:,])[\s\u00a0]*\d{1,3}[\s\u00a0]*$/, ''))
}

/** A chapeau or an adoption line is a paragraph of its own, however long the line. */
function standalone(text: string): boolean {
  const t = text.trim()
  return CHAPEAU.some((re) => re.test(t)) || META.some((re) => re.test(t))
}

/** Lines with a document symbol at one end that recur on several pages: running headers with a title. */
function titledRunningLines(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>()
  for (const l of lines) {
    if (l.blank || l.text.length > 200 || !TITLED_RUNNING_LINE.test(l.text)) continue
    const key = l.text.trim()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, n]) => n >= RUNNING_LINE_MIN_REPEATS).map(([k]) => k))
}

function plausibleLabel(label: string, last: number): boolean {
  if (!/^\d+$/.test(label)) return true
  const n = Number(label)
  // Numbering restarts at 1 in each part (a draft resolution inside a report).
  return (n > last && n <= last + 5) || n === 1
}

/** Most lines are followed by a blank line: single line ends then mark page turns. */
function isDoubleSpaced(lines: readonly Line[]): boolean {
  let content = 0
  let spaced = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((lines[i] as Line).blank) continue
    content++
    if ((lines[i + 1] as Line).blank) spaced++
  }
  return content > 20 && spaced / content > 0.7
}

/** Width of a full line: the 90th percentile of content line widths. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines.filter((l) => !l.blank).map((l) => displayWidth(l.text)).sort((a, b) => a - b)
  return widths[Math.floor(widths.length * 0.9)] ?? 80
}

