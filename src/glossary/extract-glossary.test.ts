import { describe, expect, it } from 'vitest'
import { ALIGNED_VERSION, type Alignment } from '../types.js'
import { extractGlossary } from './extract-glossary.js'
import { isCorrect, precisionAt, referencePairs } from './fixtures/reference-terms.js'
import { chineseParagraphs, englishParagraphs, resolutionAlignment } from './fixtures/resolution-78-160.js'
import { englishKey } from './normalize-en.js'
import { chineseKey } from './normalize-zh.js'

const alignment = resolutionAlignment()
const withGlossary = extractGlossary([alignment], { known: true }).value.terms
const statisticsOnly = extractGlossary([alignment], { builtIn: false }).value.terms
/** All terms ranked by score (the output lists new ones first). */
const byScore = [...withGlossary].sort((a, b) => b.score - a.score)
const blind = referencePairs('blind')
const reviewed = referencePairs('reviewed')

describe('78/160 fixture', () => {
  it('cuts 47 preambular and 46 operative paragraphs on each side', () => {
    for (const side of [chineseParagraphs(), englishParagraphs()]) {
      expect(side.filter((p) => p.kind === 'preambular')).toHaveLength(47)
      expect(side.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)))
    }
    expect(alignment.pairs).toHaveLength(93)
  })

  it('has a reference of at least 150 pairs', () => {
    expect(blind.length).toBeGreaterThanOrEqual(150)
  })
})

