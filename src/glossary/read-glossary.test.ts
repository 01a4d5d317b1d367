import { describe, expect, it } from 'vitest'
import { guessFormat, readGlossary } from './read-glossary.js'

describe('readGlossary: CSV and TSV', () => {
  it('reads zh,en[,note] rows without a header', () => {
    const { value, issues } = readGlossary('能力建设,capacity-building,UN hyphenates\n《巴黎协定》,Paris Agreement\n')
    expect(value).toEqual([
      { zh: ['能力建设'], en: ['capacity-building'], note: 'UN hyphenates' },
      { zh: ['巴黎协定'], en: ['Paris Agreement'] },
    ])
    expect(issues).toEqual([])
  })

  it('reads a header in any column order, with a BOM and quoted commas', () => {
    const csv = '\uFEFFEnglish,Note,中文\n"science, technology and innovation",,科学、技术和创新\n'
    expect(readGlossary(csv).value).toEqual([{ zh: ['科学、技术和创新'], en: ['science, technology and innovation'] }])
  })

  it('swaps columns when English comes first without a header, and says so', () => {
    const { value, issues } = readGlossary('brain drain,人才流失\ndecent work,体面工作\n')
    expect(value[0]).toEqual({ zh: ['人才流失'], en: ['brain drain'] })
    expect(issues.map((i) => i.code)).toEqual(['glossary/columns-swapped'])
  })

  it('splits variants on | and merges rows that share a Chinese term', () => {
    const { value } = readGlossary('可持续发展目标,Sustainable Development Goals|SDGs\n可持续发展目标,SDG\n')
    expect(value).toEqual([{ zh: ['可持续发展目标'], en: ['Sustainable Development Goals', 'SDGs', 'SDG'] }])
  })

  it('reports incomplete rows and keeps the others', () => {
    const { value, issues } = readGlossary('zh,en\n能力建设,\n,orphan\n人才流失,brain drain\n')
    expect(value).toHaveLength(1)
    expect(issues.filter((i) => i.code === 'glossary/incomplete-row')).toHaveLength(2)
    expect(issues[0]!.message).toMatch(/Line 2/)
  })

  it('reads TSV', () => {
    expect(guessFormat('zh\ten\n能力建设\tcapacity-building\n')).toBe('tsv')
    expect(readGlossary('zh\ten\n能力建设\tcapacity-building\n').value).toEqual([{ zh: ['能力建设'], en: ['capacity-building'] }])
  })

  it('throws input/unreadable on a broken CSV', () => {
    expect(() => readGlossary('"unterminated,quote\n', { format: 'csv' })).toThrow(expect.objectContaining({ code: 'input/unreadable' }))
  })

  it('throws format/unknown on an unknown format', () => {
    expect(() => readGlossary('x', { format: 'xlsx' as never })).toThrow(expect.objectContaining({ code: 'format/unknown' }))
  })
})

describe('readGlossary: TBX', () => {
  it('reads TBX-Basic 2019 (conceptEntry/langSec/termSec) with notes and subject fields', () => {
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="subjectField">policy</descrip>
      <note>UN usage</note>
      <langSec xml:lang="zh-CN"><termSec><term>技术转让</term></termSec><termSec><term>转让技术</term></termSec></langSec>
      <langSec xml:lang="en-US"><termSec><term>technology <hi type="italics">transfer</hi></term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`
    expect(guessFormat(tbx)).toBe('tbx')
    expect(readGlossary(tbx).value).toEqual([{ zh: ['技术转让', '转让技术'], en: ['technology transfer'], note: 'UN usage', domain: 'policy' }])
  })

  it('reads TBX 2 (martif/termEntry/langSet/tig)', () => {
    const tbx = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1">
    <langSet xml:lang="zh"><tig><term>人才流失</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>brain drain</term></tig></langSet>
  </termEntry>
  <termEntry id="t2">
    <langSet lang="zho"><ntig><termGrp><term>体面工作</term></termGrp></ntig></langSet>
    <langSet lang="eng"><ntig><termGrp><term>decent work</term></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>`
    expect(readGlossary(tbx).value).toEqual([
      { zh: ['人才流失'], en: ['brain drain'] },
      { zh: ['体面工作'], en: ['decent work'] },
    ])
  })

  it('throws input/unreadable on XML that is not well-formed', () => {
    expect(() => readGlossary('<tbx><text></tbx>')).toThrow(expect.objectContaining({ code: 'input/unreadable' }))
  })
})
