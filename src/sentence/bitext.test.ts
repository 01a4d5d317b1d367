import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { damageSet } from '../../eval/sentence-damage.mjs'
import { scoreSentences } from '../../eval/score-sentences.mjs'
import { corpusText } from '../../test/corpus.js'
import { align } from '../align/align.js'
import { alignBitext } from './bitext.js'
import { splitSentences } from './split-sentences.js'

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'gold', '78-160-sentences.json'), 'utf8'))

/** The sentences of the two-sided links of 78/160, each side on its own, as a plain text aligner would get them. */
function sentencesOf78160(): { zh: string[]; en: string[] } {
  const { value } = align(corpusText('000'), corpusText('003'))
  const two = value.pairs.filter((l) => l.zh.text && l.en.text)
  return { zh: two.flatMap((l) => splitSentences(l.zh.text, 'zh').map((s) => s.text)), en: two.flatMap((l) => splitSentences(l.en.text, 'en').map((s) => s.text)) }
}

function expectPartition(beads: ReturnType<typeof alignBitext>, n: number, m: number): void {
  expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: n }, (_, i) => i))
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: m }, (_, j) => j))
}

describe('alignBitext', () => {
  it('finds the sentence links of 78/160 from the two texts alone, without the paragraph links', () => {
    const { zh, en } = sentencesOf78160()
    const beads = alignBitext(zh, en)
    expectPartition(beads, zh.length, en.length)
    const two = { links: gold.links.filter((l: { zh: unknown[]; en: unknown[] }) => l.zh.length && l.en.length) }
    const s = scoreSentences(two, { pairs: beads.map((b) => ({ sentences: [{ zh: b.zh.map((i) => zh[i]), en: b.en.map((j) => en[j]) }] })) })
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('puts every sentence of both sides in exactly one bead, in order, with a score in [0, 1]', () => {
    const { zh, en } = sentencesOf78160()
    const beads = alignBitext(zh.slice(5, 60), en.slice(0, 70))
    expectPartition(beads, 55, 70)
    for (const b of beads) {
      expect(b.score).toBeGreaterThanOrEqual(0)
      expect(b.score).toBeLessThanOrEqual(1)
      if (!b.zh.length || !b.en.length) expect(b.score).toBe(0)
    }
  })

  it('does work linear in the input: twice the text, about twice the sentence comparisons', () => {
    const { zh, en } = sentencesOf78160()
    const count = (k: number) => {
      const counter = { evaluations: 0 }
      alignBitext(Array.from({ length: k }, () => zh).flat(), Array.from({ length: k }, () => en).flat(), { counter })
      return counter.evaluations
    }
    const [one, two, four] = [count(2), count(4), count(8)]
    expect(two / one).toBeLessThan(2.3)
    expect(four / two).toBeLessThan(2.3)
  })

  it('is stable under damage: with 5 % of one side dropped or merged, the beads the damage leaves alone stay (property)', () => {
    const { zh, en } = sentencesOf78160()
    const before = alignBitext(zh, en).map((b) => [[...b.zh], [...b.en]] as [number[], number[]])
    const key = (b: readonly (readonly number[])[]) => JSON.stringify(b)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('drop', 'merge'), fc.constantFrom('zh', 'en'), (seed, kind, side) => {
        const d = damageSet({ zh, en, gold: before }, [{ kind: kind as 'drop' | 'merge', side: side as 'zh' | 'en', rate: 0.05 }], seed)
        const after = alignBitext(d.zh, d.en)
        expectPartition(after, d.zh.length, d.en.length)
        const found = new Set(after.map((b) => key([b.zh, b.en])))
        const kept = d.gold.filter((b) => b[0].length === 1 && b[1].length === 1)
        expect(kept.filter((b) => found.has(key(b))).length / kept.length).toBeGreaterThanOrEqual(0.9)
      }),
      { numRuns: 6 },
    )
  }, 120_000)

  it('makes one-sided beads when a side is empty', () => {
    expect(alignBitext(['一。', '二。'], [])).toEqual([{ zh: [0], en: [], score: 0 }, { zh: [1], en: [], score: 0 }])
    expect(alignBitext([], ['One.'])).toEqual([{ zh: [], en: [0], score: 0 }])
  })

  it('throws options/invalid on unknown or ill-typed options', () => {
    expect(() => alignBitext(['一'], ['one'], { width: 3 } as never)).toThrow(/unknown option/)
    expect(() => alignBitext(['一'], ['one'], { band: 0 })).toThrow(/band/)
    expect(() => alignBitext(['一'], ['one'], { lexicalWeight: -1 })).toThrow(/lexicalWeight/)
  })
})
