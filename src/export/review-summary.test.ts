import { describe, expect, it } from 'vitest'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { bandOf, reviewSummary } from './review-summary.js'

const limits = { high: 0.8, low: 0.5 }

describe('reviewSummary', () => {
  it('counts links, bands, unpaired blocks per side, kinds and methods', () => {
    const alignment = sampleAlignment()
    const summary = reviewSummary(alignment, limits)
    const oneSided = alignment.pairs.filter((l) => !l.zh.text || !l.en.text)
    expect(summary.links).toBe(alignment.pairs.length)
    expect(summary.twoSided).toBe(alignment.pairs.length - oneSided.length)
    expect(summary.bands.unpaired).toBe(oneSided.length)
    expect(summary.bands.high + summary.bands.medium + summary.bands.low).toBe(summary.twoSided)
    expect(summary.unpairedBlocks).toEqual({
      zh: oneSided.reduce((n, l) => n + l.zh.ids.length, 0),
      en: oneSided.reduce((n, l) => n + l.en.ids.length, 0),
    })
    expect(summary.kinds.reduce((n, k) => n + k.twoSided + k.oneSided, 0)).toBe(summary.links)
    expect(summary.methods.reduce((n, m) => n + m.count, 0)).toBe(summary.links)
  })

  it('averages the score over two-sided links only, and gives null when there are none', () => {
    const alignment = sampleAlignment()
    const scores = alignment.pairs.filter((l) => l.zh.text && l.en.text).map((l) => l.score)
    expect(reviewSummary(alignment, limits).meanScore).toBeCloseTo(scores.reduce((a, b) => a + b) / scores.length, 12)
    expect(reviewSummary({ ...alignment, pairs: [] }, limits).meanScore).toBeNull()
  })

  it('puts a score equal to a limit in the higher band', () => {
    const link = sampleAlignment().pairs[0]!
    expect(bandOf({ ...link, score: 0.8 }, limits)).toBe('high')
    expect(bandOf({ ...link, score: 0.5 }, limits)).toBe('medium')
    expect(bandOf({ ...link, score: 0.4999 }, limits)).toBe('low')
  })
})
