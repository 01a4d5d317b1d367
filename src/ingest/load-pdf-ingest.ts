import type { Ingested } from './unit.js'

/** What the PDF ingest gives: the text its offsets point into, the units, and its pages. */
export interface PdfIngested {
  readonly source: string
  readonly ingested: Ingested
  readonly pages?: unknown
}

/** The PDF ingest (`ingestPdf` of `./ingest-pdf.js`). */
export type PdfIngest = (bytes: Uint8Array, options?: { readonly maxPages?: number }) => Promise<PdfIngested>

/** Load the PDF ingest (and pdf.js with it) on first use. */
export async function loadPdfIngest(): Promise<PdfIngest> {
  return (await import('./ingest-pdf.js')).ingestPdf
}
