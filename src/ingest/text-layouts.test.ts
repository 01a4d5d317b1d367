import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segment } from '../segment.js'
import type { Block, DocumentTree } from '../types.js'
import { cutGlued } from './cut-glued.js'
import { splitLines } from './lines.js'
import { pageFurniture } from './page-furniture.js'

/** Text renderings of the corpus made by real tools (scripts/renderings/make.mjs). */
const rendering = (chain: string, doc: string): string => readFileSync(new URL(`../../corpus/renderings/${chain}/${doc}.txt`, import.meta.url), 'utf8')
const blocks = (tree: DocumentTree): Block[] => tree.parts.flatMap((p) => p.blocks)
const footnote = (tree: DocumentTree, label: string): Block | undefined => blocks(tree).find((b) => b.kind === 'footnote' && b.number === label)

describe('page furniture by repetition and position', () => {
  it('takes the running header, job number and page n/N of LibreOffice pages, and leaves a short footnote alone', () => {
    const lines = splitLines(rendering('ods-fodt-soffice-pdf-pdftotext-layout', '003'))
    const found = [...pageFurniture(lines).keys()].map((l) => l.text.replace(/\f/g, '').trim())
    expect(found.some((t) => t.startsWith('A/RES/78/160'))).toBe(true)
    expect(found.some((t) => /^23-25367\s+\d+\/11$|^\d+\/11\s+23-25367$/.test(t))).toBe(true)
    expect(found.some((t) => t.includes('A/78/232'))).toBe(false)
  })

  it('keeps "7 A/78/232." as footnote 7 of the browser copy, where nothing has pages', () => {
    const { value } = segment(rendering('ods-html-chromium-text', '003'), { lang: 'en' })
    expect(footnote(value, '7')?.text).toBe('A/78/232.')
  })
})

describe('glued title lines', () => {
  it('cuts the adoption line, report reference, resolution number and chapeau out of pandoc’s glued title', () => {
    const cut = cutGlued(splitLines(rendering('pandoc-plain', '003')))
    const pieces = cut.issues.map((i) => cut.lines.find((l) => l.start === i.place?.start)?.text.trim().slice(0, 20))
    expect(pieces).toEqual(['Resolution adopted b', '[on the report of th', '78/160. Science, tec', 'The General Assembly'])
    expect(cut.issues.every((i) => i.code === 'ingest/glued-cut')).toBe(true)
  })

  it('finds the chapeau and the resolution behind the glued title of a browser copy', () => {
    const { value } = segment(rendering('pandoc-html-chromium-text', '003'), { lang: 'en' })
    const res = value.parts.find((p) => p.kind === 'resolution')
    expect(res?.blocks.find((b) => b.kind === 'chapeau')?.text).toBe('The General Assembly,')
  })
})

describe('footnotes from every extractor', () => {
  it('pairs a column of footnote labels with their texts (pdftotext default mode)', () => {
    const { value, issues } = segment(rendering('ods-fodt-soffice-pdf-pdftotext', '003'), { lang: 'en' })
    expect(footnote(value, '2')?.text).toBe('United Nations, Treaty Series, vol. 1771, No. 30822.')
    expect(issues.some((i) => i.code === 'ingest/footnote-column')).toBe(true)
  })

  it('links pandoc’s "[1]" endnotes to their "[1]" markers, not to each other', () => {
    const { value } = segment(rendering('pandoc-plain', '003'), { lang: 'en' })
    const notes = blocks(value).filter((b) => b.kind === 'footnote')
    expect(notes).toHaveLength(15)
    expect(notes.every((n) => (n.referencedBy ?? []).length > 0 && !(n.referencedBy ?? []).some((id) => id.includes('fn')))).toBe(true)
  })

  it('reads a footnote digit at a Chinese line end as a reference, not a paragraph break', () => {
    const { value } = segment(rendering('ods-fodt-soffice-pdf-pdftotext', '000'), { lang: 'zh' })
    const pp = blocks(value).find((b) => b.kind === 'preambular' && b.text.startsWith('回顾其关于科学、技术和创新促进发展'))
    expect(pp?.footnoteRefs.map((r) => r.label)).toEqual(['3'])
  })
})

