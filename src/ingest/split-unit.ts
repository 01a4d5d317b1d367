import type { Removal, Span } from '../types.js'
import { isSpaceCode } from './source-text.js'
import type { Unit } from './unit.js'

/**
 * Split a unit at offsets of its text (`cuts`, ascending, inside the text)
 * into units that cover it together: each piece keeps its text and map
 * (spaces at its ends trimmed), the input spans and removals from where its
 * first character stands to where the next piece's does, its footnote
 * references and emphasis, shifted. Only the first piece keeps `afterBreak`;
 * a later piece starts on the unit's page plus the form feeds (page turns of
 * a rebuilt PDF text) in the input before it.
 */
export function splitUnit(source: string, unit: Unit, cuts: readonly number[]): Unit[] {
  const { text, map } = unit.body
  const bounds = [0, ...cuts, text.length]
  const pieces: Array<{ from: number; to: number; at: number }> = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    let from = bounds[i] as number
    let to = bounds[i + 1] as number
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
    const at = pieces.length === 0 ? -Infinity : firstMapped(map, from, to)
    // A piece of inserted characters only, or of spaces only, stays with the piece before it.
    const last = pieces[pieces.length - 1]
    if (last && (to === from || at === -Infinity)) last.to = Math.max(last.to, to)
    else if (to > from) pieces.push({ from, to, at })
  }
  const unitStart = unit.spans[0]?.start ?? 0
  // A footnote marker belongs to the last piece that starts at or before it.
  const owner = (at: number): number => {
    let k = 0
    while (k + 1 < pieces.length && (pieces[k + 1] as { from: number }).from <= at) k++
    return k
  }
  return pieces.map((p, i) => {
    const lo = p.at
    const hi = pieces[i + 1]?.at ?? Infinity
    const inside = (s: Span): Span | null => (s.end <= lo || s.start >= hi ? null : { start: Math.max(s.start, lo), end: Math.min(s.end, hi) })
    const spans = unit.spans.map(inside).filter((s): s is Span => s !== null)
    const removed = unit.removed.flatMap((r) => {
      const s = inside(r)
      return s ? [{ ...r, ...s } as Removal] : []
    })
    const start = spans[0]?.start ?? unitStart
    const pageTurns = unit.page === undefined || i === 0 ? 0 : countFormFeeds(source, unitStart, start)
    return {
      body: { text: text.slice(p.from, p.to), map: map.slice(p.from, p.to) },
      spans,
      removed,
      hint: unit.hint,
      level: unit.level,
      emphasis: unit.emphasis.flatMap(([a, b]) => (b <= p.from || a >= p.to ? [] : [[Math.max(a, p.from) - p.from, Math.min(b, p.to) - p.from] as const])),
      refs: unit.refs.filter((r) => owner(r.at) === i).map((r) => ({ ...r, at: Math.max(0, Math.min(r.at, p.to) - p.from) })),
      afterBreak: i === 0 && unit.afterBreak,
      ...(unit.page === undefined ? {} : { page: unit.page + pageTurns }),
    }
  })
}

/** Input offset of the first character of `map[from, to)` that stands in the input. */
function firstMapped(map: readonly number[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((map[i] as number) >= 0) return map[i] as number
  return -Infinity
}

function countFormFeeds(source: string, from: number, to: number): number {
  let n = 0
  for (let i = source.indexOf('\f', from); i !== -1 && i < to; i = source.indexOf('\f', i + 1)) n++
  return n
}
