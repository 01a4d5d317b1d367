import { describe, expect, it } from 'vitest'
import type { Alignment } from '../types.js'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { writeMoses } from './write-moses.js'

/** Splits the way Python's str.splitlines does, the strictest common reader. */
function lines(text: string): string[] {
  return text.split(/\r\n|[\n\r\v\f\u001C-\u001E\u0085\u2028\u2029]/).slice(0, -1)
}
function twoSided(alignment: Alignment) {
  return alignment.pairs.filter((l) => l.zh.text.trim() && l.en.text.trim())
}

describe('writeMoses', () => {
  it('writes the same number of lines on both sides, one per two-sided link', () => {
    for (const alignment of [sampleAlignment(), corpusAlignment()]) {
      const { zh, en } = writeMoses(alignment)
      expect(lines(zh)).toHaveLength(twoSided(alignment).length)
      expect(lines(en)).toHaveLength(lines(zh).length)
    }
  })

  it('puts line i of one side opposite its translation on line i of the other', () => {
    const alignment = corpusAlignment()
    const { zh, en } = writeMoses(alignment)
    const pairs = lines(zh).map((line, i) => [line, lines(en)[i]])
    expect(pairs).toEqual(twoSided(alignment).map((l) => [l.zh.text, l.en.text]))
  })

  it('replaces line breaks inside a link by a space', () => {
    const base = sampleAlignment()
    const link = { ...base.pairs[0]!, zh: { ids: ['a'], text: '甲\n乙\u2028丙' }, en: { ids: ['b'], text: 'one\r\ntwo\tthree\u0085four' } }
    expect(writeMoses({ ...base, pairs: [link] })).toEqual({ zh: '甲 乙 丙\n', en: 'one two three four\n' })
  })

  it('leaves out links under minScore and rejects a bad minScore', () => {
    const alignment = sampleAlignment()
    const kept = twoSided(alignment).filter((l) => l.score >= 0.5).length
    expect(lines(writeMoses(alignment, { minScore: 0.5 }).en)).toHaveLength(kept)
    expect(() => writeMoses(alignment, { minScore: -1 })).toThrow(/minScore/)
  })
})
