import type { Root } from 'hast'
import { requireModule } from '../glossary/load-module.js'

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
    const { unified } = requireModule('unified') as typeof import('unified')
    const rehypeParse = (requireModule('rehype-parse') as RehypeParse).default
    const processor = unified().use(rehypeParse)
    parse = (text) => processor.parse(text) as Root
  }
  return parse(html)
}
