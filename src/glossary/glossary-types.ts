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

/** One link that shows a term pair in use. */
export interface TermExample {
  /** Id of the link. */
  readonly link: string
  /** The Chinese text around the term. */
  readonly zh: string
  /** The English text around the term. */
  readonly en: string
}

/** A zh–en term pair proposed by `extractGlossary`. */
export interface TermCandidate {
  /** Chinese term in citation form (normalised; no title marks). */
  readonly zh: string
  /** English term in citation form: lemma (“policy”, “road map”), proper nouns, titles and acronyms as written. */
  readonly en: string
  /** Ranking score in [0, 1] (higher is better): the association, raised to 0.5 + a/2 for known pairs. */
  readonly score: number
  /** Association of the two terms over the links (Dice, gated by the log-likelihood ratio, with priors), in [0, 1]. */
  readonly association: number
  /** Occurrences of each side in all two-sided links. */
  readonly frequency: { readonly zh: number; readonly en: number }
  /** Two or three links with both sides' contexts. */
  readonly examples: readonly TermExample[]
  /** Number of aligned units (sentence links where the alignment has them, else links) in which both terms occur. */
  readonly count: number
  /** Whether the pair is already in the glossary used (built-in and user entries). */
  readonly known: boolean
  /** Ids of the links where both terms occur, each once (`l12`, or `2:l12` over several alignments). */
  readonly evidence: readonly string[]
}
