import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { baseCase, deleteParagraph, mergeParagraphs, stripMarkupCase, stripNumbers } from '../../eval/perturb.mjs'
import { dropUnit, glueUnit, moveUnit, shortUnits, stripNumberingOneSide } from '../../eval/perturb/structure-damage.mjs'
import { score } from '../../eval/score.mjs'
import { align } from './align.js'

// Structure is evidence, not a gate: damage that real renderings do to the
// structure of one side (a title glued to its neighbour, the chapeau lost,
// numbering gone, paragraphs merged, deleted or moved) costs at most the
// links it touches. F1 is measured on the pairs that still exist.

type Case = ReturnType<typeof baseCase>
type Side = 'zh' | 'en'
const base = baseCase()
const body = (c: Case, side: Side): string[] => c.gold.pairs.filter((p: { kind: string }) => p.kind === 'preambular' || p.kind === 'operative').map((p: { id: string }) => p.id).filter((id: string) => { try { moveUnit(c, side, id, 1); return true } catch { return false } })

/** One damage, chosen by fast-check, applied to the case as it is by then. */
const damage = fc.oneof(
  fc.record({ op: fc.constant('glue'), side: fc.constantFrom<Side>('zh', 'en'), pick: fc.nat() }),
  fc.record({ op: fc.constant('drop-chapeau'), side: fc.constantFrom<Side>('zh', 'en') }),
  fc.record({ op: fc.constant('strip-numbering'), side: fc.constantFrom<Side>('zh', 'en') }),
  fc.record({ op: fc.constant('merge'), side: fc.constantFrom<Side>('zh', 'en'), seed: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ op: fc.constant('delete'), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('move'), side: fc.constantFrom<Side>('zh', 'en'), pick: fc.nat(), by: fc.constantFrom(-4, -3, -2, 2, 3, 4) }),
)
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never

function apply(c: Case, d: Damage): Case {
  switch (d.op) {
    case 'glue': {
      const ids = shortUnits(c, d.side)
      return ids.length ? glueUnit(c, d.side, ids[d.pick % ids.length] as string) : c
    }
    case 'drop-chapeau':
      return shortUnits(c, d.side).includes('chapeau') ? dropUnit(c, d.side, 'chapeau') : c
    case 'strip-numbering':
      return c.name.includes('strip-numbering') ? c : stripNumberingOneSide(c, d.side)
    case 'merge':
      return c.name.includes('strip-numbering') ? c : mergeParagraphs(c, d.side, { count: 1, seed: d.seed })
    case 'delete':
      return c.name.includes('strip-numbering') || c.name.includes('+delete') ? c : deleteParagraph(c, d.n)
    case 'move': {
      const ids = body(c, d.side)
      return ids.length ? moveUnit(c, d.side, ids[d.pick % ids.length] as string, d.by) : c
    }
  }
}

describe('alignment under structural damage of the 78/160 pair', () => {
  it('keeps F1 ≥ 0.97 on the pairs that still exist and never calls the pair not parallel', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const c = damages.reduce(apply, base)
        const { value, issues } = align(c.zh, c.en)
        expect(issues.some((i) => i.code === 'align/not-parallel'), c.name).toBe(false)
        expect(score(c.gold, value).f1, c.name).toBeGreaterThanOrEqual(0.97)
      }),
      { numRuns: 12 },
    )
  })

  it('aligns whole documents by content when one side lost its part structure, and says where', () => {
    // Plain English text without the lines that mark its resolution part (the adoption line,
    // the resolution's number and title, the chapeau), as an excerpt has it, and unnumbered.
    let c: Case = stripMarkupCase(base)
    for (const id of ['meta-adopted', 'meta-on-report', 'h-res-title', 'chapeau']) c = dropUnit(c, 'en', id)
    const stripped = stripNumberingOneSide(c, 'en')
    const { value, issues } = align(stripped.zh, stripped.en)
    expect(score(stripped.gold, value).f1).toBeGreaterThanOrEqual(0.97)
    expect(issues.some((i) => i.code === 'align/not-parallel')).toBe(false)
    const mismatch = issues.filter((i) => i.code === 'align/structure-mismatch')
    expect(mismatch).toHaveLength(1)
    expect(mismatch[0]?.message).toMatch(/Chinese draft-resolution/)
  })

  it('reports a paragraph moved a few places as moved, linked to its partner', () => {
    const c = moveUnit(base, 'en', 'op-20', -3)
    const { value, issues } = align(c.zh, c.en)
    const moved = issues.filter((i) => i.code === 'align/moved')
    expect(moved).toHaveLength(1)
    const link = value.pairs.find((p) => p.en.ids.includes(moved[0]?.block as string))
    expect(link?.zh.ids).toHaveLength(1)
    expect(link?.zh.ids[0]).toMatch(/\.op20$/)
    expect(score(c.gold, value).recall).toBeGreaterThanOrEqual(0.99)
  })

  it('aligns with numbers, footnote markers, footnotes and markup gone from both sides (F1 ≥ 0.97)', () => {
    const c = stripNumbers(stripMarkupCase(base))
    expect(score(c.gold, align(c.zh, c.en).value).f1).toBeGreaterThanOrEqual(0.97)
  })
})
