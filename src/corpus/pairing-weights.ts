/**
 * Weights of the evidence that a Chinese and an English document are
 * translations of each other, and the factors that contradicting evidence
 * multiplies the score by. The pairing score is
 * `(1 − exp(−Σ weight / SCALE)) × Π factor`, in [0, 1].
 */

/** Weight of each kind of supporting evidence. */
export const EVIDENCE_WEIGHTS = Object.freeze({
  /** Both print (or derive) the same document symbol. */
  sharedSymbol: 3,
  /** Same resolution or decision number. */
  sameResolution: 3,
  /** Both were adopted on the same report. */
  sameAdoptedOn: 2.5,
  /** One was adopted on a report the other prints as its own symbol. */
  reportIsOwn: 3,
  /** … on a report the other names in its front-matter footnotes (a report series). */
  reportMentioned: 1,
  /** The paragraph cited is the one of the other's report that recommends its draft. */
  recommendingParagraph: 1,
  /** Same session. */
  sameSession: 0.5,
  /** Same agenda item. */
  sameAgendaItem: 0.7,
  /** Same body adopted (or wrote) both. */
  sameBody: 0.3,
  /** Same adoption date. */
  sameDate: 0.5,
  /** Times the glossary similarity of the titles (0–1). */
  title: 1,
  /** Times the share of reference numbers in common (0–1). */
  references: 1.5,
})

/** Factor the score is multiplied by for each contradiction. */
export const CONTRADICTION_FACTORS = Object.freeze({
  session: 0.1,
  resolution: 0.05,
  agendaItem: 0.3,
  adoptedOn: 0.1,
  paragraph: 0.5,
  body: 0.5,
  date: 0.3,
  symbols: 0.3,
})

/** Sum of weights giving a score of 1 − 1/e. */
export const SCALE = 2

/** Fewer references than this on either side say nothing. */
export const MIN_REFERENCES = 5

/** Default least pairing score for a pair to be made. */
export const MIN_PAIRING_SCORE = 0.5
