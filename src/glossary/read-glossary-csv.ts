/**
 * Read a CSV or TSV glossary: `zh,en[,note]` per row, header optional.
 * A header row is recognised by its column names (zh/en/note and common
 * synonyms) and may put the columns in any order; without one the first
 * column is Chinese and the second English, unless the first column holds
 * no Chinese and the second does, in which case they are swapped (and an
 * issue says so). Several forms in a cell are separated by `|`; rows with
 * the same Chinese term merge into one entry.
 */
import { requireModule } from './load-module.js'
import { ResalignError } from '../errors.js'
import type { Issue, Result } from '../types.js'
import type { GlossaryEntry } from './glossary-types.js'
import { hasChinese, mergeRows, splitForms, type GlossaryRow } from './glossary-rows.js'

const ZH_NAMES = /^(?:zh|zho|chi|chinese|cn|zh[-_](?:cn|hans|hant|tw)|source|中文|汉语|中文术语)$/i
const EN_NAMES = /^(?:en|eng|english|en[-_](?:us|gb)|target|英文|英语|英文术语)$/i
const NOTE_NAMES = /^(?:note|notes|comment|comments|remark|remarks|definition|备注|注释)$/i

/** Parse a CSV (`delimiter` ',') or TSV (`'\t'`) glossary. */
export function readGlossaryCsv(text: string, delimiter: ',' | '\t'): Result<GlossaryEntry[]> {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = (requireModule('csv-parse/sync') as typeof import('csv-parse/sync')).parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: delimiter === '\t', skip_empty_lines: true, trim: true, info: true }) as never
  } catch (cause) {
    throw new ResalignError('input/unreadable', `glossary: not a readable ${delimiter === ',' ? 'CSV' : 'TSV'} file (${(cause as Error).message})`, { cause })
  }
  const issues: Issue[] = []
  let columns = { zh: 0, en: 1, note: 2 }
  let body = records
  const header = records[0]?.record.map((c) => c.trim())
  if (header && header.some((c) => ZH_NAMES.test(c)) && header.some((c) => EN_NAMES.test(c))) {
    columns = { zh: header.findIndex((c) => ZH_NAMES.test(c)), en: header.findIndex((c) => EN_NAMES.test(c)), note: header.findIndex((c) => NOTE_NAMES.test(c)) }
    body = records.slice(1)
  } else if (swapped(records)) {
    columns = { zh: 1, en: 0, note: 2 }
    issues.push({ code: 'glossary/columns-swapped', severity: 'info', message: 'The first column holds English and the second Chinese; read as en,zh.' })
  }
  const rows: GlossaryRow[] = []
  for (const { record, info } of body) {
    const zh = splitForms(record[columns.zh] ?? '')
    const en = splitForms(record[columns.en] ?? '')
    const note = columns.note >= 0 ? (record[columns.note] ?? '').trim() : ''
    rows.push({ zh, en, note, line: info.lines })
  }
  const merged = mergeRows(rows)
  return { value: merged.value, issues: [...issues, ...merged.issues] }
}

/** Whether most rows have English first and Chinese second. */
function swapped(records: readonly { record: string[] }[]): boolean {
  let votes = 0
  for (const { record } of records.slice(0, 50)) {
    const first = hasChinese(record[0] ?? '')
    const second = hasChinese(record[1] ?? '')
    if (!first && second) votes++
    else if (first && !second) votes--
  }
  return votes > 0
}