describe('page turns', () => {
  it('reports no page turn in text that has no pages', () => {
    for (const chain of ['pandoc-plain', 'pandoc-docx-mammoth', 'ods-html-chromium-text']) {
      const { issues } = segment(rendering(chain, '003'), { lang: 'en' })
      expect(issues.filter((i) => i.message.includes('page turn'))).toEqual([])
    }
  })
})

describe('paragraphs from the layout of the lines', () => {
  const kind = (tree: DocumentTree, k: Block['kind'], head: string): Block | undefined => blocks(tree).find((b) => b.kind === k && b.text.startsWith(head))

  it('opens a Chinese paragraph where a wrapped line is set in, though the line above fills the measure (pdftotext default mode)', () => {
    const { value } = segment(rendering('ods-fodt-soffice-pdf-pdftotext', '000'), { lang: 'zh' })
    expect(kind(value, 'preambular', '表示注意到联合国系统行政首长协调理事会')).toBeDefined()
    expect(kind(value, 'preambular', '决议重点指出') ?? kind(value, 'preambular', '回顾 2023 年 8 月 25 日')?.text.includes('表示注意到联合国系统')).toBeFalsy()
  })

  it('keeps a lead verb that opens a line after a full line of the same paragraph inside it', () => {
    const { value } = segment(rendering('ods-fodt-soffice-pdf-pdftotext', '000'), { lang: 'zh' })
    expect(blocks(value).find((b) => b.kind === 'operative' && b.number === '21')?.text).toContain('强调开源技术如何促进')
    expect(blocks(value).find((b) => b.kind === 'operative' && b.number === '25')?.text).toContain('又鼓励开展国际合作')
  })

  it('does not split text printed flush at the page margin at every clause end (pdftotext -layout)', () => {
    const { value } = segment(rendering('pandoc-html-chromium-pdf-pdftotext-layout', '000'), { lang: 'zh' })
    expect(blocks(value).find((b) => b.kind === 'operative' && b.number === '12')?.text).toContain('继续在各自任务授权')
  })

  it('keeps the lines of a browser copy apart, a paragraph a line', () => {
    const { value } = segment(rendering('ods-html-chromium-text', '000'), { lang: 'zh' })
    expect(blocks(value).some((b) => b.text === '议程项目 19(a)')).toBe(true)
  })

  it('cuts an adoption line whose organ wraps to the next line, and keeps an open bracket with its next line', () => {
    const { value } = segment(rendering('pandoc-docx-soffice-pdf-pdftotext', '003'), { lang: 'en' })
    const meta = blocks(value).filter((b) => b.kind === 'meta').map((b) => b.text)
    expect(meta).toContain('Resolution adopted by the General Assembly on 19 December 2023')
    expect(meta).toContain('[on the report of the Second Committee (A/78/462/Add.1, para. 7)]')
  })
})

describe('footnote labels and markers out of line', () => {
  it('pairs a column of labels printed above the page with the notes at its foot, and links them', () => {
    const { value } = segment(rendering('ods-fodt-soffice-pdf-pdftotext', '003'), { lang: 'en' })
    expect(footnote(value, '13')?.text).toBe('Resolution 76/258, annex.')
    expect(footnote(value, '13')?.referencedBy).toHaveLength(1)
  })

  it('reads a marker printed on a line of its own inside a paragraph as a reference (pdftotext -layout)', () => {
    const { value } = segment(rendering('ods-html-chromium-pdf-pdftotext-layout', '000'), { lang: 'zh' })
    expect(footnote(value, '9')?.referencedBy).toHaveLength(1)
    expect(blocks(value).some((b) => b.kind === 'preambular' && /商定\s*9|9\s*结论/.test(b.text))).toBe(false)
  })
})
