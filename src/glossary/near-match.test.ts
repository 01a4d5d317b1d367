import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { findNearMatches, isNearMatch, normalizedDistance } from './near-match.js'
import { englishKey } from './normalize-en.js'

describe('English term keys', () => {
  it('fold British and American spelling, plurals, hyphens and case', () => {
    expect(englishKey('programmes')).toBe(englishKey('program'))
    expect(englishKey('capacity-building')).toBe(englishKey('Capacity building'))
    expect(englishKey('organisations')).toBe(englishKey('organization'))
    expect(englishKey('Labour market')).toBe(englishKey('labor markets'))
    expect(englishKey('people-centred')).toBe(englishKey('people-centered'))
    expect(englishKey('multi-stakeholder')).toBe(englishKey('multistakeholder'))
    expect(englishKey('technologies')).toBe(englishKey('technology'))
  })

  it('leave words that end in -ise in American English alone', () => {
    expect(englishKey('expertise')).toBe('expertise')
    expect(englishKey('enterprises')).toBe('enterprise')
    expect(englishKey('exercise')).not.toBe(englishKey('exercize'))
  })

  it('keep short acronyms apart from common words', () => {
    expect(englishKey('WHO')).not.toBe(englishKey('who'))
    expect(englishKey('SDGs')).toBe(englishKey('SDG'))
  })

  it('normalise full-width letters (NFKC)', () => {
    expect(englishKey('ＩＣＴ policy')).toBe(englishKey('ICT policy'))
  })
})

describe('near matches', () => {
  it('accept spelling variants and reject different terms', () => {
    expect(isNearMatch('capacity building', 'capacity-building')).toBe(true)
    expect(isNearMatch('programme of work', 'program of work')).toBe(true)
    expect(isNearMatch('policymakers', 'policy-makers')).toBe(true)
    expect(isNearMatch('developing countries', 'developed countries')).toBe(false)
    expect(isNearMatch('trade', 'trust')).toBe(false)
  })

  it('rank candidates closest first', () => {
    expect(findNearMatches('knowledge-sharing', ['knowledge sharing', 'knowledge sharings', 'sharing'])).toEqual(['knowledge sharing', 'knowledge sharings'])
  })

  it('is symmetric and bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const d = normalizedDistance(a, b)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(1)
        expect(isNearMatch(a, b)).toBe(isNearMatch(b, a))
      }),
    )
  })

  it('rejects a threshold outside [0, 1)', () => {
    expect(() => isNearMatch('a', 'b', 1.5)).toThrow(expect.objectContaining({ code: 'options/invalid' }))
    try {
      isNearMatch('a', 'b', -1)
    } catch (error) {
      expect(isResalignError(error)).toBe(true)
    }
  })
})
