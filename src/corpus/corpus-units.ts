/**
 * A pair's share of the merged corpus: its lines of corpus.jsonl and its
 * <tu> elements of corpus.tmx. Every unit carries the pair's name and the
 * document symbols of both sides, so a merged corpus can be traced back.
 * The TMX units are written as `writeTmx` writes them (tmx-units.ts); the
 * merged file is `writeTmx`'s header once, the units of every pair, and
 * its closing tags (merge-outputs.ts).
 */
import { writeTmx } from '../export/write-tmx.js'
import { ALIGNED_VERSION, type Alignment } from '../types.js'
import type { PlannedPair } from './corpus-types.js'
import { writeTmxUnits, type UnitFootnotes } from './tmx-units.js'

/** What a unit says about where it comes from. */
type Origin = Pick<PlannedPair, 'name' | 'documents'>

/** The pair's lines of corpus.jsonl: every link, with `pair` and `documents` first. */
export function unitsJsonl(alignment: Alignment, pair: Origin): string {
  return alignment.pairs
    .map((link) => `${JSON.stringify({ pair: pair.name, documents: pair.documents, ...link }).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`)
    .join('')
}

/**
 * The pair's <tu> elements (two-sided links), with tuids `<name>:<link id>`
 * unique across the corpus and the pair's document symbols as `x-document`.
 */
export function tmxUnits(alignment: Alignment, pair: Origin, footnoteRefs: UnitFootnotes = null): string {
  const relabelled: Alignment = {
    ...alignment,
    source: {
      zh: { ...alignment.source.zh, symbols: pair.documents.zh },
      en: { ...alignment.source.en, symbols: pair.documents.en },
    },
    pairs: alignment.pairs.map((l) => ({ ...l, id: `${pair.name}:${l.id}` })),
  }
  return writeTmxUnits(relabelled, footnoteRefs)
}

/** Header of the merged TMX (up to and including `<body>` and its line end). */
export function tmxHead(unit: 'paragraph' | 'sentence' = 'paragraph'): string {
  const empty = writeTmx(EMPTY, { segtype: unit })
  return empty.slice(0, empty.indexOf('\n', empty.indexOf('<body>')) + 1)
}

/** Closing of the merged TMX (from `</body>`). */
export function tmxTail(): string {
  const empty = writeTmx(EMPTY)
  return empty.slice(empty.lastIndexOf('  </body>'))
}

const NO_SOURCE = { name: null, format: 'plain', symbols: [], blocks: 0 } as const
const EMPTY: Alignment = { version: ALIGNED_VERSION, source: { zh: NO_SOURCE, en: NO_SOURCE }, pairs: [], issues: [] }
