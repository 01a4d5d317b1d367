import type { DocumentTree } from '../types.js'

/** Footnote labels referenced by each block, keyed by block id. */
export type FootnoteRefMap = Readonly<Record<string, readonly string[]>>

/**
 * Collects, from a structure tree, the footnote labels each block refers to
 * (blocks without references are left out). Links carry no footnote data,
 * so writers that mark footnote references take this map as an option.
 */
export function footnoteRefsOf(tree: DocumentTree): FootnoteRefMap {
  const refs: Record<string, readonly string[]> = {}
  for (const part of tree.parts) {
    for (const block of part.blocks) {
      if (block.footnoteRefs.length > 0) refs[block.id] = block.footnoteRefs.map((ref) => ref.label)
    }
  }
  return Object.freeze(refs)
}
