import { ResalignError } from '../errors.js'

/** One text item of a page as pdf.js gives it, in page coordinates (y grows upwards). */
export interface PdfItem {
  readonly str: string
  /** Left end of the baseline. */
  readonly x: number
  /** Baseline. */
  readonly y: number
  /** Advance width. */
  readonly w: number
  /** Font size (the vertical scale of the text matrix). */
  readonly size: number
  /** The text is not upright (rotated, vertical). */
  readonly rotated: boolean
}

/** A horizontal line drawn on a page (a footnote rule, a masthead rule). */
export interface PdfRule {
  readonly x0: number
  readonly x1: number
  readonly y: number
}

/** A page's text layer. */
export interface PdfPage {
  /** 1-based. */
  readonly number: number
  readonly width: number
  readonly height: number
  readonly items: readonly PdfItem[]
}

/** An open PDF: its pages' text, and the drawn rules of a page on demand. */
export interface OpenPdf {
  readonly pages: readonly PdfPage[]
  rules(page: number): Promise<PdfRule[]>
  close(): Promise<void>
}

// The parts of the pdf.js API used here (its own types need the DOM library).
interface TextItem { str: string; transform: number[]; width: number }
interface PdfJsPage {
  view: number[]
  getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>
  cleanup(): void
}
interface PdfJsDocument { numPages: number; getPage(n: number): Promise<PdfJsPage>; destroy(): Promise<void> }
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> }
  OPS: Record<string, number>
}

let pdfjs: Promise<PdfJs> | undefined

/**
 * pdf.js (legacy Node build) with its worker module, imported on first use
 * and reused. The build's core-js polyfills replace built-ins the runtime
 * already has (`Array.prototype.push`, `JSON.parse`) with slower versions,
 * for the whole process: those are put back (the polyfills that add what
 * the runtime lacks stay).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= keepBuiltins(async () => {
    const [lib] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string)])
    return lib as unknown as PdfJs
  })
  return pdfjs
}

/** Built-ins a polyfill must not replace. */
const BUILTINS: ReadonlyArray<readonly [object, string]> = [[Array.prototype, 'push'], [JSON, 'parse']]

async function keepBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = BUILTINS.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const)
  try {
    return await load()
  } finally {
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor)
  }
}

/**
 * Open a PDF and read the text layer of every page. Throws a typed error
 * for an encrypted, corrupt or too long file; the caller closes it.
 */
export async function openPdf(bytes: Uint8Array, maxPages: number): Promise<OpenPdf> {
  const lib = await loadPdfJs()
  // pdf.js takes the buffer over: give it a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), // a copy, and a plain Uint8Array: pdf.js refuses a Buffer
    verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false })
  let doc: PdfJsDocument
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    throw openError(error)
  }
  try {
    if (doc.numPages > maxPages) {
      throw new ResalignError('input/too-large', `the PDF has ${doc.numPages} pages, more than the limit of ${maxPages}`, { hint: 'raise the limit with the maxPages option, or split the file' })
    }
    const opened: PdfJsPage[] = []
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, items: content.items.flatMap((it) => ('str' in it && it.str ? [itemOf(it, x0, y0)] : [])) })
      opened.push(page)
    }
    return {
      pages,
      rules: async (n) => rulesOf(lib, opened[n - 1] as PdfJsPage, pages[n - 1] as PdfPage),
      close: () => doc.destroy(),
    }
  } catch (error) {
    await doc.destroy().catch(() => undefined)
    throw error instanceof ResalignError ? error : openError(error)
  }
}

function itemOf(it: TextItem, x0: number, y0: number): PdfItem {
  // Indexed, not destructured: this runs once per text item.
  const t = it.transform
  const a = t[0] ?? 1
  const b = t[1] ?? 0
  const c = t[2] ?? 0
  const d = t[3] ?? 1
  return { str: it.str, x: (t[4] ?? 0) - x0, y: (t[5] ?? 0) - y0, w: it.width, size: Math.sqrt(c * c + d * d) || Math.sqrt(a * a + b * b), rotated: Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1 }
}

function openError(error: unknown): ResalignError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new ResalignError('input/encrypted', 'the PDF is encrypted with a password', { hint: 'save an unprotected copy first (for example `qpdf --decrypt in.pdf out.pdf`)', cause: error })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new ResalignError('input/corrupt', `the PDF cannot be read (${detail})`, { hint: 'the file is truncated or damaged: download it again', cause: error })
}

type Matrix = [number, number, number, number, number, number]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
]

/** Thin horizontal shapes drawn on the page: strokes or filled rectangles at most 2 pt high and 20 pt wide. */
async function rulesOf(lib: PdfJs, page: PdfJsPage, info: PdfPage): Promise<PdfRule[]> {
  const { fnArray, argsArray } = await page.getOperatorList()
  const { save, restore, transform, constructPath } = lib.OPS
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const rules: PdfRule[] = []
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    if (fn === save) stack.push(ctm)
    else if (fn === restore) ctm = stack.pop() ?? ctm
    else if (fn === transform) ctm = multiply(ctm, argsArray[i] as Matrix)
    else if (fn === constructPath) {
      const box = (argsArray[i] as unknown[])[2] as ArrayLike<number> | null | undefined
      if (!box || box.length < 4) continue
      const xs = [box[0] as number, box[2] as number].map((x) => ctm[0] * x + ctm[4])
      const ys = [box[1] as number, box[3] as number].map((y) => ctm[3] * y + ctm[5])
      if (Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6) continue
      const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
      const [y0, y1] = [Math.min(...ys), Math.max(...ys)]
      if (y1 - y0 <= 2 && x1 - x0 >= 20 && x1 - x0 < info.width) rules.push({ x0, x1, y: (y0 + y1) / 2 })
    }
  }
  page.cleanup()
  return rules
}
