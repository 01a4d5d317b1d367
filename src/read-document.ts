import { ResalignError } from './errors.js'
import { decode } from './ingest/decode.js'
import { decodeHtml } from './ingest/decode-html.js'
import { detectFormat } from './ingest/detect-format.js'
import { detectFileType } from './ingest/detect-file-type.js'
import { ingestDocx } from './ingest/ingest-docx.js'
import { ingestHtml } from './ingest/ingest-html.js'
import { loadPdfIngest } from './ingest/load-pdf-ingest.js'
import type { Ingested } from './ingest/unit.js'
import { languageOf, segment, structureOf } from './segment.js'
import type { DocumentTree, Lang, Result } from './types.js'

/** Kinds of input `readDocument` reads. */
export type InputType = 'pdf' | 'docx' | 'html' | 'markdown' | 'text'

/** Options of `readDocument`. */
export interface ReadOptions {
  /** What the input is; detected from its bytes when absent (never from a file name). */
  readonly from?: InputType
  /** Language of the document; detected when absent. */
  readonly lang?: Lang
  /** Run the lossless check (default true). */
  readonly check?: boolean
  /** Most pages read from a PDF (default 2,000). */
  readonly maxPages?: number
  /** Most bytes a DOCX may expand to (default 200 MB), checked before inflating. */
  readonly maxBytes?: number
}

/** Defaults of `readDocument`. */
export const READ_DEFAULTS: Readonly<Required<Pick<ReadOptions, 'check' | 'maxPages' | 'maxBytes'>>> = Object.freeze({ check: true, maxPages: 2_000, maxBytes: 200 * 1024 * 1024 })

const TYPES = new Set<string>(['pdf', 'docx', 'html', 'markdown', 'text'])
const CHECKS: Readonly<Record<keyof ReadOptions, (v: unknown) => boolean>> = {
  from: (v) => typeof v === 'string' && TYPES.has(v),
  lang: (v) => v === 'zh' || v === 'en',
  check: (v) => typeof v === 'boolean',
  maxPages: (v) => Number.isInteger(v) && (v as number) > 0,
  maxBytes: (v) => Number.isInteger(v) && (v as number) > 0,
}

function validate(options: Readonly<ReadOptions> | undefined): void {
  for (const [key, value] of Object.entries(options ?? {})) {
    const check = CHECKS[key as keyof ReadOptions]
    if (!check) throw new ResalignError('options/invalid', `unknown option ${JSON.stringify(key)} (known: ${Object.keys(CHECKS).join(', ')})`)
    if (value !== undefined && !check(value)) throw new ResalignError('options/invalid', `option ${key} cannot be ${JSON.stringify(value)}`)
  }
}

function bytesOf(input: Uint8Array | string, type: InputType): Uint8Array {
  if (typeof input !== 'string') return input
  throw new ResalignError('options/invalid', `a ${type.toUpperCase()} file must be passed as bytes, not as a string`, { hint: 'read the file with fs.readFile(path) and pass the Buffer' })
}

/**
 * Read a UN document from any supported input (PDF, Word, HTML, Markdown or
 * text) into its structure tree, like `segment`. The type comes from the
 * bytes (`detectFileType`) unless `from` says otherwise. For PDF, DOCX and
 * HTML the tree's `source` is the text the offsets point into: the HTML
 * itself, the HTML mammoth made of a DOCX, the text the PDF ingest rebuilt.
 *
 * @throws ResalignError `options/invalid`, `input/corrupt`, `input/too-large`,
 *   `input/unsupported`, and those of `segment`.
 */
export async function readDocument(input: Uint8Array | string, options?: Readonly<ReadOptions>): Promise<Result<DocumentTree>> {
  validate(options)
  const opts = { ...READ_DEFAULTS, ...options }
  const type: InputType = opts.from ?? detectFileType(input)
  const lang = opts.lang
  const finish = (source: string, ingested: Ingested): Result<DocumentTree> => structureOf(source, ingested, languageOf(ingested, lang), opts.check)
  switch (type) {
    case 'text':
    case 'markdown': {
      const text = decode(input).text
      const format = type === 'markdown' ? 'markdown' : detectFormat(text)
      // Text that only looks like HTML, read as text on request: as plain text.
      return segment(text, { check: opts.check, format: format === 'html' ? 'plain' : format, ...(lang ? { lang } : {}) })
    }
    case 'html': {
      const source = decodeHtml(input)
      return finish(source, ingestHtml(source))
    }
    case 'docx': {
      const { source, ingested } = await ingestDocx(bytesOf(input, type), { maxBytes: opts.maxBytes })
      return finish(source, ingested)
    }
    case 'pdf': {
      const ingestPdf = await loadPdfIngest()
      const { source, ingested } = await ingestPdf(bytesOf(input, type), { maxPages: opts.maxPages })
      return finish(source, ingested)
    }
  }
}
