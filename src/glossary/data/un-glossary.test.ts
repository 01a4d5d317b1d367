import { describe, expect, it } from 'vitest'
import { englishKey } from '../normalize-en.js'
import { chineseKey } from '../normalize-zh.js'
import { UN_GLOSSARY } from './un-glossary.js'

describe('built-in UN glossary', () => {
  it('holds at least 400 entries', () => {
    expect(UN_GLOSSARY.length).toBeGreaterThanOrEqual(400)
  })

  it('is frozen down to the form lists', () => {
    expect(Object.isFrozen(UN_GLOSSARY)).toBe(true)
    for (const entry of UN_GLOSSARY) {
      expect(Object.isFrozen(entry)).toBe(true)
      expect(Object.isFrozen(entry.zh)).toBe(true)
      expect(Object.isFrozen(entry.en)).toBe(true)
    }
  })

  it('gives every entry a Chinese and an English preferred form', () => {
    for (const entry of UN_GLOSSARY) {
      expect(entry.zh[0], JSON.stringify(entry)).toMatch(/\p{Script=Han}/u)
      expect(entry.en[0], JSON.stringify(entry)).toMatch(/\p{L}/u)
    }
  })

  it('stores Chinese titles without 《》 and without spaces', () => {
    for (const entry of UN_GLOSSARY) for (const zh of entry.zh) expect(zh).not.toMatch(/[《》〈〉\s]/u)
  })

  it('never gives one form to two entries', () => {
    const zh = new Map<string, string>()
    const en = new Map<string, string>()
    for (const entry of UN_GLOSSARY) {
      for (const key of new Set(entry.zh.map(chineseKey))) {
        expect(zh.get(key), `zh ${key}`).toBeUndefined()
        zh.set(key, entry.en[0]!)
      }
      for (const key of new Set(entry.en.map(englishKey))) {
        expect(en.get(key), `en ${key}`).toBeUndefined()
        en.set(key, entry.zh[0]!)
      }
    }
  })

  it('covers organs, instruments, policy terms and lead verbs', () => {
    const domains = new Set(UN_GLOSSARY.map((e) => e.domain))
    for (const d of ['body', 'agency', 'instrument', 'meeting', 'procedure', 'policy', 'lead-verb']) expect(domains).toContain(d)
    const pairs = new Map(UN_GLOSSARY.map((e) => [e.zh[0], e.en[0]]))
    expect(pairs.get('科学和技术促进发展委员会')).toBe('Commission on Science and Technology for Development')
    expect(pairs.get('巴黎协定')).toBe('Paris Agreement')
    expect(pairs.get('以共同商定的条件')).toBe('on mutually agreed terms')
    expect(pairs.get('能力建设')).toBe('capacity-building')
    expect(pairs.get('重申')).toBe('Reaffirming')
  })
})
