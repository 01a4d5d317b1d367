import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import { segment } from '../../src/segment.js'
import type { Alignment, Lang } from '../../src/types.js'
import { applyEdit, type Edit } from './gen/mutate.mjs'
import { contractProblems, EN, GOLD, type Gold, normOf, scoreOf, ZH } from './helpers.js'

// A partial document (a truncated file, a lost page) still aligns where it exists; what lost
// its partner is output as one-sided links and reported.

const norm = await normOf()
const PARAGRAPH_KINDS = new Set(['preambular', 'operative', 'subparagraph', 'footnote'])

const CASES: ReadonlyArray<{ readonly name: string; readonly side: Lang; readonly edit: Edit }> = [
  { name: 'the English file cut in the middle of a line', side: 'en', edit: { kind: 'truncate', at: 0.5 } },
  { name: 'the English file without a page (12 lines) in the preamble', side: 'en', edit: { kind: 'delete-lines', at: 0.25, count: 12 } },
  { name: 'the English file without a page (12 lines) in the operative part', side: 'en', edit: { kind: 'delete-lines', at: 0.7, count: 12 } },
  { name: 'the Chinese file cut at 60 %', side: 'zh', edit: { kind: 'truncate', at: 0.6 } },
  { name: 'the Chinese file without a page (12 lines) of the draft', side: 'zh', edit: { kind: 'delete-lines', at: 0.45, count: 12 } },
]

/**
 * Split the gold by what survived on the damaged side: pairs whose keys are all still there,
 * pairs with none left (their other side must stay unpaired), and the rest (cut through: ignored).
 */
function splitGold(damaged: string, side: Lang): { present: Gold; lost: Gold['pairs'] } {
  const text = norm(damaged)
  const has = (k: string) => text.includes(norm(k))
  const pairs = GOLD.pairs.filter((p) => p.exactMatch === undefined)
  const present = pairs.filter((p) => p[side].every(has))
  const lost = pairs.filter((p) => !p[side].some(has))
  const other: Lang = side === 'zh' ? 'en' : 'zh'
  const orphans = lost.map((p) => ({ id: p.id, kind: p.kind, keys: p[other] }))
  return {
    present: { pairs: present, zhOnly: [...GOLD.zhOnly, ...(other === 'zh' ? orphans : [])], enOnly: [...GOLD.enOnly, ...(other === 'en' ? orphans : [])] },
    lost,
  }
}

describe.each(CASES)('$name', ({ side, edit }) => {
  const damaged = applyEdit(side === 'zh' ? ZH : EN, edit)
  const zhInput = side === 'zh' ? damaged : ZH
  const enInput = side === 'en' ? damaged : EN
  const zt = segment(zhInput)
  const et = segment(enInput)
  const { value, issues } = align(zt.value, et.value)
  const { present, lost } = splitGold(damaged, side)
  const other: Lang = side === 'zh' ? 'en' : 'zh'

  it('is a real loss: some gold pairs are gone, most remain', () => {
    expect(lost.length).toBeGreaterThanOrEqual(5)
    expect(present.pairs.length).toBeGreaterThanOrEqual(30)
  })

  it('aligns the part that exists as well as the whole file (P and R ≥ 0.95 on the surviving pairs)', async () => {
    const s = await scoreOf(value, present)
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('outputs every paragraph that lost its partner as a one-sided link with an issue', () => {
    const oneSided = value.pairs.filter((p) => p[side].ids.length === 0)
    for (const pair of lost) {
      const key = norm(pair[other][0] as string)
      const link = oneSided.find((p) => norm(p[other].text).includes(key))
      expect(link, `${pair.id} is unpaired`).toBeDefined()
      if (link && PARAGRAPH_KINDS.has(pair.kind)) {
        const reported = issues.some((i) => i.code === 'align/unpaired-block' && i.side === other && i.block === link[other].ids[0])
        expect(reported, `${pair.id} (${link[other].ids[0]}) is reported`).toBe(true)
      }
    }
  })

  it('loses no block and no text', () => {
    expect(contractProblems(value as Alignment, zt.value, et.value)).toEqual([])
    expect([...zt.issues, ...et.issues].filter((i) => i.code.startsWith('internal/'))).toEqual([])
  })
})
