import { ResalignError } from '../errors.js'
import type { Ingested } from './unit.js'

/** What the PDF ingest gives: the text its offsets point into, the units, and its pages. */
export interface PdfIngested {
  readonly source: string
  readonly ingested: Ingested
  readonly pages?: unknown
}

/** The PDF ingest (`ingestPdf` of `./ingest-pdf.js`). */
export type PdfIngest = (bytes: Uint8Array, options?: { readonly maxPages?: number }) => Promise<PdfIngested>

/**
 * Load the PDF ingest on first use. Until the PDF ingest is part of the
 * build this throws `input/unsupported`; wiring it is one line:
 * `return (await import('./ingest-pdf.js')).ingestPdf`.
 */
export async function loadPdfIngest(): Promise<PdfIngest> {
  throw new ResalignError('input/unsupported', 'PDF files need the PDF ingest, which this build of resalign does not include', {
    hint: 'extract the text first (pdftotext -layout file.pdf) and pass the .txt file',
  })
}
