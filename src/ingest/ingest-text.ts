import { CHAPEAU, META } from '../data/structure-patterns.js'
import { DETACHED_NUMBER, FOOTNOTE_LABEL_ONLY, FOOTNOTE_LINE, PAGE_NUMBER, SEPARATOR, URL_LINE } from '../data/furniture.js'
import type { Artifact, Span } from '../types.js'
import { cutGlued } from './cut-glued.js'
import { footnoteZones } from './footnote-zones.js'
import { displayWidth, type Line, splitLines } from './lines.js'
import { asciiHead } from '../structure/detect-number.js'
import { pageFurniture, pagesOf } from './page-furniture.js'
import { cjkBreak, endsClause, nextContent, NUMBERED, opensWithLead } from './text-breaks.js'
import { footnoteUnit, paragraphUnit, Vocabulary } from './text-units.js'
import type { Ingested, Unit } from './unit.js'

/** Options of `ingestText`. */
export interface TextOptions {
  /** Lines are hard-wrapped (text extracted from a PDF); else each line is a paragraph. */
  readonly wrapped: boolean
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** An English line that breaks off on a word needing the next (an article, a preposition; "and" not after a clause): it does not end a paragraph, however short. */
const BROKEN_OFF = /(?:\b(?:the|of|by|on|in|at|to|for|a|an)|(?<![;,:]\s?)\band)\s*$/
/** A line holding only a footnote number (a marker raised off its line). */
const RAISED_MARKER = /^[\s\u00a0]*\d{1,3}[\s\u00a0]*$/
const LEADING_SUPERSCRIPT = /^[\s\u00a0]*([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)/
/** Display width under which a line is too short to be a wrapped line of a paragraph (wrappers fill about 70 columns). */
const SHORT_LINE = 50
/** Median display width of the lines of text never hard-wrapped: wider than any wrapper's measure. */
const UNWRAPPED_MEDIAN = 120

/**
 * Ingest plain text or text extracted from a PDF: drop page furniture into
 * artifacts (separators, URL lists, page numbers, running headers), collect
 * footnote blocks, and rebuild paragraphs from hard-wrapped lines.
 */
export function ingestText(source: string, options: TextOptions): Ingested {
  const cut = cutGlued(splitLines(source))
  const lines = cut.lines
  const artifacts: Artifact[] = []
  const units: Unit[] = []
  const pages = pagesOf(lines)
  const paged = pages.length >= 2
  const fullWidth = options.wrapped ? typicalWidth(lines) : Infinity
  // A blank line after every line of a text wrapped at one width (PDF text): two lines in a row mark a page turn.
  const doubleSpaced = !paged && isDoubleSpaced(lines) && fixedWidth(lines)
  // Paragraphs are blocks between blank lines (pandoc's plain text, wrapped or not): a blank line ends a paragraph.
  const blocks = !paged && !doubleSpaced && blankSeparated(lines)
  // Blocks of lines never hard-wrapped (a browser's or a word processor's text: a paragraph a line): each line of a block stands apart.
  const unwrapped = blocks && medianWidth(lines) >= UNWRAPPED_MEDIAN
  const vocabulary = options.wrapped ? new Vocabulary(source) : undefined
  const furniture = pageFurniture(lines)
  // Where each page's wrapped lines go on (pdftotext -layout keeps the page margin): a line there is not set in, however far from the edge.
  const wrapIndent = new Map<Line, number>((paged ? pages : [lines]).flatMap((p) => { const m = continuationIndent(p); return p.map((l) => [l, m] as const) }))
  const previous = new Map<Line, Line | undefined>(lines.map((l, i) => [l, lines[i - 1]]))
  const startsParagraph = (l: Line): boolean => (blocks ? unwrapped || previous.get(l)?.blank !== false : !options.wrapped)
  const zones = footnoteZones((paged ? pages : [lines]).map((p) => p.filter((l) => !furniture.has(l))), paged, startsParagraph, paged || (options.wrapped && !blocks))
  const brackets = new Set([...zones.at.values()].flat().filter((n) => source[n.labelSpan.start] === '[').map((n) => n.label))
  // Footnote markers set above the baseline that an extractor printed on a line of their own, inside a paragraph.
  const markers = new Set<Line>()
  const paragraph = (body: readonly Line[], afterBreak: boolean): Unit => paragraphUnit(source, body, afterBreak, vocabulary, brackets, markers)

  let body: Line[] = []
  let pendingNumber: Line | undefined
  let footnote: { lines: Line[]; label: string; labelSpan: Span } | undefined
  let inZone = false
  let lastFootnote = 0
  let broken = false
  let prev: Line | undefined

  const flushBody = (): void => {
    if (body.length) units.push(paragraph(body, broken))
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
    const pageTurn = (doubleSpaced && prev !== undefined && lines[i - 1] === prev) || (paged && line.text.includes('\f'))
    prev = line
    const kind = furniture.get(line)
    if (kind) {
      artifact(kind === 'page-number' ? 'page-number' : 'page-header', line)
      // Page furniture means a page turn: the footnote block, if any, is over.
      flushFootnote()
      inZone = false
      flushBody()
      broken = paged || kind !== 'masthead' || broken
      continue
    }
    const notes = zones.at.get(line)
    if (notes) {
      flushFootnote()
      flushBody()
      for (const n of notes) units.push(footnoteUnit(source, n.lines, n.label, n.labelSpan))
      for (const n of notes) if (/^\d+$/.test(n.label)) lastFootnote = Number(n.label)
      broken = paged
      continue
    }
    if (zones.taken.has(line)) continue
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
    // Text without form feeds: a number alone on its line is a page number, unless it continues a block.
    if (!paged && !(blocks && !startsParagraph(line)) && !(fn && plausibleLabel(fn[1] as string, lastFootnote)) && PAGE_NUMBER.test(line.text) && !DETACHED_NUMBER.test(line.text)) {
      artifact('page-number', line)
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
    // (Inside a sentence: a number after a sentence's end is a label, an endnote's or a list's.)
    const inSentence = body.length > 0 && !/[。；.;!?！？]\s*$/.test((body[body.length - 1] as Line).text)
    const after = options.wrapped && inSentence && !inZone && RAISED_MARKER.test(line.text) ? nextContent(lines, i, 1)[0] : undefined
    if (after && !furniture.has(after) && !zones.taken.has(after) && !NUMBERED.test(asciiHead(after.text)) && !opensWithLead(after.text) && plausibleMarker(line.text, lastFootnote)) {
      markers.add(line)
      body.push(line)
      continue
    }
    if (DETACHED_NUMBER.test(asciiHead(line.text))) {
      flushBody()
      // Two numbers in a row: the first stands alone (a paragraph with no text).
      if (pendingNumber) units.push(paragraph([pendingNumber], broken))
      pendingNumber = line
      continue
    }
    const last = body[body.length - 1]
    // Wrapped text: a bracket left open ("[on the report of the Second" / "Committee (A/78/462/Add.1, para. 7)]") goes on to the next line.
    const open = options.wrapped && !blocks && body.length <= 2 && bracketOpen(body)
    const startsNew =
      startsParagraph(line) ||
      cut.starts.has(line) ||
      pendingNumber !== undefined ||
      last === undefined ||
      // Inside a block: a clause ends and a numbered or lead-verb line follows (list items written without blank lines).
      (blocks && endsClause(last.text) && (NUMBERED.test(asciiHead(line.text)) || opensWithLead(line.text))) ||
      // Short lines in a row, the first not ending a clause: title lines printed without blank lines between.
      (blocks && displayWidth(last.text) < SHORT_LINE && displayWidth(line.text) < SHORT_LINE && !endsClause(last.text)) ||
      (!blocks &&
        options.wrapped &&
        !open &&
        (NUMBERED.test(asciiHead(line.text)) ||
          standalone(line.text) ||
          // (Unless it breaks off on a word that needs the next: "Resolution adopted by the" / "General Assembly on …".)
          (standalone(last.text) && !BROKEN_OFF.test(last.text)) ||
          // A short line ends its paragraph; one that does not end a clause must be shorter still (extractors space lines unevenly).
          (displayWidth(last.text) < fullWidth * (endsClause(last.text) ? 0.8 : 0.6) && !BROKEN_OFF.test(last.text)) ||
          (line.indent > 0 && line.indent !== wrapIndent.get(line) && line.indent >= last.indent && endsClause(last.text)) ||
          // Without indentation (pdftotext's default mode): a clause ends and a lead verb opens the next line.
          // (Chinese lines fill the measure to the last character: only a line short of it, or a first line set in, can end or open a paragraph.)
          (endsClause(last.text) && opensWithLead(line.text) && (/^[\s\u00a0]*[A-Za-z]/.test(line.text) || cjkBreak(body, line, nextContent(lines, i, 2), fullWidth))) ||
          (line.indent > last.indent + 1 && endsClause(last.text))))
    if (startsNew) flushBody()
    if (pendingNumber) body.push(pendingNumber)
    pendingNumber = undefined
    body.push(line)
  }
  flushFootnote()
  flushBody()
  if (pendingNumber) units.push(paragraph([pendingNumber], broken))
  artifacts.sort((a, b) => a.start - b.start)
  return { format: options.wrapped ? 'pdf' : 'plain', units, artifacts, issues: [...cut.issues, ...zones.issues] }
}

/** The lines hold a square bracket not closed yet. */
function bracketOpen(body: readonly Line[]): boolean {
  let depth = 0
  for (const l of body) for (const c of l.text) depth += c === '[' ? 1 : c === ']' ? -1 : 0
  return depth > 0
}

/** A chapeau or an adoption line is a paragraph of its own, however long the line. */
function standalone(text: string): boolean {
  const t = text.trim()
  return CHAPEAU.some((re) => re.test(t)) || META.some((re) => re.test(t))
}

/** A marker may be any note after the last one printed so far, but not far ahead. */
function plausibleMarker(text: string, lastFootnote: number): boolean {
  const n = Number(text.trim())
  return n >= 1 && n <= lastFootnote + 20
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

/** Paragraphs are blocks of lines between blank lines: many blocks hold several lines. */
function blankSeparated(lines: readonly Line[]): boolean {
  let runs = 0
  let multi = 0
  let len = 0
  for (const l of lines) {
    if (l.blank) {
      if (len) runs++
      if (len > 1) multi++
      len = 0
    } else len++
  }
  if (len) runs++
  if (len > 1) multi++
  return runs >= 5 && (multi >= runs * 0.2 || (multi > 0 && runs * 2 >= lines.length * 0.5))
}

/** Most lines are about as wide as the widest: the text was wrapped at one width. */
function fixedWidth(lines: readonly Line[]): boolean {
  const widths = lines.filter((l) => !l.blank).map((l) => displayWidth(l.text))
  const full = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.9)] ?? 0
  return widths.filter((w) => w >= full * 0.8 && w <= full * 1.05).length >= widths.length * 0.4
}

/** The most common indent of the lines that go on with a sentence the line before left open: where wrapped lines start (-1: too few to tell). */
function continuationIndent(lines: readonly Line[]): number {
  const counts = new Map<number, number>()
  let last: Line | undefined
  for (const l of lines) {
    if (l.blank) continue
    if (last && !endsClause(last.text)) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1)
    last = l
  }
  let best = -1
  let most = 2
  for (const [indent, n] of counts) if (n > most) [best, most] = [indent, n]
  return best
}

/** Median display width of the content lines. */
function medianWidth(lines: readonly Line[]): number {
  const widths = lines.filter((l) => !l.blank).map((l) => displayWidth(l.text)).sort((a, b) => a - b)
  return widths[Math.floor(widths.length / 2)] ?? 0
}

/** Width of a full line: the 90th percentile of content line widths. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines.filter((l) => !l.blank).map((l) => displayWidth(l.text)).sort((a, b) => a - b)
  return widths[Math.floor(widths.length * 0.9)] ?? 80
}

