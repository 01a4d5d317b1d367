import { describe, expect, it } from 'vitest'
import { ALIGNED_VERSION, type Alignment, type Link } from '../types.js'
import { glossaryUnits } from './glossary-units.js'

const link = (id: string, zh: string, en: string, sentences?: Link['sentences']): Link => ({
  id, zh: { ids: zh ? [`z${id}`] : [], text: zh }, en: { ids: en ? [`e${id}`] : [], text: en }, score: zh && en ? 0.9 : 0,
  method: zh && en ? 'number' : 'none', kind: 'paragraph', number: null, part: { zh: null, en: null }, ...(sentences ? { sentences } : {}),
})
const alignment = (pairs: Link[]): Alignment => ({ version: ALIGNED_VERSION, source: { zh: {}, en: {} }, pairs } as unknown as Alignment)

describe('glossaryUnits', () => {
  it('counts over the two-sided sentence links of a link where there are several', () => {
    const units = glossaryUnits([alignment([
      link('l1', '甲。乙。', 'A. B.', [
        { zh: ['甲。'], en: ['A.'], score: 0.9, method: 'lexicon' },
        { zh: ['乙。'], en: [], score: 0, method: 'none' },
        { zh: [], en: ['B.'], score: 0, method: 'none' },
      ]),
    ])])
    expect(units).toEqual([{ link: 'l1', zh: '甲。', en: 'A.' }])
  })

  it('counts over the link itself without sentence links, and skips one-sided links', () => {
    const units = glossaryUnits([alignment([link('l1', '甲。', 'A.'), link('l2', '乙。', '')]), alignment([link('l1', '丙。', 'C.')])])
    expect(units).toEqual([{ link: '0:l1', zh: '甲。', en: 'A.' }, { link: '1:l1', zh: '丙。', en: 'C.' }])
  })
})
