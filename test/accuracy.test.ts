import { describe, expect, it } from 'vitest'
import { buildCases } from '../benchmarks/lib/cases.mjs'
import { score } from '../eval/score.mjs'
import { align } from '../src/align/align.js'

/**
 * Accuracy floors on cases built by code from the corpus (the same cases
 * `npm run bench` prints): 78/160 and its perturbations, the glossary
 * fallback case, and 76/213 against 78/160.
 */
const cases = buildCases()
const f1 = (c: (typeof cases)[number]): number => score(c.gold, align(c.zh, c.en).value).f1

describe('alignment accuracy on the perturbation suite', () => {
  for (const c of cases.filter((x) => x.group === 'main')) {
    it(`scores F1 ≥ 0.98 on ${c.name}`, () => {
      expect(f1(c)).toBeGreaterThanOrEqual(0.98)
    })
  }

  it('scores F1 ≥ 0.95 when numbers, footnote markers and footnotes are removed (only order, length and vocabulary remain)', () => {
    const c = cases.find((x) => x.group === 'fallback')
    expect(c).toBeDefined()
    expect(f1(c as (typeof cases)[number])).toBeGreaterThanOrEqual(0.95)
  })

  it('links the paragraphs 76/213 carried over into 78/160 (F1 ≥ 0.95 against the reference read from both)', () => {
    const c = cases.find((x) => x.group === 'cross') as (typeof cases)[number]
    const r = score(c.gold, align(c.zh, c.en).value)
    expect(r.precision).toBeGreaterThanOrEqual(0.95)
    expect(r.f1).toBeGreaterThanOrEqual(0.95)
  })
})

describe('content evidence carries the alignment where structure is silent', () => {
  const c = cases.find((x) => x.group === 'cross') as (typeof cases)[number]
  const f1With = (options: Parameters<typeof align>[2]) => score(c.gold, align(c.zh, c.en, options).value).f1

  it('links the carried-over paragraphs of two different resolutions with the lexicons alone (built-in glossary off, F1 ≥ 0.97)', () => {
    expect(f1With({ glossary: false })).toBeGreaterThanOrEqual(0.97)
  })

  it('links more of them with the lexicons than with structure, numbers and length alone', () => {
    expect(f1With({ glossary: false })).toBeGreaterThan(f1With({ glossary: false, lexicon: false }) + 0.01)
  })
})
