import type { PhrasingContent, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Artifact, Removal } from '../types.js'
import { isInvisible, TextBuilder, tidy } from './source-text.js'
import type { Ingested, RawRef, Unit } from './unit.js'

/** A piece of inline content with its input offsets. */
interface Token {
  readonly kind: 'text' | 'ref' | 'break'
  readonly value: string
  readonly start: number
  readonly end: number
  readonly emph: boolean
}

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** Emphasis delimiters glued between two runs: lost line breaks of a converted PDF. */
const GLUE = /^[*_]{3,}$/

/**
 * Ingest Markdown (the style of UN documents converted to Markdown: `##`
 * headings, bold or italic lead verbs, `<sup>N</sup>` or superscript footnote
 * markers, `[symbol](#)` links) through unified + remark-parse.
 */
export function ingestMarkdown(source: string): Ingested {
  // Zero-width characters would break Markdown syntax (`]\u200b(#)` is no link, `*\u2060***`
  // no emphasis run): read the text without them and map every offset back to the input.
  const { text: visible, toSource } = withoutInvisible(source)
  const found = ingestVisible(visible)
  return toSource ? mapBack(found, source, toSource) : found
}

function ingestVisible(source: string): Ingested {
  const tree = unified().use(remarkParse).parse(source) as Root
  const units: Unit[] = []
  const artifacts: Artifact[] = []
  const visit = (node: RootContent, prefixStart?: number): void => {
    const pos = node.position
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return
    const start = pos.start.offset
    const end = pos.end.offset
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const tokens = inlineTokens(node.children, source, false)
        if (prefixStart !== undefined) {
          tokens.unshift({ kind: 'text', value: source.slice(prefixStart, start), start: prefixStart, end: start, emph: false })
        }
        const hint = node.type === 'heading' ? 'heading' : 'paragraph'
        const level = node.type === 'heading' ? node.depth : 0
        units.push(...buildUnits(source, tokens, prefixStart ?? start, end, hint, level))
        return
      }
      case 'list':
        for (const item of node.children) visit(item)
        return
      case 'listItem':
      case 'blockquote': {
        if (node.type === 'listItem' && node.children.length === 0) {
          units.push(...buildUnits(source, [{ kind: 'text', value: source.slice(start, end).trim(), start, end, emph: false }], start, end, 'paragraph', 0))
          return
        }
        node.children.forEach((child, i) => visit(child, i === 0 && node.type === 'listItem' && (child.type === 'paragraph' || child.type === 'heading') ? start : undefined))
        return
      }
      case 'thematicBreak':
        artifacts.push({ kind: 'separator', start, end, text: source.slice(start, end) })
        return
      case 'html':
      case 'code': {
        units.push(...buildUnits(source, [{ kind: 'text', value: node.value, start, end, emph: false }], start, end, 'paragraph', 0))
        return
      }
      default: {
        // Tables, definitions and other rare nodes: keep their text as a paragraph.
        units.push(...buildUnits(source, [{ kind: 'text', value: source.slice(start, end), start, end, emph: false }], start, end, 'paragraph', 0))
      }
    }
  }
  for (const child of tree.children) visit(child)
  return { format: 'markdown', units: mergeDetachedNumbers(units).map(markFootnoteDefinition), artifacts: [...artifacts, ...unclaimed(source, units, artifacts)], issues: [] }
}

function withoutInvisible(source: string): { text: string; toSource: Int32Array | null } {
  if (!/[\u200b-\u200d\u2060\u00ad\ufeff]/.test(source)) return { text: source, toSource: null }
  const toSource = new Int32Array(source.length + 1)
  let text = ''
  let k = 0
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (isInvisible(c)) continue
    toSource[k++] = i
    text += source[i]
  }
  toSource[k] = source.length
  return { text, toSource }
}

