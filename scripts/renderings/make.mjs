#!/usr/bin/env node
// Renders the corpus documents with independent producers, as users receive
// them, into corpus/renderings/<producer-chain>/<doc>.<ext>, and writes
// corpus/renderings/manifest.json (each file: its chain, the document it
// renders, the file it was made from; the tools' versions).
//
//   node scripts/renderings/make.mjs [--doc=003] [--chain=<substring>]
//
// Needs pandoc, LibreOffice (soffice), poppler's pdftotext, Chromium
// (/usr/bin/chromium, through playwright-core) and mammoth. Heavy: never run
// in CI; the outputs are committed.
//
// Chains (→ one step each):
//   pandoc-*            the document as pandoc Markdown with real footnotes,
//                       title lines as the Markdown writes them (glued runs kept)
//                       → DOCX, → standalone HTML, → plain text; DOCX → plain text
//   ods-*               the document in the Official Document System's layout
//                       (title lines apart, masthead, running header/footer,
//                       page-foot footnotes): flat ODT and HTML
//   *-soffice-pdf/docx  LibreOffice --convert-to; *-soffice-text: "Text (encoded)"
//   *-chromium-pdf      Chromium print with running header and footer templates
//   *-chromium-text     the page's document.body.innerText (a browser copy)
//   *-mammoth           mammoth.extractRawText of a DOCX
//   *-pdftotext(-layout) pdftotext default and -layout of every PDF
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DOCUMENTS } from './documents.mjs'
import { esc, odsFodt, odsHtml, running } from './ods-layout.mjs'
import { odsStyles } from './ods-styles.mjs'
import { pandocMarkdown } from './sources.mjs'
import { chromium, closeBrowser, mammothText, pandoc, pandocAst, pdftotext, soffice, toolVersions } from './tools.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = join(ROOT, 'corpus', 'renderings')
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))

/** @type {{ file: string, chain: string, steps: string[], document: string, lang: string, from: string|null }[]} */
const files = []

/**
 * Make one output file of a chain (unless --chain filters it out) and record it.
 * @param {import('./documents.mjs').CorpusDocument} doc @param {string} chain @param {string} ext
 * @param {{ file: string, steps: string[] }|null} from @param {string} step @param {(out: string) => unknown} make
 */
async function step(doc, chain, ext, from, stepName, make) {
  const file = join(OUT, chain, `${doc.id}.${ext}`)
  mkdirSync(dirname(file), { recursive: true })
  const steps = [...(from?.steps ?? []), stepName]
  if (!args.chain || chain.includes(String(args.chain))) {
    process.stderr.write(`${chain}/${doc.id}.${ext}\n`)
    await make(file)
  }
  files.push({ file: relative(OUT, file), chain, steps, document: doc.file, lang: doc.lang, from: from ? relative(OUT, from.file) : null })
  return { file, steps }
}

/** pdftotext in both modes of a PDF. */
async function pdfText(/** @type {any} */ doc, /** @type {string} */ chain, /** @type {{ file: string, steps: string[] }} */ pdf) {
  await step(doc, `${chain}-pdftotext`, 'txt', pdf, 'pdftotext', (o) => pdftotext(pdf.file, o, false))
  await step(doc, `${chain}-pdftotext-layout`, 'txt', pdf, 'pdftotext -layout', (o) => pdftotext(pdf.file, o, true))
}

