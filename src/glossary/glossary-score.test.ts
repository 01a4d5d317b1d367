import { describe, expect, it } from 'vitest'
import { chineseParagraphs, englishParagraphs } from './fixtures/resolution-78-160.js'
import { createGlossaryScorer, glossaryScore } from './glossary-score.js'
import { createTermMatcher } from './term-matcher.js'

const matcher = createTermMatcher()

/** Share of Chinese paragraphs whose best-scoring English paragraph is the true partner. */
function topOneShare(kind: 'preambular' | 'operative'): number {
  const zh = chineseParagraphs().filter((p) => p.kind === kind).map((p) => p.text)
  const en = englishParagraphs().filter((p) => p.kind === kind).map((p) => p.text)
  const scorer = createGlossaryScorer(zh, en, { matcher })
  let hits = 0
  zh.forEach((_, i) => {
    let best = 0
    en.forEach((__, j) => {
      if (scorer.score(i, j) > scorer.score(i, best)) best = j
    })
    if (best === i) hits++
  })
  return hits / zh.length
}

describe('glossary score', () => {
  it('ranks the true partner first for operative paragraphs of 78/160 (measured 46/46)', () => {
    expect(topOneShare('operative')).toBeGreaterThanOrEqual(0.95)
  })

  it('ranks the true partner first for preambular paragraphs of 78/160 (measured 47/47)', () => {
    expect(topOneShare('preambular')).toBeGreaterThanOrEqual(0.95)
  })

  it('stays in [0, 1], is high for a translation and near 0 for unrelated text', () => {
    const zh = ['鼓励会员国加强无害环境技术的研究和开发投资', '请秘书长向大会第八十届会议提交报告', '欢迎最不发达国家技术库投入运作']
    const en = [
      'Encourages Member States to strengthen investment in research and development for environmentally sound technologies',
      'Requests the Secretary-General to submit to the General Assembly at its eightieth session a report',
      'Welcomes the operationalization of the Technology Bank for the Least Developed Countries',
    ]
    const scorer = createGlossaryScorer(zh, en, { matcher })
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const s = scorer.score(i, j)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        if (i === j) expect(s).toBeGreaterThan(0.6)
        else expect(s).toBeLessThan(0.2)
      }
    }
  })

  it('gives no weight to a term found in every block', () => {
    const zh = ['发展中国家的能力建设', '发展中国家的人才流失']
    const en = ['capacity-building in developing countries', 'brain drain from developing countries']
    const scorer = createGlossaryScorer(zh, en, { matcher })
    expect(scorer.score(0, 1)).toBe(0)
    expect(scorer.score(0, 0)).toBe(1)
  })

  it('scores a single pair by shared entries', () => {
    expect(glossaryScore('重申《巴黎协定》', 'Reaffirming the Paris Agreement', { matcher })).toBe(1)
    expect(glossaryScore('重申《巴黎协定》', 'Welcoming the Paris Agreement', { matcher })).toBe(0.5)
    expect(glossaryScore('', '', { matcher })).toBe(0)
  })

  it('throws on a block index out of range', () => {
    const scorer = createGlossaryScorer(['大会'], ['General Assembly'], { matcher })
    expect(() => scorer.score(1, 0)).toThrow(expect.objectContaining({ code: 'options/invalid' }))
  })
})
