import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scoreSentences } from '../../eval/score-sentences.mjs'
import { corpusText } from '../../test/corpus.js'
import { align } from '../align/align.js'
import { alignSentences } from './align-sentences.js'
import { sentenceLinks } from './sentence-links.js'

const readGold = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'gold', name), 'utf8'))
const gold = readGold('78-160-sentences.json')
const aligned = align(corpusText('000'), corpusText('003')).value

describe('alignSentences on the 78/160 pair', () => {
  it('scores at least 0.97 F1 against the UN sentence gold (150 links, read by hand)', () => {
    const s = scoreSentences(gold, alignSentences(aligned).value)
    expect(s.f1).toBeGreaterThanOrEqual(0.97)
  })

  it('the scorer can fail: sentence links shifted by one in a long list score lower', () => {
    const { value } = alignSentences(aligned)
    const pairs = value.pairs.map((l) => (l.sentences && l.sentences.length > 10 ? { ...l, sentences: [{ ...l.sentences[0]!, en: [] }, ...l.sentences.slice(1).map((s, k) => ({ ...s, en: l.sentences![k]!.en }))] } : l))
    expect(scoreSentences(gold, { ...value, pairs }).f1).toBeLessThan(0.97)
  })

  it('keeps every sentence of every link once, in order, and names a method on each sentence link', () => {
    const { value } = alignSentences(aligned)
    for (const link of value.pairs) {
      const sentences = link.sentences ?? []
      for (const side of ['zh', 'en'] as const) {
        const joined = sentences.flatMap((s) => s[side]).join('').replace(/\s+/g, '')
        expect(joined).toBe(link[side].text.replace(/\s+/g, ''))
      }
      for (const s of sentences) expect(['paragraph', 'lexicon', 'length', 'none']).toContain(s.method)
    }
  })

  it('aligns a 1–4 link where Chinese joins with commas what English lists with semicolons', () => {
    const { value } = alignSentences(aligned)
    const link = value.pairs.find((l) => l.en.text.includes('business opportunities for the private sector'))
    expect(link?.sentences?.map((s) => [s.zh.length, s.en.length])).toEqual([[1, 4]])
  })

  it('writes each sentence link as a link l<n>.s<k> for the unit writers', () => {
    const units = sentenceLinks(alignSentences(aligned).value)
    const list = units.pairs.filter((l) => l.en.text.includes('ibid.,'))
    expect(list).toHaveLength(12)
    expect(list[0]?.id).toMatch(/^l\d+\.s2$/)
    expect(list.every((l) => l.zh.text.startsWith('同上'))).toBe(true)
  })
})

describe('alignSentences on the cross pair 76/213 (zh) ↔ 78/160 (en), which holds the 1–2 link', () => {
  const cross = readGold('76-213-vs-78-160-sentences.json')
  const value = alignSentences(align(corpusText('001'), corpusText('003')).value).value

  it('scores at least 0.97 F1 against its sentence gold (134 links, read by hand)', () => {
    expect(cross.counts.oneToTwo).toBeGreaterThanOrEqual(1)
    expect(scoreSentences(cross, value).f1).toBeGreaterThanOrEqual(0.97)
  })

  it('aligns one 76/213 sentence with the two 78/160 sentences that carry its content (1–2)', () => {
    const s = value.pairs.flatMap((l) => l.sentences ?? []).find((x) => x.zh.some((t) => t.includes('数字合作组织')))
    expect(s?.en).toHaveLength(2)
    expect(s?.en[0]).toMatch(/^Noting that the coronavirus disease/)
    expect(s?.en[1]).toMatch(/^Noting also the multilateral and regional initiatives/)
  })
})
