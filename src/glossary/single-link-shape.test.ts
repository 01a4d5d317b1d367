import { describe, expect, it } from 'vitest'
import { isModifierPair, isSingleLinkShape } from './term-shape.js'
import { wordSpecificity } from './word-specificity.js'

const zh = (text: string, after = '，', before = '，', extra: { plain?: boolean; single?: boolean; lead?: string } = {}) => ({ text, edges: [{ before, after }], plain: extra.plain ?? true, single: extra.single ?? false, lead: extra.lead ?? 'n' })
const en = (text: string, before = 'the ', after = ',', bare = text) => ({ text, bare, edges: [{ before, after }] })

describe('pairs seen in a single link', () => {
  it('accepts a pair shaped like a term on both sides', () => {
    expect(isSingleLinkShape(zh('生活质量', '的'), en('quality of life'))).toBe(true)
    expect(isSingleLinkShape(zh('在线服务'), en('online services', 'skills and '))).toBe(true)
  })

  it('turns down clauses, lists and evaluative modifiers', () => {
    expect(isSingleLinkShape(zh('缺乏数字技能', '，', '，', { plain: false }), en('lack of digital skills'))).toBe(false)
    expect(isSingleLinkShape(zh('金融普惠程度'), en('policies that increase financial inclusion'))).toBe(false)
    expect(isSingleLinkShape(zh('重要行动'), en('important action'))).toBe(false)
    expect(isSingleLinkShape(zh('传播知识'), en('dissemination of knowledge'))).toBe(false)
    expect(isSingleLinkShape(zh('应用科学', '，', '，', { lead: 'v' }), en('applying science'))).toBe(false)
    expect(isSingleLinkShape(zh('工作条件', '，', '，', { lead: 'vn' }), en('working conditions'))).toBe(true)
  })

  it('turns down a conjunct cut out of a coordination that shares its head or name', () => {
    expect(isSingleLinkShape(zh('南南', '和三方合作', '，', { single: true }), en('South-South', 'including ', ' and triangular cooperation'))).toBe(false)
    expect(isSingleLinkShape(zh('数字变化'), en('digital change', 'manage technological and '))).toBe(false)
    expect(isSingleLinkShape(zh('数字社会'), en('Digital Society', 'inclusive ', ' and Economy in Africa'))).toBe(false)
    expect(isSingleLinkShape(zh('在线平台'), en('online platform', 'the 2030 Connect '))).toBe(false)
    expect(isSingleLinkShape(zh('发展优先', '事项和需求'), en('development priorities'))).toBe(false)
  })

  it('reads a glossary term inside the English as one word', () => {
    const text = 'science, technology and innovation base'
    expect(isSingleLinkShape(zh('科学、技术和创新基础'), en(text, 'national ', ' and', 'X base'))).toBe(true)
    expect(isSingleLinkShape(zh('科学、技术和创新基础'), en(text, 'national ', ' and'))).toBe(false)
  })

  it('knows how specific a Chinese word is in general Chinese', () => {
    expect(wordSpecificity('雇主')!).toBeGreaterThan(wordSpecificity('社会')! + 3)
    expect(wordSpecificity('不是一个词的字符串')).toBeUndefined()
  })
})

describe('modifiers on both sides', () => {
  it('never pairs a modifier that only stands before its head or a conjunction', () => {
    const southSouth = { text: '南南', edges: [{ before: '北南、', after: '和三方合作' }, { before: '南北、', after: '、三方、区域' }] }
    const english = { text: 'South-South', edges: [{ before: 'North-South, ', after: ' and triangular' }, { before: 'recalling that ', after: ' cooperation is' }] }
    expect(isModifierPair(southSouth, english)).toBe(true)
    expect(isModifierPair({ text: '生活质量', edges: [{ before: '的', after: '的' }] }, { text: 'quality of life', edges: [{ before: 'the ', after: ' of' }] })).toBe(false)
  })
})
