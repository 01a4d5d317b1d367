import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from '../align/align.js'
import { corpusText } from '../../test/corpus.js'
import { splitSentences } from './split-sentences.js'

const texts = (text: string, lang: 'zh' | 'en') => splitSentences(text, lang).map((s) => s.text)

describe('splitSentences, English', () => {
  it('does not end a sentence after an abbreviation, a document symbol or a numbered title', () => {
    expect(texts('[on the report of the Second Committee (A/78/462/Add.1, para. 7)]', 'en')).toHaveLength(1)
    expect(texts('United Nations, Treaty Series, vol. 1771, No. 30822.', 'en')).toHaveLength(1)
    expect(texts('78/160. Science, technology and innovation for sustainable development', 'en')).toHaveLength(1)
    expect(texts('See E/2012/31/Corr.1 and Mr. Smith, e.g. Rev.1 of 3.5 per cent. It grew.', 'en')).toEqual(['See E/2012/31/Corr.1 and Mr. Smith, e.g. Rev.1 of 3.5 per cent.', 'It grew.'])
  })

  it('ends a citation at a section letter ("chap. I, sect. A.") and a symbol that opens a footnote when another symbol follows', () => {
    expect(texts('Official Records, 2017, Supplement No. 7 (E/2017/27), chap. I, sect. A. Ibid., 2023, chap. I, sect. A.', 'en')).toEqual(['Official Records, 2017, Supplement No. 7 (E/2017/27), chap. I, sect. A.', 'Ibid., 2023, chap. I, sect. A.'])
    expect(texts('A/78/232. A/74/821.', 'en')).toEqual(['A/78/232.', 'A/74/821.'])
    expect(texts('Prepared by J. Smith and annex II. It met.', 'en')).toEqual(['Prepared by J. Smith and annex II.', 'It met.'])
  })

  it('ends a sentence after its footnote reference, never inside it', () => {
    expect(texts('It adopted the Agreement.¹ The parties met.', 'en')).toEqual(['It adopted the Agreement.¹', 'The parties met.'])
    expect(texts('It adopted the Agreement.<sup>12</sup> The parties met.', 'en')).toEqual(['It adopted the Agreement.<sup>12</sup>', 'The parties met.'])
  })

  it('ends a list clause at a semicolon and opens sub-items after a colon', () => {
    expect(texts('such as efforts to eradicate poverty; achieve food security; improve education;', 'en')).toEqual(['such as efforts to eradicate poverty;', 'achieve food security;', 'improve education;'])
    expect(texts('Decides as follows: (a) to meet; (b) to report', 'en')).toEqual(['Decides as follows:', '(a) to meet;', '(b) to report'])
  })

  it('never ends a sentence inside brackets', () => {
    expect(texts('The Council (see para. 3. Also annex I. Report) met. It closed.', 'en')).toEqual(['The Council (see para. 3. Also annex I. Report) met.', 'It closed.'])
  })
})

describe('splitSentences, Chinese', () => {
  it('ends a sentence at 。！？ with its closing quotation mark and footnote reference', () => {
    expect(texts('第二委员会举行了实质性讨论(见 A/78/462，第 2 段)。委员会审议该项目的情况载于相关简要记录。<sup>1</sup>', 'zh')).toEqual([
      '第二委员会举行了实质性讨论(见 A/78/462，第 2 段)。',
      '委员会审议该项目的情况载于相关简要记录。<sup>1</sup>',
    ])
    expect(texts('神说：“要有光。”就有了光！', 'zh')).toEqual(['神说：“要有光。”', '就有了光！'])
  })

  it('ends a list clause at ；, never inside 《》 or （）', () => {
    expect(texts('《正式记录，2011 年；补编》(E/2011/31)；同上，《2012 年》(E/2012/31)。', 'zh')).toEqual(['《正式记录，2011 年；补编》(E/2011/31)；', '同上，《2012 年》(E/2012/31)。'])
    expect(texts('（注：见第一段。另见第二段。）正文。', 'zh')).toEqual(['（注：见第一段。另见第二段。）', '正文。'])
  })

  it('splits the real 78/160 paragraphs into the clauses a reader finds', () => {
    const { value } = align(corpusText('000'), corpusText('003'))
    const link = value.pairs.find((l) => l.en.text.includes('achieve food security and nutrition'))
    expect(link && texts(link.zh.text, 'zh')).toHaveLength(8)
    expect(link && texts(link.en.text, 'en')).toHaveLength(8)
    const footnote = value.pairs.find((l) => l.en.text.startsWith('Official Records of the Economic and Social Council, 2011'))
    expect(footnote && texts(footnote.zh.text, 'zh')).toHaveLength(13)
    expect(footnote && texts(footnote.en.text, 'en')).toHaveLength(13)
  })
})

describe('splitSentences, properties', () => {
  it('loses no character: each sentence is the text at its offsets, and only white space lies between', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', ';', ':', '(', ')', '。', '；', '“', '”', '《', '》', '1', '\n', '¹', '汉') , maxLength: 200 }), fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
        const sentences = splitSentences(text, lang)
        let at = 0
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text)
          expect(text.slice(at, s.start).trim()).toBe('')
          at = s.end
        }
        expect(text.slice(at).trim()).toBe('')
      }),
      { numRuns: 300 },
    )
  })

  it('throws options/invalid on an unknown option or language', () => {
    expect(() => splitSentences('a', 'en', { lines: true } as never)).toThrow(/unknown option/)
    expect(() => splitSentences('a', 'fr' as never)).toThrow(/zh/)
  })
})
