import type { Issue, Lang } from '../types.js'
import { type Draft, cutRange } from './draft.js'
import type { DraftPart } from './partition.js'

/** Footnote → the blocks that reference it. */
export type FootnoteLinks = Map<Draft, Draft[]>

const start = (d: Draft): number => d.spans[0]?.start ?? 0

/**
 * Link footnote references to footnotes. A footnote belongs to the part it is
 * printed in; a reference looks there first. Markers that the layout left as
 * plain text (`成果文件，1`, `Agreement1`, `报告*`) are found for footnotes
 * nothing references yet, between the previous footnote's reference and the
 * footnote itself, and taken out of the text.
 */
export function linkFootnotes(parts: readonly DraftPart[], lang: Lang): { links: FootnoteLinks; issues: Issue[] } {
  const links: FootnoteLinks = new Map()
  const issues: Issue[] = []
  const all = parts.flatMap((p) => p.drafts.map((d) => ({ d, part: p })))
  const notes = all.filter((x) => x.d.kind === 'footnote')
  for (const n of notes) links.set(n.d, [])
  const find = (label: string, from: Draft, part: DraftPart): Draft | undefined => {
    const same = part.drafts.find((x) => x.kind === 'footnote' && x.label === label)
    if (same) return same
    const after = notes.filter((n) => n.d.label === label && start(n.d) >= start(from))
    return (after[0] ?? notes.find((n) => n.d.label === label))?.d
  }
  for (const { d, part } of all) {
    if (d.kind === 'footnote') continue
    for (const ref of d.refs) {
      const note = find(ref.label, d, part)
      if (note) links.get(note)?.push(d)
      else issues.push({ code: 'structure/missing-footnote', severity: 'warning', message: `footnote ${ref.label} is referenced but not printed`, place: { start: ref.start, end: ref.end } })
    }
  }
  // Markers left as plain text, for footnotes still without a reference: look
  // between the previous footnote's reference and the footnote itself (at most
  // MARKER_WINDOW blocks on, so a run of missing markers stays linear).
  const bodies = all.filter(({ d }) => d.kind !== 'footnote').map((x) => x.d).sort((a, b) => start(a) - start(b))
  let previousRef = 0
  for (const { d: note } of notes) {
    const refs = links.get(note) as Draft[]
    if (refs.length > 0) {
      previousRef = Math.max(previousRef, start(refs[refs.length - 1] as Draft))
      continue
    }
    // Forward from the previous reference (endnotes stand far from their markers), at most MARKER_WINDOW blocks.
    const lo = lowerBound(bodies, previousRef)
    // (Up to where the note's text ends: a label printed apart may stand above the text that cites it.)
    const hi = Math.min(lowerBound(bodies, Math.max(...note.spans.map((x) => x.end))), lo + MARKER_WINDOW)
    const candidates = bodies.slice(lo, hi)
    const hit = findMarker(candidates, note.label ?? '', lang)
    if (hit) {
      refs.push(hit)
      previousRef = start(hit)
    } else {
      issues.push({ code: 'structure/unreferenced-footnote', severity: 'info', message: `footnote ${note.label ?? '?'} has no reference in the text`, place: note.spans[0] })
    }
  }
  return { links, issues }
}

const MARKER_WINDOW = 60

/** First index whose block starts at or after `offset`. */
function lowerBound(sorted: readonly Draft[], offset: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (start(sorted[mid] as Draft) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function findMarker(candidates: readonly Draft[], label: string, lang: Lang): Draft | undefined {
  if (!label) return undefined
  // As printed first (the marker against the text); then with the space some extractors leave before it.
  for (const re of markerPatterns(label, lang)) {
    for (const d of candidates) {
      // Not the end of a symbol or a fraction ("70/1", "A/78/232"): the characters just before hold no slash.
      const m = [...d.text.text.matchAll(re)].find((x) => !/[\w/.-]*\/[\w/.-]*\s?$/.test(d.text.text.slice(Math.max(0, x.index - 24), x.index)))
      if (!m) continue
      const at = m.index
      const place = d.text.map[at] ?? -1
      cutRange(d, at, at + label.length, 'footnote-ref')
      d.refs.push({ label, at, start: place, end: place + label.length })
      d.refs.sort((a, b) => a.at - b.at)
      return d
    }
  }
  return undefined
}

/** Where a marker left as plain text may stand, strictest first. */
function markerPatterns(label: string, lang: Lang): RegExp[] {
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (!/^\d+$/.test(label)) return [new RegExp(`(?<=\\S)${esc}(?=\\s|$)`, 'gu')]
  if (lang === 'zh') {
    const after = `(?![\\d/.\\-－])(?=\\s|$|[\\u3400-\\u9fff，。；《“(（])`
    return [
      new RegExp(`(?:(?<=[，。；：、》”’）)」』])|(?<=[\\u3400-\\u9fff])(?=${esc}(?:\\s|$)))${esc}${after}`, 'gu'),
      new RegExp(`(?<=[，。；：、》”’）)」』]\\s)${esc}${after}`, 'gu'),
      // Between two characters, unless it reads as a count or an ordinal (第 15 次, 15 年).
      new RegExp(`(?<=[\\u3400-\\u9fff])(?<![第至和与、])${esc}(?=[\\u3400-\\u9fff])(?![年月日号次届卷段条个项点名倍])`, 'gu'),
    ]
  }
  return [
    new RegExp(`(?<=[A-Za-z)\\]”’,;:])${esc}(?![\\d/.\\-])(?=[\\s,.;:)]|$)`, 'gu'),
    new RegExp(`(?<=[a-z)\\]”’,;:] )${esc}(?![\\d/.\\-])(?=[\\s,.;:)]|$)`, 'gu'),
  ]
}
