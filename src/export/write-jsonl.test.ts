import { describe, expect, it } from 'vitest'
import type { Link } from '../types.js'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { writeJsonl } from './write-jsonl.js'

describe('writeJsonl', () => {
  it('writes one JSON line per link, equal to the links of the aligned JSON', () => {
    for (const alignment of [sampleAlignment(), corpusAlignment()]) {
      const text = writeJsonl(alignment)
      expect(text.endsWith('\n')).toBe(true)
      const lines = text.slice(0, -1).split('\n')
      expect(lines).toHaveLength(alignment.pairs.length)
      expect(lines.map((line) => JSON.parse(line) as Link)).toEqual(JSON.parse(JSON.stringify(alignment.pairs)))
    }
  })

  it('keeps one link per line even when text holds U+2028 or U+2029', () => {
    const base = sampleAlignment()
    const link = { ...base.pairs[0]!, zh: { ids: ['a'], text: '甲\u2028乙\u2029丙\n丁' } }
    const text = writeJsonl({ ...base, pairs: [link, base.pairs[1]!] })
    expect(text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).filter(Boolean)).toHaveLength(2)
    expect((JSON.parse(text.split('\n')[0]!) as Link).zh.text).toBe('甲\u2028乙\u2029丙\n丁')
  })

  it('writes only two-sided links when asked', () => {
    const alignment = sampleAlignment()
    const lines = writeJsonl(alignment, { twoSidedOnly: true }).trimEnd().split('\n')
    expect(lines).toHaveLength(alignment.pairs.filter((l) => l.zh.text && l.en.text).length)
    expect(() => writeJsonl(alignment, { twoSidedOnly: 'yes' as never })).toThrow(/twoSidedOnly/)
  })

  it('writes nothing for an alignment without links', () => {
    expect(writeJsonl({ ...sampleAlignment(), pairs: [] })).toBe('')
  })
})
