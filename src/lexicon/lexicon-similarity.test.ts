import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { loadDictionary } from './cedict-dictionary.js'
import { chineseContentWords } from './chinese-content-words.js'
import { createLexiconScorer } from './lexicon-scorer.js'
import { lexiconSimilarity } from './lexicon-similarity.js'
import { longestMatch } from './longest-match.js'
import { stemEnglish } from './stem-english.js'

describe('the CC-CEDICT dictionary', () => {
  it('indexes simplified headwords by the stems of their glosses', () => {
    const dictionary = loadDictionary()
    expect(dictionary.size).toBeGreaterThan(100_000)
    expect(dictionary.glosses('发展')).toContain(stemEnglish('development'))
    expect(dictionary.glosses('贸易')).toContain(stemEnglish('trade'))
    expect(loadDictionary()).toBe(dictionary)
  })

  it('splits an unknown compound by longest match', () => {
    expect(longestMatch('可持续发展目标', loadDictionary())).toEqual(['可持续发展', '目标'])
  })
})

describe('chineseContentWords', () => {
  it('drops function words and punctuation and keeps numbers and Latin words stemmed', () => {
    const words = chineseContentWords('重申《2030年可持续发展议程》和贸发会议(UNCTAD)的作用。')
    expect(words).toContain('2030')
    expect(words).toContain('unctad')
    expect(words).toContain('重申')
    expect(words).not.toContain('的')
    expect(words).not.toContain('和')
  })
})

describe('lexiconSimilarity', () => {
  it('scores a translation above a text on another subject', () => {
    const zh = '强调国际贸易是促进经济增长和可持续发展的引擎'
    const good = lexiconSimilarity(zh, 'Emphasizes that international trade is an engine of economic growth and sustainable development')
    const bad = lexiconSimilarity(zh, 'Requests the Secretary-General to submit a report at its next session')
    expect(good).toBeGreaterThan(0.5)
    expect(bad).toBeLessThan(good / 2)
  })

  it('matches numbers and acronyms written alike without the dictionary', () => {
    expect(lexiconSimilarity('UNCTAD，2030', 'UNCTAD 2030', { dictionary: false })).toBe(1)
    // 年 has no translation without the dictionary: zh 2/3 covered, en 2/2, F = 0.8.
    expect(lexiconSimilarity('2030年 UNCTAD', 'UNCTAD 2030', { dictionary: false })).toBeCloseTo(0.8)
    expect(lexiconSimilarity('', '')).toBe(0)
  })

  it('throws options/invalid for unknown options and bad runs', () => {
    const scorer = createLexiconScorer(['发展'], ['development'], { dictionary: false })
    for (const bad of [() => lexiconSimilarity('a', 'b', { dict: true } as never), () => scorer.score([1], [0]), () => createLexiconScorer(['x'], [1 as never])]) {
      try {
        bad()
        expect.unreachable()
      } catch (error) {
        expect(isResalignError(error) && error.code).toBe('options/invalid')
      }
    }
  })
})
