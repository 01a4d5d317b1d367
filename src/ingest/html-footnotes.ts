import type { Element, Root } from 'hast'
import { NOTE_ID, NOTE_LABEL } from '../data/html-elements.js'
import { attr, elementsOf, isBlock, textOf } from './html-tree.js'

/** Footnotes found in an HTML tree. */
export interface HtmlFootnotes {
  /** Reference anchors (`<a href="#fn1">`) → the label they print. */
  readonly refs: ReadonlyMap<Element, string>
  /** Blocks that hold a footnote's text → its label. */
  readonly notes: ReadonlyMap<Element, string>
  /** Anchors inside a footnote that lead back to its reference (`↩`, `↑`, Word's `[1]`). */
  readonly backLinks: ReadonlySet<Element>
}

/** The label a footnote marker prints (`[1]` → `1`), or null when the text is no marker. */
export function noteLabel(text: string): string | null {
  return NOTE_LABEL.exec(text.trim())?.[1] ?? null
}

/**
 * Find footnote references and the footnotes they lead to, the way every
 * producer links them: a marker anchor `href="#X"` whose target X lies
 * later in the document and leads back to the marker (pandoc's
 * `fn1`/`fnref1`, mammoth's `footnote-1`/`footnote-ref-1`, Word's
 * `_ftn1`/`_ftnref1`, LibreOffice's `sdfootnote1sym`/`sdfootnote1anc`), or
 * a target whose id names a footnote. The footnote's label is the marker's:
 * producers renumber notes, and the id (`footnote-20`) may be no label at all.
 * Footnote blocks no marker leads to are found by their id alone, numbered
 * by their place in their list.
 */
export function findFootnotes(tree: Root): HtmlFootnotes {
  const { order, parent } = elementsOf(tree)
  const index = new Map(order.map((el, i) => [el, i]))
  const byName = new Map<string, Element>()
  for (const el of order) {
    for (const key of [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : '']) if (key && !byName.has(key)) byName.set(key, el)
  }
  const blockMemo = new Map<Element, boolean>()
  const blockOf = (el: Element): Element => {
    let at: Element | Root | undefined = el
    while (at && at.type === 'element' && !isBlock(at, blockMemo)) at = parent.get(at)
    return at && at.type === 'element' ? at : el
  }
  /** Names of the marker and its inline wrappers (`<sup id="cite_ref-1"><a …>`). */
  const namesAround = (a: Element): Set<string> => {
    const names = new Set<string>()
    for (let at: Element | Root | undefined = a, k = 0; at && at.type === 'element' && k < 3; at = parent.get(at), k++) {
      for (const key of [attr(at, 'id'), attr(at, 'name')]) if (key) names.add(key)
      if (isBlock(at, blockMemo)) break
    }
    return names
  }
  const linksBack = (container: Element, names: Set<string>): Element[] => {
    const out: Element[] = []
    const visit = (el: Element): void => {
      if (el.tagName === 'a' && names.has(attr(el, 'href').replace(/^#/, ''))) out.push(el)
      for (const c of el.children) if (c.type === 'element') visit(c)
    }
    visit(container)
    return out
  }
  const refs = new Map<Element, string>()
  const notes = new Map<Element, string>()
  const backLinks = new Set<Element>()
  for (const a of order) {
    if (a.tagName !== 'a') continue
    const href = attr(a, 'href')
    if (!href.startsWith('#')) continue
    const target = byName.get(decodeURIComponent(href.slice(1)))
    const printed = textOf(a)
    // An empty link before its number (`<a href="#fn1"></a>1`, a DOCX converted from HTML):
    // the note is found here, the marker in the text later (linkFootnotes).
    const label = printed.trim() === '' ? '' : noteLabel(printed)
    if (!target || label === null || (index.get(target) ?? 0) <= (index.get(a) ?? 0) || backLinks.has(a)) continue
    const container = blockOf(target)
    const back = linksBack(container, namesAround(a))
    if (back.length === 0 && !NOTE_ID.test(attr(target, 'id') || attr(target, 'name'))) continue
    if (label) refs.set(a, label)
    if (!notes.has(container)) notes.set(container, label || ordinalOf(container, parent))
    for (const b of back) backLinks.add(b)
  }
  // Footnote blocks nothing leads to: known by their id, numbered by their place in the list.
  for (const el of order) {
    const id = NOTE_ID.exec(attr(el, 'id'))
    if (!id || notes.has(el) || [...notes.keys()].some((n) => contains(n, el, parent) || contains(el, n, parent))) continue
    notes.set(el, ordinalOf(el, parent) || String(Number(id[1])))
  }
  return { refs, notes, backLinks }
}

/** A list item's number in its list, or '' for other elements. */
function ordinalOf(el: Element, parent: ReadonlyMap<Element, Element | Root>): string {
  const box = parent.get(el)
  if (el.tagName !== 'li' || box?.type !== 'element') return ''
  return String(box.children.filter((c) => c.type === 'element' && c.tagName === 'li').indexOf(el) + Number(attr(box, 'start') || 1))
}

function contains(outer: Element, inner: Element, parent: ReadonlyMap<Element, Element | Root>): boolean {
  for (let at: Element | Root | undefined = inner; at && at.type === 'element'; at = parent.get(at)) if (at === outer) return true
  return false
}
