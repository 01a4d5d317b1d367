import { describe, it, expect } from 'vitest'
import { norm } from './norm.mjs'
import { checkGold } from './check-gold.mjs'
import {
  baseCase, perturbationCases, pdfRender, deleteParagraph, splitParagraph, mergeParagraphs,
  swapParagraphs, stripMarkupCase, stripNumbers, noise,
} from './perturb.mjs'
import { paragraphSpans, paragraphOf } from './perturb/paragraphs.mjs'

const base = baseCase()
const cases = perturbationCases()
/** Paragraph index of a key on one side of a case. */
const para = (/** @type {any} */ c, /** @type {'zh'|'en'} */ side, /** @type {string} */ key) =>
  paragraphOf(c[side], paragraphSpans(c[side]), key)

describe('perturbation suite', () => {
  it('builds distinct, named cases', () => {
    const names = cases.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of cases) expect(c.zh !== base.zh || c.en !== base.en).toBe(true)
  })

  for (const c of cases) {
    it(`${c.name}: every gold key still occurs as required`, () => {
      expect(checkGold(c.gold, c.zh, c.en)).toEqual([])
    })
  }

  it('is reproducible: same seeds, same texts', () => {
    const again = perturbationCases()
    expect(again.map((c) => [c.zh, c.en])).toEqual(cases.map((c) => [c.zh, c.en]))
  })
})

describe('pdfRender', () => {
  const en = pdfRender(base.en, 'en', 7, { symbol: 'A/RES/78/160', job: '23-25123' })
  const zh = pdfRender(base.zh, 'zh', 7, { symbol: 'A/78/462/Add.1', job: '23-22870' })

  it('leaves no markdown markup', () => {
    for (const t of [en, zh]) expect(t).not.toMatch(/\*\*|<sup>|\]\(#\)|^#/m)
  })

  it('puts a blank line after every physical line and keeps lines near the page width', () => {
    const lines = en.split('\n')
    const text = lines.filter((l) => l.trim() && !l.startsWith('https://'))
    expect(Math.max(...text.map((l) => l.trimEnd().length))).toBeLessThanOrEqual(81)
    expect(lines.filter((l, i) => l.trim() && !l.startsWith('https://') && lines[i + 1]?.trim())).toEqual([])
  })

  it('adds running headers, page numbers, a job number, footnote separators and URL lists', () => {
    const pages = en.split('\n').filter((l) => /^\d+\/\d+\s*$/.test(l)).length
    expect(pages).toBeGreaterThan(5)
    expect(en.match(/^A\/RES\/78\/160\s*$/gm)?.length).toBeGreaterThan(2)
    expect(en).toMatch(/^23-25123 \(E\)/m)
    expect(en.match(/^__________________/gm)?.length).toBeGreaterThan(3)
    expect(en).toMatch(/^https:\/\/docs\.un\.org\/en\/A\/RES\/70\/1$/m)
    expect(zh).toMatch(/^https:\/\/docs\.un\.org\/zh\/A\/C\.2\/78\/L\.12$/m)
  })

  it('moves a footnote to the foot of the page that references it, as plain digits after the word', () => {
    expect(en).toMatch(/Paris Agreement1 and/)
    const page = en.split(/^\d+\/\d+\s*$/m).find((p) => p.includes('Paris Agreement1'))
    expect(page).toMatch(/^ 1 Adopted under the UNFCCC/m)
    expect(zh).toMatch(/《巴黎协定》1 及其/)
  })

  it('hyphenates some English words at line ends', () => {
    expect(en).toMatch(/[a-z]-\s*\n\n[a-z]/)
  })

  it('runs paragraphs on across page breaks', () => {
    const lines = en.split('\n').filter((l) => l.trim())
    const afterHeader = lines.filter((l, i) => /^A\/RES\/78\/160\s*$/.test(lines[i - 1] ?? ''))
    expect(afterHeader.some((l) => /^[a-z]/.test(l))).toBe(true)
  })

  it('depends on the seed', () => {
    expect(pdfRender(base.en, 'en', 8)).not.toBe(pdfRender(base.en, 'en', 7))
    expect(pdfRender(base.en, 'en', 7)).toBe(pdfRender(base.en, 'en', 7))
  })
})

describe('paragraph edits', () => {
  it('deleteParagraph removes English operative 20, renumbers the rest and makes its pair Chinese-only', () => {
    const c = deleteParagraph(base, 20)
    const victim = base.gold.pairs.find((/** @type {any} */ p) => p.id === 'op-20')
    for (const k of victim.en) expect(norm(c.en)).not.toContain(norm(k))
    expect(c.gold.zhOnly.at(-1).id).toBe('op-20')
    const numbers = [...c.en.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]))
    expect(numbers).toEqual(Array.from({ length: 45 }, (_, i) => i + 1))
  })

  it('splitParagraph puts the head and the tail key of each split paragraph in different paragraphs', () => {
    const c = splitParagraph(base, 'en', { ids: ['pre-01', 'op-12'] })
    for (const id of ['pre-01', 'op-12']) {
      const p = c.gold.pairs.find((/** @type {any} */ x) => x.id === id)
      expect(para(c, 'en', p.en[1])).toBe(para(c, 'en', p.en[0]) + 1)
      expect(para(base, 'en', p.en[1])).toBe(para(base, 'en', p.en[0]))
    }
    expect(c.gold).toEqual(base.gold)
  })

  it('mergeParagraphs joins two preambular paragraphs and their gold pairs', () => {
    const c = mergeParagraphs(base, 'zh', { ids: ['pre-10'] })
    const merged = c.gold.pairs.find((/** @type {any} */ p) => p.id === 'pre-10+pre-11')
    expect(merged.zh).toHaveLength(4)
    expect(para(c, 'zh', merged.zh[0])).toBe(para(c, 'zh', merged.zh[3]))
    expect(c.gold.pairs).toHaveLength(base.gold.pairs.length - 1)
  })

  it('swapParagraphs exchanges two neighbours on one side', () => {
    const c = swapParagraphs(base, 'en', 'pre-24')
    const [a, b] = ['pre-24', 'pre-25'].map((id) => base.gold.pairs.find((/** @type {any} */ p) => p.id === id).en[0])
    expect(para(c, 'en', a)).toBe(para(c, 'en', b) + 1)
  })
})

describe('whole-text perturbations', () => {
  it('stripMarkupCase removes markup and keeps a paragraph break between glued units', () => {
    const c = stripMarkupCase(base)
    expect(c.en).not.toMatch(/\*|<sup>|\]\(#\)/)
    expect(c.en).toMatch(/sustainable development\n\nResolution adopted/)
    expect(c.zh).toMatch(/第二委员会的报告\*/)
  })

  it('stripNumbers leaves no paragraph numbers, markers or footnotes, and no footnote in the gold', () => {
    const c = stripNumbers(stripMarkupCase(base))
    for (const t of [c.zh, c.en]) {
      expect(t).not.toMatch(/^\s*\d+\.\s/m)
      expect(t).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/)
    }
    expect(c.zh).not.toContain('联合国，《条约汇编》')
    expect([...c.gold.pairs, ...c.gold.zhOnly].some((/** @type {any} */ u) => u.kind === 'footnote')).toBe(false)
  })

  it('noise uses CRLF line ends and soft-wraps long paragraphs', () => {
    const c = noise(base, 3)
    expect(c.en).toContain('\r\n')
    expect(c.en.split('\r\n').filter((l) => l.length > 200)).toEqual([])
  })
})
