import { describe, expect, it } from 'vitest'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { writeTsv } from './write-tsv.js'

function rows(text: string): string[][] {
  return text.trimEnd().split('\n').map((line) => line.split('\t'))
}

describe('writeTsv', () => {
  it('writes a header and five columns on every line', () => {
    for (const alignment of [sampleAlignment(), corpusAlignment()]) {
      const table = rows(writeTsv(alignment, { unpaired: true }))
      expect(table[0]).toEqual(['zh', 'en', 'score', 'method', 'ids'])
      expect(table).toHaveLength(alignment.pairs.length + 1)
      expect(table.every((cells) => cells.length === 5)).toBe(true)
    }
  })

  it('writes text, score, method and ids of each link', () => {
    const alignment = sampleAlignment()
    const link = alignment.pairs.find((l) => l.zh.ids.length > 1)!
    const row = rows(writeTsv(alignment)).find((cells) => cells[4]!.startsWith(`${link.id} `))!
    expect(row).toEqual([link.zh.text.replace(/\n/g, ' '), link.en.text, String(link.score), link.method, `${link.id} zh:${link.zh.ids.join(',')} en:${link.en.ids.join(',')}`])
  })

  it('replaces tabs and line breaks inside text by spaces', () => {
    const base = sampleAlignment()
    const link = { ...base.pairs[0]!, zh: { ids: ['a'], text: '甲\t乙\n丙' }, en: { ids: ['b'], text: 'x\r\ny\u2028z' } }
    expect(rows(writeTsv({ ...base, pairs: [link] }))[1]!.slice(0, 2)).toEqual(['甲 乙 丙', 'x y z'])
  })

  it('refuses an unpaired option that is not a boolean', () => {
    const alignment = sampleAlignment()
    expect(() => writeTsv(alignment, { unpaired: 1 as never })).toThrow(/unpaired/)
  })
})
