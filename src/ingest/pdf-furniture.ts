import { DETACHED_NUMBER, DISTRIBUTION_LINE, FRONT_PAGE_CODE, MASTHEAD_LINE, PAGE_NUMBER, RUNNING_LINE } from '../data/furniture.js'
import type { Artifact } from '../types.js'
import type { PdfLine } from './pdf-lines.js'

/** Page furniture found on the pages: each such line with its artifact kind. */
export type Furniture = Map<PdfLine, Artifact['kind']>

/** Header and footer lines lie in this share of the page height at its top or bottom. */
const BAND = 0.2

/**
 * Find page furniture from geometry and repetition: the lines at the top and
 * bottom of each page (up to the first wide gap) that recur on other pages
 * at the same height (running headers on alternating sides, job numbers) or
 * read as furniture (a document symbol, a page number "2/13", a job number,
 * the first page's date code and barcode), with the cells printed on the
 * same baseline; and the first page's masthead, down to the end of the
 * distribution block ("Distr.: General", date, original language), or the
 * document symbol printed alone above the text of the first page.
 */
export function pdfFurniture(pages: readonly (readonly PdfLine[])[], heights: readonly number[]): Furniture {
  const furniture: Furniture = new Map()
  const bands = pages.map((lines, i) => ({ top: edgeCluster(lines, heights[i] ?? 792, 'top'), bottom: edgeCluster(lines, heights[i] ?? 792, 'bottom') }))
  const seen = new Map<string, Set<number>>()
  bands.forEach((b, page) => {
    for (const l of [...b.top, ...b.bottom]) {
      const k = keyOf(l)
      if (!seen.has(k)) seen.set(k, new Set())
      seen.get(k)?.add(page)
    }
  })
  bands.forEach(({ top, bottom }) => {
    for (const [cluster, kind] of [[top, 'page-header'], [bottom, 'page-footer']] as const) {
      // A line opening with a raised label is a footnote, whatever it reads like ("7 A/78/232.").
      const marked = cluster.filter((l) => !l.pieces[0]?.raised && ((seen.get(keyOf(l))?.size ?? 0) >= 2 || looksLikeFurniture(l.text)))
      for (const l of cluster) {
        if (!marked.some((m) => Math.abs(m.y - l.y) <= 1)) continue
        furniture.set(l, PAGE_NUMBER.test(l.text) && !DETACHED_NUMBER.test(l.text) ? 'page-number' : kind)
      }
    }
  })
  for (const l of masthead(pages[0] ?? [], heights[0] ?? 792)) if (!furniture.has(l)) furniture.set(l, 'page-header')
  // The document symbol printed alone above the text of the first page (a web page's title) is the masthead's.
  const top = (pages[0] ?? []).filter((l) => !l.rotated && !furniture.has(l)).sort((a, b) => b.y - a.y)[0]
  if (top && RUNNING_LINE.test(top.text)) furniture.set(top, 'page-header')
  for (const lines of pages) for (const l of lines) if (l.rotated) furniture.set(l, 'other')
  return furniture
}

/** The text with digits generalised and spaces removed: one key for "2/13" and "3/13". */
const keyOf = (l: PdfLine): string => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`

function looksLikeFurniture(text: string): boolean {
  return RUNNING_LINE.test(text) || FRONT_PAGE_CODE.test(text) || (PAGE_NUMBER.test(text) && !DETACHED_NUMBER.test(text))
}

/** Lines from the top (or bottom) edge of the page down to the first gap wider than a line and a half. */
function edgeCluster(lines: readonly PdfLine[], height: number, edge: 'top' | 'bottom'): PdfLine[] {
  const upright = lines.filter((l) => !l.rotated).sort((a, b) => (edge === 'top' ? b.y - a.y : a.y - b.y))
  const out: PdfLine[] = []
  for (const l of upright) {
    const inBand = edge === 'top' ? l.y >= height * (1 - BAND) : l.y <= height * BAND
    const last = out[out.length - 1]
    if (!inBand || (last && Math.abs(last.y - l.y) > 1.6 * Math.max(last.size, l.size))) break
    out.push(l)
  }
  return out
}

/**
 * The first page's masthead: everything from the top down to the last line
 * of the distribution block; without one, the masthead cells (United
 * Nations, the organ) at the top of the page with the cells beside them.
 */
function masthead(lines: readonly PdfLine[], height: number): PdfLine[] {
  const distr = lines.find((l) => DISTRIBUTION_LINE.test(l.text) && l.y >= height * 0.6)
  if (distr) {
    let bottom = distr
    for (const l of [...lines].sort((a, b) => b.y - a.y)) {
      // The block's lines share the distribution line's column (left- or right-aligned).
      if (l.y >= bottom.y || l.x1 < distr.x0 || l.x0 > distr.x1) continue
      if (bottom.y - l.y > 2 * Math.max(bottom.size, l.size)) break
      bottom = l
    }
    return lines.filter((l) => l.y >= bottom.y - 0.3 * bottom.size)
  }
  const cells = lines.filter((l) => l.y >= height * 0.7 && MASTHEAD_LINE.test(l.text))
  return lines.filter((l) => cells.some((c) => Math.abs(c.y - l.y) <= Math.max(1, 0.3 * c.size)))
}
