/**
 * Glossary score of block pairs: the aligner's fallback evidence when
 * numbers and signatures say nothing.
 *
 * Each block's glossary entries are found once. An entry's weight is its
 * rarity over the blocks of the pair, w = ln((N + 1) / (df + 1)) with N
 * the number of blocks on both sides and df the blocks that contain it: a
 * term in every paragraph weighs nothing. Only entries found on both
 * sides somewhere count. The score of (i, j) is the weighted Dice
 * coefficient 2·w(Zi ∩ Ej) / (w(Zi) + w(Ej)), in [0, 1]: 1 when both
 * blocks carry exactly the same terms, 0 when they share none.
 */
import { ResalignError } from '../errors.js'
import { MATCHER_CHECKS, matcherFor, type TermMatcher, type TermMatcherOptions } from './term-matcher.js'
import { isObject } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'

/** Options of the glossary scorers. */
export interface GlossaryScoreOptions extends TermMatcherOptions {
  /** A matcher to reuse (its glossary wins over `glossary`, `userFirst`, `builtIn`). */
  readonly matcher?: TermMatcher
}

/** Scores pairs of blocks by shared glossary terms. */
export interface GlossaryScorer {
  /** Score of Chinese block `i` against English block `j`, in [0, 1]. */
  score(i: number, j: number): number
  /** Entry ids found in Chinese block `i`, ascending. */
  zhTerms(i: number): readonly number[]
  /** Entry ids found in English block `j`, ascending. */
  enTerms(j: number): readonly number[]
  /** The matcher used. */
  readonly matcher: TermMatcher
}

/** Precompute the terms of every block and return a scorer over index pairs. */
export function createGlossaryScorer(
  zhTexts: readonly string[],
  enTexts: readonly string[],
  options?: Readonly<GlossaryScoreOptions>,
): GlossaryScorer {
  if (!Array.isArray(zhTexts) || !Array.isArray(enTexts)) {
    throw new ResalignError('options/invalid', 'createGlossaryScorer: zhTexts and enTexts must be arrays of strings')
  }
  const matcher = resolveMatcher(options)
  const zh = zhTexts.map((t) => matcher.chineseIds(t))
  const en = enTexts.map((t) => matcher.englishIds(t))
  const weight = rarity(zh, en, zh.length + en.length)
  const zhTotal = zh.map((ids) => total(ids, weight))
  const enTotal = en.map((ids) => total(ids, weight))
  return {
    matcher,
    zhTerms: (i) => zh[i] ?? [],
    enTerms: (j) => en[j] ?? [],
    score(i, j) {
      const a = zh[i]
      const b = en[j]
      if (!a || !b) throw new ResalignError('options/invalid', `glossary score: no block pair (${i}, ${j})`)
      const denominator = zhTotal[i]! + enTotal[j]!
      return denominator > 0 ? (2 * shared(a, b, weight)) / denominator : 0
    },
  }
}

/** Score one pair of texts without corpus statistics (every entry weighs 1). */
export function glossaryScore(zhText: string, enText: string, options?: Readonly<GlossaryScoreOptions>): number {
  const matcher = resolveMatcher(options)
  const a = matcher.chineseIds(zhText)
  const b = matcher.englishIds(enText)
  const both = new Set(a.filter((id) => b.includes(id)))
  return a.length + b.length > 0 ? (2 * both.size) / (a.length + b.length) : 0
}

const CHECKS: OptionChecks<GlossaryScoreOptions> = { ...MATCHER_CHECKS, matcher: isObject }

function resolveMatcher(options: Readonly<GlossaryScoreOptions> | undefined): TermMatcher {
  checkOptions('glossaryScore', options, CHECKS)
  if (options?.matcher !== undefined) {
    if (typeof options.matcher?.chineseIds !== 'function') throw new ResalignError('options/invalid', 'matcher must come from createTermMatcher')
    return options.matcher
  }
  return matcherFor(options)
}

/** Weight per entry id; 0 for entries seen on one side only. */
function rarity(zh: readonly number[][], en: readonly number[][], blocks: number): Map<number, number> {
  const dfZh = frequency(zh)
  const dfEn = frequency(en)
  const weight = new Map<number, number>()
  for (const [id, a] of dfZh) {
    const b = dfEn.get(id)
    if (b !== undefined) weight.set(id, Math.log((blocks + 1) / (a + b + 1)))
  }
  return weight
}

function frequency(sets: readonly number[][]): Map<number, number> {
  const df = new Map<number, number>()
  for (const ids of sets) for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1)
  return df
}

function total(ids: readonly number[], weight: ReadonlyMap<number, number>): number {
  let sum = 0
  for (const id of ids) sum += weight.get(id) ?? 0
  return sum
}

/** Weight of the intersection of two ascending id lists. */
function shared(a: readonly number[], b: readonly number[], weight: ReadonlyMap<number, number>): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      sum += weight.get(a[i]!) ?? 0
      i++
      j++
    }
  }
  return sum
}