for (const doc of DOCUMENTS.filter((d) => !args.doc || String(args.doc).split(',').includes(d.id))) {
  const text = readFileSync(join(ROOT, 'corpus', doc.file), 'utf8')
  const r = running(doc)

  // pandoc chains: the Markdown as it is written.
  const md = await step(doc, 'pandoc-markdown', 'md', null, 'corpus Markdown → pandoc Markdown with notes (scripts/renderings/sources.mjs)', (o) => writeFileSync(o, pandocMarkdown(text, { format: doc.format }).markdown))
  const docx = await step(doc, 'pandoc-docx', 'docx', md, 'pandoc -t docx', (o) => pandoc(md.file, o, ['-f', 'markdown', '-t', 'docx']))
  const html = await step(doc, 'pandoc-html', 'html', md, 'pandoc -s -t html', (o) => pandoc(md.file, o, ['-f', 'markdown', '-t', 'html', '-s', '--metadata', `title=${doc.symbol ?? doc.title}`, '--metadata', `lang=${doc.lang === 'zh' ? 'zh-CN' : 'en'}`]))
  await step(doc, 'pandoc-plain', 'txt', md, 'pandoc -t plain', (o) => pandoc(md.file, o, ['-f', 'markdown', '-t', 'plain']))
  await step(doc, 'pandoc-docx-plain', 'txt', docx, 'pandoc -f docx -t plain', (o) => pandoc(docx.file, o, ['-f', 'docx', '-t', 'plain']))
  await step(doc, 'pandoc-docx-mammoth', 'txt', docx, 'mammoth.extractRawText', (o) => mammothText(docx.file, o))
  await step(doc, 'pandoc-docx-soffice-text', 'txt', docx, 'soffice --convert-to "txt:Text (encoded):UTF8"', (o) => soffice(docx.file, o, 'txt:Text (encoded):UTF8'))
  const docxPdf = await step(doc, 'pandoc-docx-soffice-pdf', 'pdf', docx, 'soffice --convert-to pdf', (o) => soffice(docx.file, o, 'pdf'))
  await pdfText(doc, 'pandoc-docx-soffice-pdf', docxPdf)
  // A web page printed by the browser: its default header (date, title) and footer (address, page n/N).
  const htmlPdf = await step(doc, 'pandoc-html-chromium-pdf', 'pdf', html, 'chromium page.pdf', (o) => chromium(html.file, {
    pdf: o,
    header: `<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;justify-content:space-between"><span>29/11/2026, 12:00</span><span class="title"></span><span></span></div>`,
    footer: `<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;justify-content:space-between"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
  }))
  await pdfText(doc, 'pandoc-html-chromium-pdf', htmlPdf)
  await step(doc, 'pandoc-html-chromium-text', 'txt', html, 'chromium document.body.innerText', (o) => chromium(html.file, { text: o }))

  // ODS layout chains.
  const odsMd = await step(doc, 'ods-markdown', 'md', null, 'corpus Markdown → pandoc Markdown with notes, title runs apart (scripts/renderings/sources.mjs)', (o) => writeFileSync(o, pandocMarkdown(text, { format: doc.format, splitRuns: true }).markdown))
  const labels = pandocMarkdown(text, { format: doc.format, splitRuns: true }).labels
  const fodt = await step(doc, 'ods-fodt', 'fodt', odsMd, 'ODS layout as flat ODT (scripts/renderings/ods-layout.mjs)', (o) => writeFileSync(o, odsFodt(pandocAst(odsMd.file), doc, labels, odsStyles(doc))))
  const fodtPdf = await step(doc, 'ods-fodt-soffice-pdf', 'pdf', fodt, 'soffice --convert-to pdf', (o) => soffice(fodt.file, o, 'pdf'))
  await pdfText(doc, 'ods-fodt-soffice-pdf', fodtPdf)
  const fodtDocx = await step(doc, 'ods-fodt-soffice-docx', 'docx', fodt, 'soffice --convert-to docx', (o) => soffice(fodt.file, o, 'docx:MS Word 2007 XML'))
  await step(doc, 'ods-fodt-soffice-docx-mammoth', 'txt', fodtDocx, 'mammoth.extractRawText', (o) => mammothText(fodtDocx.file, o))
  await step(doc, 'ods-fodt-soffice-docx-soffice-text', 'txt', fodtDocx, 'soffice --convert-to "txt:Text (encoded):UTF8"', (o) => soffice(fodtDocx.file, o, 'txt:Text (encoded):UTF8'))
  await step(doc, 'ods-fodt-soffice-docx-plain', 'txt', fodtDocx, 'pandoc -f docx -t plain', (o) => pandoc(fodtDocx.file, o, ['-f', 'docx', '-t', 'plain']))
  const odsPage = await step(doc, 'ods-html', 'html', odsMd, 'ODS layout as HTML (scripts/renderings/ods-layout.mjs)', (o) => writeFileSync(o, odsHtml(pandocAst(odsMd.file), doc, labels)))
  const side = (/** @type {string} */ a, /** @type {string} */ b) => `<div style="font-size:8px;font-family:serif;width:100%;margin:0 2.54cm;display:flex;justify-content:space-between"><span>${a}</span><span>${b}</span></div>`
  const odsPdf = await step(doc, 'ods-html-chromium-pdf', 'pdf', odsPage, 'chromium page.pdf', (o) => chromium(odsPage.file, {
    pdf: o,
    header: side(`<b>${esc(r.symbol)}</b>`, ''),
    footer: side(esc(r.jobShort), '<span class="pageNumber"></span>/<span class="totalPages"></span>'),
  }))
  await pdfText(doc, 'ods-html-chromium-pdf', odsPdf)
  await step(doc, 'ods-html-chromium-text', 'txt', odsPage, 'chromium document.body.innerText', (o) => chromium(odsPage.file, { text: o }))
}
await closeBrowser()

// The manifest keeps the entries of documents not made in this run (--doc).
const manifestFile = join(OUT, 'manifest.json')
const made = new Set(files.map((f) => f.document))
const previous = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')).files.filter((/** @type {any} */ f) => !made.has(f.document)) : []
const manifest = {
  description: 'Renderings of the corpus documents by independent producers, made by scripts/renderings/make.mjs (never by hand). Each file: its producer chain, the steps from the corpus document, the corpus document it renders, and the file it was made from.',
  tools: await toolVersions(),
  files: [...previous, ...files].sort((a, b) => a.document.localeCompare(b.document) || a.file.localeCompare(b.file)),
}
await closeBrowser()
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`)
