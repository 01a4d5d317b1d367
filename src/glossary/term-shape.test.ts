import { describe, expect, it } from 'vitest'
import { coordinationMismatch, isChineseCoordination, isChineseDeictic, isChineseLead, isEnglishCoordination, isEnglishLead } from './term-shape.js'

describe('term shapes', () => {
  it('splits coordinations of terms and keeps lists and names whole', () => {
    expect(isChineseCoordination('会员国和联合国发展系统')).toBe(true)
    expect(isChineseCoordination('社会和经济')).toBe(true)
    expect(isChineseCoordination('科学、技术、工程和数学教育和研究')).toBe(true)
    expect(isChineseCoordination('科学、技术和创新')).toBe(false)
    expect(isChineseCoordination('经济及社会理事会')).toBe(false)
    expect(isEnglishCoordination('Member States and the United Nations development system')).toBe(true)
    expect(isEnglishCoordination('societies and economies')).toBe(true)
    expect(isEnglishCoordination('science, technology and innovation strategies')).toBe(false)
    expect(isEnglishCoordination('Economic and Social Council')).toBe(false)
  })

  it('rules out pairs where only one side coordinates', () => {
    expect(coordinationMismatch('发达国家', 'developed and developing countries')).toBe(true)
    expect(coordinationMismatch('科学、技术和创新', 'science, technology and innovation')).toBe(false)
    expect(coordinationMismatch('发展中国家', 'developing countries')).toBe(false)
  })

  it('knows lead verbs and phrases they open', () => {
    expect(isEnglishLead('Encourages')).toBe(true)
    expect(isEnglishLead('requests the Secretary-General')).toBe(true)
    expect(isEnglishLead('Technology Facilitation Mechanism')).toBe(false)
    expect(isChineseLead('又重申')).toBe(true)
    expect(isChineseLead('技术促进机制')).toBe(false)
  })

  it('takes a phrase that points into its text for no term', () => {
    expect(isChineseDeictic('以往关于这一议题')).toBe(true)
    expect(isChineseDeictic('数字鸿沟')).toBe(false)
  })
})
