import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { UN_GLOSSARY } from './data/un-glossary.js'
import type { TermCandidate } from './glossary-types.js'
import { readGlossary } from './read-glossary.js'
import { writeGlossaryCsv, writeGlossaryTsv } from './write-glossary-csv.js'
import { writeGlossaryJson } from './write-glossary-json.js'
import { writeTbx } from './write-tbx.js'

const terms: TermCandidate[] = [
  {
    zh: '科学、技术和创新', en: 'science, technology and innovation', score: 0.96, association: 0.92, count: 42, frequency: { zh: 50, en: 48 }, known: true, evidence: ['l1', 'l2'],
    examples: [{ link: 'l1', zh: '…认识到科学、技术和创新对追求可持续发展至关重要…', en: '…Recognizing that science, technology and innovation are critical…' }, { link: 'l2', zh: '科学、技术和创新', en: 'science, technology and innovation' }],
  },
  { zh: '研究 & 开发', en: 'R&D <draft> "quoted"', score: 0.5, association: 0.5, count: 2, frequency: { zh: 2, en: 3 }, known: false, evidence: ['l3', 'l9'], examples: [{ link: 'l3', zh: '研究 & 开发 <b>', en: 'R&D <draft> "quoted" & more' }] },
  { zh: '制表\t符', en: 'line\nbreak\u0001', score: 0.4, association: 0.4, count: 2, frequency: { zh: 2, en: 2 }, known: false, evidence: ['l4', 'l5'], examples: [] },
]
const schema = new URL('./fixtures/TBXcoreStructV03_TBX-Basic_integrated.rng', import.meta.url).pathname
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0

describe('writeTbx', () => {
  it('writes a TBX-Basic 2019 document that parses back', () => {
    const tbx = writeTbx(terms)
    expect(tbx).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">')
    expect(XMLValidator.validate(tbx)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(tbx)
    expect(doc.tbx.text.body.conceptEntry).toHaveLength(3)
    const first = doc.tbx.text.body.conceptEntry[0]
    expect(first.note).toContain('association 0.92; links 42; frequency zh 50, en 48; in glossary; evidence l1 l2; examples l1 l2')
    expect(first.langSec[1].termSec.descrip).toEqual({ '#text': '…Recognizing that science, technology and innovation are critical…', '@_type': 'context' })
    expect(readGlossary(tbx).value.map((e) => [e.zh[0], e.en[0]])).toEqual([
      ['科学、技术和创新', 'science, technology and innovation'],
      ['研究 & 开发', 'R&D <draft> "quoted"'],
      ['制表 符', 'line break'],
    ])
  })

  it('writes glossary entries with all their forms, notes and domains', () => {
    const entry = UN_GLOSSARY.find((e) => e.zh[0] === '科学和技术促进发展委员会')!
    const back = readGlossary(writeTbx([entry])).value[0]!
    expect(back.zh).toEqual(entry.zh)
    expect(back.en).toEqual(entry.en)
    expect(back.domain).toBe('body')
  })

  it.skipIf(!hasXmllint)('validates against the TBX-Basic RELAX NG schema (xmllint)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resalign-tbx-'))
    const file = join(dir, 'terms.tbx')
    writeFileSync(file, writeTbx([...terms, ...UN_GLOSSARY.slice(0, 50)]))
    const run = spawnSync('xmllint', ['--noout', '--relaxng', schema, file], { encoding: 'utf8' })
    expect(run.stderr).toContain('validates')
    expect(run.status).toBe(0)
  })

  it.skipIf(!hasXmllint)('is caught by the schema check when invalid (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resalign-tbx-'))
    const file = join(dir, 'bad.tbx')
    writeFileSync(file, writeTbx(terms).replace('<termSec>', '<termSection>').replace('</termSec>', '</termSection>'))
    expect(() => execFileSync('xmllint', ['--noout', '--relaxng', schema, file], { stdio: 'pipe' })).toThrow()
  })
})

describe('CSV, TSV and JSON writers', () => {
  it('writes CSV with the evidence columns after zh,en,score,count,known, and parses back', () => {
    const csv = writeGlossaryCsv(terms)
    expect(csv.split('\n')[0]).toBe('zh,en,score,count,known,association,zh_frequency,en_frequency,example_link,example_zh,example_en')
    const rows = parse(csv, { columns: true }) as Record<string, string>[]
    expect(rows[0]).toEqual({
      zh: '科学、技术和创新', en: 'science, technology and innovation', score: '0.96', count: '42', known: 'yes', association: '0.92', zh_frequency: '50', en_frequency: '48',
      example_link: 'l1', example_zh: '…认识到科学、技术和创新对追求可持续发展至关重要…', example_en: '…Recognizing that science, technology and innovation are critical…',
    })
    expect(rows[1]!.en).toBe('R&D <draft> "quoted"')
    expect(readGlossary(csv).value[0]).toEqual({ zh: ['科学、技术和创新'], en: ['science, technology and innovation'] })
  })

  it('writes TSV with one line per term', () => {
    const lines = writeGlossaryTsv(terms).split('\n').slice(0, -1)
    expect(lines).toHaveLength(4)
    expect(lines[3]!.split('\t')).toEqual(['制表 符', 'line break\u0001', '0.4', '2', 'no', '0.4', '2', '2', '', '', ''])
  })

  // Issue #13: one TSV writer (csv-stringify over flattenLine) for links and terms; the glossary's own
  // left U+2028 and NEL in a field, which readers that split on every Unicode line break take as a new line.
  it('writes TSV with every Unicode line break inside a field made a space, as the links TSV does', () => {
    const term = { ...terms[0]!, zh: '甲\u2028乙', en: 'a\u0085b\u2029c' }
    const lines = writeGlossaryTsv([term]).split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/)
    expect(lines).toHaveLength(3)
    expect(lines[1]!.split('\t').slice(0, 2)).toEqual(['甲 乙', 'a b c'])
  })

  it('writes JSON { terms: [...] }', () => {
    const json = JSON.parse(writeGlossaryJson(terms))
    expect(Object.keys(json)).toEqual(['terms'])
    expect(json.terms[0]).toEqual(terms[0])
    expect(Object.keys(json.terms[0])).toEqual(['zh', 'en', 'score', 'association', 'count', 'frequency', 'known', 'evidence', 'examples'])
  })
})
