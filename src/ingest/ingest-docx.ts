import { ResalignError } from '../errors.js'
import { restoreNumbering } from './docx-numbering.js'
import { ingestHtml } from './ingest-html.js'
import { readZip } from './read-zip.js'
import type { Ingested } from './unit.js'
import { writeZip } from './write-zip.js'

/** Options of `ingestDocx`. */
export interface DocxOptions {
  /** Most bytes the archive may expand to (checked before inflating). */
  readonly maxBytes: number
}

type Mammoth = typeof import('mammoth')
let mammoth: Promise<Mammoth> | undefined

/** mammoth, loaded on first use, once. */
function loadMammoth(): Promise<Mammoth> {
  mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth)
  return mammoth
}

const text = (entry: { data: Uint8Array } | undefined): string => (entry ? new TextDecoder().decode(entry.data) : '')

/**
 * Ingest a Word document: the archive is read with a bound on what it
 * expands to, automatic paragraph numbers are written in as printed
 * (`restoreNumbering`), mammoth turns the document into HTML (footnotes,
 * bold and italics, headings kept; images left out), and `ingestHtml` reads
 * that HTML. Offsets point into the HTML, returned as `source`.
 *
 * @throws ResalignError `input/corrupt`, `input/too-large`.
 */
export async function ingestDocx(bytes: Uint8Array, options: Readonly<DocxOptions>): Promise<{ source: string; ingested: Ingested }> {
  const entries = readZip(bytes, options.maxBytes)
  const document = entries.find((e) => e.name === 'word/document.xml')
  if (!document) throw new ResalignError('input/corrupt', 'the archive holds no word/document.xml: it is no Word document', { hint: 'pass a .docx file saved by Word or LibreOffice' })
  const numbering = entries.find((e) => e.name === 'word/numbering.xml')
  const patched = numbering
    ? entries.map((e) => (e === document ? { name: e.name, data: new TextEncoder().encode(restoreNumbering(text(e), text(numbering), text(entries.find((s) => s.name === 'word/styles.xml')))) } : e))
    : entries
  const { convertToHtml, images } = await loadMammoth()
  const zip = writeZip(patched)
  let html: string
  try {
    const result = await convertToHtml({ buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) }, { convertImage: images.imgElement(() => Promise.resolve({ src: '' })) })
    html = result.value
  } catch (cause) {
    throw new ResalignError('input/corrupt', `the Word document cannot be read (${cause instanceof Error ? cause.message : String(cause)})`, { hint: 'open and save it again in Word or LibreOffice', cause })
  }
  return { source: html, ingested: ingestHtml(html, 'docx') }
}
