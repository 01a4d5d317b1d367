import type { BlockKind, Removal, Span } from '../types.js'
import type { MappedText } from '../ingest/source-text.js'
import type { RawRef, Unit } from '../ingest/unit.js'

/** A block while the structure stage works on it. */
export interface Draft {
  text: MappedText
  spans: Span[]
  removed: Removal[]
  refs: RawRef[]
  emphasis: Array<readonly [number, number]>
  hint: Unit['hint']
  level: number
  afterBreak: boolean
  kind: BlockKind | null
  number: string | null
  /** The numbering level found at the start: para, letter or roman. */
  numbering: 'para' | 'letter' | 'roman' | null
  lead: string | null
  leadClass: string | null
  /** Footnote label (footnote blocks). */
  label: string | null
  /** Page the block starts on (PDF files). */
  page: number | undefined
}

/** A draft from an ingest unit; a footnote unit's label moves out of `refs`. */
export function draftOf(unit: Unit): Draft {
  const isNote = unit.hint === 'footnote' && unit.refs[0]?.at === 0
  const d: Draft = {
    text: unit.body,
    spans: [...unit.spans],
    removed: [...unit.removed],
    refs: isNote ? unit.refs.slice(1) : [...unit.refs],
    emphasis: [...unit.emphasis],
    hint: unit.hint,
    level: unit.level,
    afterBreak: unit.afterBreak,
    kind: null,
    number: null,
    numbering: null,
    lead: null,
    leadClass: null,
    label: isNote ? (unit.refs[0]?.label ?? null) : null,
    page: unit.page,
  }
  // A paragraph opening with an asterisk or dagger is a footnote printed with that mark.
  const mark = unit.hint === 'paragraph' ? SYMBOL_NOTE.exec(unit.body.text) : null
  if (mark) {
    d.hint = 'footnote'
    d.label = mark[1] as string
    stripPrefix(d, (mark[1] as string).length, 'number')
  }
  return d
}

const SYMBOL_NOTE = /^([*†‡]{1,3})\s+(?=\S)/

/** Take the first `k` characters out of the text, recording them as removed. */
export function stripPrefix(d: Draft, k: number, kind: Removal['kind']): void {
  if (k <= 0) return
  recordRemoved(d, 0, k, kind)
  let cut = k
  while (cut < d.text.text.length && /\s/.test(d.text.text[cut] as string)) cut++
  d.text = { text: d.text.text.slice(cut), map: d.text.map.slice(cut) }
  d.refs = d.refs.map((r) => ({ ...r, at: Math.max(0, r.at - cut) }))
  d.emphasis = d.emphasis.map(([s, e]) => [Math.max(0, s - cut), Math.max(0, e - cut)] as const).filter(([s, e]) => e > s)
}

/** Take `text[start, end)` out (a marker inside the text), recording it. */
export function cutRange(d: Draft, start: number, end: number, kind: Removal['kind']): void {
  recordRemoved(d, start, end, kind)
  let s = start
  let e = end
  // Keep one space where the cut leaves two.
  if (/\s/.test(d.text.text[s - 1] ?? '') && /\s/.test(d.text.text[e] ?? '')) e++
  const len = e - s
  d.text = { text: d.text.text.slice(0, s) + d.text.text.slice(e), map: [...d.text.map.slice(0, s), ...d.text.map.slice(e)] }
  d.refs = d.refs.map((r) => (r.at > s ? { ...r, at: Math.max(s, r.at - len) } : r))
  d.emphasis = d.emphasis.map(([a, b]) => [a > s ? Math.max(s, a - len) : a, b > s ? Math.max(s, b - len) : b] as const)
}

function recordRemoved(d: Draft, start: number, end: number, kind: Removal['kind']): void {
  for (let i = start; i < end; i++) {
    const at = d.text.map[i] as number
    if (at < 0 || /\s/.test(d.text.text[i] as string)) continue
    const last = d.removed[d.removed.length - 1]
    if (last && last.kind === kind && last.end === at) d.removed[d.removed.length - 1] = { ...last, end: at + 1 }
    else d.removed.push({ start: at, end: at + 1, kind })
  }
}

/** Append `b` to `a` (a paragraph broken by a page turn or a footnote block). */
export function joinDrafts(a: Draft, b: Draft, separator: string): void {
  const offset = a.text.text.length + separator.length
  a.text = { text: a.text.text + separator + b.text.text, map: [...a.text.map, ...[...separator].map(() => -1), ...b.text.map] }
  a.spans.push(...b.spans)
  a.removed.push(...b.removed)
  a.refs.push(...b.refs.map((r) => ({ ...r, at: r.at + offset })))
  a.emphasis.push(...b.emphasis.map(([s, e]) => [s + offset, e + offset] as const))
}
