/**
 * Extraction measured on the aligner's own output for the 78/160 pair
 * (not a fixture), as benchmarks/glossary.mjs prints it.
 */
import { describe, expect, it } from 'vitest'
import { corpusText } from '../../test/corpus.js'
import { align } from '../align/align.js'
import { englishCitationForm } from './citation-form.js'
import { extractGlossary } from './extract-glossary.js'
import { precisionAt, referencePairs } from './fixtures/reference-terms.js'
import { englishKey } from './normalize-en.js'
import { chineseKey } from './normalize-zh.js'
import { isEnglishLead } from './term-shape.js'

const alignment = align(corpusText('000'), corpusText('003')).value
const withKnown = extractGlossary([alignment], { known: true }).value.terms
const byScore = [...withKnown].sort((a, b) => b.score - a.score)
const fresh = extractGlossary([alignment]).value.terms
const statisticsOnly = extractGlossary([alignment], { builtIn: false }).value.terms
const blind = referencePairs('blind')
const reviewed = referencePairs('reviewed')

describe('extractGlossary on align() output for 78/160', () => {
  // Measured: all terms by score P@50 0.88, P@100 0.88 (blind); 1.00 / 0.99 (reviewed).
  it('keeps precision with the built-in glossary', () => {
    expect(precisionAt(50, byScore, blind)).toBeGreaterThanOrEqual(0.85)
    expect(precisionAt(100, byScore, blind)).toBeGreaterThanOrEqual(0.85)
    expect(precisionAt(100, byScore, reviewed)).toBeGreaterThanOrEqual(0.95)
  })

  // Measured: 47 new terms, precision 0.79 (blind), 0.89 (reviewed); never 南南 ↔ “South-South”.
  it('proposes new terms, most of them correct', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(40)
    expect(precisionAt(50, fresh, blind)).toBeGreaterThanOrEqual(0.76)
    expect(precisionAt(50, fresh, reviewed)).toBeGreaterThanOrEqual(0.86)
    expect(fresh.map((t) => t.en)).not.toContain('South-South')
  })

  // Measured: 110 terms, P@50 0.86 and P@100 0.87 (blind), 0.92 / 0.90 (reviewed).
  it('keeps precision from statistics alone (no glossary)', () => {
    expect(statisticsOnly.length).toBeGreaterThanOrEqual(100)
    expect(precisionAt(50, statisticsOnly, blind)).toBeGreaterThanOrEqual(0.84)
    expect(precisionAt(100, statisticsOnly, blind)).toBeGreaterThanOrEqual(0.84)
  })

  it('gives English in citation form and leaves lead verbs out', () => {
    for (const t of [...withKnown.filter((x) => !x.known), ...statisticsOnly]) {
      if (/^\p{Ll}/u.test(t.en)) expect(englishCitationForm(new Map([[t.en, 1]]))).toBe(t.en)
      expect(isEnglishLead(t.en)).toBe(false)
    }
    expect(statisticsOnly.map((t) => t.en)).toContain('developing country')
  })

  it('backs every term with up to three examples that show both terms', () => {
    for (const t of [...fresh, ...statisticsOnly]) {
      expect(t.examples.length).toBe(Math.min(3, t.count))
      expect(t.frequency.zh).toBeGreaterThanOrEqual(t.count)
      expect(t.frequency.en).toBeGreaterThanOrEqual(t.count)
      for (const x of t.examples) {
        expect(t.evidence).toContain(x.link)
        expect(chineseKey(x.zh)).toContain(chineseKey(t.zh))
        expect(englishKey(x.en)).toContain(englishKey(t.en))
      }
    }
  })
})
