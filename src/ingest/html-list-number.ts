import type { Element, Root } from 'hast'
import { detectNumber } from '../structure/detect-number.js'
import { attr, textOf } from './html-tree.js'

const ROMAN: ReadonlyArray<readonly [number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

/** `n` in lower-case roman numerals. */
export function roman(n: number): string {
  let out = ''
  for (const [v, r] of ROMAN) while (n >= v) { out += r; n -= v }
  return out
}

/** `n` as list letters: a … z, aa, ab … */
export function alpha(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out
  return out
}

/**
 * The number a browser prints before an `<li>` of an `<ol>`, written the way
 * UN documents print paragraph numbers: `12.` for decimal lists, `(a)` for
 * letters, `(iv)` for roman numerals. Null when the list prints none
 * (`<ul>`, `list-style: none`, upper-case styles, which no paragraph level
 * uses), or the item already opens with a typed number.
 */
export function listNumber(li: Element, list: Element | Root): string | null {
  if (list.type !== 'element' || list.tagName !== 'ol') return null
  const style = `${attr(list, 'style')};${attr(li, 'style')}`
  if (/list-style(?:-type)?\s*:\s*none/i.test(style)) return null
  if (detectNumber(textOf(li).trimStart(), null)) return null
  let n = Number(attr(list, 'start') || 1)
  if (!Number.isFinite(n)) n = 1
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue
    const value = Number(attr(item, 'value'))
    if (attr(item, 'value') && Number.isFinite(value)) n = value
    if (item === li) break
    n++
  }
  const cssType = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(style)?.[1]?.toLowerCase()
  const type = attr(li, 'type') || attr(list, 'type') || cssType || '1'
  if (type === '1' || type === 'decimal') return `${n}.`
  if (type === 'a' || type === 'lower-alpha' || type === 'lower-latin') return `(${alpha(n)})`
  if (type === 'i' || type === 'lower-roman') return `(${roman(n)})`
  return null
}
