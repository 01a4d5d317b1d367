import { requireModule } from '../glossary/load-module.js'
import { flattenLine } from './flatten-line.js'

/**
 * Tab-separated text of `rows`, one line each ending in "\n", with csv-stringify.
 * Every field is put on one line first (`flattenLine`: tabs and every Unicode
 * line break become a space) and trimmed, so no field needs quoting: a reader
 * splits each line on "\t".
 */
export function tsvText(rows: readonly (readonly string[])[]): string {
  return (requireModule('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(rows.map((cells) => cells.map((cell) => flattenLine(cell).trim())), { delimiter: '\t', quote: '', record_delimiter: 'unix' })
}
