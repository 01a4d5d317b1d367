import type { PdfItem, PdfPage } from './load-pdf.js'
import { readRadicals } from './read-radicals.js'

/** A piece of a line: one text item, raised when it sits above the baseline in smaller type. */
export interface PdfPiece {
  readonly text: string
  readonly x: number
  readonly x1: number
  readonly y: number
  readonly size: number
  /** Smaller type above the baseline: a footnote marker or label. */
  readonly raised: boolean
  /** Offset of the piece's text in the line's text. */
  readonly at: number
}

/** A printed line (or one cell of a line, where a wide gap splits it). */
export interface PdfLine {
  readonly page: number
  /** Baseline. */
  readonly y: number
  readonly x0: number
  readonly x1: number
  /** Font size of most of the line's characters. */
  readonly size: number
  readonly text: string
  readonly pieces: readonly PdfPiece[]
  /** Not upright text (a vertical note in the margin). */
  readonly rotated: boolean
}

/** Items this far apart (in ems) on one baseline are separate cells (a masthead's two columns). */
const CELL_GAP = 6
/** A gap this wide (in ems) between two items is a space. */
const SPACE_GAP = 0.15

const CJK = /[\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\uff00-\uffef]/
/** Curly quotes, which Chinese text sets without spaces too. */
const QUOTE = /[\u2018\u2019\u201c\u201d]/
const CJK_SPACES = /(?<=[\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\uff00-\uffef])[\s\u3000]+(?=[\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\uff00-\uffef])/g
/** Letter-spaced text: single characters with spaces between ("G e n e r a l"). */
const SPACED = /^\S(?:[ \u00a0\u3000]+\S){2,}$/u

/**
 * Rebuild the lines of a page from its text items: items on one baseline
 * form a line, smaller items just above it (footnote markers) join it as
 * raised pieces, wide gaps split cells, Chinese characters join without
 * spaces and letter-spaced words are read as words.
 */
export function pdfLines(page: PdfPage): PdfLine[] {
  const upright = page.items.filter((it) => !it.rotated && it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const clusters: PdfItem[][] = []
  let base: PdfItem | undefined
  for (const it of upright) {
    const last = clusters[clusters.length - 1]
    if (last && base && Math.abs(it.y - base.y) <= 0.35 * Math.min(it.size, base.size)) {
      last.push(it)
      if (it.size > base.size) base = it
    } else {
      clusters.push([it])
      base = it
    }
  }
  const merged = mergeRaised(clusters)
  const lines = merged.flatMap((c) => cellsOf(c).map((cell) => lineOf(page.number, cell, false)))
  for (const it of page.items) if (it.rotated && it.str.trim() !== '') lines.push(lineOf(page.number, [it], true))
  return lines
}

/** The size (to half a point) of most of the items' printed characters; ties to the larger. Runs once per line and cluster: plain arrays, no sorting. */
function sizeOf(items: readonly PdfItem[]): number {
  const sizes: number[] = []
  const weights: number[] = []
  for (const it of items) {
    const k = Math.round(it.size * 2) / 2
    let n = 0
    for (let i = 0; i < it.str.length; i++) if (it.str.charCodeAt(i) > 0x20) n++
    const at = sizes.indexOf(k)
    if (at === -1) {
      sizes.push(k)
      weights.push(n)
    } else weights[at] = (weights[at] as number) + n
  }
  let best = 0
  let weight = -1
  sizes.forEach((k, i) => {
    const w = weights[i] as number
    if (w > weight || (w === weight && k > best)) {
      best = k
      weight = w
    }
  })
  return best
}

/** A cluster of short items in smaller type just above the next line joins that line (superscripts). */
function mergeRaised(clusters: PdfItem[][]): PdfItem[][] {
  const out: PdfItem[][] = []
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i] as PdfItem[]
    const below = clusters[i + 1]
    if (below && c.every((it) => it.str.trim().length <= 4)) {
      const size = sizeOf(below)
      const dy = (c[0] as PdfItem).y - (below[0] as PdfItem).y
      const x0 = Math.min(...below.map((it) => it.x)) - 2 * size
      const x1 = Math.max(...below.map((it) => it.x + it.w)) + 2 * size
      if (sizeOf(c) <= size * 0.85 && dy > 0 && dy <= 0.7 * size && c.every((it) => it.x >= x0 && it.x <= x1)) {
        below.push(...c)
        continue
      }
    }
    out.push(c)
  }
  return out
}

