import { NUMBERING } from '../data/structure-patterns.js'

/** Numbering found at the start of a paragraph. */
export interface Numbering {
  /** The label without brackets or dot: `12`, `a`, `ii`. */
  readonly label: string
  readonly level: 'para' | 'letter' | 'roman'
  /** Length of the prefix to take out of the text (number, dot, spaces). */
  readonly length: number
}

const CIRCLED_ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/**
 * Detect paragraph numbering: `12.`, `(a)`, `(ii)`, `㈡`, `(十一)`. `(i)`
 * after `(h)` is a letter; otherwise `(i)`, `(v)`, `(x)` are roman.
 */
export function detectNumber(text: string, previousLetter: string | null): Numbering | null {
  const head = asciiHead(text)
  for (const { re, level } of NUMBERING) {
    const m = re.exec(head)
    if (!m) continue
    const raw = m[1] as string
    if (level === 'letter' && /^[ivxlc]+$/.test(raw)) {
      const expected = previousLetter ? String.fromCharCode(previousLetter.charCodeAt(0) + 1) : 'a'
      if (raw !== expected) continue
    }
    if (level === 'para' && /^\d{4}$/.test(raw)) continue
    return { label: romanLabel(raw, level), level, length: m[0].length }
  }
  return null
}

/**
 * The first characters with full-width digits, brackets and stops (１２．,
 * （ａ）) and wide spaces read as ASCII, one code unit for one, so that
 * lengths found in the result hold for the text.
 */
export function asciiHead(text: string, length = 16): string {
  let out = ''
  for (let i = 0; i < Math.min(length, text.length); i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0)
    else if (c === 0x3000 || c === 0x00a0) out += ' '
    else out += text[i]
  }
  return out + text.slice(Math.min(length, text.length))
}

function romanLabel(raw: string, level: Numbering['level']): string {
  if (level !== 'roman') return raw
  const circled = raw.charCodeAt(0) - 0x3220
  if (raw.length === 1 && circled >= 0 && circled < 10) return CIRCLED_ROMAN[circled] as string
  if (/^[一二三四五六七八九十]+$/.test(raw)) return toRoman(zhNumber(raw))
  return raw
}

/** 一 → 1, 十一 → 11, 二十三 → 23. */
export function zhNumber(s: string): number {
  if (s === '十') return 10
  const [tens, units] = s.includes('十') ? s.split('十') : ['', s]
  const t = tens === '' ? (s.includes('十') ? 1 : 0) : ZH_NUMERALS.indexOf(tens as string) + 1
  const u = units ? ZH_NUMERALS.indexOf(units) + 1 : 0
  return t * 10 + u
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [v, r] of table) while (n >= v) { out += r; n -= v }
  return out
}
