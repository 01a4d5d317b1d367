import type { PhrasingContent, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Artifact, Removal } from '../types.js'
import { mapBack, withoutInvisible } from './invisible-text.js'
import { cutAtGlue, glueRanges, numberedLines, type Token } from './markdown-boundaries.js'
import { markFootnoteDefinition, mergeDetachedNumbers, unclaimed } from './markdown-repairs.js'
import { TextBuilder, tidy } from './source-text.js'
import type { Ingested, RawRef, Unit } from './unit.js'

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

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

/** One frozen parser for every document (building and freezing a processor per call costs). */
let parser: { parse(source: string): unknown } | undefined

function ingestVisible(source: string): Ingested {
  parser ??= unified().use(remarkParse).freeze()
  const tree = parser.parse(source) as Root
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
          units.push(buildUnit(source, [{ kind: 'text', value: source.slice(start, end).trim(), start, end, emph: false }], start, end, 'paragraph', 0))
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
        // Literal blocks keep their lines: no boundary search inside them.
        units.push(buildUnit(source, [{ kind: 'text', value: node.value, start, end, emph: false }], start, end, 'paragraph', 0))
        return
      }
      default: {
        // Tables, definitions and other rare nodes: keep their text as a paragraph.
        units.push(buildUnit(source, [{ kind: 'text', value: source.slice(start, end), start, end, emph: false }], start, end, 'paragraph', 0))
      }
    }
  }
  for (const child of tree.children) visit(child)
  return { format: 'markdown', units: mergeDetachedNumbers(units).map(markFootnoteDefinition), artifacts: [...artifacts, ...unclaimed(source, units, artifacts)], issues: [] }
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

