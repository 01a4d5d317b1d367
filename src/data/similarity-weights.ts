/**
 * Weights of the signature features when two blocks are compared. A feature
 * that is silent on both sides (no numbers, no lead verb) takes no part.
 */
export const SIMILARITY_WEIGHTS = Object.freeze({
  /** Same printed number (operative 12 ↔ 12). */
  number: 1.5,
  /** Shared dates, years, symbols, ordinals. */
  numbers: 2.5,
  /** Shared numbers of two headings or meta lines (they name the document, and differ across a series). */
  titleNumbers: 1,
  /** Same footnote references. */
  refs: 2,
  /** Same class of lead verb. */
  lead: 1.5,
  /** Length ratio close to the document's own. */
  length: 1,
  /** Shared glossary terms (the fallback where structure is silent). */
  glossary: 2,
  /** Words that translate each other (dictionary and lexicon learned from the pair). */
  lexicon: 3,
  /** Same block kind (a chapeau meets a chapeau). */
  kind: 0.5,
  /** Same kind for kinds that occur once or twice in a part (chapeau, meta). */
  rareKind: 2.5,
  /** Same relative position in the part. */
  position: 0.75,
})

/** Kinds rare enough that two of them meeting is evidence. */
export const RARE_KINDS: ReadonlySet<string> = new Set(['chapeau', 'meta'])

/**
 * Kinds that may be linked to each other at full score; other pairs keep a
 * third of it (a chapeau is not a footnote). A kind is a reading of the
 * layout that can be wrong, so kinds a rendering confuses stay compatible:
 * an operative paragraph that lost its number reads as preambular, a title
 * glued to its neighbour as a paragraph, a meta line as a heading.
 */
export const COMPATIBLE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['preambular', 'preambular'],
  ['operative', 'operative'],
  ['subparagraph', 'subparagraph'],
  ['paragraph', 'paragraph'],
  ['heading', 'heading'],
  ['chapeau', 'chapeau'],
  ['meta', 'meta'],
  ['footnote', 'footnote'],
  ['operative', 'subparagraph'],
  ['preambular', 'paragraph'],
  ['operative', 'paragraph'],
  ['preambular', 'operative'],
  ['preambular', 'subparagraph'],
  ['heading', 'meta'],
  ['heading', 'paragraph'],
  ['meta', 'paragraph'],
]

/** Spread (in natural-log units) of the zh/en length ratio around the document's own ratio. */
export const LENGTH_SIGMA = 0.3

/** zh→en character ratio used before the document's anchors give their own (UN texts: about 3). */
export const DEFAULT_LENGTH_RATIO = 3.1
