/** Write term candidates as JSON: `{ "terms": [ { zh, en, score, count, known, evidence } … ] }`. */
import type { TermCandidate } from './glossary-types.js'

/** JSON text (two-space indent, final newline). */
export function writeGlossaryJson(terms: readonly TermCandidate[]): string {
  const plain = terms.map(({ zh, en, score, count, known, evidence }) => ({ zh, en, score, count, known, evidence: [...evidence] }))
  return JSON.stringify({ terms: plain }, null, 2) + '\n'
}
