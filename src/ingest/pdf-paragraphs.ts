import type { PdfLine } from './pdf-lines.js'

/** What the layout of the whole document says about its body text. */
export interface BodyLayout {
  /** Font size of most body characters. */
  readonly size: number
  /** Usual distance between baselines, by font size (rounded to half points). */
  readonly leading: ReadonlyMap<number, number>
  /** Right edge of the text column, by page. */
  readonly right: ReadonlyMap<number, number>
}

const MARKER = /^(?:\d{1,3}\.|\([a-z]{1,4}\)|\([ivxlc]{1,6}\)|[a-z]\)|[A-Z]\.|[一二三四五六七八九十]+[.、]|[(（][一二三四五六七八九十]{1,3}[)）])$/
const MARKER_START = /^(?:\d{1,3}\.|\([a-z]{1,4}\)|\([ivxlc]{1,6}\)|[a-z]\))\s+/
const NUMBERED = /^(?:\d{1,3}\.(?:\s|(?=[\u3400-\u9fff]))|\([a-z]{1,4}\)\s|\([ivxlc]{1,6}\)\s|[一二三四五六七八九十]+[.、]|[(（][一二三四五六七八九十]{1,3}[)）])/
const TERMINAL = /[。；：，！？.;:,!?)）”’]$/
/** A footnote marker left after the closing punctuation. */
const FOOTNOTE_MARK = /(?<=[。；：，！？.;:,!?)）”’])\s*(?:\d{1,3}|[*†‡]{1,3})$/
const CJK_START = /^[\u2e80-\u9fff\uff00-\uffef《“（]/

/** Line spacing of any size is at most this times the body's for its size: a wider usual step is the gap between one-line paragraphs, and the size is spaced like the body. */
const WIDEST_LEADING = 1.25

const half = (n: number): number => Math.round(n * 2) / 2

/** Measure the body: its usual type size, line spacing by size, and each page's right edge. */
export function bodyLayout(pages: readonly (readonly PdfLine[])[]): BodyLayout {
  const sizes = new Map<number, number>()
  const steps = new Map<number, Map<number, number>>()
  for (const lines of pages) {
    lines.forEach((l, i) => {
      sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length)
      const next = lines[i + 1]
      if (next && next.size === l.size && l.y - next.y > 0.5 * l.size) {
        const m = steps.get(l.size) ?? new Map<number, number>()
        m.set(half(l.y - next.y), (m.get(half(l.y - next.y)) ?? 0) + 1)
        steps.set(l.size, m)
      }
    })
  }
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
  const mode = (m: ReadonlyMap<number, number> | undefined): number | undefined => [...(m ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  // Type used only in one-line paragraphs (headings) shows no line spacing of its own, only the gaps
  // between paragraphs: no size is spaced much wider, for its size, than the body.
  const ratio = (mode(steps.get(size)) ?? size * 1.2) / size
  const spacing = (s: number, step = s * ratio): number => (step <= WIDEST_LEADING * ratio * s ? step : s * ratio)
  const leading = new Map([...steps].map(([s, m]) => [s, spacing(s, mode(m))]))
  const right = new Map<number, number>()
  for (const lines of pages) {
    const edges = lines.filter((l) => Math.abs(l.size - size) <= 0.5).map((l) => l.x1).sort((a, b) => a - b)
    const p = lines[0]?.page
    if (p !== undefined && edges.length) right.set(p, edges[edges.length - 1] as number)
  }
  return { size, leading, right }
}

/**
 * Group the body lines of a page (top to bottom) into paragraphs. A line
 * opens a new paragraph after a gap wider than the line spacing, on a change
 * of type size, when it is indented further than the paragraph's lines
 * (first-line indents of preambular paragraphs, headings) other than the
 * text column of a hanging number, and, after a line that closed a clause,
 * when it opens with a paragraph number or, not in lower case, the previous
 * line stopped short although the line's first word would have fitted on it
 * (with an em to spare).
 */
export function pdfParagraphs(lines: readonly PdfLine[], layout: BodyLayout): PdfLine[][] {
  const groups: PdfLine[][] = []
  for (const line of lines) {
    const group = groups[groups.length - 1]
    if (group && !opensParagraph(group, line, layout)) group.push(line)
    else groups.push([line])
  }
  return groups
}

function opensParagraph(group: readonly PdfLine[], b: PdfLine, layout: BodyLayout): boolean {
  const a = group[group.length - 1] as PdfLine
  const first = group[0] as PdfLine
  const em = a.size
  if (b.y >= a.y - 0.3 * em || Math.abs(b.size - a.size) > 0.1 * a.size) return true
  const leading = layout.leading.get(a.size) ?? a.size * 1.2
  if (a.y - b.y > leading + 0.3 * em) return true
  if (group.length === 1) {
    const text = textColumn(first)
    if (b.x0 > first.x0 + 0.5 * em && !(text !== null && Math.abs(b.x0 - text) <= 0.5 * em)) return true
  } else if (Math.abs(b.x0 - (group[1] as PdfLine).x0) > 0.5 * em) return true
  if (!TERMINAL.test(a.text.replace(FOOTNOTE_MARK, ''))) return false
  if (NUMBERED.test(b.text)) return true
  // A paragraph never opens in lower case.
  if (/^[a-z]/.test(b.text)) return false
  const right = layout.right.get(a.page) ?? a.x1
  // A word's width is estimated: ask for an em to spare.
  return a.x1 + 1.3 * em + firstWordWidth(b) < right
}

/**
 * Where the text of a line opening with a number or letter starts (the
 * column a hanging paragraph continues in), else null. Inside one item the
 * place is estimated from the item's average advance.
 */
function textColumn(line: PdfLine): number | null {
  const [p0, p1] = line.pieces
  if (!p0) return null
  if (MARKER.test(p0.text.trim())) return p1 ? p1.x : null
  const m = MARKER_START.exec(p0.text)
  return m ? p0.x + (m[0].length * (p0.x1 - p0.x)) / p0.text.length : null
}

/** Width of the line's first word (first character in Chinese), from its piece's average advance. */
function firstWordWidth(line: PdfLine): number {
  if (CJK_START.test(line.text)) return line.size
  const piece = line.pieces[0]
  if (!piece || !piece.text.length) return 0
  const word = /^\S+/.exec(line.text)?.[0] ?? ''
  return (word.length * (piece.x1 - piece.x)) / piece.text.length
}