/** Move what was found in the text without invisible characters back onto the input; invisible characters inside a block are recorded as removed. */
function mapBack(found: Ingested, source: string, toSource: Int32Array): Ingested {
  const at = (k: number): number => toSource[k] as number
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: at(x.start), end: x.end > x.start ? at(x.end - 1) + 1 : at(x.start) })
  const units = found.units.map((u): Unit => {
    const spans = u.spans.map(span)
    const invisible: Removal[] = []
    for (const sp of spans) {
      for (let i = sp.start; i < sp.end; i++) {
        const c = source.charCodeAt(i)
        if (isInvisible(c)) invisible.push({ start: i, end: i + 1, kind: 'invisible' })
      }
    }
    return {
      ...u,
      body: { text: u.body.text, map: u.body.map.map((o) => (o < 0 ? o : at(o))) },
      spans,
      removed: [...u.removed.map(span), ...invisible],
      refs: u.refs.map(span),
    }
  })
  const artifacts = found.artifacts.map((a) => {
    const m = span(a)
    return { ...m, text: source.slice(m.start, m.end) }
  })
  return { ...found, units, artifacts }
}

/**
 * Syntax no node claims (blockquote `>` markers, the marker of a list item
 * that opens with HTML or code) is kept as `markup` artifacts: recorded, not lost.
 */
