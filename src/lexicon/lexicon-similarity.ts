/**
 * Lexical similarity of one Chinese and one English string (sentences,
 * titles) without corpus statistics: every content word weighs 1. Same
 * measure as `createLexiconScorer` otherwise.
 */
import { resolveOptions } from '../export/resolve-options.js'
import { ResalignError } from '../errors.js'
import { loadDictionary } from './cedict-dictionary.js'
import { chineseContentWords } from './chinese-content-words.js'
import { englishContentWords } from './english-content-words.js'
import { LEXICON_SCORER_CHECKS, LEXICON_SCORER_DEFAULTS, type LexiconScorerOptions } from './lexicon-scorer.js'
import { createCandidateFinder } from './translation-candidates.js'
import { weightedCoverage } from './weighted-coverage.js'

const NO_WEIGHTS: ReadonlyMap<string, number> = new Map()

/** Similarity of `zh` and `en` in [0, 1]. */
export function lexiconSimilarity(zh: string, en: string, options?: Readonly<Partial<LexiconScorerOptions>>): number {
  const o = resolveOptions('lexiconSimilarity', LEXICON_SCORER_DEFAULTS, options, LEXICON_SCORER_CHECKS)
  if (typeof zh !== 'string' || typeof en !== 'string') throw new ResalignError('options/invalid', 'lexiconSimilarity: zh and en must be strings')
  const find = createCandidateFinder(o.dictionary ? loadDictionary() : undefined, o.learned ?? undefined)
  const zhWords = new Set(chineseContentWords(zh))
  const enWords = new Set(englishContentWords(en))
  const translations = new Set([...zhWords].flatMap(find))
  const zhShare = weightedCoverage([zhWords], NO_WEIGHTS, (w) => find(w).some((s) => enWords.has(s)))
  const enShare = weightedCoverage([enWords], NO_WEIGHTS, (s) => translations.has(s))
  return zhShare + enShare > 0 ? (2 * zhShare * enShare) / (zhShare + enShare) : 0
}
