import { afterEach, describe, expect, it, vi } from 'vitest'
import { align } from '../../src/align/align.js'
import { CandidateTable } from '../../src/glossary/candidate-table.js'
import { extractGlossary } from '../../src/glossary/extract-glossary.js'
import type { Alignment } from '../../src/types.js'
import { EN, ZH } from './helpers.js'

// The corpus glossary step (src/corpus/corpus-glossary.ts → extractGlossary over one
// alignment per pair) does work linear in the links it is given, counted (never timed):
// every test of a candidate's occurrences against the terms already linked is one call of
// CandidateTable's `alive`. Doubling the pairs may at most about double it.

const DOUBLING_MAX = 2.3
const PAIRS = [2, 4, 8] as const

afterEach(() => {
  vi.restoreAllMocks()
})

/** Occurrence tests of extractGlossary on `n` pairs (the 78/160 pair, each copy's numbers changed). */
function work(base: Alignment, n: number): number {
  const alignments = Array.from({ length: n }, (_, k) => ({
    ...base,
    pairs: base.pairs.map((l) => ({ ...l, zh: { ...l.zh, text: l.zh.text.replace(/\d+/g, (d) => String(Number(d) + k)) }, en: { ...l.en, text: l.en.text.replace(/\d+/g, (d) => String(Number(d) + k)) } })),
  }))
  const alive = vi.spyOn(CandidateTable.prototype as unknown as { alive: () => boolean }, 'alive')
  const { value } = extractGlossary(alignments)
  expect(value.terms.length).toBeGreaterThan(10)
  const calls = alive.mock.calls.length
  alive.mockRestore()
  return calls
}

describe('the corpus glossary step does work linear in the pairs', () => {
  it('on 2, 4 and 8 pairs', () => {
    const base = align(ZH, EN).value
    const counts = PAIRS.map((n) => work(base, n))
    expect(counts[0], 'the counter counts').toBeGreaterThan(100)
    for (let k = 1; k < counts.length; k++) {
      expect((counts[k] as number) / (counts[k - 1] as number), `occurrence tests ${counts.join(' → ')}`).toBeLessThanOrEqual(DOUBLING_MAX)
    }
  }, 300_000)
})
