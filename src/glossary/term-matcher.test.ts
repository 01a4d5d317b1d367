import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTermMatcher } from './term-matcher.js'

const matcher = createTermMatcher()
const zhOf = (text: string, m = matcher) => m.matchChinese(text).map((x) => m.entries[x.entry]!.zh[0])
const enOf = (text: string, m = matcher) => m.matchEnglish(text).map((x) => m.entries[x.entry]!.en[0])

describe('createTermMatcher', () => {
  it('keeps long Chinese names whole', () => {
    expect(zhOf('请科学和技术促进发展委员会继续开展工作')).toContain('科学和技术促进发展委员会')
    expect(zhOf('科学和技术促进发展委员会')).not.toContain('科学和技术')
  })

  it('finds Chinese titles with or without 《》 and across line breaks', () => {
    expect(zhOf('还重申《巴黎协定》及其迅速生效')).toContain('巴黎协定')
    expect(zhOf('还重申巴黎协定及其迅速生效')).toContain('巴黎协定')
    expect(zhOf('《2030 年可持续发展\n议程》')).toEqual(['2030年可持续发展议程'])
  })

  it('reports offsets in the text given', () => {
    const text = '重申《巴黎协定》'
    const found = matcher.matchChinese(text).find((m) => matcher.entries[m.entry]!.zh[0] === '巴黎协定')!
    expect(text.slice(found.start, found.end)).toBe('巴黎协定')
  })

  it('does not find a one-character term inside a word', () => {
    expect(zhOf('请秘书长提交报告')).toContain('请')
    expect(zhOf('应会员国的申请提供援助')).not.toContain('请')
  })

  it('finds English variants: plural, spelling, hyphenation, case', () => {
    expect(enOf('capacity building programs')).toContain('capacity-building')
    expect(enOf('the Sustainable Development Goal')).toContain('Sustainable Development Goals')
    expect(enOf('on Mutually Agreed Terms')).toContain('on mutually agreed terms')
    expect(enOf('Reaffirms its resolution')).toContain('Reaffirming')
  })

  it('matches short acronyms only in capitals', () => {
    expect(enOf('the WHO report')).toContain('World Health Organization')
    expect(enOf('those who report')).not.toContain('World Health Organization')
  })

  it('lets user entries take precedence over built-in ones', () => {
    const user = createTermMatcher({ glossary: [{ zh: ['能力建设'], en: ['capacity development'] }] })
    const ids = user.chineseIds('能力建设')
    expect(ids).toEqual(user.englishIds('capacity development'))
    expect(user.englishIds('capacity-building')).not.toEqual(ids)
    const builtInFirst = createTermMatcher({ glossary: [{ zh: ['能力建设'], en: ['capacity development'] }], userFirst: false })
    expect(builtInFirst.chineseIds('能力建设')).toEqual(builtInFirst.englishIds('capacity-building'))
  })

  it('can work from a user glossary alone', () => {
    const only = createTermMatcher({ builtIn: false, glossary: [{ zh: ['影响力投资'], en: ['impact investment'] }] })
    expect(only.entries).toHaveLength(1)
    expect(only.chineseIds('探索影响力投资和大会')).toEqual([0])
  })

  it('finds the same Chinese terms whatever white space a PDF put between characters', () => {
    const text = '又重申其关于《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》的决议，鼓励会员国开展能力建设'
    const expected = matcher.chineseIds(text)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\u3000', ''), { minLength: text.length, maxLength: text.length }), (gaps) => {
        const noisy = [...text].map((ch, i) => ch + gaps[i]).join('')
        expect(matcher.chineseIds(noisy)).toEqual(expected)
      }),
    )
  })

  it('reports spans that cover the matched form in the source', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matcher.entries.slice(0, 300)), fc.string({ maxLength: 5 }), (entry, pad) => {
        const text = `${pad}。${entry.zh[0]}。${pad}`
        for (const m of matcher.matchChinese(text)) expect(m.end).toBeGreaterThan(m.start)
        expect(matcher.chineseIds(text).length).toBeGreaterThan(0)
      }),
    )
  })

  it('returns distinct ids in ascending order', () => {
    const ids = matcher.chineseIds('会员国、会员国和发展中国家')
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b))
  })

  it('rejects invalid options with options/invalid', () => {
    expect(() => createTermMatcher({ userFirst: 'yes' as never })).toThrow(expect.objectContaining({ code: 'options/invalid' }))
    expect(() => createTermMatcher({ glossary: {} as never })).toThrow(expect.objectContaining({ code: 'options/invalid' }))
    expect(() => createTermMatcher({ glossary: [{ zh: '能力建设', en: ['x'] } as never] })).toThrow(
      expect.objectContaining({ code: 'options/invalid' }),
    )
  })
})
