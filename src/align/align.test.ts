import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedKit } from '../../eval/shared-kit.mjs'
import { corpusText } from '../../test/corpus.js'
import { segment } from '../segment.js'
import type { Alignment } from '../types.js'
import { align } from './align.js'

const kit = sharedKit('gold/78-160.json')
const SHARED_EVAL = kit.dir ?? ''

const zh = corpusText('000')
const en = corpusText('003')

/** Every block of both sides appears in exactly one link, and links are monotone per side and stream. */
function checkContract(a: Alignment, zhIds: readonly string[], enIds: readonly string[]): void {
  for (const [side, all] of [['zh', zhIds], ['en', enIds]] as const) {
    const seen = a.pairs.flatMap((p) => p[side].ids)
    expect([...seen].sort()).toEqual([...all].sort())
    for (const stream of [true, false]) {
      const order = a.pairs.filter((p) => (p.kind === 'footnote') === stream).flatMap((p) => p[side].ids).map((id) => all.indexOf(id))
      expect(order).toEqual([...order].sort((x, y) => x - y))
    }
  }
}

const ids = (text: string): string[] => segment(text).value.parts.flatMap((p) => p.blocks.map((b) => b.id))

describe('align on resolution 78/160 (000 ↔ 003)', () => {
  const { value, issues } = align(zh, en)

  it.runIf(kit.dir !== null)(`scores F1 1.000 with the shared scorer and gold${kit.note}`, async () => {
    const { score } = await import(pathToFileURL(join(SHARED_EVAL, 'score.mjs')).href)
    const gold = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(SHARED_EVAL, 'gold', '78-160.json'), 'utf8')))
    const r = score(gold, value)
    expect(r.f1).toBe(1)
    expect(r.coverageZh).toBe(1)
    expect(r.coverageEn).toBe(1)
  })

  it('leaves the report paragraphs of 000 unpaired and says so', () => {
    const report = value.pairs.filter((p) => p.part.zh === 'report')
    expect(report.length).toBeGreaterThan(10)
    expect(report.every((p) => p.en.ids.length === 0 && p.en.text === '')).toBe(true)
    expect(issues.some((i) => i.code === 'align/unpaired-part' && i.side === 'zh')).toBe(true)
  })

  it('holds every block exactly once, in order', () => {
    checkContract(value, ids(zh), ids(en))
  })

  it('links operative paragraphs by number with high confidence and says how', () => {
    const ops = value.pairs.filter((p) => p.kind === 'operative')
    expect(ops).toHaveLength(46)
    const num = (id: string | undefined) => id?.replace(/^.*\.op/, '')
    expect(ops.every((p) => p.zh.ids.length === 1 && num(p.zh.ids[0]) === num(p.en.ids[0]) && p.score >= 0.6)).toBe(true)
    expect(ops.filter((p) => p.method === 'number' && p.score >= 0.8).length).toBeGreaterThanOrEqual(44)
  })

  it('detects arguments given in the wrong order and swaps them with a warning', () => {
    const swapped = align(en, zh)
    expect(swapped.issues.some((i) => i.code === 'align/swapped')).toBe(true)
    expect(swapped.value.pairs.map((p) => [p.zh.ids, p.en.ids])).toEqual(value.pairs.map((p) => [p.zh.ids, p.en.ids]))
  })

  it('aligns a document whose English lost operative paragraph 10 and renumbered the rest', () => {
    const cut = en.replace(/\n10\. \*Encourages\*[^\n]*\n/, '\n').replace(/^(\d+)\. \*/gm, (m, n: string) => (Number(n) > 10 ? `${Number(n) - 1}. *` : m))
    expect(cut).not.toEqual(en)
    const r = align(zh, cut).value
    const op = (zhNumber: string) => r.pairs.find((p) => p.kind === 'operative' && p.zh.ids.some((id) => id.endsWith(`.op${zhNumber}`)))
    expect(op('10')?.en.ids).toEqual([])
    expect(op('11')?.en.ids[0]).toMatch(/\.op10$/)
    expect(op('46')?.en.ids[0]).toMatch(/\.op45$/)
    expect(op('9')?.en.ids[0]).toMatch(/\.op9$/)
  })
})

/** Break long lines at `cuts` (fractions of the line) where a soft wrap is harmless: at a space, or between two Chinese characters. */
function rewrap(text: string, cuts: readonly number[]): string {
  return text.split('\n').map((line, k) => {
    const f = cuts[k % cuts.length] ?? 0.5
    if (line.length < 60 || cuts.length === 0) return line
    const at = Math.floor(line.length * f)
    for (let i = at; i < line.length - 1; i++) {
      const a = line[i - 1] ?? ''
      const b = line[i] ?? ''
      if (b === ' ' && /[a-z,]/.test(a) && /[a-z]/.test(line[i + 1] ?? '')) return `${line.slice(0, i)}\n${line.slice(i + 1)}`
      if (/[\u4e00-\u9fff]/.test(a) && /[\u4e00-\u9fff]/.test(b)) return `${line.slice(0, i)}\n${line.slice(i)}`
    }
    return line
  }).join('\n')
}

describe('align is stable under layout noise', () => {
  const base = align(zh, en).value.pairs.map((p) => [p.zh.text, p.en.text])
  it('gives the same links under CRLF, extra blank lines and trailing spaces on either side', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.boolean(), (crlf, onZh, blanks, trailing) => {
        const noise = (t: string) => {
          let s = t.replace(/\n\n/g, '\n'.repeat(blanks + 1))
          if (trailing) s = s.replace(/\n/g, ' \n')
          return crlf ? s.replace(/\n/g, '\r\n') : s
        }
        const r = align(onZh ? noise(zh) : zh, onZh ? en : noise(en)).value
        expect(r.pairs.map((p) => [p.zh.text, p.en.text])).toEqual(base)
      }),
      { numRuns: 12 },
    )
  })

  it('gives the same links when long lines are re-wrapped on either side', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.2, max: 0.8, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.boolean(), (cuts, onZh) => {
        const r = align(onZh ? rewrap(zh, cuts) : zh, onZh ? en : rewrap(en, cuts)).value
        expect(r.pairs.map((p) => [p.zh.text, p.en.text])).toEqual(base)
      }),
      { numRuns: 10 },
    )
  })
})
