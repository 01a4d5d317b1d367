import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import { segment } from '../../src/segment.js'
import { BODY, lengthenBody, type Numbers, repeatDocument } from './gen/scale.mjs'
import { EN, ZH } from './helpers.js'

// Linear time, asserted on the number of similarity evaluations (never on the clock):
// doubling the input may at most about double the work. benchmarks/scaling.mjs prints the
// same counts, with times and memory, up to ~10 MB.

/** Doubling the input may multiply the evaluation count by at most this. */
const DOUBLING_MAX = 2.3
const COPIES = [1, 2, 4] as const

/**
 * Similarity evaluations of one alignment pass (`lexicon: false`) on inputs built
 * with 1, 2 and 4 copies. The lexicon passes (dictionary, then learned lexicon)
 * run when a pass leaves paragraphs unsure; their cost is checked below.
 */
function evaluations(build: (text: string, lang: 'zh' | 'en', copies: number) => string): number[] {
  return COPIES.map((copies) => {
    const zh = segment(build(ZH, 'zh', copies), { lang: 'zh' }).value
    const en = segment(build(EN, 'en', copies), { lang: 'en' }).value
    const counter = { evaluations: 0 }
    align(zh, en, { counter, lexicon: false })
    return counter.evaluations
  })
}

function expectNearLinear(counts: readonly number[]): void {
  expect(counts[0], 'the counter counts').toBeGreaterThan(100)
  for (let k = 1; k < counts.length; k++) {
    const ratio = (counts[k] as number) / (counts[k - 1] as number)
    expect(ratio, `evaluations ${counts.join(' → ')}`).toBeLessThanOrEqual(DOUBLING_MAX)
  }
}

const longPart = (numbers: Numbers) => (text: string, lang: 'zh' | 'en', copies: number) => lengthenBody(text, copies, { ...BODY[lang], numbers })

describe('the lexicon passes', () => {
  it('cost at most two more passes (dictionary, then learned lexicon), at every size', () => {
    for (const copies of COPIES) {
      const zh = segment(repeatDocument(ZH, copies), { lang: 'zh' }).value
      const en = segment(repeatDocument(EN, copies), { lang: 'en' }).value
      const one = { evaluations: 0 }
      const two = { evaluations: 0 }
      align(zh, en, { counter: one, lexicon: false })
      align(zh, en, { counter: two })
      expect(two.evaluations, `${copies} copies`).toBeLessThanOrEqual(3 * one.evaluations + 1000)
    }
  })
})

describe('align does work linear in the input', () => {
  it('on a compilation: the document pair repeated (perturbed), one part per copy', () => {
    expectNearLinear(evaluations((text, _lang, copies) => repeatDocument(text, copies)))
  })

  it('on one long resolution whose paragraph numbers continue across copies', () => {
    expectNearLinear(evaluations(longPart('continue')))
  })

  it('on one long resolution whose paragraph numbers repeat in each copy', () => {
    expectNearLinear(evaluations(longPart('keep')))
  })

  // Regression (was a bug): src/align/align-blocks.ts `fill` sizes the DP band as max(24, |n − m| + 12). Between two
  // anchors (here: none at all, the numbers are stripped) n − m grows with the input (a long
  // document has a few more blocks on one side per page), so the band grows too and the work is
  // O(n · |n − m|), i.e. quadratic: 8.2k → 25.7k → 89k → 328k evaluations for 1, 2, 4, 8 copies.
  // Fix: keep the band bounded (e.g. a fixed width around the path of a first coarse pass, as
  // bertalign's second pass does) or cut long stretches at confident signature links.
  it('on one long resolution without paragraph numbers (no anchors)', () => {
    expectNearLinear(evaluations(longPart('strip')))
  })

  // Regression (was a bug): src/align/align-blocks.ts `findAnchors` compares each numbered Chinese block with every
  // English block of the same kind and number (plus 4 neighbours each) and does not count these
  // similarity evaluations: with n paragraphs all numbered "1." the work is O(n²) (about 6·n²
  // evaluations; n = 1000 takes ~10 s) while `counter.evaluations` reports 1. Untrusted input can
  // use this to stall the aligner. Fix: count them, and consider only candidates near the
  // expected position (a window around the diagonal), so the number of candidates per block is bounded.
  it('counts the anchor candidates it compares, and stays linear when every paragraph has the same number', () => {
    const doc = (lead: string, line: (i: number) => string, n: number) => `${lead}\n\n${Array.from({ length: n }, (_, i) => `1. ${line(i)}`).join('\n\n')}\n`
    const sizes = [60, 120, 240]
    const counts = sizes.map((n) => {
      const counter = { evaluations: 0 }
      align(doc('大会，', (i) => `请秘书长提交关于本决议执行情况的第${i}号报告。`, n), doc('The General Assembly,', (i) => `Requests the Secretary-General to submit report ${i} on the implementation of the present resolution.`, n), { counter })
      return counter.evaluations
    })
    expect(counts[0], 'each paragraph is compared at least once').toBeGreaterThanOrEqual(sizes[0] as number)
    for (let k = 1; k < counts.length; k++) expect((counts[k] as number) / (counts[k - 1] as number)).toBeLessThanOrEqual(DOUBLING_MAX)
  })
})
