/**
 * Read one file of a corpus for pairing: decode it, segment its head (the
 * front matter, the report and the start of any draft are there), and
 * read the metadata. The whole text is only scanned for reference numbers.
 * A PDF, Word or HTML file (known from its bytes) has no text to cut a
 * head from: it is read whole, and its references come from the text its
 * ingest rebuilt.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ResalignError } from '../errors.js'
import { decode } from '../ingest/decode.js'
import { detectLanguage } from '../ingest/detect-language.js'
import { segment } from '../segment.js'
import { detectFileType } from '../ingest/detect-file-type.js'
import { documentTree } from '../document-tree.js'
import type { DocumentInfo } from './corpus-types.js'
import { readMetadata } from './read-metadata.js'

/** Options of `readDocument`. */
export interface ReadDocumentOptions {
  /** Characters of the head that are segmented (cut at a line end). */
  readonly headChars: number
}

/** Defaults of `readDocument`. */
export const READ_DOCUMENT_DEFAULTS: Readonly<ReadDocumentOptions> = Object.freeze({ headChars: 8_000 })

/**
 * Read `file` (relative to `root`) and return what pairing needs.
 *
 * @throws ResalignError `input/unreadable`, `input/binary`, `input/decode`,
 *   `input/empty`, `input/unknown-language`.
 */
export async function readDocument(root: string, file: string, options?: Readonly<Partial<ReadDocumentOptions>>): Promise<DocumentInfo> {
  const opts = { ...READ_DOCUMENT_DEFAULTS, ...options }
  let bytes: Uint8Array
  try {
    bytes = await readFile(join(root, file))
  } catch (cause) {
    throw new ResalignError('input/unreadable', `cannot read ${file} (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause })
  }
  if (detectFileType(bytes) !== 'text') {
    const { value: tree } = await documentTree(bytes, { check: false })
    return readMetadata(tree, { file, bytes: bytes.byteLength, text: tree.source })
  }
  const { text } = decode(bytes)
  const head = headOf(text, opts.headChars)
  if (head.trim() === '') throw new ResalignError('input/empty', `${file} is empty`)
  const lang = detectLanguage(head)
  if (lang === null) throw new ResalignError('input/unknown-language', `${file} is neither Chinese nor English`)
  const { value: tree } = segment(head, { lang, check: false })
  return readMetadata(tree, { file, bytes: bytes.byteLength, text })
}

/** The text up to `limit` characters, cut at the last line end before it. */
export function headOf(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.lastIndexOf('\n', limit)
  return text.slice(0, cut > limit / 2 ? cut : limit)
}
