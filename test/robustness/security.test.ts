import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import { writeHtml, writeTmx } from '../../src/export/index.js'
import { segment } from '../../src/segment.js'
import type { Alignment } from '../../src/types.js'
import { EN, ZH } from './helpers.js'

// The review page and the TMX are built from untrusted text: markup inside a paragraph must come
// out as text, never as an element, an attribute or a script.

const PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">link</a>', '</seg></tuv></tu><tu>', "'><svg onload=alert(1)>"]

/**
 * Put every payload into the paragraph that starts with `lead`. The seeds are Markdown, where
 * raw HTML is markup (dropped from the text); written with `\<` it is text, as a document that
 * quotes markup would write it, so the payloads do reach the aligned paragraphs.
 */
function inject(text: string, lead: RegExp): string {
  const m = lead.exec(text)
  if (!m) throw new Error(`no paragraph matches ${lead}`)
  const at = m.index + m[0].length
  return `${text.slice(0, at)} ${PAYLOADS.map((x) => x.replaceAll('<', '\\<')).join(' and ')} ${text.slice(at)}`
}

const zh = segment(inject(ZH, /^46\. \*\*请\*\*/m)).value
const en = segment(inject(EN, /^46\. \*Requests\*/m)).value
const { value } = align(zh, en)
const clean = align(ZH, EN).value

/** Opening tags of an HTML page. */
const tagsOf = (html: string): string[] => html.match(/<[a-zA-Z][^>]*>/g) ?? []

describe('markup inside a paragraph', () => {
  it('reaches the aligned text (so the writers are really tested)', () => {
    const linked = value.pairs.filter((p) => PAYLOADS.every((x) => p.zh.text.includes(x) && p.en.text.includes(x)))
    expect(linked).toHaveLength(1)
  })

  it('cannot add an element, an event handler or a script to the review page', () => {
    const html = writeHtml(value)
    const baseline = writeHtml(clean as Alignment)
    const count = (page: string, name: string) => tagsOf(page).filter((t) => new RegExp(`^<${name}\\b`, 'i').test(t)).length
    for (const name of ['script', 'img', 'svg', 'a', 'seg', 'tu']) expect(count(html, name), `<${name}> elements`).toBe(count(baseline, name))
    expect(tagsOf(html).filter((t) => /\son\w+\s*=|javascript:/i.test(t))).toEqual([])
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('keeps the TMX well-formed and the text intact', () => {
    const tmx = writeTmx(value)
    expect(XMLValidator.validate(tmx)).toBe(true)
    expect(tmx).toContain('&lt;/seg&gt;&lt;/tuv&gt;&lt;/tu&gt;&lt;tu&gt;')
  })
})