function cellsOf(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = splitOverlapped(items).sort((a, b) => a.x - b.x)
  const cells: PdfItem[][] = []
  let right = -Infinity
  for (const it of sorted) {
    const cell = cells[cells.length - 1]
    if (cell && it.x - right <= CELL_GAP * it.size) cell.push(it)
    else cells.push([it])
    right = Math.max(right, it.x + it.w)
  }
  return cells
}

/**
 * An item drawn over a blank inside another (a quotation mark in a Latin
 * font set into the space a Chinese run left for it) belongs at that blank:
 * items that others start inside are split at their blanks, each piece
 * placed by the item's average advance, so that ordering by position puts
 * every character where it was printed.
 */
function splitOverlapped(items: readonly PdfItem[]): PdfItem[] {
  const out: PdfItem[] = []
  for (const it of items) {
    const covered = items.some((o) => o !== it && o.x > it.x + 0.5 && o.x < it.x + it.w - 0.5 && Math.abs(o.y - it.y) < 0.35 * it.size)
    const chars = [...it.str]
    if (!covered || !/\S\s+\S/.test(it.str)) {
      out.push(it)
      continue
    }
    const advance = it.w / chars.length
    let start = 0
    let k = 0
    for (const m of it.str.matchAll(/\s+/g)) {
      const cut = [...it.str.slice(0, m.index)].length
      if (cut > k) out.push({ ...it, str: chars.slice(k, cut).join(''), x: it.x + k * advance, w: (cut - k) * advance })
      k = cut + [...m[0]].length
      start = k
    }
    if (start < chars.length) out.push({ ...it, str: chars.slice(start).join(''), x: it.x + start * advance, w: (chars.length - start) * advance })
  }
  return out
}

function lineOf(page: number, items: readonly PdfItem[], rotated: boolean): PdfLine {
  const size = sizeOf(items)
  const baseline = items.filter((it) => Math.round(it.size * 2) / 2 === size)[0]?.y ?? (items[0] as PdfItem).y
  const letters = letterSpaced(items)
  const pieces: PdfPiece[] = []
  let text = ''
  let prev: PdfItem | undefined
  for (const it of items) {
    let str = readRadicals(it.str).replace(CJK_SPACES, '')
    if (SPACED.test(str.trim()) && str.trim().split(/[ \u00a0\u3000]+/).every((t) => [...t].length === 1)) str = collapseSpaced(str)
    if (prev) {
      const gap = it.x - (prev.x + prev.w)
      const a = text[text.length - 1] ?? ''
      const b = str[0] ?? ''
      const c = b.trim() === '' ? (str.trim()[0] ?? '') : b
      if ((CJK.test(a) || QUOTE.test(a)) && (CJK.test(c) || QUOTE.test(c)) && (CJK.test(a) || CJK.test(c))) {
        text = text.trimEnd()
        str = str.trimStart()
      } else if (!/\s/.test(a) && !/\s/.test(b) && gap > (letters ? letters : SPACE_GAP * Math.min(it.size, prev.size))) text += ' '
    }
    const raised = it.size < size * 0.9 && it.y - baseline > 0.12 * size
    pieces.push({ text: str, x: it.x, x1: it.x + it.w, y: it.y, size: it.size, raised, at: text.length })
    text += str
    prev = it
  }
  const x0 = Math.min(...items.map((it) => it.x))
  const x1 = Math.max(...items.map((it) => it.x + it.w))
  return { page, y: baseline, x0, x1, size, text, pieces, rotated }
}

/**
 * Items of one character each with even gaps (a letter-spaced heading): the
 * gap above which a space is a word break, else 0 (not letter-spaced).
 */
function letterSpaced(items: readonly PdfItem[]): number {
  if (items.length < 3 || !items.every((it) => [...it.str.trim()].length === 1)) return 0
  const gaps = items.slice(1).map((it, i) => it.x - ((items[i] as PdfItem).x + (items[i] as PdfItem).w)).sort((a, b) => a - b)
  const median = gaps[gaps.length >> 1] ?? 0
  return median + 0.25 * (items[0] as PdfItem).size
}

/** "G e n e r a l  A s s e m b l y" → "General Assembly"; "联 合 国" → "联合国". */
function collapseSpaced(str: string): string {
  const words = /[ \u00a0]{2,}|\u3000{2,}/.test(str.trim()) ? str.trim().split(/[ \u00a0]{2,}|\u3000{2,}/) : [str.trim()]
  return words.map((w) => w.replace(/[ \u00a0\u3000]+/g, '')).join(' ')
}
