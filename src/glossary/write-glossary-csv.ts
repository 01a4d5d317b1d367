/**
 * Write term candidates as CSV (RFC 4180, header `zh,en,score,count,known`)
 * or TSV (same columns; tabs and line breaks inside a field become
 * spaces). The first two columns are source and target, so OmegaT and
 * memoQ read the file as a two-column zh–en glossary.
 */
import { stringify } from 'csv-stringify/sync'
import { tsvText } from '../export/tsv-text.js'
import type { TermCandidate } from './glossary-types.js'

const HEADER = ['zh', 'en', 'score', 'count', 'known'] as const

/** CSV text of `terms`, header first. */
export function writeGlossaryCsv(terms: readonly TermCandidate[]): string {
  return stringify([[...HEADER], ...terms.map(row)], { record_delimiter: '\n' })
}

/** TSV text of `terms`, header first. */
export function writeGlossaryTsv(terms: readonly TermCandidate[]): string {
  return tsvText([[...HEADER], ...terms.map(row)])
}

function row(t: TermCandidate): string[] {
  return [t.zh, t.en, String(t.score), String(t.count), t.known ? 'yes' : 'no']
}
