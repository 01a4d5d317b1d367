import { describe, expect, it } from 'vitest'
import { corpusText } from '../test/corpus.js'
import { segment } from './segment.js'
import type { Block, DocumentTree, PartKind } from './types.js'

const blocks = (tree: DocumentTree, kind?: PartKind): Block[] => tree.parts.filter((p) => !kind || p.kind === kind).flatMap((p) => p.blocks)
const numbers = (bs: readonly Block[]): string[] => bs.map((b) => b.number ?? '')
const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String(a + i))
const count = (bs: readonly Block[], kind: Block['kind']): number => bs.filter((b) => b.kind === kind).length

describe('segment on the bundled corpus', () => {
  it('finds one resolution in 003 with 47 preambular paragraphs, operative 1–46 and 15 footnotes', () => {
    const { value, issues } = segment(corpusText('003'))
    expect(value.language).toBe('en')
    expect(value.parts.map((p) => p.kind)).toEqual(['front', 'resolution'])
    const res = blocks(value, 'resolution')
    expect(count(res, 'preambular')).toBe(47)
    expect(numbers(res.filter((b) => b.kind === 'operative'))).toEqual(range(1, 46))
    expect(numbers(res.filter((b) => b.kind === 'footnote'))).toEqual(range(1, 15))
    expect(res.find((b) => b.kind === 'chapeau')?.text).toBe('The General Assembly,')
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('finds report paragraphs 1–7 and a draft resolution with the same 47/46/15 in 000', () => {
    const { value, issues } = segment(corpusText('000'))
    expect(value.language).toBe('zh')
    expect(value.parts.map((p) => p.kind)).toEqual(['front', 'report', 'draft-resolution'])
    expect(numbers(blocks(value, 'report').filter((b) => b.kind === 'paragraph'))).toEqual(range(1, 7))
    const draft = blocks(value, 'draft-resolution')
    expect(draft.find((b) => b.kind === 'chapeau')?.text).toBe('大会，')
    expect(count(draft, 'preambular')).toBe(47)
    expect(numbers(draft.filter((b) => b.kind === 'operative'))).toEqual(range(1, 46))
    expect(numbers(draft.filter((b) => b.kind === 'footnote'))).toEqual(range(1, 15))
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('finds 41 preambular and operative 1–37 in resolution 76/213 (001)', () => {
    const { value } = segment(corpusText('001'))
    const res = blocks(value, 'resolution')
    expect(count(res, 'preambular')).toBe(41)
    expect(numbers(res.filter((b) => b.kind === 'operative'))).toEqual(range(1, 37))
  })

  it('finds the report, two draft resolutions and five draft decisions of the ECOSOC report (002)', () => {
    const { value, issues } = segment(corpusText('002'))
    expect(value.format).toBe('pdf')
    expect(numbers(blocks(value, 'report').filter((b) => b.kind === 'paragraph' && b.number))).toEqual(range(1, 21))
    const drafts = value.parts.filter((p) => p.kind === 'draft-resolution')
    expect(drafts.map((p) => p.ordinal)).toEqual(['1', '2'])
    expect(numbers((drafts[0] as (typeof drafts)[number]).blocks.filter((b) => b.kind === 'operative'))).toEqual(range(1, 138))
    const second = (drafts[1] as (typeof drafts)[number]).blocks
    const letters = second.filter((b) => b.kind === 'subparagraph' && /^1\([a-z]\)$/.test(b.number ?? ''))
    expect(numbers(letters)).toEqual(['1(a)', '1(b)', '1(c)'])
    const subSub = second.filter((b) => b.parent === letters[0]?.id)
    expect(subSub.length).toBeGreaterThan(20)
    expect(subSub[1]?.number).toBe('1(a)(ii)')
    expect(value.parts.filter((p) => p.kind === 'draft-decision').map((p) => p.ordinal)).toEqual(['1', '2', '3', '4', '5'])
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('finds paragraphs 1–74 and the footnotes of the Secretary-General report (004)', () => {
    const { value, issues } = segment(corpusText('004'))
    expect(value.parts.map((p) => p.kind)).toEqual(['front', 'report'])
    const report = blocks(value, 'report')
    expect(numbers(report.filter((b) => b.kind === 'paragraph' && b.number))).toEqual(range(1, 74))
    const notes = report.filter((b) => b.kind === 'footnote')
    expect(notes.length).toBeGreaterThanOrEqual(26)
    expect(notes.every((n) => (n.referencedBy ?? []).length > 0)).toBe(true)
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })
})

describe('segment repairs the layout', () => {
  it('joins a paragraph split by a footnote block', () => {
    const { value } = segment(corpusText('003'))
    const pp3 = blocks(value).find((b) => b.text.startsWith('Reaffirming further the Paris Agreement'))
    expect(pp3?.text).toContain('that have not yet done so to deposit their instruments')
    expect(pp3?.spans.length).toBe(2)
  })

  it('joins a paragraph broken by a page turn in PDF text and takes out detached footnote markers', () => {
    const { value } = segment(corpusText('002'))
    const op86 = blocks(value).find((b) => b.id === 'p3.op86')
    // The page turns after 相关利益攸关方， inside the sentence, and a footnote block stands between.
    expect(op86?.text).toContain('相关利益攸关方，特别是发展中国家的政府和利益攸关方充分参与')
    expect(op86?.spans.length).toBe(2)
    const pp1 = blocks(value).find((b) => b.kind === 'preambular')
    expect(pp1?.text).toBe('回顾信息社会世界峰会成果文件，')
    expect(pp1?.footnoteRefs.map((r) => r.label)).toEqual(['1'])
  })

  it('keeps the lead verb of each paragraph and its class', () => {
    const zh = blocks(segment(corpusText('000')).value, 'draft-resolution')
    const en = blocks(segment(corpusText('003')).value, 'resolution')
    expect(zh.filter((b) => b.kind === 'preambular').slice(0, 3).map((b) => b.lead)).toEqual(['重申', '又重申', '还重申'])
    expect(en.filter((b) => b.kind === 'preambular').slice(0, 3).map((b) => b.lead)).toEqual(['Reaffirming', 'Reaffirming also', 'Reaffirming further'])
    const classes = (bs: Block[]) => bs.filter((b) => b.kind === 'operative').map((b) => b.leadClass)
    const same = classes(zh).filter((c, i) => c === classes(en)[i]).length
    expect(same / 46).toBeGreaterThan(0.8)
  })

  it('takes a running header that carries the title beside the symbol for page furniture when it recurs', () => {
    const header = 'Science, technology and innovation for sustainable development A/RES/78/160'
    const para = (n: number) => `${n}. Requests the Secretary-General to report on the implementation of the present resolution and on the \n\nwork of the Commission on Science and Technology for Development in this regard;`
    const pages = [1, 2, 3, 4].map((n) => `${header}\n\n${para(n)}`).join('\n\n')
    const { value } = segment(`The General Assembly,\n\n${pages}\n`, { format: 'pdf' })
    expect(value.artifacts.filter((a) => a.kind === 'page-header').map((a) => a.text.trim())).toEqual([header, header, header, header])
    expect(value.parts.flatMap((p) => p.blocks).every((b) => !b.text.includes('A/RES/78/160'))).toBe(true)
  })

  it('records page furniture as artifacts with offsets', () => {
    const { value } = segment(corpusText('002'))
    expect(value.artifacts.some((a) => a.kind === 'separator')).toBe(true)
    const urls = value.artifacts.filter((a) => a.kind === 'url-list')
    expect(urls.length).toBeGreaterThan(5)
    for (const a of urls) expect(value.source.slice(a.start, a.end)).toBe(a.text)
  })
})
