/** A term candidate occurrence inside one text (internal to extraction). */
export interface Candidate {
  /** Folded key: candidates with the same key are the same term. */
  readonly key: string
  /** The words as written (white space and 《》 removed on the Chinese side). */
  readonly surface: string
  /** Span in the text's own coordinates, for overlap tests. */
  readonly start: number
  readonly end: number
  /** Glossary entry when the candidate is exactly one glossary term, else -1. */
  readonly entry: number
  /** Whether the candidate is one word of the tokenizer (a jieba word). */
  readonly single?: boolean
  /** Whether every word inside is a content word (no particle, preposition, verb or list comma) and the last is no verb (Chinese side). */
  readonly plain?: boolean
  /** Part-of-speech tag of the first word, as tagged in its text (Chinese side; '' when unknown). */
  readonly lead?: string
}
