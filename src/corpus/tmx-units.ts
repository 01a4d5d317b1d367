/**
 * The <tu> elements of an alignment, as text, for the merged corpus.tmx:
 * written by `writeTmxUnit`, the unit writer of `writeTmx` itself, into an
 * xmlbuilder2 fragment, so the merged file and a pair's TMX hold the same
 * characters for the same link (tmx-units.test.ts compares them).
 */
import { requireModule } from '../glossary/load-module.js'
import type { FootnoteRefMap } from '../export/footnote-refs.js'
import { isTwoSided } from '../export/two-sided.js'
import { TMX_DEFAULTS, writeTmxUnit } from '../export/write-tmx.js'
import type { Alignment } from '../types.js'

/** Footnote labels per block id, per side (as `writeTmx`'s `footnoteRefs`). */
export type UnitFootnotes = { readonly zh?: FootnoteRefMap; readonly en?: FootnoteRefMap } | null

/** The units of the two-sided links of `alignment`, each line indented as in `writeTmx`. */
export function writeTmxUnits(alignment: Alignment, footnoteRefs: UnitFootnotes = null): string {
  const chunks: string[] = []
  const xml = (requireModule('xmlbuilder2') as typeof import('xmlbuilder2')).fragmentCB({ data: (chunk: string) => void chunks.push(chunk), wellFormed: true })
  const opts = { ...TMX_DEFAULTS, footnoteRefs }
  for (const link of alignment.pairs) if (isTwoSided(link)) writeTmxUnit(xml, link, alignment.source, opts)
  xml.end()
  return chunks.join('')
}
