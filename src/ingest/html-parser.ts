import type { Root } from 'hast'
import { createRequire } from 'node:module'
import { unified } from 'unified'

type RehypeParse = typeof import('rehype-parse')

let parse: ((html: string) => Root) | undefined

/**
 * Parse HTML into a hast tree with source positions, through unified and
 * rehype-parse. The parser is loaded on first use, once, and synchronously
 * (`segment` is synchronous): rehype-parse is an ES module that Node ≥ 20.19
 * loads with `require`. Importing resalign does not load it.
 */
export function parseHtml(html: string): Root {
  if (!parse) {
    const require = createRequire(import.meta.url)
    const rehypeParse = (require('rehype-parse') as RehypeParse).default
    const processor = unified().use(rehypeParse)
    parse = (text) => processor.parse(text) as Root
  }
  return parse(html)
}
