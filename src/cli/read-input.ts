/**
 * The one place the CLI reads a document: every command that takes a
 * file calls `readInput`, so a new reader (PDF, DOCX, HTML) is wired here
 * once. `-` is standard input.
 */
import { isResalignError, ResalignError } from '../errors.js'
import { detectFileType } from '../ingest/detect-file-type.js'
import { documentTree } from '../document-tree.js'
import { readDocument } from '../read-document.js'
import { segment } from '../segment.js'
import type { DocumentTree, Lang, Result, SourceFormat } from '../types.js'
import type { FromFormat } from './common-options.js'
import type { CliIo } from './io.js'

/** A document as read, ready for `segment`. */
export interface ReadInput {
  /** Bytes (decoded by `segment`) or text. */
  readonly input: string | Uint8Array
  /** The layout `segment` should assume; absent: detected. */
  readonly format?: SourceFormat
}

/** Options of `readInput`. */
export interface ReadInputOptions {
  /** `--from`: how to read the file; absent: detected from the content. */
  readonly from?: FromFormat | undefined
}

/** The `segment` layout of each text format `--from` names. */
const LAYOUT: Readonly<Partial<Record<FromFormat, SourceFormat>>> = { text: 'plain', markdown: 'markdown', pdf: 'pdf' }

/**
 * Read `path` (`-`: standard input) as `options.from` says.
 *
 * @throws ResalignError `input/not-found`, `input/unreadable`, and
 *   `options/invalid` for a format this build cannot read yet.
 */
export async function readInput(path: string, io: CliIo, options: Readonly<ReadInputOptions> = {}): Promise<ReadInput> {
  const { from } = options
  const bytes = await io.readBytes(path)
  if (from === undefined) return { input: bytes }
  const layout = LAYOUT[from]
  const isPdfFile = bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-'
  if (layout === undefined || (from === 'pdf' && isPdfFile)) {
    throw new ResalignError('options/invalid', `${path}: --from ${from} files cannot be read by this build`, { hint: 'convert the file to text first (pdftotext -layout, pandoc -t markdown) and pass the text' })
  }
  return { input: bytes, format: layout }
}

/** Options of `readTree`. */
export interface ReadTreeOptions extends ReadInputOptions {
  /** `--lang`: the language of the document; absent: detected. */
  readonly lang?: Lang | undefined
}

/**
 * Read `path` (`-`: standard input) into its structure tree: PDF, Word and
 * HTML files through their own ingests (type from the bytes, or `--from`),
 * text through `segment` (`--from pdf` on text: text extracted from a PDF).
 * An unusable-input error names the file.
 */
export async function readTree(path: string, io: CliIo, options: Readonly<ReadTreeOptions> = {}): Promise<Result<DocumentTree>> {
  const { from, lang } = options
  const bytes = await io.readBytes(path)
  const type = detectFileType(bytes)
  const langOption = lang ? { lang } : {}
  try {
    if (from === undefined) return await documentTree(bytes, langOption)
    if (from === 'pdf' && type !== 'pdf') return segment(bytes, { ...langOption, format: 'pdf' })
    const layout = LAYOUT[from]
    if (layout !== undefined && from !== 'pdf') return segment(bytes, { ...langOption, format: layout })
    return await readDocument(bytes, { ...langOption, from })
  } catch (error) {
    if (isResalignError(error)) throw new ResalignError(error.code, `${path}: ${error.message}`, { ...(error.hint ? { hint: error.hint } : {}), cause: error })
    throw error
  }
}
