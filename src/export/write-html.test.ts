import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { writeHtml } from './write-html.js'

const page = writeHtml(sampleAlignment())

function only(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!)
}
function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
function rowClasses(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<tr id="link-([^"]+)" class="link band-(\w+)"/g)].map((m) => [m[1]!, m[2]!]))
}

describe('writeHtml', () => {
  it('escapes every piece of document text, issue and source name', () => {
    expect(page).not.toContain('<script>alert')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;会员国 &amp; 伙伴 ]]&gt; 🌍')
    expect(page).not.toMatch(/<img/i)
    expect(page).toContain('Link &lt;img src=&quot;https://example.invalid/i.png&quot;&gt; scores 0.12.')
    expect(page).toContain('A_78_462_Add.1 (zh) &amp; draft')
    expect(page.match(/<script\b/gi)).toHaveLength(1)
    expect(page.match(/<style\b/gi)).toHaveLength(1)
  })

  it('shows characters HTML cannot carry as U+FFFD instead of dropping them silently', () => {
    expect(page).toContain('”\u0020\uFFFD结束')
    expect(page).not.toContain('\u0007')
  })

  it('forbids the network in its Content-Security-Policy and allows its own CSS and JS by hash', () => {
    const attribute = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!
    const csp = attribute.replace(/&#39;/g, "'")
    expect(csp).not.toMatch(/[<>"&]/)
    expect(csp).toContain("default-src 'none'")
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    expect(csp).toContain(`script-src ${hashOf(script)}`)
    expect(csp).toContain(`style-src ${hashOf(style)}`)
    expect(csp).not.toContain('unsafe')
  })

  it('refers to nothing outside the page', () => {
    const targets = only(/\b(?:src|href|action|srcset)="([^"]*)"/g, page)
    expect(targets.every((target) => target.startsWith('#'))).toBe(true)
    expect(page).not.toMatch(/@import|url\(|@font-face/)
  })

  it('writes one row per link, in document order', () => {
    const alignment = corpusAlignment()
    const ids = only(/<tr id="link-([^"]+)"/g, writeHtml(alignment))
    expect(ids).toEqual(alignment.pairs.map((l) => l.id))
  })

  it('puts each link in a band by score: high ≥ 0.8, medium ≥ 0.5, low below, unpaired when one-sided', () => {
    const alignment = sampleAlignment()
    const expected = Object.fromEntries(alignment.pairs.map((l) => [
      l.id,
      !l.zh.text || !l.en.text ? 'unpaired' : l.score >= 0.8 ? 'high' : l.score >= 0.5 ? 'medium' : 'low',
    ]))
    expect(rowClasses(page)).toEqual(expected)
    expect(new Set(Object.values(expected))).toEqual(new Set(['high', 'medium', 'low', 'unpaired']))
  })

  it('moves band limits with the high and low options', () => {
    const bands = Object.values(rowClasses(writeHtml(sampleAlignment(), { high: 0.1, low: 0.05 })))
    expect(bands.filter((b) => b !== 'unpaired').every((b) => b === 'high')).toBe(true)
  })

  it('marks unpaired rows with a label and says which side is missing', () => {
    expect(page).toContain('<span class="badge">Unpaired</span><p class="meta-line only">中文 only</p>')
    expect(page).toContain('No English counterpart')
    expect(page).toContain('No 中文 counterpart')
  })

  it('summarises counts per kind, mean score, unpaired blocks and issues', () => {
    const alignment = sampleAlignment()
    const twoSided = alignment.pairs.filter((l) => l.zh.text && l.en.text)
    const mean = twoSided.reduce((sum, l) => sum + l.score, 0) / twoSided.length
    expect(page).toContain(`<h2>Mean score</h2><p class="figure">${mean.toFixed(2)}</p>`)
    expect(page).toContain(`<h2>Issues</h2><p class="figure">${alignment.issues.length}</p>`)
    expect(page).toContain('<tr><th scope="row">operative</th><td>4</td><td>0</td></tr>')
    expect(page).toContain('<a class="mono" href="#link-l2">zh p1.p7</a>')
  })

  it('sets Chinese in a CJK font stack, has a print stylesheet and a visible focus style', () => {
    expect(page).toContain('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif')
    expect(page).toContain('<td class="text" lang="zh-CN">')
    expect(page).toContain('@media print')
    expect(page).toMatch(/tr\.link:focus \{ outline: 3px solid/)
  })

  it('writes a usable page for an alignment without links or issues', () => {
    const empty = writeHtml({ ...sampleAlignment(), pairs: [], issues: [] })
    expect(empty).not.toContain('<tr id="link-')
    expect(empty).toContain('<h2>Mean score</h2><p class="figure">—</p>')
    expect(empty).toContain('No issues reported.')
  })

  // Issue #13: the filter showed only red (< 0.5) rows and hid the yellow 0.5–0.8 links, the only uncertain
  // two-sided links of 78/160. What needs review follows the page's colours: every row that is not green.
  it('marks for review every row that is not green: yellow, red and unpaired', () => {
    const review = Object.fromEntries([...page.matchAll(/class="link band-(\w+)" data-band="\w+" data-review="(\w+)"/g)].map((m) => [m[1]!, m[2]!]))
    expect(review).toEqual({ high: 'false', medium: 'true', low: 'true', unpaired: 'true' })
    expect(page).toMatch(/Show only links to review: yellow and red \(score &lt; 0\.8\) and unpaired blocks/)
  })

  it('opens with the review filter on when reviewOnly is set', () => {
    expect(page).not.toContain('id="only-review" checked')
    expect(writeHtml(sampleAlignment(), { reviewOnly: true })).toContain('id="only-review" checked')
  })

  it.each([
    [{ low: 0.9, high: 0.8 }, 'low'],
    [{ high: 2 }, 'high'],
    [{ title: 'two\nlines' }, 'title'],
    [{ zhLang: '' }, 'zhLang'],
    [{ theme: 'dark' }, 'theme'],
  ])('throws options/invalid for %j', (options, key) => {
    let error: unknown
    try {
      writeHtml(sampleAlignment(), options as never)
    } catch (caught) {
      error = caught
    }
    expect(isResalignError(error) && error.code).toBe('options/invalid')
    expect((error as Error).message).toContain(key)
  })
})
