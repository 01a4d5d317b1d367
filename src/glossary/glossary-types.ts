/**
 * Types of the glossary stage: glossary entries (built-in and user),
 * term matches and extracted term candidates.
 */

/** One concept of a zh–en glossary. */
export interface GlossaryEntry {
  /** Chinese forms; the first is the preferred one. Titles are stored without 《》. */
  readonly zh: readonly string[]
  /** English forms; the first is the preferred one (variants: plurals, abbreviations). */
  readonly en: readonly string[]
  /** Usage note for translators, if any. */
  readonly note?: string
  /** Subject field, e.g. `body`, `instrument`, `policy`, `lead-verb`. */
  readonly domain?: string
}

/** One occurrence of a glossary term in a text. */
export interface TermMatch {
  /** Index of the entry in the matcher's `entries`. */
  readonly entry: number
  /** First UTF-16 code unit of the occurrence in the text given. */
  readonly start: number
  /** One past its last code unit. */
  readonly end: number
}

/** A zh–en term pair proposed by `extractGlossary`. */
export interface TermCandidate {
  /** Chinese term as it occurs most often. */
  readonly zh: string
  /** English term as it occurs most often. */
  readonly en: string
  /** Association strength in [0, 1] (higher is better); candidates are ranked by it. */
  readonly score: number
  /** Number of aligned links in which both terms occur. */
  readonly count: number
  /** Whether the pair is already in the glossary used (built-in and user entries). */
  readonly known: boolean
  /** Ids of the links where both terms occur (`l12`, or `2:l12` over several alignments). */
  readonly evidence: readonly string[]
}
