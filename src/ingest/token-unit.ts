import type { Removal } from '../types.js'
import type { Token } from './markdown-boundaries.js'
import { TextBuilder, tidy } from './source-text.js'
import type { RawRef, Unit } from './unit.js'

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Superscript digits in running text are footnote markers. */
export function splitSuperscripts(value: string, start: number, end: number, source: string, emph: boolean): Token[] {
  const out: Token[] = []
  const raw = source.slice(start, end)
  let last = 0
  let rawLast = 0
  for (const m of value.matchAll(SUPERSCRIPT)) {
    const at = raw.indexOf(m[0], rawLast)
    if (at < 0) continue
    if (m.index > last) out.push({ kind: 'text', value: value.slice(last, m.index), start: start + rawLast, end: start + at, emph })
    const label = [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).filter((d) => d >= 0).join('')
    out.push({ kind: 'ref', value: label, start: start + at, end: start + at + m[0].length, emph })
    last = m.index + m[0].length
    rawLast = at + m[0].length
  }
  if (last < value.length || out.length === 0) out.push({ kind: 'text', value: value.slice(last), start: start + rawLast, end, emph })
  return out
}

/**
 * One unit from inline tokens that cover `source[start, end)`: text is
 * copied (entities resolved), markers become references, and everything
 * between tokens is recorded as removed markup.
 */
export function buildUnit(source: string, tokens: readonly Token[], start: number, end: number, hint: Unit['hint'], level: number): Unit {
  const b = new TextBuilder(source)
  const emphasis: Array<[number, number]> = []
  const refs: Array<{ label: string; at: number; start: number; end: number }> = []
  let cursor = start
  for (const tok of tokens) {
    if (tok.start > cursor) b.remove(cursor, tok.start, 'markup')
    const from = b.length
    if (tok.kind === 'ref') {
      b.remove(tok.start, tok.end, 'footnote-ref')
      refs.push({ label: tok.value, at: b.length, start: tok.start, end: tok.end })
    } else if (tok.kind === 'break') {
      b.remove(tok.start, tok.end, 'markup')
      b.insert(' ')
    }
    else b.copyValue(tok.value, tok.start, tok.end)
    if (tok.emph && b.length > from) emphasis.push([from, b.length])
    cursor = Math.max(cursor, tok.end)
  }
  if (end > cursor) b.remove(cursor, end, 'markup')
  const { text, remap } = tidy(b.build())
  return {
    body: text,
    spans: [{ start, end }],
    removed: b.removed.filter((r) => /\S/.test(source.slice(r.start, r.end))) as Removal[],
    hint,
    level,
    emphasis: mergeRanges(emphasis.map(([s, e]) => [remap(s), remap(e)] as const)),
    refs: refs.map((r): RawRef => ({ ...r, at: remap(r.at) })),
    afterBreak: false,
  }
}

function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<[number, number]> = []
  for (const [s, e] of ranges) {
    const last = out[out.length - 1]
    if (e <= s) continue
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

