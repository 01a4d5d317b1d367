import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import type { Alignment, Link } from '../types.js'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { readTmx } from './read-tmx.js'
import { HOSTILE_EN, HOSTILE_ZH, sampleAlignment } from './fixtures/sample-alignment.js'
import { RESALIGN_VERSION } from './version.js'
import { writeTmx } from './write-tmx.js'

/** C0 controls XML 1.0 forbids (the fixtures hold no other forbidden characters). */
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g

/** Two-sided links as [id, zh, en], computed without the writer's helpers. */
function expectedPairs(alignment: Alignment): [string, string, string][] {
  return alignment.pairs
    .filter((l) => l.zh.text.trim() !== '' && l.en.text.trim() !== '')
    .map((l) => [l.id, l.zh.text.replace(C0, ''), l.en.text.replace(C0, '')])
}

function readPairs(xml: string, zh = 'zh-CN', en = 'en'): [string, string, string][] {
  return readTmx(xml).units.map((u) => [u.tuid!, u.segs[zh]!, u.segs[en]!])
}

function withPairs(alignment: Alignment, pairs: Link[]): Alignment {
  return { ...alignment, pairs }
}

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('writeTmx', () => {
  it('writes a TMX 1.4 header with every attribute the DTD requires', () => {
    const { header } = readTmx(writeTmx(sampleAlignment()))
    expect(header).toEqual({
      creationtool: 'resalign',
      creationtoolversion: RESALIGN_VERSION,
      segtype: 'paragraph',
      'o-tmf': 'resalign-aligned-json',
      adminlang: 'en',
      srclang: 'zh-CN',
      datatype: 'plaintext',
    })
  })

  it('round-trips JSON → TMX → reader: same two-sided pairs, same order, same texts', () => {
    for (const alignment of [sampleAlignment(), corpusAlignment()]) {
      const fromJson = JSON.parse(JSON.stringify(alignment)) as Alignment
      const pairs = readPairs(writeTmx(fromJson))
      expect(pairs).toEqual(expectedPairs(alignment))
      expect(pairs.length).toBeGreaterThan(0)
    }
  })

  it('writes all 46 operative paragraphs of the corpus pair as units', () => {
    const alignment = corpusAlignment()
    const units = readTmx(writeTmx(alignment)).units
    expect(units).toHaveLength(46)
    expect(units.map((u) => u.props['x-number'])).toEqual(alignment.pairs.map((l) => l.number))
  })

  it('escapes markup, ampersands, "]]>" and quotes so they come back as text', () => {
    const xml = writeTmx(sampleAlignment())
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain(']]>')
    expect(xml).not.toContain('<img')
    const unit = readTmx(xml).units.find((u) => u.segs['en']?.includes('alert'))!
    expect(unit.segs['en']).toBe(HOSTILE_EN)
    expect(unit.segs['zh-CN']).toBe(HOSTILE_ZH.replace(C0, ''))
  })

  it('strips characters XML 1.0 cannot carry and records how many', () => {
    const base = sampleAlignment()
    const link = { ...base.pairs[0]!, zh: { ids: ['z'], text: 'a\u0000b\uFFFEc\uD800d' }, en: { ids: ['e'], text: 'x\u001Fy' } }
    const unit = readTmx(writeTmx(withPairs(base, [link]))).units[0]!
    expect(unit.segs).toEqual({ 'zh-CN': 'abcd', en: 'xy' })
    expect(unit.props['x-removed-chars']).toBe('4')
  })

  // Issue #13: OmegaT matched only the units without a lead-verb <hi>: a TM segment must hold the text as the source shows it.
  it('writes every segment as plain text by default: exactly the link text, no inline markup', () => {
    const alignment = sampleAlignment()
    const xml = writeTmx(alignment)
    expect(xml).not.toMatch(/<hi\b|<ph\b|<bpt\b/)
    expect(readPairs(xml)).toEqual(expectedPairs(alignment))
  })

  it('says in the header what a TM tool needs: source language, segment type, and each variant its origin document', () => {
    const alignment = { ...sampleAlignment(), source: { zh: { ...sampleAlignment().source.zh, symbols: [], name: '000.txt' }, en: sampleAlignment().source.en } }
    const tmx = readTmx(writeTmx(alignment))
    expect(tmx.header).toMatchObject({ srclang: 'zh-CN', segtype: 'paragraph', datatype: 'plaintext' })
    const xml = writeTmx(alignment)
    expect(xml).toContain('<prop type="x-document-zh">000.txt</prop>')
    expect(xml).toMatch(/<tuv xml:lang="zh-CN">\n\s+<prop type="x-document">000\.txt<\/prop>/)
  })

  it('marks the lead verb with <hi type="x-lead"> on request, only where the text starts with it', () => {
    const units = readTmx(writeTmx(sampleAlignment(), { markLead: true })).units
    const op1 = units.find((u) => u.props['x-number'] === '1')!
    expect(op1.leads).toEqual({ 'zh-CN': '重申', en: 'Reaffirms its commitments' })
    const base = sampleAlignment().pairs[3]!
    const misplaced = { ...base, lead: { zh: '又重申', en: 'commitments' } }
    expect(readTmx(writeTmx(withPairs(sampleAlignment(), [misplaced]), { markLead: true })).units[0]!.leads).toEqual({})
    expect(readTmx(writeTmx(sampleAlignment())).units.every((u) => Object.keys(u.leads).length === 0)).toBe(true)
  })

  it('describes each unit with props: link id, kind, number, score, method', () => {
    const alignment = sampleAlignment()
    const link = alignment.pairs.find((l) => l.number === '17')!
    const unit = readTmx(writeTmx(alignment)).units.find((u) => u.tuid === link.id)!
    expect(unit.props).toEqual({
      'x-link-id': link.id,
      'x-kind': link.kind,
      'x-number': '17',
      'x-score': String(link.score),
      'x-method': link.method,
    })
  })

  it('writes the document symbol, part kind and block ids of each side in its variant', () => {
    const xml = writeTmx(sampleAlignment())
    expect(xml).toContain('<tuv xml:lang="zh-CN">\n        <prop type="x-document">A/78/462/Add.1</prop>\n        <prop type="x-part">draft-resolution</prop>\n        <prop type="x-blocks">p2.op17 p2.op17b</prop>')
    expect(xml).toContain('<prop type="x-document-en">A/RES/78/160</prop>')
  })

  it('uses the configured language tags for variants and srclang', () => {
    const xml = writeTmx(sampleAlignment(), { zhLang: 'zh-Hans', enLang: 'en-GB' })
    expect(readTmx(xml).header['srclang']).toBe('zh-Hans')
    expect(readPairs(xml, 'zh-Hans', 'en-GB')).toEqual(expectedPairs(sampleAlignment()))
    expect(readTmx(writeTmx(sampleAlignment(), { srclang: '*all*' })).header['srclang']).toBe('*all*')
  })

  it('leaves one-sided links out, or writes them as header notes on request', () => {
    const alignment = sampleAlignment()
    const oneSided = alignment.pairs.filter((l) => !l.zh.text || !l.en.text)
    expect(oneSided.length).toBeGreaterThan(0)
    expect(readTmx(writeTmx(alignment)).headerNotes).toEqual([])
    const notes = readTmx(writeTmx(alignment, { unpaired: true })).headerNotes
    expect(notes).toHaveLength(oneSided.length)
    oneSided.forEach((link, i) => expect(notes[i]).toContain((link.zh.text || link.en.text)))
  })

  it('omits footnote units on request, and marks footnote references when given', () => {
    const alignment = sampleAlignment()
    const footnotes = alignment.pairs.filter((l) => l.kind === 'footnote' && l.zh.text && l.en.text)
    expect(footnotes.length).toBeGreaterThan(0)
    const omitted = readTmx(writeTmx(alignment, { footnotes: 'omit' })).units
    expect(omitted).toHaveLength(expectedPairs(alignment).length - footnotes.length)
    const refs = { zh: { 'p2.op17b': ['15'] }, en: { 'p1.op17': ['15', '16'] } }
    const xml = writeTmx(alignment, { footnoteRefs: refs })
    expect(xml).toContain('<prop type="x-footnotes">15</prop>')
    expect(xml).toContain('<prop type="x-footnotes">15 16</prop>')
    expect(writeTmx(alignment, { footnoteRefs: refs, footnotes: 'omit' })).not.toContain('x-footnotes')
  })

  it('leaves out links scoring below minScore', () => {
    const units = readTmx(writeTmx(sampleAlignment(), { minScore: 0.5 })).units
    expect(units.map((u) => Number(u.props['x-score'])).every((s) => s >= 0.5)).toBe(true)
    expect(units.length).toBeLessThan(expectedPairs(sampleAlignment()).length)
  })

  it('writes creationdate in the TMX date format when given', () => {
    const header = readTmx(writeTmx(sampleAlignment(), { creationDate: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) })).header
    expect(header['creationdate']).toBe('20240102T030405Z')
  })

  it('is deterministic: the same alignment gives the same bytes', () => {
    expect(writeTmx(corpusAlignment())).toBe(writeTmx(corpusAlignment()))
  })

  it.each([
    [{ zhLang: 'zh_CN' }, 'zhLang'],
    [{ minScore: 1.5 }, 'minScore'],
    [{ footnotes: 'inline' }, 'footnotes'],
    [{ creationDate: new Date('nope') }, 'creationDate'],
    [{ colour: 'red' }, 'colour'],
  ])('throws options/invalid for %j', (options, key) => {
    const error = thrown(() => writeTmx(sampleAlignment(), options as never))
    expect(isResalignError(error) && error.code).toBe('options/invalid')
    expect((error as Error).message).toContain(key)
  })
})
