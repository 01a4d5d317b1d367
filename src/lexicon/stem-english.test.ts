import { describe, expect, it } from 'vitest'
import { englishContentWords } from './english-content-words.js'
import { stemEnglish } from './stem-english.js'

describe('stemEnglish', () => {
  it('brings inflected and derived forms of a word together', () => {
    const stems = new Set(['develop', 'develops', 'developing', 'developed', 'development', 'developments'].map(stemEnglish))
    expect([...stems]).toEqual(['develop'])
    expect(stemEnglish('organizations')).toBe(stemEnglish('organise'))
    expect(stemEnglish('countries')).toBe(stemEnglish('country'))
    expect(stemEnglish('planning')).toBe(stemEnglish('plans'))
    expect(stemEnglish('sustainable')).toBe(stemEnglish('sustained'))
    expect(stemEnglish('internationally')).toBe(stemEnglish('international'))
    expect(stemEnglish('institutions')).toBe(stemEnglish('institute'))
    expect(stemEnglish('implementation')).toBe(stemEnglish('implement'))
    expect(stemEnglish('cooperation')).toBe(stemEnglish('cooperate'))
  })

  it('keeps short words and numbers as they are, lower-cased', () => {
    expect(stemEnglish('UN')).toBe('un')
    expect(stemEnglish('2030')).toBe('2030')
    expect(stemEnglish('thing')).toBe('thing')
  })
})

describe('englishContentWords', () => {
  it('drops stop words and keeps numbers and acronyms', () => {
    expect(englishContentWords('Reaffirms the 2030 Agenda of UNCTAD and the role of the State’s institutions')).toEqual(['reaffirm', '2030', 'agenda', 'unctad', 'role', 'stat', 'institut'])
  })
})
