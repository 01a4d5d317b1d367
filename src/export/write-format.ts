import { ResalignError } from '../errors.js'
import type { Alignment } from '../types.js'
import { writeHtml, type HtmlOptions } from './write-html.js'
import { writeJsonl, type JsonlOptions } from './write-jsonl.js'
import { writeMoses, type MosesOptions } from './write-moses.js'
import { writeTmx, type TmxOptions } from './write-tmx.js'
import { writeTsv, type TsvOptions } from './write-tsv.js'

/** Output formats of `writeFormat`. */
export type Format = 'json' | 'jsonl' | 'tmx' | 'moses' | 'tsv' | 'html'

/** Options of each format's writer (`json` has none). */
export interface FormatOptions {
  readonly json: Readonly<Record<string, never>>
  readonly jsonl: Readonly<Partial<JsonlOptions>>
  readonly tmx: Readonly<Partial<TmxOptions>>
  readonly moses: Readonly<Partial<MosesOptions>>
  readonly tsv: Readonly<Partial<TsvOptions>>
  readonly html: Readonly<Partial<HtmlOptions>>
}

/** One file to write: append `suffix` to the output path the user gave. */
export interface OutputFile {
  /** `""` for single-file formats; `.zh` / `.en` for Moses. */
  readonly suffix: string
  /** Media type, for servers and for guessing an extension. */
  readonly mediaType: string
  /** File content, UTF-8 text. */
  readonly content: string
}

/** Extension (when the user gives no output name) and media type per format. */
export const FORMAT_INFO: Readonly<Record<Format, { readonly extension: string; readonly mediaType: string }>> = {
  json: { extension: '.json', mediaType: 'application/json' },
  jsonl: { extension: '.jsonl', mediaType: 'application/jsonl' },
  tmx: { extension: '.tmx', mediaType: 'application/x-tmx+xml' },
  moses: { extension: '', mediaType: 'text/plain; charset=utf-8' },
  tsv: { extension: '.tsv', mediaType: 'text/tab-separated-values; charset=utf-8' },
  html: { extension: '.html', mediaType: 'text/html; charset=utf-8' },
}

/** The formats, in the order the CLI lists them. */
export const FORMATS: readonly Format[] = Object.freeze(Object.keys(FORMAT_INFO) as Format[])

/** Whether `value` names a format. */
export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && Object.hasOwn(FORMAT_INFO, value)
}

function single(format: Format, content: string): OutputFile[] {
  return [{ suffix: '', mediaType: FORMAT_INFO[format].mediaType, content }]
}

/**
 * Writes an alignment in `format` and returns the files to write: one file
 * with suffix `""`, or for `moses` two files with suffixes `.zh` and `.en`
 * (line i of one translates line i of the other).
 *
 * @throws ResalignError `format/unknown` for an unknown format,
 *   `options/invalid` for bad options.
 */
export function writeFormat<F extends Format>(alignment: Alignment, format: F, options?: FormatOptions[F]): OutputFile[] {
  if (!isFormat(format)) {
    throw new ResalignError('format/unknown', `unknown output format ${JSON.stringify(format)}`, {
      hint: `Use one of: ${FORMATS.join(', ')}.`,
    })
  }
  const f: Format = format
  switch (f) {
    case 'json':
      if (options !== undefined && Object.keys(options).length > 0) {
        throw new ResalignError('options/invalid', 'writeFormat: the json format takes no options')
      }
      return single(f, `${JSON.stringify(alignment, null, 2)}\n`)
    case 'jsonl':
      return single(f, writeJsonl(alignment, options as FormatOptions['jsonl']))
    case 'tmx':
      return single(f, writeTmx(alignment, options as FormatOptions['tmx']))
    case 'tsv':
      return single(f, writeTsv(alignment, options as FormatOptions['tsv']))
    case 'html':
      return single(f, writeHtml(alignment, options as FormatOptions['html']))
    case 'moses': {
      const { zh, en } = writeMoses(alignment, options as FormatOptions['moses'])
      const { mediaType } = FORMAT_INFO.moses
      return [{ suffix: '.zh', mediaType, content: zh }, { suffix: '.en', mediaType, content: en }]
    }
  }
}
