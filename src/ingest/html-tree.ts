import type { Element, Root, RootContent } from 'hast'
import { BLOCK_ELEMENTS } from '../data/html-elements.js'

/** Source range of a node, or null when the parser inferred it (an implied `<tbody>`). */
export function rangeOf(node: RootContent | Root): { start: number; end: number } | null {
  const s = node.position?.start.offset
  const e = node.position?.end.offset
  if (s !== undefined && e !== undefined && e >= s) return { start: s, end: e }
  // Implied elements: the extent of what they hold.
  if (!('children' in node)) return null
  let start = Infinity
  let end = -1
  for (const child of node.children) {
    const r = rangeOf(child)
    if (r) {
      start = Math.min(start, r.start)
      end = Math.max(end, r.end)
    }
  }
  return end >= 0 ? { start, end } : null
}

/** The text an element holds (no markup), for labels and ids. */
export function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  let out = ''
  for (const child of node.children) out += textOf(child)
  return out
}

/** An attribute as a string ('' when absent); class lists are joined by spaces. */
export function attr(el: Element, name: string): string {
  const v = el.properties[name]
  if (v === undefined || v === null || v === false) return ''
  return Array.isArray(v) ? v.join(' ') : String(v)
}

/** Whether the element opens a block: a block tag, or an inline tag the parser left around blocks. */
export function isBlock(el: Element, memo: Map<Element, boolean>): boolean {
  const known = memo.get(el)
  if (known !== undefined) return known
  const block = BLOCK_ELEMENTS.has(el.tagName) || el.children.some((c) => c.type === 'element' && isBlock(c, memo))
  memo.set(el, block)
  return block
}

/** Every element in document order, with its parent. */
export function elementsOf(tree: Root): { readonly order: Element[]; readonly parent: Map<Element, Element | Root> } {
  const order: Element[] = []
  const parent = new Map<Element, Element | Root>()
  const visit = (node: Element | Root): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      order.push(child)
      parent.set(child, node)
      visit(child)
    }
  }
  visit(tree)
  return { order, parent }
}
