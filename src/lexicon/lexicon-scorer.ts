/**
 * Lexical similarity of runs of Chinese and English texts (paragraphs,
 * sentences): the IDF-weighted share of content words on each side that
 * have a translation on the other, combined as an F-measure, in [0, 1].
 *
 * Every text is tokenised once. English stems are interned; each Chinese
 * word's candidate translations are cut down to the stems that occur in
 * the English texts at all, and each Chinese text keeps the union of its
 * words' candidates, so that one call costs a few set look-ups per word
 * (the aligner calls it ~10⁴ times per document pair).
 *
 * A word's weight is ln(1 + N/df), N the texts of its side and df those
 * that contain it: a word in every paragraph counts little, never nothing.
 */
import { resolveOptions, type OptionChecks } from '../export/resolve-options.js'
import { ResalignError } from '../errors.js'
import { loadDictionary } from './cedict-dictionary.js'
import { chineseContentWords } from './chinese-content-words.js'
import { englishContentWords } from './english-content-words.js'
import type { LearnedLexicon } from './learn-lexicon.js'
import { createCandidateFinder } from './translation-candidates.js'
import { weightedCoverage } from './weighted-coverage.js'

/** Options of `createLexiconScorer` and `lexiconSimilarity`. */
export interface LexiconScorerOptions {
  /** Use the CC-CEDICT dictionary (loaded once per process on first use). */
  readonly dictionary: boolean
  /** A lexicon learned from certain pairs (`learnLexicon`), or null. */
  readonly learned: LearnedLexicon | null
}

/** Scores runs of texts given by their indexes. */
export interface LexiconScorer {
  /** Similarity of Chinese texts `zhRun` with English texts `enRun` (indexes), in [0, 1]. */
  score(zhRun: readonly number[], enRun: readonly number[]): number
  /** Content words of Chinese text `i` (for `learnLexicon`). */
  zhWords(i: number): readonly string[]
  /** Stemmed content words of English text `j` (for `learnLexicon`). */
  enWords(j: number): readonly string[]
}

export const LEXICON_SCORER_DEFAULTS: Readonly<LexiconScorerOptions> = Object.freeze({ dictionary: true, learned: null })

export const LEXICON_SCORER_CHECKS: OptionChecks<LexiconScorerOptions> = {
  dictionary: (v) => (typeof v === 'boolean' ? null : 'must be a boolean'),
  learned: (v) => (v === null || typeof (v as LearnedLexicon)?.translations === 'function' ? null : 'must come from learnLexicon, or be null'),
}

/** Tokenise `zhTexts` and `enTexts` once and return a scorer over runs of them. */
export function createLexiconScorer(zhTexts: readonly string[], enTexts: readonly string[], options?: Readonly<Partial<LexiconScorerOptions>>): LexiconScorer {
  const o = resolveOptions('createLexiconScorer', LEXICON_SCORER_DEFAULTS, options, LEXICON_SCORER_CHECKS)
  if (!isStrings(zhTexts) || !isStrings(enTexts)) throw new ResalignError('options/invalid', 'createLexiconScorer: zhTexts and enTexts must be arrays of strings')
  const find = createCandidateFinder(o.dictionary ? loadDictionary() : undefined, o.learned ?? undefined)
  const zhWords = zhTexts.map(chineseContentWords)
  const enWords = enTexts.map(englishContentWords)
  const enIds = new Map<string, number>()
  const en = enWords.map((words) => new Set(words.map((w) => enIds.get(w) ?? (enIds.set(w, enIds.size), enIds.size - 1))))
  const zh = zhWords.map((words) => new Set(words))
  const zhWeight = idf(zh)
  const enWeight = idf(en)
  const candidates = new Map<string, readonly number[]>()
  const zhCandidates = zh.map((words) => {
    for (const w of words) if (!candidates.has(w)) candidates.set(w, find(w).flatMap((s) => enIds.get(s) ?? []))
    return new Set([...words].flatMap((w) => candidates.get(w)!))
  })
  const check = (run: readonly number[], size: number, side: string) => {
    if (!Array.isArray(run) || !run.every((i) => Number.isInteger(i) && i >= 0 && i < size)) throw new ResalignError('options/invalid', `lexicon score: ${side} run ${JSON.stringify(run)} is not a list of text indexes below ${size}`)
  }
  return {
    zhWords: (i) => zhWords[i] ?? [],
    enWords: (j) => enWords[j] ?? [],
    score(zhRun, enRun) {
      check(zhRun, zh.length, 'Chinese')
      check(enRun, en.length, 'English')
      const enSets = enRun.map((j) => en[j]!)
      const zhSets = zhRun.map((i) => zhCandidates[i]!)
      const zhShare = weightedCoverage(zhRun.map((i) => zh[i]!), zhWeight, (w) => candidates.get(w)!.some((id) => enSets.some((s) => s.has(id))))
      const enShare = weightedCoverage(enRun.map((j) => en[j]!), enWeight, (id) => zhSets.some((s) => s.has(id)))
      return zhShare + enShare > 0 ? (2 * zhShare * enShare) / (zhShare + enShare) : 0
    },
  }
}

function isStrings(texts: unknown): texts is readonly string[] {
  return Array.isArray(texts) && texts.every((t) => typeof t === 'string')
}

function idf<T>(texts: readonly ReadonlySet<T>[]): Map<T, number> {
  const df = new Map<T, number>()
  for (const words of texts) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1)
  return new Map([...df].map(([w, n]) => [w, Math.log(1 + texts.length / n)]))
}
