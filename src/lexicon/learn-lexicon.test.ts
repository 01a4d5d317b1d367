import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { learnLexicon } from './learn-lexicon.js'

const pairs = [
  { zh: ['发展', '会议'], en: ['develop', 'meet'] },
  { zh: ['发展', '贸易'], en: ['trade', 'develop'] },
  { zh: ['会议', '报告'], en: ['report', 'meet'] },
  { zh: ['贸易', '报告'], en: ['trade', 'report'] },
]

describe('learnLexicon', () => {
  it('learns the word that co-occurs consistently as the most probable translation', () => {
    const lexicon = learnLexicon(pairs)
    expect([...lexicon.translations('发展').keys()][0]).toBe('develop')
    expect([...lexicon.translations('会议').keys()][0]).toBe('meet')
    expect([...lexicon.translations('贸易').keys()][0]).toBe('trade')
    expect(lexicon.translations('发展').get('develop')!).toBeGreaterThan(0.5)
    expect(lexicon.size).toBe(4)
  })

  it('returns no translation for an unknown word and honours minCount', () => {
    expect(learnLexicon(pairs).translations('和平').size).toBe(0)
    expect(learnLexicon([...pairs, { zh: ['和平'], en: ['peace'] }], { minCount: 2 }).translations('和平').size).toBe(0)
  })

  it('throws options/invalid for bad options or pairs', () => {
    for (const bad of [() => learnLexicon(pairs, { iterations: 0 }), () => learnLexicon(pairs, { minProbability: 2 }), () => learnLexicon([{ zh: 'x' } as never])]) {
      try {
        bad()
        expect.unreachable()
      } catch (error) {
        expect(isResalignError(error) && error.code).toBe('options/invalid')
      }
    }
  })
})
