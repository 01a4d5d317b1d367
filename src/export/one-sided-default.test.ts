// Issue #13: TSV wrote one-sided rows by default while Moses and TMX left them out.
// One default (two-sided only) and one option (`unpaired: true`) across the line formats.
import { describe, expect, it } from 'vitest'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { readTmx } from './read-tmx.js'
import { isTwoSided } from './two-sided.js'
import { writeMoses } from './write-moses.js'
import { writeTmx } from './write-tmx.js'
import { writeTsv } from './write-tsv.js'

const alignment = sampleAlignment()
const twoSided = alignment.pairs.filter(isTwoSided).length
const oneSided = alignment.pairs.length - twoSided
const lines = (s: string) => s.split('\n').slice(0, -1)

describe('one-sided links: one default and one option for TSV, Moses and TMX', () => {
  it('the fixture has both kinds', () => {
    expect(twoSided).toBeGreaterThan(0)
    expect(oneSided).toBeGreaterThan(0)
  })

  it('writes two-sided links only by default', () => {
    expect(lines(writeTsv(alignment))).toHaveLength(twoSided + 1)
    expect(lines(writeMoses(alignment).zh)).toHaveLength(twoSided)
    expect(readTmx(writeTmx(alignment)).units).toHaveLength(twoSided)
    expect(readTmx(writeTmx(alignment)).headerNotes).toHaveLength(0)
  })

  it('writes every link with unpaired: true, the missing side empty (TMX: as header notes)', () => {
    expect(lines(writeTsv(alignment, { unpaired: true }))).toHaveLength(alignment.pairs.length + 1)
    const moses = writeMoses(alignment, { unpaired: true })
    expect(lines(moses.zh)).toHaveLength(alignment.pairs.length)
    expect(lines(moses.en)).toHaveLength(alignment.pairs.length)
    expect(lines(moses.zh).filter((l) => l === '').length + lines(moses.en).filter((l) => l === '').length).toBe(oneSided)
    expect(readTmx(writeTmx(alignment, { unpaired: true })).headerNotes).toHaveLength(oneSided)
  })
})
