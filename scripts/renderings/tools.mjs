// The producers the renderings are made with, each a function from one file
// to another, and their versions for the manifest. LibreOffice runs with a
// profile of its own (a temporary folder) so that it never meets another
// soffice process; Chromium is driven by playwright-core.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] })

/** Versions of every producer. */
export async function toolVersions() {
  const first = (/** @type {string} */ s) => s.split('\n')[0]?.trim() ?? ''
  const mammoth = JSON.parse(readFileSync(new URL('../../node_modules/mammoth/package.json', import.meta.url), 'utf8')).version
  const playwright = JSON.parse(readFileSync(new URL('../../node_modules/playwright-core/package.json', import.meta.url), 'utf8')).version
  return {
    pandoc: first(run('pandoc', ['--version'])),
    soffice: first(run('soffice', ['--version'])),
    pdftotext: first(run('sh', ['-c', 'pdftotext -v 2>&1'])),
    chromium: await withBrowser(async (b) => b.version()),
    'playwright-core': playwright,
    mammoth,
    node: process.version,
  }
}

/** pandoc from one format to another (`-s` for standalone HTML). */
export function pandoc(/** @type {string} */ input, /** @type {string} */ output, /** @type {string[]} */ args) {
  run('pandoc', [input, ...args, '-o', output])
}

/** pandoc's JSON AST of a Markdown file. */
export function pandocAst(/** @type {string} */ markdownFile) {
  return JSON.parse(run('pandoc', [markdownFile, '-f', 'markdown', '-t', 'json']))
}

/**
 * LibreOffice `--convert-to` (e.g. `pdf`, `docx:"MS Word 2007 XML"`,
 * `txt:Text (encoded):UTF8`), written to `output`.
 */
export function soffice(/** @type {string} */ input, /** @type {string} */ output, /** @type {string} */ filter) {
  const profile = mkdtempSync(join(tmpdir(), 'resalign-soffice-'))
  const outdir = mkdtempSync(join(tmpdir(), 'resalign-out-'))
  try {
    run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, input])
    const made = join(outdir, `${basename(input, extname(input))}.${filter.split(':')[0]}`)
    copyFileSync(made, output)
  } finally {
    rmSync(profile, { recursive: true, force: true })
    rmSync(outdir, { recursive: true, force: true })
  }
}

/** pdftotext, default mode or `-layout`. */
export function pdftotext(/** @type {string} */ input, /** @type {string} */ output, /** @type {boolean} */ layout) {
  run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', input, output])
}

/** mammoth's raw text of a DOCX. */
export async function mammothText(/** @type {string} */ input, /** @type {string} */ output) {
  const mammoth = (await import('mammoth')).default
  const { value } = await mammoth.extractRawText({ path: input })
  writeFileSync(output, value)
}

/** @type {Promise<any>|undefined} */
let browser

/** @template T @param {(b: any) => Promise<T>} fn @returns {Promise<T>} */
export async function withBrowser(fn) {
  if (!browser) {
    const { chromium } = await import('playwright-core')
    browser = chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  }
  return fn(await browser)
}

export async function closeBrowser() {
  if (browser) await (await browser).close()
  browser = undefined
}

/**
 * Chromium's print to PDF of an HTML file (running header and footer from
 * templates), and the text a user copies from the page (body.innerText).
 * @param {string} input @param {{ pdf?: string, text?: string, header?: string, footer?: string }} out
 */
export async function chromium(input, out) {
  await withBrowser(async (b) => {
    const page = await b.newPage()
    // Served at a neutral web address (intercepted, nothing leaves the machine): a printed page's
    // footer shows its URL, and a file:// URL would print this machine's path into the outputs.
    const url = `https://undocs.example/${basename(input)}`
    await page.route(url, (route) => route.fulfill({ path: input, contentType: 'text/html; charset=utf-8' }))
    await page.goto(url)
    if (out.text) writeFileSync(out.text, await page.evaluate(() => document.body.innerText))
    if (out.pdf) {
      const tmp = join(dirname(out.pdf), `.${basename(out.pdf)}.tmp`)
      await page.pdf({ path: tmp, format: 'Letter', displayHeaderFooter: true, headerTemplate: out.header ?? '<span></span>', footerTemplate: out.footer ?? '<span></span>', margin: { top: '2cm', bottom: '2cm', left: '2.54cm', right: '2.54cm' } })
      renameSync(tmp, out.pdf)
    }
    await page.close()
  })
}