function unclaimed(source: string, units: readonly Unit[], artifacts: readonly Artifact[]): Artifact[] {
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
function mergeDetachedNumbers(units: readonly Unit[]): Unit[] {
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

function inlineTokens(nodes: readonly PhrasingContent[], source: string, emph: boolean): Token[] {
  const out: Token[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PhrasingContent
    const s = node.position?.start.offset
    const e = node.position?.end.offset
    if (s === undefined || e === undefined) continue
    if (node.type === 'html' && /^<sup>$/i.test(node.value)) {
      const inner = nodes[i + 1]
      const close = nodes[i + 2]
      if (inner?.type === 'text' && close?.type === 'html' && /^<\/sup>$/i.test(close.value) && /^\s*[\w*†‡]{1,4}\s*$/.test(inner.value)) {
        out.push({ kind: 'ref', value: inner.value.trim(), start: s, end: close.position?.end.offset ?? e, emph })
        i += 2
        continue
      }
    }
    if (node.type === 'text' || node.type === 'inlineCode') out.push(...splitSuperscripts(node.value, s, e, source, emph))
    else if (node.type === 'break') out.push({ kind: 'break', value: ' ', start: s, end: e, emph })
    else if ('children' in node) out.push(...inlineTokens(node.children as PhrasingContent[], source, emph || node.type === 'emphasis' || node.type === 'strong'))
  }
  return out
}

/** Superscript digits in running text are footnote markers. */
function splitSuperscripts(value: string, start: number, end: number, source: string, emph: boolean): Token[] {
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

function buildUnits(source: string, tokens: readonly Token[], start: number, end: number, hint: Unit['hint'], level: number): Unit[] {
  const glue = [...glueRanges(source, start, end), ...numberedLines(source, start, end)].sort((a, b) => a.start - b.start)
  const groups: Array<{ tokens: Token[]; start: number; end: number }> = [{ tokens: [], start, end }]
  const split = (at: number): void => {
    const group = groups[groups.length - 1] as (typeof groups)[number]
    if (!group.tokens.some((t) => t.kind === 'text' && /\S/.test(t.value))) return
    group.end = at
    groups.push({ tokens: [], start: at, end })
  }
  let prevEnd = start
  for (const tok of glue.length ? tokens.flatMap((t) => cutAtGlue(source, t, glue)) : tokens) {
    if (glue.some((g) => g.start < tok.start && g.end > prevEnd) || glue.some((g) => g.end === tok.start && g.start >= prevEnd)) split(tok.start)
    ;(groups[groups.length - 1] as (typeof groups)[number]).tokens.push(tok)
    prevEnd = tok.end
  }
  return groups.map((g) => buildUnit(source, g.tokens, g.start, g.end, hint, level))
}

/**
 * Runs of three or more emphasis delimiters glued between two words: the
 * trace of line breaks lost when a PDF was converted (`…development****Resolution…`).
 */
function cutAtBreaks(source: string, tok: Token, breaks: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const out: Token[] = []
  let from = tok.start
  let valueFrom = 0
  for (const b of breaks) {
    // Soft line breaks stay line breaks in the value: the k-th break in the source is the k-th in the value.
    const k = (source.slice(tok.start, b.start).match(/\r\n|\r|\n/g) ?? []).length
    const ends = [...tok.value.matchAll(/\r\n|\r|\n/g)]
    const hit = ends[k]
    if (!hit) continue
    const v = hit.index
    out.push({ ...tok, value: tok.value.slice(valueFrom, v), start: from, end: b.start })
    from = b.end
    valueFrom = v + hit[0].length
  }
  out.push({ ...tok, value: tok.value.slice(valueFrom), start: from, end: tok.end })
  return out
}

function glueRanges(source: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const m of source.slice(start, end).matchAll(/[*_][*_\u200b-\u200d\u2060\u00ad]*[*_]/g)) {
    if (m[0].replace(/[^*_]/g, '').length < 3) continue
    const s = start + m.index
    const e = s + m[0].length
    if (s > start && e < end && /\S/.test(source[s - 1] as string) && /\S/.test(source[e] as string)) out.push({ start: s, end: e })
  }
  return out
}

/**
 * Lines inside one Markdown paragraph that open a numbered paragraph or a
 * footnote after a line that closed a clause: Markdown lets such a line
 * continue the paragraph ("7." cannot interrupt one), UN documents do not.
 * The boundary is the line break before them.
 */
function numberedLines(source: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  const text = source.slice(start, end)
  for (const m of text.matchAll(/(?<=[.;:。；：,，](?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|<sup>[^<\n]{1,6}<\/sup>)?)[ \t]*(\r\n|\r|\n)[ \t]*(?=(?:\d{1,3}\.[\s\u00a0]|[(（][a-z][)）][\s\u00a0]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s?\S))/g)) {
    const at = start + m.index + m[0].indexOf(m[1] as string)
    out.push({ start: at, end: at + (m[1] as string).length })
  }
  return out
}

/** Cut a text token where it holds literal delimiters that belong to a glue run, or a line break that ends a paragraph. */
function cutAtGlue(source: string, tok: Token, glue: ReadonlyArray<{ start: number; end: number }>): Token[] {
  if (tok.kind !== 'text') return [tok]
  const breaks = glue.filter((g) => g.start >= tok.start && g.end <= tok.end && /^(?:\r\n|\r|\n)$/.test(source.slice(g.start, g.end)))
  if (breaks.length) return cutAtBreaks(source, tok, breaks)
  const raw = source.slice(tok.start, tok.end)
  const out: Token[] = []
  let last = 0
  let rawLast = 0
  for (const m of tok.value.matchAll(/[*_]+/g)) {
    const at = raw.indexOf(m[0], rawLast)
    if (at < 0 || !glue.some((g) => tok.start + at >= g.start && tok.start + at < g.end)) continue
    if (m.index > last) out.push({ ...tok, value: tok.value.slice(last, m.index), start: tok.start + rawLast, end: tok.start + at })
    last = m.index + m[0].length
    rawLast = at + m[0].length
  }
  if (out.length === 0) return [tok]
  if (last < tok.value.length) out.push({ ...tok, value: tok.value.slice(last), start: tok.start + rawLast, end: tok.end })
  return out
}

function buildUnit(source: string, tokens: readonly Token[], start: number, end: number, hint: Unit['hint'], level: number): Unit {
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

/** A paragraph that opens with a footnote marker is the footnote's text. */
function markFootnoteDefinition(unit: Unit): Unit {
  const first = unit.refs[0]
  if (unit.hint !== 'paragraph' || !first || first.at !== 0) return unit
  return {
    ...unit,
    hint: 'footnote',
    refs: [first, ...unit.refs.slice(1)],
    removed: unit.removed.map((r) => (r.start === first.start && r.end === first.end ? { ...r, kind: 'number' } : r)),
  }
}

