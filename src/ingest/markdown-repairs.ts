import type { Artifact } from '../types.js'
import type { Unit } from './unit.js'

/**
 * Syntax no node claims (blockquote `>` markers, the marker of a list item
 * that opens with HTML or code) is kept as `markup` artifacts: recorded, not lost.
 */
export function unclaimed(source: string, units: readonly Unit[], artifacts: readonly Artifact[]): Artifact[] {
  const spans = [...units.flatMap((u) => u.spans), ...artifacts].sort((a, b) => a.start - b.start)
  const out: Artifact[] = []
  let at = 0
  const gap = (from: number, to: number): void => {
    for (const m of source.slice(from, to).matchAll(/\S+(?:[ \t]+\S+)*/g)) {
      out.push({ kind: 'markup', start: from + m.index, end: from + m.index + m[0].length, text: m[0] })
    }
  }
  for (const s of spans) {
    if (s.start > at) gap(at, s.start)
    at = Math.max(at, s.end)
  }
  if (at < source.length) gap(at, source.length)
  return out
}

/** A paragraph number alone (an empty list item, `12.`) opens the paragraph that follows it. */
export function mergeDetachedNumbers(units: readonly Unit[]): Unit[] {
  const out: Unit[] = []
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit
    const next = units[i + 1]
    if (next && next.hint === 'paragraph' && /^(?:\d{1,3}\.|[(（][a-z]{1,2}[)）])$/.test(u.body.text)) {
      const offset = u.body.text.length + 1
      out.push({
        ...next,
        body: { text: `${u.body.text} ${next.body.text}`, map: [...u.body.map, -1, ...next.body.map] },
        spans: [...u.spans, ...next.spans],
        removed: [...u.removed, ...next.removed],
        emphasis: next.emphasis.map(([a, b]) => [a + offset, b + offset] as const),
        refs: next.refs.map((r) => ({ ...r, at: r.at + offset })),
      })
      i++
    } else out.push(u)
  }
  return out
}

/** A paragraph that opens with a footnote marker is the footnote's text. */
export function markFootnoteDefinition(unit: Unit): Unit {
  const first = unit.refs[0]
  if (unit.hint !== 'paragraph' || !first || first.at !== 0) return unit
  return {
    ...unit,
    hint: 'footnote',
    refs: [first, ...unit.refs.slice(1)],
    removed: unit.removed.map((r) => (r.start === first.start && r.end === first.end ? { ...r, kind: 'number' } : r)),
  }
}
