/**
 * Write term candidates as JSON: `{ "terms": [ { zh, en, score, association,
 * count, frequency: { zh, en }, known, evidence, examples: [ { link, zh, en } ] } … ] }`.
 */
import type { TermCandidate } from './glossary-types.js'

/** JSON text (two-space indent, final newline). */
export function writeGlossaryJson(terms: readonly TermCandidate[]): string {
  const plain = terms.map((t) => ({
    zh: t.zh,
    en: t.en,
    score: t.score,
    association: t.association,
    count: t.count,
    frequency: { zh: t.frequency.zh, en: t.frequency.en },
    known: t.known,
    evidence: [...t.evidence],
    examples: t.examples.map(({ link, zh, en }) => ({ link, zh, en })),
  }))
  return JSON.stringify({ terms: plain }, null, 2) + '\n'
}
