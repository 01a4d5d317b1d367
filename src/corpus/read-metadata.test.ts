import { describe, expect, it } from 'vitest'
import { segment } from '../segment.js'
import { CORPUS, SEEDS } from './fixtures/seed-corpus.js'
import { readDocument } from './read-document.js'
import { bodyIn, readMetadata, referencesOf, symbolsIn } from './read-metadata.js'

describe('readMetadata', () => {
  it('reads session, agenda item, resolution number, title, date and adoption line of an English resolution', async () => {
    const d = await readDocument(CORPUS, SEEDS.res78en)
    expect(d).toMatchObject({ language: 'en', kind: 'resolution', session: '78', agendaItem: '19(a)', resolution: '78/160', date: '2023-12-19', body: 'general-assembly' })
    expect(d.title).toBe('Science, technology and innovation for sustainable development')
    expect(d.adoptedOn).toMatchObject({ body: 'second-committee', report: 'A/78/462/Add.1', paragraph: '7' })
    expect(d.derived).toEqual(['A/RES/78/160'])
  })

  it('reads the same fields from a Chinese resolution, "[根据…的报告(…, 第 7 段)通过]" included', async () => {
    const d = await readDocument(CORPUS, SEEDS.res76zh)
    expect(d).toMatchObject({ language: 'zh', kind: 'resolution', session: '76', agendaItem: '22(a)', resolution: '76/213', date: '2021-12-17' })
    expect(d.title).toBe('科学、技术和创新促进可持续发展')
    expect(d.adoptedOn).toMatchObject({ body: 'second-committee', report: 'A/76/534/Add.1', paragraph: '7' })
    expect(d.derived).toEqual(['A/RES/76/213'])
  })

  it('reads who wrote a report, the series its title footnote names and the paragraph recommending its draft', async () => {
    const d = await readDocument(CORPUS, SEEDS.report78)
    expect(d).toMatchObject({ kind: 'report', body: 'second-committee', session: '78', agendaItem: '19(a)', resolution: null, adoptedOn: null })
    expect(d.mentioned).toContain('A/78/462/Add.1')
    expect(d.drafts).toEqual([{ title: '科学、技术和创新促进可持续发展', paragraph: '7' }])
  })

  it('reads an agenda item from "临时议程 项目 20" and the author of a Secretary-General report', async () => {
    const d = await readDocument(CORPUS, SEEDS.sgReport)
    expect(d).toMatchObject({ session: '80', agendaItem: '20', body: 'secretary-general', kind: 'report' })
  })

  it('reads a resolution adopted without reference to a Main Committee, and an ECOSOC one by its chapeau', () => {
    const text = [
      'Seventy-ninth session',
      'Agenda item 15',
      'Resolution adopted by the General Assembly on 5 December 2024',
      '[without reference to a Main Committee (A/79/L.23 and A/79/L.23/Add.1)]',
      '79/50. Culture of peace',
      'The General Assembly,',
      'Recalling its resolution 78/1 of 2023,',
      '1. Decides to continue the consideration of the item;',
    ].join('\n\n')
    const ga = readMetadata(segment(text, { lang: 'en' }).value, { file: 'x.txt', bytes: text.length, text })
    expect(ga).toMatchObject({ session: '79', agendaItem: '15', resolution: '79/50', title: 'Culture of peace', date: '2024-12-05', body: 'general-assembly', derived: ['A/RES/79/50'] })
    expect(ga.adoptedOn).toMatchObject({ body: null, report: 'A/79/L.23', paragraph: null })
    const ecosoc = text.replace('Resolution adopted by the General Assembly on 5 December 2024', '').replace('The General Assembly,', 'The Economic and Social Council,').replace('79/50.', '2024/13.')
    expect(readMetadata(segment(ecosoc, { lang: 'en' }).value, { file: 'y.txt', bytes: 1, text: ecosoc })).toMatchObject({ resolution: '2024/13', body: 'ecosoc', derived: ['E/RES/2024/13'] })
  })

  it('keeps reference numbers that stand alone and leaves out those inside symbols', () => {
    expect(referencesOf('resolution 70/1 of 2015; A/78/462/Add.1, A/C.2/78/L.48 and 第 69/313 号决议 (2015 年)')).toEqual(['2015', '69/313', '70/1'])
  })

  it('reads symbols without a sentence-final dot', () => {
    expect(symbolsIn('see A/78/462/Add.1. And E/CN.16/2025/4, A/RES/78/160')).toEqual(['A/78/462/Add.1', 'E/CN.16/2025/4', 'A/RES/78/160'])
  })

  it('names the most specific body: a committee before the General Assembly', () => {
    expect(bodyIn('根据第二委员会的报告', 'zh')).toBe('second-committee')
    expect(bodyIn('2021 年 12 月 17 日大会决议', 'zh')).toBe('general-assembly')
    expect(bodyIn('Report of the Economic and Social Council', 'en')).toBe('ecosoc')
  })
})
