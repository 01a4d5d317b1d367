import type { Removal, Span } from '../types.js'
import type { Line } from './lines.js'
import { TextBuilder, tidy } from './source-text.js'
import type { RawRef, Unit } from './unit.js'

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Words of the document, to decide whether a hyphen at a line end is part of the word. */
export class Vocabulary {
  private readonly words: Set<string>
  constructor(source: string) {
    this.words = new Set(source.toLowerCase().match(/[a-z][a-z-]*[a-z]/g) ?? [])
  }
  keepHyphen(left: string, right: string): boolean {
    const l = left.toLowerCase()
    const r = right.toLowerCase()
    if (this.words.has(`${l}-${r}`)) return true
    if (this.words.has(l + r)) return false
    return this.words.has(l) && this.words.has(r)
  }
}

/** Superscript digits, and bracketed labels (`[3]`) of the footnotes printed as "[3] …". */
const MARKERS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\[(\d{1,3})\]/g

function copyLine(b: TextBuilder, source: string, line: Line, refs: RawRef[], brackets: ReadonlySet<string>): void {
  const start = line.start + line.indent
  const text = source.slice(start, line.end)
  let last = 0
  for (const m of text.matchAll(MARKERS)) {
    if (m[1] !== undefined && !brackets.has(m[1])) continue
    const label = m[1] ?? [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('')
    b.copy(start + last, start + m.index)
    b.remove(start + m.index, start + m.index + m[0].length, 'footnote-ref')
    refs.push({ label, at: b.length, start: start + m.index, end: start + m.index + m[0].length })
    last = m.index + m[0].length
  }
  b.copy(start + last, line.end)
}

/**
 * A paragraph from its lines: wraps joined (a hyphen at a line end taken out
 * when the document's words say so), footnote markers taken out as
 * references (superscript digits; `[3]` when a footnote "[3] …" is printed;
 * `markers`: lines that hold only a raised marker).
 */
export function paragraphUnit(source: string, lines: readonly Line[], afterBreak: boolean, vocabulary: Vocabulary | undefined, brackets: ReadonlySet<string> = new Set(), markers: ReadonlySet<Line> = new Set()): Unit {
  const b = new TextBuilder(source)
  const refs: RawRef[] = []
  lines.forEach((line, i) => {
    if (markers.has(line)) {
      // A footnote marker raised off its line: a reference where the line above ends.
      const start = line.start + line.indent
      const label = line.text.trim()
      b.remove(start, start + label.length, 'footnote-ref')
      refs.push({ label, at: b.length, start, end: start + label.length })
      return
    }
    if (i > 0) {
      const m = /([A-Za-z]+)-\s*$/.exec((lines[i - 1] as Line).text)
      const next = /^\s*([a-z]+)/.exec(line.text)
      if (m && next && vocabulary && !vocabulary.keepHyphen(m[1] as string, next[1] as string)) {
        // The builder holds the hyphen as its last non-space character: take it back out.
        b.dropLastIf('-', 'hyphen')
      } else b.insert('\n')
    }
    copyLine(b, source, line, refs, brackets)
  })
  return finish(b, lines, 'paragraph', refs, afterBreak)
}

export function footnoteUnit(source: string, lines: readonly Line[], label: string, labelSpan: Span): Unit {
  const b = new TextBuilder(source)
  const refs: RawRef[] = [{ label, at: 0, start: labelSpan.start, end: labelSpan.end }]
  b.remove(labelSpan.start, labelSpan.end, 'number')
  lines.forEach((line, i) => {
    if (i > 0) b.insert('\n')
    const from = i === 0 && labelSpan.start <= line.start + line.indent ? Math.max(labelSpan.end, line.start) : line.start + line.indent
    // A label printed after the text (a web endnote's back-link) is left out where it stands.
    if (labelSpan.start > from && labelSpan.start < line.end) b.copy(from, labelSpan.start).copy(Math.min(labelSpan.end, line.end), line.end)
    else b.copy(from, line.end)
  })
  const unit = finish(b, lines, 'footnote', refs, false)
  const first = unit.spans[0]
  // The label opens the first span when only spaces lie between; printed apart (a column of labels), it is a span of its own.
  const spans = !first ? [labelSpan] : /^\s*$/.test(source.slice(Math.min(labelSpan.end, first.start), first.start)) && labelSpan.start <= first.start ? [{ start: labelSpan.start, end: first.end }, ...unit.spans.slice(1)] : first.start <= labelSpan.start ? unit.spans : [labelSpan, ...unit.spans]
  return { ...unit, spans }
}

/** Tidy a built unit's text and gather its spans (`lines`: the input pieces it covers, in order). */
export function finish(b: TextBuilder, lines: readonly Span[], hint: Unit['hint'], refs: readonly RawRef[], afterBreak: boolean): Unit {
  const { text, remap } = tidy(b.build())
  return {
    body: text,
    spans: mergeSpans(b.source, lines.map((l) => ({ start: l.start, end: l.end }))),
    removed: b.removed as Removal[],
    hint,
    level: 0,
    emphasis: [],
    refs: refs.map((r) => ({ ...r, at: remap(r.at) })),
    afterBreak,
  }
}

/** Merge spans separated only by line ends and blank lines. */
function mergeSpans(source: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && /^\s*$/.test(source.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end }
    else out.push(s)
  }
  return out
}
