// Renders the review page of the bundled 78/160 pair and saves the README's
// picture (docs/review-page.png). Run on purpose after changing the page:
//   npm run build && node scripts/readme-screenshot.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { align, writeHtml } from '../dist/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (f) => readFileSync(join(root, 'corpus', f))
const { value } = align(read('000_6de2d6a488ce5ea8.txt'), read('003_1fa2410106587f34.txt'), { names: { zh: '000_6de2d6a488ce5ea8.txt', en: '003_1fa2410106587f34.txt' } })
const file = join(mkdtempSync(join(tmpdir(), 'resalign-readme-')), 'review.html')
writeFileSync(file, writeHtml(value, { title: 'Resolution 78/160' }))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await browser.newPage({ viewport: { width: 1360, height: 1700 } })
await page.goto(pathToFileURL(file).href)
await page.locator('tbody tr.link').nth(24).scrollIntoViewIfNeeded()
await page.evaluate('window.scrollTo(0, 0)')
writeFileSync(join(root, 'docs', 'review-page.png'), await page.screenshot({ fullPage: false }))
await browser.close()
console.log('wrote docs/review-page.png')
