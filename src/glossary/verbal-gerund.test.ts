import { describe, expect, it } from 'vitest'
import { isVerbalGerund } from './verbal-gerund.js'

describe('isVerbalGerund', () => {
  it('judges a gerund followed by its object in nearly every occurrence a verb', () => {
    expect(isVerbalGerund('achieving', ['gender', 'sustainable', 'the', 'universal'])).toBe(true)
  })

  it('keeps a gerund term followed by prepositions, conjunctions or clause ends', () => {
    expect(isVerbalGerund('financing', ['for', 'and', 'framework', 'through', ''])).toBe(false)
    expect(isVerbalGerund('training', ['and', 'opportunities', 'programmes', ''])).toBe(false)
  })

  it('leaves words that are not -ing forms alone', () => {
    expect(isVerbalGerund('implementation', ['the', 'the'])).toBe(false)
  })
})
