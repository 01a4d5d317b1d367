/**
 * A file's structure tree, whatever the file is: the type comes from its
 * bytes (`detectFileType`), never from its name. Text and Markdown go
 * through `segment`; PDF, Word and HTML files through `readDocument`
 * (pdf.js and mammoth are loaded only when such a file is read). The CLI
 * (without `--from`) and the corpus builder both read files this way.
 */
import { detectFileType } from './ingest/detect-file-type.js'
import { readDocument } from './read-document.js'
import { segment } from './segment.js'
import type { DocumentTree, Lang, Result } from './types.js'

/** Options of `documentTree`. */
export interface DocumentTreeOptions {
  /** Language, when known; detected otherwise. */
  readonly lang?: Lang
  /** Run the lossless check (default true). */
  readonly check?: boolean
}

/** Read `bytes` into its structure tree. @throws ResalignError as `segment` and `readDocument` do. */
export async function documentTree(bytes: Uint8Array, options: Readonly<DocumentTreeOptions> = {}): Promise<Result<DocumentTree>> {
  return detectFileType(bytes) === 'text' ? segment(bytes, options) : readDocument(bytes, options)
}
