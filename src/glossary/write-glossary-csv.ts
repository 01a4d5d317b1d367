/**
 * Write term candidates as CSV (RFC 4180, header
 * `zh,en,score,count,known,association,zh_frequency,en_frequency,example_link,example_zh,example_en`)
 * or TSV (same columns; tabs and line breaks inside a field become
 * spaces). The first two columns are source and target, so OmegaT and
 * memoQ read the file as a two-column zh–en glossary; the example is the
 * first evidence link with both sides' contexts.
 */
import { requireModule } from './load-module.js'
import { tsvText } from '../export/tsv-text.js'
import type { TermCandidate } from './glossary-types.js'

const HEADER = ['zh', 'en', 'score', 'count', 'known', 'association', 'zh_frequency', 'en_frequency', 'example_link', 'example_zh', 'example_en'] as const

/** CSV text of `terms`, header first. */
export function writeGlossaryCsv(terms: readonly TermCandidate[]): string {
  return (requireModule('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify([[...HEADER], ...terms.map(row)], { record_delimiter: '\n' })
}

/** TSV text of `terms`, header first. */
export function writeGlossaryTsv(terms: readonly TermCandidate[]): string {
  return tsvText([[...HEADER], ...terms.map(row)])
}

function row(t: TermCandidate): string[] {
  const example = t.examples[0]
  return [t.zh, t.en, String(t.score), String(t.count), t.known ? 'yes' : 'no', String(t.association), String(t.frequency.zh), String(t.frequency.en), example?.link ?? '', example?.zh ?? '', example?.en ?? '']
}