describe('extractGlossary on 78/160', () => {
  // Measured (all terms by score): P@50 = 0.94 and P@100 = 0.92 against the blind reference, 1.00 and 0.99 against the reviewed one.
  it('keeps precision with the built-in glossary', () => {
    expect(precisionAt(50, byScore, blind)).toBeGreaterThanOrEqual(0.9)
    expect(precisionAt(100, byScore, blind)).toBeGreaterThanOrEqual(0.9)
    expect(precisionAt(50, byScore, reviewed)).toBeGreaterThanOrEqual(0.95)
    expect(precisionAt(100, byScore, reviewed)).toBeGreaterThanOrEqual(0.95)
  })

  // Measured: 107 terms (pairs seen in one link among them), P@50 0.90 and P@100 0.89 (blind), 0.94 and 0.91 (reviewed).
  it('keeps precision from statistics alone (no glossary)', () => {
    expect(statisticsOnly.length).toBeGreaterThanOrEqual(100)
    expect(precisionAt(50, statisticsOnly, blind)).toBeGreaterThanOrEqual(0.88)
    expect(precisionAt(100, statisticsOnly, blind)).toBeGreaterThanOrEqual(0.85)
    expect(precisionAt(50, statisticsOnly, reviewed)).toBeGreaterThanOrEqual(0.92)
    expect(precisionAt(100, statisticsOnly, reviewed)).toBeGreaterThanOrEqual(0.88)
  })

  // Measured: 46 new terms, precision 0.80 (blind), 0.89 (reviewed).
  it('proposes new terms, most of them correct', () => {
    const fresh = withGlossary.filter((t) => !t.known)
    expect(fresh.length).toBeGreaterThanOrEqual(40)
    expect(precisionAt(50, fresh, blind)).toBeGreaterThanOrEqual(0.77)
    expect(precisionAt(50, fresh, reviewed)).toBeGreaterThanOrEqual(0.86)
  })

  it('lists new terms first, each group best first, with scores in [0, 1]', () => {
    const known = withGlossary.findIndex((t) => t.known)
    expect(withGlossary.slice(known).every((t) => t.known)).toBe(true)
    for (const group of [withGlossary.slice(0, known), withGlossary.slice(known)]) {
      const scores = group.map((t) => t.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
    for (const t of withGlossary) expect(t.score >= 0 && t.score <= 1).toBe(true)
  })

  it('leaves known terms out unless asked for', () => {
    const fresh = extractGlossary([alignment]).value.terms
    expect(fresh.length).toBeGreaterThan(0)
    expect(fresh.every((t) => !t.known)).toBe(true)
    expect(fresh.map((t) => t.zh)).toEqual(withGlossary.filter((t) => !t.known).map((t) => t.zh))
  })

  it('pairs each Chinese and each English term at most once', () => {
    for (const terms of [withGlossary, statisticsOnly]) {
      expect(new Set(terms.map((t) => t.zh)).size).toBe(terms.length)
      expect(new Set(terms.map((t) => t.en.toLowerCase())).size).toBe(terms.length)
    }
  })

  it('backs every pair with links that contain both terms', () => {
    const links = new Map(alignment.pairs.map((l) => [l.id, l]))
    for (const t of withGlossary) {
      expect(t.count).toBeGreaterThanOrEqual(1)
      expect(t.evidence).toHaveLength(t.count)
      for (const id of t.evidence) {
        const link = links.get(id)!
        expect(chineseKey(link.zh.text)).toContain(chineseKey(t.zh))
        expect(` ${englishKey(link.en.text)} `).toContain(` ${englishKey(t.en)} `)
      }
    }
  })

  it('marks pairs the glossary knows', () => {
    const find = (zh: string) => withGlossary.find((t) => t.zh === zh)
    expect(find('科学和技术促进发展委员会')).toMatchObject({ en: 'Commission on Science and Technology for Development', known: true })
    expect(statisticsOnly.every((t) => !t.known)).toBe(true)
    expect(withGlossary.filter((t) => !t.known).length).toBeGreaterThan(0)
  })

  it('proposes no list tails, possessives or Latin-only Chinese terms', () => {
    for (const t of statisticsOnly) {
      expect(t.zh).toMatch(/\p{Script=Han}/u)
      expect(t.en).not.toMatch(/['’]s$/u)
    }
    expect(statisticsOnly.map((t) => t.zh)).not.toContain('技术、工程和数学')
    expect(statisticsOnly.map((t) => t.en)).not.toContain('technology, engineering and mathematics')
  })

    it('finds the names of bodies and instruments whole', () => {
    const correct = withGlossary.filter((t) => isCorrect(t, reviewed)).map((t) => t.en)
    expect(correct).toContain('Technology Facilitation Mechanism')
    expect(correct).toContain('Addis Ababa Action Agenda of the Third International Conference on Financing for Development')
  })

  it('respects minCount and limit', () => {
    const strict = extractGlossary([alignment], { minCount: 5, limit: 10, known: true }).value.terms
    expect(strict.length).toBeLessThanOrEqual(10)
    for (const t of strict) expect(t.count).toBeGreaterThanOrEqual(5)
  })

  it('prefixes evidence with the alignment index when given several alignments', () => {
    const terms = extractGlossary([alignment, alignment], { limit: 5, known: true }).value.terms
    expect(terms[0]!.evidence.some((id) => id.startsWith('1:'))).toBe(true)
  })
})

describe('extractGlossary edge cases', () => {
  it('returns no terms and an issue when no link has both sides', () => {
    const empty: Alignment = { ...alignment, version: ALIGNED_VERSION, pairs: alignment.pairs.map((l) => ({ ...l, en: { ids: [], text: '' } })) }
    const result = extractGlossary([empty])
    expect(result.value.terms).toEqual([])
    expect(result.issues.map((i) => i.code)).toEqual(['glossary/no-links'])
  })

  it('rejects invalid options with options/invalid', () => {
    expect(() => extractGlossary([alignment], { minCount: 0 })).toThrow(expect.objectContaining({ code: 'options/invalid' }))
    expect(() => extractGlossary([alignment], { limit: -1 })).toThrow(expect.objectContaining({ code: 'options/invalid' }))
    expect(() => extractGlossary({} as never)).toThrow(expect.objectContaining({ code: 'options/invalid' }))
  })
})
