import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segment } from '../segment.js'
import type { Block } from '../types.js'
import { corpusText, CORPUS } from '../../test/corpus.js'
import { createLexiconScorer, type LexiconScorer } from './lexicon-scorer.js'
import { learnLexicon } from './learn-lexicon.js'

const blocksOf = (text: string): Block[] => segment(text).value.parts.flatMap((p) => p.blocks)
const zhBlocks = blocksOf(corpusText('000'))
const enBlocks = blocksOf(corpusText('003'))
const norm = (s: string) => s.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '').toLowerCase()

interface GoldPair { readonly kind: string; readonly zh: readonly string[]; readonly en: readonly string[] }
const gold = (JSON.parse(readFileSync(join(CORPUS, 'gold', '78-160.json'), 'utf8')) as { pairs: GoldPair[] }).pairs

/** Gold resolution paragraphs as (zh block index, en block index). */
const truth = gold
  .filter((p) => p.kind === 'preambular' || p.kind === 'operative')
  .map((p) => ({
    kind: p.kind,
    zh: zhBlocks.findIndex((b) => norm(b.text).includes(norm(p.zh[0]!))),
    en: enBlocks.findIndex((b) => norm(b.text).includes(norm(p.en[0]!))),
  }))

/**
 * Share of gold pairs whose partner scores above every other block within
 * ±`window` blocks, counted in both directions (zh → en and en → zh).
 */
function rankedFirst(scorer: LexiconScorer, window: number, kind?: string): number {
  const cases = truth.filter((t) => kind === undefined || t.kind === kind)
  const offsets = Array.from({ length: 2 * window + 1 }, (_, k) => k - window).filter((d) => d !== 0)
  let first = 0
  for (const { zh, en } of cases) {
    const best = scorer.score([zh], [en])
    if (offsets.every((d) => en + d < 0 || en + d >= enBlocks.length || scorer.score([zh], [en + d]) < best)) first += 0.5
    if (offsets.every((d) => zh + d < 0 || zh + d >= zhBlocks.length || scorer.score([zh + d], [en]) < best)) first += 0.5
  }
  return first / cases.length
}

/** Mean over gold pairs of (partner's score − best other score in the whole document), zh → en. */
function margin(scorer: LexiconScorer): number {
  let sum = 0
  for (const { zh, en } of truth) {
    let other = 0
    for (let j = 0; j < enBlocks.length; j++) if (j !== en) other = Math.max(other, scorer.score([zh], [j]))
    sum += scorer.score([zh], [en]) - other
  }
  return sum / truth.length
}

/** The figures of a scorer: ±5 and whole-document ranking. */
const figures = (s: LexiconScorer) => `±5: ${rankedFirst(s, 5).toFixed(3)} (preambular ${rankedFirst(s, 5, 'preambular').toFixed(3)}, operative ${rankedFirst(s, 5, 'operative').toFixed(3)}); whole document: ${rankedFirst(s, 1000).toFixed(3)}; margin ${margin(s).toFixed(3)}`

describe('lexicon scorer on the 78/160 pair', () => {
  const zhTexts = zhBlocks.map((b) => b.text)
  const enTexts = enBlocks.map((b) => b.text)
  const dictionaryOnly = createLexiconScorer(zhTexts, enTexts)

  it('finds every gold paragraph in the segmented documents', () => {
    expect(truth.length).toBe(93)
    expect(truth.every((t) => t.zh >= 0 && t.en >= 0)).toBe(true)
  })

  it('ranks the true partner first among its ±5 neighbours with the dictionary alone', () => {
    console.log(`dictionary alone: ${figures(dictionaryOnly)}`)
    expect(rankedFirst(dictionaryOnly, 5)).toBeGreaterThanOrEqual(0.97)
    expect(rankedFirst(dictionaryOnly, 1000)).toBeGreaterThanOrEqual(0.9)
  })

  it('separates partners more clearly with a lexicon learned from the paragraphs paired by number', () => {
    const numbered = (blocks: Block[]) => new Map(blocks.flatMap((b, i) => (b.kind === 'operative' && b.number !== null ? [[b.number, i] as const] : [])))
    const enByNumber = numbered(enBlocks)
    const pairs = [...numbered(zhBlocks)].flatMap(([n, i]) => {
      const j = enByNumber.get(n)
      return j === undefined ? [] : [{ zh: dictionaryOnly.zhWords(i), en: dictionaryOnly.enWords(j) }]
    })
    expect(pairs.length).toBeGreaterThan(40)
    const learned = learnLexicon(pairs)
    const withLearned = createLexiconScorer(zhTexts, enTexts, { learned })
    console.log(`with learned (${learned.size} words): ${figures(withLearned)}`)
    expect(rankedFirst(withLearned, 5)).toBeGreaterThanOrEqual(rankedFirst(dictionaryOnly, 5))
    expect(rankedFirst(withLearned, 1000)).toBeGreaterThanOrEqual(rankedFirst(dictionaryOnly, 1000))
    expect(margin(withLearned)).toBeGreaterThan(margin(dictionaryOnly) + 0.02)
  })

  it('scores the partner well above an unrelated paragraph', () => {
    const t = truth[10]!
    expect(dictionaryOnly.score([t.zh], [t.en])).toBeGreaterThan(0.4)
    expect(dictionaryOnly.score([t.zh], [t.en])).toBeGreaterThan(2 * dictionaryOnly.score([t.zh], [truth[40]!.en]))
  })
})
