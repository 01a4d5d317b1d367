import type { Removal, Span } from '../types.js'
import type { Line } from './lines.js'
import { TextBuilder, tidy } from './source-text.js'
import type { RawRef, Unit } from './unit.js'

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g
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

function copyLine(b: TextBuilder, source: string, line: Line, refs: RawRef[]): void {
  const start = line.start + line.indent
  const text = source.slice(start, line.end)
  let last = 0
  for (const m of text.matchAll(SUPERSCRIPT)) {
    b.copy(start + last, start + m.index)
    b.remove(start + m.index, start + m.index + m[0].length, 'footnote-ref')
    refs.push({ label: [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''), at: b.length, start: start + m.index, end: start + m.index + m[0].length })
    last = m.index + m[0].length
  }
  b.copy(start + last, line.end)
}

export function paragraphUnit(source: string, lines: readonly Line[], afterBreak: boolean, vocabulary: Vocabulary | undefined): Unit {
  const b = new TextBuilder(source)
  const refs: RawRef[] = []
  lines.forEach((line, i) => {
    if (i > 0) {
      const m = /([A-Za-z]+)-\s*$/.exec((lines[i - 1] as Line).text)
      const next = /^\s*([a-z]+)/.exec(line.text)
      if (m && next && vocabulary && !vocabulary.keepHyphen(m[1] as string, next[1] as string)) {
        // The builder holds the hyphen as its last non-space character: take it back out.
        b.dropLastIf('-', 'hyphen')
      } else b.insert('\n')
    }
    copyLine(b, source, line, refs)
  })
  return finish(b, lines, 'paragraph', refs, afterBreak)
}

export function footnoteUnit(source: string, lines: readonly Line[], label: string, labelSpan: Span): Unit {
  const b = new TextBuilder(source)
  const refs: RawRef[] = [{ label, at: 0, start: labelSpan.start, end: labelSpan.end }]
  b.remove(labelSpan.start, labelSpan.end, 'number')
  lines.forEach((line, i) => {
    if (i > 0) b.insert('\n')
    const from = i === 0 ? Math.max(labelSpan.end, line.start) : line.start + line.indent
    b.copy(from, line.end)
  })
  const spanLines = lines.length ? lines : []
  const unit = finish(b, spanLines, 'footnote', refs, false)
  const spans = unit.spans.length ? unit.spans.map((s, i) => (i === 0 ? { start: Math.min(s.start, labelSpan.start), end: s.end } : s)) : [labelSpan]
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
