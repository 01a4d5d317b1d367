import type { Element, ElementContent, Root } from 'hast'
import { ARTIFACT_ELEMENTS, BLOCK_ELEMENTS, EMPHASIS_ELEMENTS, EMPHASIS_STYLE, SUPERSCRIPT_STYLE } from '../data/html-elements.js'
import type { HtmlFootnotes } from './html-footnotes.js'
import { noteLabel } from './html-footnotes.js'
import { attr, rangeOf, textOf } from './html-tree.js'
import type { Token } from './markdown-boundaries.js'
import { splitSuperscripts } from './token-unit.js'

/** Whether an element is hidden from the reader (`hidden`, `display:none`). */
export function isHidden(el: Element): boolean {
  return el.properties.hidden === true || /display\s*:\s*none/i.test(attr(el, 'style'))
}

/**
 * The inline tokens of HTML content: text (entities resolved against the
 * source), footnote markers as references, `<br>` as breaks, emphasis from
 * `<strong>`/`<b>`/`<em>`/`<i>` or an inline bold or italic style. Markup and
 * back-links to a marker yield no token: `buildUnit` records them as removed.
 * Blocks nested in the content (a footnote of several paragraphs) are read
 * as one text with a break between them. Two emphasis runs written back to
 * back with no space between words (`<b>…development</b><i>[on the report`)
 * are lines a conversion glued together: where the second starts goes to `cuts`.
 */
export function inlineTokens(nodes: readonly (ElementContent | Root['children'][number])[], source: string, notes: HtmlFootnotes, cuts?: number[], emph = false): Token[] {
  const out: Token[] = []
  let previous: Element | null = null
  for (const node of nodes) {
    const after = previous
    previous = node.type === 'element' && isEmphasis(node) ? node : null
    if (after && previous && cuts && /\S$/.test(textOf(after)) && /^\S/.test(textOf(previous))) cuts.push(rangeOf(previous)?.start ?? 0)
    const r = rangeOf(node)
    if (!r) continue
    if (node.type === 'text') {
      for (const piece of textPieces(node.value, r.start, r.end, source)) out.push(...splitSuperscripts(piece.value, piece.start, piece.end, source, emph))
      continue
    }
    if (node.type !== 'element' || ARTIFACT_ELEMENTS[node.tagName] !== undefined || isHidden(node)) continue
    if (node.tagName === 'br') {
      out.push({ kind: 'break', value: ' ', start: r.start, end: r.end, emph })
      continue
    }
    const label = notes.refs.get(node)
    if (label !== undefined) {
      out.push({ kind: 'ref', value: label, start: r.start, end: r.end, emph })
      continue
    }
    if (notes.backLinks.has(node)) {
      // Word prints a footnote's number as a link back to its marker: the number, not text.
      const printed = noteLabel(textOf(node))
      if (printed !== null && lastChar(out) === '') out.push({ kind: 'ref', value: printed, start: r.start, end: r.end, emph })
      continue
    }
    if (isRaised(node) && !hasRef(node, notes)) {
      const raised = noteLabel(textOf(node))
      const before = lastChar(out)
      if (raised !== null && !/\d/.test(before)) {
        out.push({ kind: 'ref', value: raised, start: r.start, end: r.end, emph })
        continue
      }
    }
    if (BLOCK_ELEMENTS.has(node.tagName) && out.length > 0) out.push({ kind: 'break', value: ' ', start: r.start, end: r.start, emph })
    out.push(...inlineTokens(node.children, source, notes, cuts, emph || isEmphasis(node)))
  }
  return out
}

const DROPPED_TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g

/**
 * A text node as pieces of source: the parser merges text around tags it
 * ignores (a stray `</i>`, a `<td>` outside a table) into one node; those
 * tags are cut out, and each piece keeps its source text (references in it
 * are not resolved) so that every character maps back.
 */
function textPieces(value: string, start: number, end: number, source: string): Array<{ value: string; start: number; end: number }> {
  const raw = source.slice(start, end)
  if (!/<[/A-Za-z!]/.test(raw)) return [{ value, start, end }]
  const out: Array<{ value: string; start: number; end: number }> = []
  let at = 0
  for (const m of raw.matchAll(DROPPED_TAG)) {
    if (m.index > at) out.push({ value: raw.slice(at, m.index), start: start + at, end: start + m.index })
    at = m.index + m[0].length
  }
  if (at < raw.length) out.push({ value: raw.slice(at), start: start + at, end })
  return out
}

function isEmphasis(el: Element): boolean {
  return EMPHASIS_ELEMENTS.has(el.tagName) || EMPHASIS_STYLE.test(attr(el, 'style'))
}

function isRaised(el: Element): boolean {
  return el.tagName === 'sup' || SUPERSCRIPT_STYLE.test(attr(el, 'style'))
}

function hasRef(el: Element, notes: HtmlFootnotes): boolean {
  return el.children.some((c) => c.type === 'element' && (notes.refs.has(c) || hasRef(c, notes)))
}

function lastChar(tokens: readonly Token[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token
    if (t.kind !== 'text') return t.kind === 'ref' ? 'x' : ''
    const v = t.value.trimEnd()
    if (v) return v[v.length - 1] as string
  }
  return ''
}
