/**
 * Read a user glossary: CSV or TSV (`zh,en[,note]`) or TBX. The format is
 * given or guessed: a file starting with `<` is TBX, one whose first line
 * holds a tab is TSV, anything else CSV. Rows that cannot become entries
 * are reported as issues; an unreadable file throws `input/unreadable`.
 * Pass the entries to `createTermMatcher({ glossary })`, where they take
 * precedence over the built-in glossary.
 */
import { ResalignError } from '../errors.js'
import type { Result } from '../types.js'
import type { GlossaryEntry } from './glossary-types.js'
import { readGlossaryCsv } from './read-glossary-csv.js'
import { readTbx } from './read-tbx.js'
import { isString } from '../export/option-checks.js'
import { checkOptions } from '../export/resolve-options.js'

/** Formats `readGlossary` reads. */
export type GlossaryFormat = 'csv' | 'tsv' | 'tbx'

/** Options of `readGlossary`. */
export interface ReadGlossaryOptions {
  /** Format of the text; guessed when absent. */
  readonly format?: GlossaryFormat
}

/** Parse a glossary file's text into entries. */
export function readGlossary(text: string, options?: Readonly<ReadGlossaryOptions>): Result<GlossaryEntry[]> {
  if (typeof text !== 'string') throw new ResalignError('options/invalid', 'readGlossary: text must be a string')
  const format = checkOptions('readGlossary', options, { format: isString }).format ?? guessFormat(text)
  if (format === 'tbx') return readTbx(text)
  if (format === 'csv') return readGlossaryCsv(text, ',')
  if (format === 'tsv') return readGlossaryCsv(text, '\t')
  throw new ResalignError('format/unknown', `readGlossary: unknown glossary format ${JSON.stringify(format)}`, { hint: 'Use csv, tsv or tbx.' })
}

/** Guess the format of a glossary file from its first characters. */
export function guessFormat(text: string): GlossaryFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('<')) return 'tbx'
  const firstLine = start.split(/\r?\n/, 1)[0] ?? ''
  return firstLine.includes('\t') ? 'tsv' : 'csv'
}
