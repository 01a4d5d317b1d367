import type { Element, Root, RootContent } from 'hast'
import { ARTIFACT_ELEMENTS } from '../data/html-elements.js'
import type { Artifact, Removal } from '../types.js'
import { cutGluedUnits } from './cut-glued.js'
import { findFootnotes, type HtmlFootnotes } from './html-footnotes.js'
import { inlineTokens, isHidden } from './html-inline.js'
import { listNumber } from './html-list-number.js'
import { parseHtml } from './html-parser.js'
import { isBlock, rangeOf } from './html-tree.js'
import type { Token } from './markdown-boundaries.js'
import { markFootnoteDefinition, mergeDetachedNumbers, unclaimed } from './markdown-repairs.js'
import { buildUnit } from './token-unit.js'
import type { Ingested, RawRef, Unit } from './unit.js'

const HEADING = /^h([1-6])$/

/** A unit's tokens and range, before ranges are made disjoint. */
interface Pending {
  tokens: Token[]
  start: number
  end: number
  readonly hint: Unit['hint']
  readonly level: number
  readonly label: string | undefined
}

/**
 * Ingest HTML (a UN document saved as a web page by Word, converted by
 * pandoc or mammoth, or an ordinary web page) through rehype-parse. Offsets
 * point into the HTML itself: every block element (`<p>`, `<h1>`–`<h6>`,
 * `<li>`, table cells, text directly in a `<div>`) is a unit whose tags,
 * entities and footnote markers are recorded as removed; scripts, styles,
 * navigation and the markup between blocks are artifacts. Headings keep
 * their level; bold and italics are emphasis; footnotes are read from the
 * links producers draw between a marker and its note; an ordered list's
 * numbers, which the HTML does not hold as text, are restored as printed.
 */
export function ingestHtml(source: string, format: 'html' | 'docx' = 'html'): Ingested {
  const tree = parseHtml(source)
  const notes = findFootnotes(tree)
  const memo = new Map<Element, boolean>()
  const units: Unit[] = []
  const artifacts: Artifact[] = []
  const pending: Pending[] = []
  const add = (tokens: Token[], start: number, end: number, hint: Unit['hint'], level: number, label?: string, cuts: readonly number[] = []): void => {
    for (const group of cutTokens(tokens, cuts, start, end)) {
      if (group.tokens.some((t) => t.kind === 'ref' || (t.kind === 'text' && /\S/.test(t.value)))) pending.push({ ...group, hint, level, label })
    }
  }
  const walk = (node: Element | Root, prefix: string | null): void => {
    let run: RootContent[] = []
    const flush = (): void => {
      const ranges = run.map(rangeOf).filter((r) => r !== null)
      if (ranges.length > 0) {
        const cuts: number[] = []
        const tokens = inlineTokens(run, source, notes, cuts)
        const start = (ranges[0] as { start: number }).start
        if (prefix !== null && tokens.some((t) => /\S/.test(t.value))) {
          tokens.unshift({ kind: 'text', value: `${prefix} `, start, end: start, emph: false })
          prefix = null
        }
        add(tokens, start, (ranges[ranges.length - 1] as { end: number }).end, 'paragraph', 0, undefined, cuts)
      }
      run = []
    }
    for (const child of node.children) {
      if (child.type !== 'element' || !isBlock(child, memo)) {
        if (!(child.type === 'element' && (ARTIFACT_ELEMENTS[child.tagName] !== undefined || isHidden(child)))) {
          run.push(child)
          continue
        }
      }
      flush()
      const r = rangeOf(child)
      if (!r || child.type !== 'element') continue
      const kind = ARTIFACT_ELEMENTS[child.tagName] ?? (isHidden(child) ? 'other' : child.tagName === 'hr' ? 'separator' : undefined)
      if (kind) {
        artifacts.push({ kind, start: r.start, end: r.end, text: source.slice(r.start, r.end) })
        continue
      }
      const label = notes.notes.get(child)
      if (label !== undefined) {
        add(inlineTokens(child.children, source, notes), r.start, r.end, 'footnote', 0, label)
        continue
      }
      const own = child.tagName === 'li' ? listNumber(child, node) : null
      const lead = own ?? prefix
      prefix = null
      if (child.children.some((c) => c.type === 'element' && isBlock(c, memo))) {
        walk(child, lead)
        continue
      }
      const cuts: number[] = []
      const tokens = inlineTokens(child.children, source, notes, cuts)
      if (lead !== null) tokens.unshift({ kind: 'text', value: `${lead} `, start: r.start, end: r.start, emph: false })
      const heading = HEADING.exec(child.tagName)
      add(tokens, r.start, r.end, heading ? 'heading' : 'paragraph', heading ? Number(heading[1]) : 0, undefined, cuts)
    }
    flush()
  }
  walk(tree, null)
  // Misnested markup gives elements overlapping ranges (`<b><p>x</b>`): a unit covers its
  // element's tags only where no other unit's range begins.
  pending.forEach((p, i) => {
    const first = Math.min(...p.tokens.map((t) => t.start))
    const last = Math.max(...p.tokens.map((t) => t.end))
    const previous = pending[i - 1]
    const next = pending[i + 1]
    const start = previous && previous.end > p.start ? first : p.start
    const end = next && Math.min(...next.tokens.map((t) => t.start), next.start) < p.end ? last : p.end
    p.start = Math.min(start, first)
    p.end = Math.max(end, last)
    const unit = buildUnit(source, p.tokens, p.start, p.end, p.hint, p.level)
    units.push(p.label === undefined ? unit : asFootnote(unit, p.label, p.start))
  })
  const repaired = mergeDetachedNumbers(units).map(markFootnoteDefinition)
  const outside = outsideUnits(source, artifacts, repaired)
  return cutGluedUnits(source, { format, units: repaired, artifacts: [...outside, ...unclaimed(source, repaired, outside)], issues: [] })
}

