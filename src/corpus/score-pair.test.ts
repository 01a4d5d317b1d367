import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocumentInfo } from './corpus-types.js'
import { scoreBound, scorePair } from './score-pair.js'

const maybe = <T>(values: T[]) => fc.option(fc.constantFrom(...values), { nil: null })
const doc = (language: 'zh' | 'en') =>
  fc.record({
    file: fc.constantFrom('a.txt', 'b.txt'),
    language: fc.constant(language),
    format: fc.constant('plain' as const),
    bytes: fc.nat(),
    kind: fc.constantFrom('resolution' as const, 'report' as const, 'other' as const),
    own: fc.subarray(['A/78/462/Add.1', 'E/2025/31']),
    symbols: fc.subarray(['A/78/462/Add.1', 'A/C.2/78/L.48', 'E/2025/31']),
    derived: fc.subarray(['A/RES/78/160', 'A/RES/76/213']),
    mentioned: fc.subarray(['A/78/462/Add.1', 'A/78/462/Add.2']),
    session: maybe(['76', '78']),
    agendaItem: maybe(['19(a)', '22(a)']),
    resolution: maybe(['78/160', '76/213']),
    title: fc.constant(null),
    titles: fc.subarray(['科学', 'Science']),
    body: maybe(['general-assembly', 'second-committee']),
    date: maybe(['2023-12-19', '2021-12-17']),
    adoptedOn: fc.option(fc.record({ body: maybe(['second-committee', 'ecosoc']), report: maybe(['A/78/462/Add.1', 'A/76/534/Add.1']), paragraph: maybe(['7', '9']), text: fc.constant('') }), { nil: null }),
    drafts: fc.array(fc.record({ title: fc.constant(null), paragraph: maybe(['7', '1']) }), { maxLength: 2 }),
    references: fc.subarray(['70/1', '69/313', '76/213', '2015', '2023', '2021', '77/320']),
  }) as fc.Arbitrary<DocumentInfo>

const similarity = (zh: string, en: string): number => (zh === '科学' && en === 'Science' ? 1 : 0)

describe('scorePair', () => {
  it('never scores above the bound its contradictions set, so pairing may skip such pairs', () => {
    fc.assert(
      fc.property(doc('zh'), doc('en'), (zh, en) => {
        const { score } = scorePair(zh, en, similarity)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(scoreBound(zh, en))
      }),
      { numRuns: 500 },
    )
  })

  it('gives a reason for every piece of evidence, contradictions last and starting with "but"', () => {
    fc.assert(
      fc.property(doc('zh'), doc('en'), (zh, en) => {
        const { reasons } = scorePair(zh, en, similarity)
        const firstBut = reasons.findIndex((r) => r.startsWith('but '))
        if (firstBut >= 0) expect(reasons.slice(firstBut).every((r) => r.startsWith('but '))).toBe(true)
        expect(scoreBound(zh, en) < 1).toBe(firstBut >= 0)
      }),
      { numRuns: 300 },
    )
  })
})
