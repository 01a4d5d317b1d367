import type { PhrasingContent, Root, RootContent } from 'mdast'
import { requireModule } from '../glossary/load-module.js'
import type { Artifact } from '../types.js'
import { mapBack, withoutInvisible } from './invisible-text.js'
import { cutAtGlue, glueRanges, numberedLines, type Token } from './markdown-boundaries.js'
import { markFootnoteDefinition, mergeDetachedNumbers, unclaimed } from './markdown-repairs.js'
import { buildUnit, splitSuperscripts } from './token-unit.js'
import type { Ingested, Unit } from './unit.js'

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

let parse: ((markdown: string) => Root) | undefined

/**
 * Parse Markdown into an mdast tree with remark-parse. The parser is loaded
 * on first use, once, and synchronously (`segment` is synchronous; remark-parse
 * and unified are ES modules that Node ≥ 20.19 loads with `require`):
 * plain text, HTML and PDF never load it.
 */
function parseMarkdown(markdown: string): Root {
  if (!parse) {
    const { unified } = requireModule('unified') as typeof import('unified')
    const remarkParse = (requireModule('remark-parse') as typeof import('remark-parse')).default
    const processor = unified().use(remarkParse).freeze()
    parse = (text) => processor.parse(text) as Root
  }
  return parse(markdown)
}

function ingestVisible(source: string): Ingested {
  const tree = parseMarkdown(source)
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

