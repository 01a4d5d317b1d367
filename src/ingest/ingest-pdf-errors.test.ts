import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { imageOp, textOp, tinyPdf } from './fixtures/tiny-pdf.js'
import { ingestPdf } from './ingest-pdf.js'

// Taken before anything loads pdf.js.
const BUILTIN_PUSH = Array.prototype.push
const BUILTIN_PARSE = JSON.parse

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; hint: string | undefined }> {
  try {
    await promise
  } catch (error) {
    if (isResalignError(error)) return { code: error.code, message: error.message, hint: error.hint }
    throw error
  }
  throw new Error('expected a ResalignError')
}

describe('unusable PDFs', () => {
  it('reads a PDF built by code', async () => {
    const pdf = await ingestPdf(tinyPdf({ pages: [textOp('The General Assembly,'), textOp('Reaffirms its resolution 70/1;')] }))
    expect(pdf.pages).toBe(2)
    expect(pdf.source).toContain('The General Assembly,')
    expect(pdf.ingested.units.map((u) => u.page)).toEqual([1, 2])
  })

  it('loads pdf.js on first use', async () => {
    await ingestPdf(tinyPdf({ pages: [textOp('The General Assembly,')] }))
    expect((globalThis as { pdfjsLib?: unknown }).pdfjsLib).toBeDefined()
  })

  it('leaves the built-ins pdf.js’s polyfills would replace as they were', async () => {
    await ingestPdf(tinyPdf({ pages: [textOp('The General Assembly,')] }))
    expect(Array.prototype.push).toBe(BUILTIN_PUSH)
    expect(JSON.parse).toBe(BUILTIN_PARSE)
  })

  it('refuses an encrypted PDF', async () => {
    const e = await rejection(ingestPdf(tinyPdf({ pages: [textOp('Confidential')], encrypted: true })))
    expect(e.code).toBe('input/encrypted')
    expect(e.hint).toMatch(/unprotected/)
  })

  it('refuses a scanned PDF with no text layer', async () => {
    const e = await rejection(ingestPdf(tinyPdf({ pages: [imageOp, imageOp] })))
    expect(e).toMatchObject({ code: 'input/no-text', message: 'no text layer: run OCR first' })
  })

  it.each([0.6, 0.1])('refuses a PDF truncated to %s of its bytes', async (share) => {
    const bytes = tinyPdf({ pages: Array.from({ length: 20 }, (_, i) => textOp(`Paragraph ${i + 1} of a document cut short.`)) })
    const e = await rejection(ingestPdf(bytes.slice(0, Math.floor(bytes.length * share))))
    expect(e.code).toBe('input/corrupt')
  })

  it('refuses bytes that are not a PDF', async () => {
    expect((await rejection(ingestPdf(new TextEncoder().encode('%PDF-1.7\nnot a PDF')))).code).toBe('input/corrupt')
  })

  it('refuses more pages than the limit, which is overridable', async () => {
    const pages = Array.from({ length: 4 }, (_, i) => textOp(`Page ${i + 1} of four.`))
    expect((await rejection(ingestPdf(tinyPdf({ pages }), { maxPages: 3 }))).code).toBe('input/too-large')
    expect((await ingestPdf(tinyPdf({ pages }), { maxPages: 4 })).pages).toBe(4)
    const thousands = tinyPdf({ pages: Array.from({ length: 3000 }, () => '') })
    const e = await rejection(ingestPdf(thousands))
    expect(e).toMatchObject({ code: 'input/too-large', message: 'the PDF has 3000 pages, more than the limit of 2000' })
  })

  it('rejects unknown and ill-typed options', async () => {
    expect((await rejection(ingestPdf(tinyPdf({ pages: [] }), { maxPages: 0 }))).code).toBe('options/invalid')
    expect((await rejection(ingestPdf(tinyPdf({ pages: [] }), { pages: 3 } as never))).code).toBe('options/invalid')
  })
})
