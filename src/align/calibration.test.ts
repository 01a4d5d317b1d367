import { describe, expect, it } from 'vitest'
import { corpusText } from '../../test/corpus.js'
import { DEFAULT_LENGTH_RATIO } from '../data/similarity-weights.js'
import { segment } from '../segment.js'
import type { Block } from '../types.js'
import { makeSimilarity } from './align-blocks.js'
import { align } from './align.js'
import { createLexiconScorer } from '../lexicon/lexicon-scorer.js'
import { glossaryFallback } from './glossary-fallback.js'
import { signatureOf } from './signature.js'

/**
 * The score means something: among true partners and their near neighbours
 * (the candidates the aligner actually weighs), a score under 0.5 is more
 * often wrong than right, and a high score is nearly always right.
 */
describe('similarity scores are calibrated', () => {
  const zt = segment(corpusText('000')).value
  const et = segment(corpusText('003')).value
  const body = (blocks: readonly Block[]) => blocks.filter((b) => b.kind !== 'footnote')
  const zs = body(zt.parts.find((p) => p.kind === 'draft-resolution')?.blocks ?? [])
  const es = body(et.parts.find((p) => p.kind === 'resolution')?.blocks ?? [])
  const truth = new Map(align(zt, et).value.pairs.filter((p) => p.zh.ids.length === 1 && p.en.ids.length === 1).map((p) => [p.zh.ids[0], p.en.ids[0]]))

  // Content alone: no paragraph numbers, no footnote references, no glossary; the lexicon speaks.
  const unnumbered = (b: Block): Block => ({ ...b, number: null, footnoteRefs: [] })
  const cases = [
    { name: 'with the glossary fallback', glossary: true, contentOnly: false },
    { name: 'without the glossary fallback', glossary: false, contentOnly: false },
    { name: 'on content alone: numbers and footnote references gone, the lexicon on', glossary: false, contentOnly: true },
  ]
  for (const { name, glossary, contentOnly } of cases) {
    it(name, () => {
      const sign = (b: Block, lang: 'zh' | 'en') => signatureOf(contentOnly ? unnumbered(b) : b, lang)
      const sim = makeSimilarity(
        { blocks: zs, signatures: zs.map((b) => sign(b, 'zh')) },
        { blocks: es, signatures: es.map((b) => sign(b, 'en')) },
        {
          ratio: DEFAULT_LENGTH_RATIO,
          offset: { zh: 0, en: 0 },
          ...(glossary ? { glossary: glossaryFallback()(zs, es) } : {}),
          ...(contentOnly ? { lexicon: createLexiconScorer(zs.map((b) => b.text), es.map((b) => b.text)) } : {}),
        },
      )
      const bins = { low: { n: 0, ok: 0 }, mid: { n: 0, ok: 0 }, high: { n: 0, ok: 0 } }
      zs.forEach((z, i) => {
        const partner = es.findIndex((e) => e.id === truth.get(z.id))
        if (partner < 0) return
        for (let j = Math.max(0, partner - 3); j <= Math.min(es.length - 1, partner + 3); j++) {
          const s = sim(i, i + 1, j, j + 1).score
          const bin = s < 0.5 ? bins.low : s < 0.8 ? bins.mid : bins.high
          bin.n++
          if (j === partner) bin.ok++
        }
      })
      expect(bins.low.n).toBeGreaterThan(50)
      expect(bins.low.ok / bins.low.n).toBeLessThan(0.5)
      expect(bins.high.ok / bins.high.n).toBeGreaterThan(glossary || contentOnly ? 0.9 : 0.8)
      expect((bins.mid.ok + bins.high.ok) / (bins.mid.n + bins.high.n)).toBeGreaterThan(0.5)
    })
  }
})
