import { describe, expect, it } from 'vitest'
import { createLexicalCheck } from './lexical-check.js'

describe('lexical check (CC-CEDICT)', () => {
  const check = createLexicalCheck()

  it('passes complete translations', () => {
    expect(check('发展中国家', 'developing countries')).toMatchObject({ complete: true, contradicts: false })
    expect(check('数字技能', 'digital skills').coverage).toBeGreaterThan(0.5)
    expect(check('科学、技术和创新促进可持续发展', 'science, technology and innovation for sustainable development').complete).toBe(true)
  })

  it('finds pairs cut short on either side', () => {
    expect(check('南南合作', 'South-South').complete).toBe(false)
    expect(check('可持续发展', 'Sustainable Development Goals').complete).toBe(false)
    expect(check('快速技术变革', 'impact of rapid technological change').complete).toBe(false)
  })

  it('says when the dictionary knows every word and translates none', () => {
    expect(check('变化', 'world of work').contradicts).toBe(true)
    expect(check('变化', 'change').contradicts).toBe(false)
  })
})