/**
 * Artifacts cut to what no unit covers: a script inside misnested markup
 * lies in a unit's range, where the unit already records it as removed.
 */
function outsideUnits(source: string, artifacts: readonly Artifact[], units: readonly Unit[]): Artifact[] {
  const spans = units.flatMap((u) => u.spans).sort((a, b) => a.start - b.start)
  const out: Artifact[] = []
  for (const a of artifacts) {
    let pieces = [{ start: a.start, end: a.end }]
    // Units are disjoint: start one before the first unit that begins at or after the artifact.
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((spans[mid] as { start: number }).start < a.start) lo = mid + 1
      else hi = mid
    }
    for (let k = Math.max(0, lo - 1); k < spans.length; k++) {
      const s = spans[k] as { start: number; end: number }
      if (s.start >= a.end) break
      if (s.end <= a.start) continue
      pieces = pieces.flatMap((p) => [{ start: p.start, end: Math.min(p.end, s.start) }, { start: Math.max(p.start, s.end), end: p.end }]).filter((p) => p.end > p.start)
    }
    for (const p of pieces) out.push({ kind: a.kind, start: p.start, end: p.end, text: source.slice(p.start, p.end) })
  }
  return out
}

/** Tokens in groups cut at `cuts`: each group covers the source from its cut to the next. */
function cutTokens(tokens: readonly Token[], cuts: readonly number[], start: number, end: number): Array<{ tokens: Token[]; start: number; end: number }> {
  const groups = [{ tokens: [] as Token[], start, end }]
  const at = [...cuts].sort((a, b) => a - b)
  let k = 0
  for (const t of tokens) {
    while (k < at.length && t.start >= (at[k] as number)) {
      const last = groups[groups.length - 1] as (typeof groups)[number]
      last.end = at[k] as number
      groups.push({ tokens: [], start: at[k] as number, end })
      k++
    }
    ;(groups[groups.length - 1] as (typeof groups)[number]).tokens.push(t)
  }
  return groups
}

/**
 * A footnote unit: its printed number (Word's `[1]` back-link) becomes its
 * label, or, when the producer prints none (pandoc, mammoth), the marker's
 * label stands at its start.
 */
function asFootnote(unit: Unit, label: string, start: number): Unit {
  const first = unit.refs[0]
  if (first && first.at === 0) {
    const refs = [{ ...first, label }, ...unit.refs.slice(1)]
    const removed = unit.removed.map((r): Removal => (r.start === first.start && r.end === first.end ? { ...r, kind: 'number' } : r))
    return { ...unit, hint: 'footnote', refs, removed }
  }
  const printed = label === '' ? /^(\d{1,3})\.?\s+/.exec(unit.body.text) : null
  if (printed) {
    // No marker gave the label: the number the note prints is its label.
    const cut = printed[0].length
    const at = unit.body.map.slice(0, cut).filter((o) => o >= 0)
    const number: Removal[] = at.map((o) => ({ start: o, end: o + 1, kind: 'number' }))
    const refs = unit.refs.map((r) => ({ ...r, at: Math.max(0, r.at - cut) }))
    const body = { text: unit.body.text.slice(cut), map: unit.body.map.slice(cut) }
    const emphasis = unit.emphasis.map(([a, b]) => [Math.max(0, a - cut), Math.max(0, b - cut)] as const).filter(([a, b]) => b > a)
    return { ...unit, body, emphasis, hint: 'footnote', removed: [...unit.removed, ...number], refs: [{ label: printed[1] as string, at: 0, start: at[0] ?? start, end: (at[at.length - 1] ?? start) + 1 }, ...refs] }
  }
  const own: RawRef = { label, at: 0, start, end: start }
  return { ...unit, hint: 'footnote', refs: [own, ...unit.refs] }
}
