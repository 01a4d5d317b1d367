import { MASTHEAD_CELL, PAGE_EDGE_LINES, PAGE_NUMBER, RUNNING_LINE, RUNNING_LINE_MIN_REPEATS, RUNNING_SHARE, RUNNING_TOKEN, TITLED_RUNNING_LINE } from '../data/furniture.js'
import type { Line } from './lines.js'

/** Kinds of furniture a line can be. */
export type FurnitureKind = 'page-header' | 'page-number' | 'masthead'

/** Pages of extracted text: a form feed (pdftotext ends every page with one) starts a page. */
export function pagesOf(lines: readonly Line[]): Line[][] {
  const pages: Line[][] = [[]]
  for (const l of lines) {
    if (l.text.includes('\f') && (pages[pages.length - 1] as Line[]).some((x) => !x.blank)) pages.push([])
    ;(pages[pages.length - 1] as Line[]).push(l)
  }
  return pages
}

/** A line with page numbers abstracted: the same running line on every page has one key. */
function keyOf(text: string): string {
  return text
    .replace(/[\f\s\u00a0\u3000]+/g, ' ')
    .trim()
    .replace(/(?<![\w/.-])\d{1,4}\s*\/\s*\d{1,4}(?![\w/])/g, '#/#')
    .replace(/^\d{1,4}(?= )|(?<= )\d{1,4}$/g, '#')
}

/**
 * Page furniture found by repetition and position, never by one line's look
 * alone: on text with pages (form feeds), lines near the top or foot of a
 * page that recur on a share of the pages (running headers and footers with
 * the symbol, title, job number and page "n/N"), edge lines made only of the
 * tokens of those (the first page's "23-25367 (E)"), page numbers as the
 * first or last line of a page; on text without pages, symbol and job-number
 * lines that recur. The first page's masthead is furniture in both.
 * A short footnote ("A/78/232.") is not: it does not recur.
 */
export function pageFurniture(lines: readonly Line[]): Map<Line, FurnitureKind> {
  const found = new Map<Line, FurnitureKind>()
  masthead(lines, found)
  const pages = pagesOf(lines)
  if (pages.length >= 2) {
    const edges = pages.map((p) => {
      const content = p.filter((l) => !l.blank)
      const n = Math.min(PAGE_EDGE_LINES, Math.floor(content.length / 2))
      return { first: content[0], last: content[content.length - 1], lines: [...content.slice(0, n), ...content.slice(content.length - n)] }
    })
    const pagesWith = new Map<string, number>()
    for (const e of edges) for (const k of new Set(e.lines.map((l) => keyOf(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1)
    const min = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE))
    const tokens = new Set<string>()
    for (const e of edges) {
      for (const l of e.lines) {
        if ((pagesWith.get(keyOf(l.text)) ?? 0) < min || found.has(l)) continue
        found.set(l, PAGE_NUMBER.test(l.text.replace(/\f/g, '')) ? 'page-number' : 'page-header')
        for (const t of l.text.match(RUNNING_TOKEN) ?? []) tokens.add(t)
      }
    }
    for (const e of edges) {
      for (const l of e.lines) {
        if (found.has(l)) continue
        const text = l.text.replace(/\f/g, '')
        const own = text.match(RUNNING_TOKEN) ?? []
        if (RUNNING_LINE.test(text) && own.length > 0 && own.every((t) => tokens.has(t))) found.set(l, 'page-header')
        else if ((l === e.first || l === e.last) && PAGE_NUMBER.test(text) && !/^\s*\d{1,3}\s*$/.test(text)) found.set(l, 'page-number')
        else if ((l === e.first || l === e.last) && /^\s*\d{1,4}\s*$/.test(text) && bareNumbersRun(edges, l)) found.set(l, 'page-number')
      }
    }
    return found
  }
  // No pages: symbol and job-number lines that recur, titled running lines that recur often.
  const counts = new Map<string, number>()
  for (const l of lines) if (!l.blank && l.text.length <= 200 && (RUNNING_LINE.test(l.text) || TITLED_RUNNING_LINE.test(l.text))) counts.set(keyOf(l.text), (counts.get(keyOf(l.text)) ?? 0) + 1)
  const tokens = new Set<string>()
  for (const l of lines) {
    if (l.blank || found.has(l)) continue
    const n = counts.get(keyOf(l.text)) ?? 0
    if ((RUNNING_LINE.test(l.text) && n >= 2) || (TITLED_RUNNING_LINE.test(l.text) && n >= RUNNING_LINE_MIN_REPEATS)) {
      found.set(l, 'page-header')
      for (const t of l.text.match(RUNNING_TOKEN) ?? []) tokens.add(t)
    }
  }
  // A running line printed once in another form ("23-25367 (E)" beside "23-25367"): its tokens recur.
  for (const l of lines) {
    const own = l.blank || found.has(l) || !RUNNING_LINE.test(l.text) ? [] : (l.text.match(RUNNING_TOKEN) ?? [])
    if (own.length > 0 && own.every((t) => tokens.has(t))) found.set(l, 'page-header')
  }
  return found
}

/** Bare page numbers count only when most pages print one at the same edge. */
function bareNumbersRun(edges: ReadonlyArray<{ first: Line | undefined; last: Line | undefined }>, l: Line): boolean {
  const top = edges.some((e) => e.first === l)
  const bare = edges.filter((e) => /^[\s\f]*\d{1,4}\s*$/.test((top ? e.first : e.last)?.text ?? '')).length
  return bare >= Math.max(2, edges.length * 0.5)
}

/** The first page's masthead: the opening lines whose every cell is a masthead cell. */
function masthead(lines: readonly Line[], found: Map<Line, FurnitureKind>): void {
  let seen = 0
  for (const l of lines) {
    if (l.blank) continue
    if (++seen > 16) return
    const cells = l.text.replace(/\f/g, '').trim().split(/\t|\s{2,}|\u3000{2,}/)
    if (!cells.every((c) => MASTHEAD_CELL.test(c.trim()))) return
    found.set(l, 'masthead')
  }
}
