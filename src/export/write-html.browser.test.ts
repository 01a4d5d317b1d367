import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_EN, HOSTILE_ZH, sampleAlignment } from './fixtures/sample-alignment.js'
import { writeHtml } from './write-html.js'

const CHROMIUM = '/usr/bin/chromium'
const SKIP = !existsSync(CHROMIUM) && process.env.CI !== 'true'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// The README's picture of the real 78/160 page comes from scripts/readme-screenshot.mjs, not from a test.
const SCREENSHOTS = [join(ROOT, 'test-artifacts', 'review-page.png')]

/**
 * Expected row background per band, from the page's own palette. (Page
 * code is passed as strings: the project's tsconfig has no DOM library.)
 */
const BACKGROUND = {
  high: 'rgb(234, 246, 237)',
  low: 'rgb(253, 236, 235)',
  unpaired: 'rgb(240, 238, 250)',
}

/** The page's globals used here (the project's tsconfig has no DOM library). */
interface PageGlobals {
  getComputedStyle(element: unknown): { backgroundColor: string }
}

describe.skipIf(SKIP)('review page in Chromium', { timeout: 60_000 }, () => {
  const alignment = sampleAlignment()
  const requests: string[] = []
  const dialogs: string[] = []
  let browser: Browser
  let page: Page
  let dir: string
  let url: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'resalign-html-'))
    const file = join(dir, 'review.html')
    writeFileSync(file, writeHtml(alignment))
    url = pathToFileURL(file).href
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 })
    page.on('request', (request) => requests.push(request.url()))
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(url, { waitUntil: 'load' })
  })

  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const rowOf = (linkId: string) => page.locator(`tr[id="link-${linkId}"]`)
  const background = (linkId: string) =>
    rowOf(linkId).locator('th').evaluate((cell) =>
      (globalThis as unknown as PageGlobals).getComputedStyle(cell).backgroundColor)
  const idWhere = (test: (score: number, twoSided: boolean) => boolean) =>
    alignment.pairs.find((l) => test(l.score, l.zh.text !== '' && l.en.text !== ''))!.id

  it('shows one row per link', async () => {
    await expect(page.locator('tbody tr.link').count()).resolves.toBe(alignment.pairs.length)
  })

  it('colours high, low and unpaired rows by confidence', async () => {
    await expect(background(idWhere((s, two) => two && s >= 0.8))).resolves.toBe(BACKGROUND.high)
    await expect(background(idWhere((s, two) => two && s < 0.5))).resolves.toBe(BACKGROUND.low)
    await expect(background(idWhere((_s, two) => !two))).resolves.toBe(BACKGROUND.unpaired)
  })

  it('labels unpaired rows in words, not only by colour', async () => {
    const text = await rowOf(idWhere((_s, two) => !two)).innerText()
    expect(text).toMatch(/Unpaired\s+(中文|English) only/)
    expect(text).toMatch(/No (中文|English) counterpart/)
  })

  it('shows injected markup as text and runs no script but its own', async () => {
    const zh = await page.locator('td[lang="zh-CN"]', { hasText: 'alert(1)' }).innerText()
    expect(zh).toContain('<script>alert(1)</script>会员国 & 伙伴 ]]> 🌍')
    expect(await page.locator('td[lang="en"]', { hasText: 'alert(1)' }).innerText()).toContain(HOSTILE_EN)
    expect(HOSTILE_ZH).toContain('<script>')
    await expect(page.evaluate('document.scripts.length')).resolves.toBe(1)
    await expect(page.locator('tbody img').count()).resolves.toBe(0)
    expect(dialogs).toEqual([])
  })

  it('filters to the yellow, red and unpaired rows, hiding the green ones', async () => {
    const high = rowOf(idWhere((s, two) => two && s >= 0.8))
    const low = rowOf(idWhere((s, two) => two && s < 0.5))
    const medium = rowOf(idWhere((s, two) => two && s >= 0.5 && s < 0.8))
    await expect(high.isVisible()).resolves.toBe(true)
    await page.locator('#only-review').check()
    await expect(high.isVisible()).resolves.toBe(false)
    await expect(low.isVisible()).resolves.toBe(true)
    await expect(medium.isVisible()).resolves.toBe(true)
    const expected = alignment.pairs.filter((l) => l.score < 0.8 || !l.zh.text || !l.en.text).length
    await expect(page.locator('tbody tr.link:visible').count()).resolves.toBe(expected)
    await page.locator('#only-review').uncheck()
    await expect(high.isVisible()).resolves.toBe(true)
  })

  it('moves focus between rows with j/k and the arrow keys', async () => {
    const focusedId = () => page.evaluate('document.activeElement.id')
    await page.locator('tbody tr.link').first().focus()
    await expect(focusedId()).resolves.toBe(`link-${alignment.pairs[0]!.id}`)
    await page.keyboard.press('j')
    await expect(focusedId()).resolves.toBe(`link-${alignment.pairs[1]!.id}`)
    await page.keyboard.press('ArrowDown')
    await expect(focusedId()).resolves.toBe(`link-${alignment.pairs[2]!.id}`)
    await page.keyboard.press('k')
    await page.keyboard.press('ArrowUp')
    await expect(focusedId()).resolves.toBe(`link-${alignment.pairs[0]!.id}`)
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')
    expect(outline).toBe('solid')
  })

  it('makes no request beyond the page itself, and saves a screenshot', async () => {
    await page.locator('tbody tr.link').nth(4).focus()
    await page.evaluate('window.scrollTo(0, 0)')
    const png = await page.screenshot({ fullPage: true })
    for (const path of SCREENSHOTS) {
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, png)
    }
    expect(requests).toEqual([url])
  })
})
