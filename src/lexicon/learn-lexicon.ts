/**
 * A zh→en lexicon learned from pairs of texts that are already known to
 * be translations (links anchored by numbers, a whole corpus's certain
 * links): IBM Model 1, a few EM iterations, with a NULL word on the
 * Chinese side so that English words nothing translates do not pull
 * Chinese words towards them. Cost per iteration: Σ |zh|·|en| over the
 * pairs (paragraph-sized pairs keep that linear in the corpus), memory:
 * the co-occurring word pairs.
 *
 * Tokens are whatever the caller passes; pass `chineseContentWords` and
 * `englishContentWords` output so that the table meets the scorer's tokens.
 */
import { resolveOptions, type OptionChecks } from '../export/resolve-options.js'
import { ResalignError } from '../errors.js'

/** One pair of tokenised texts known to be translations of each other. */
export interface LexiconPair {
  readonly zh: readonly string[]
  readonly en: readonly string[]
}

/** Options of `learnLexicon`. */
export interface LearnLexiconOptions {
  /** EM iterations (≥ 1). */
  readonly iterations: number
  /** Translations with p(en|zh) below this are dropped from the table. */
  readonly minProbability: number
  /** At most this many translations are kept per Chinese word. */
  readonly maxTranslations: number
  /** Chinese words seen in fewer pairs than this get no entry. */
  readonly minCount: number
}

/** p(en|zh) for the Chinese words the pairs taught. */
export interface LearnedLexicon {
  /** English words of Chinese word `zh` with p(en|zh), most probable first; empty when unknown. */
  translations(zh: string): ReadonlyMap<string, number>
  /** Number of Chinese words with at least one translation. */
  readonly size: number
}

export const LEARN_LEXICON_DEFAULTS: Readonly<LearnLexiconOptions> = Object.freeze({ iterations: 5, minProbability: 0.15, maxTranslations: 3, minCount: 1 })

const positiveInteger = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 ? null : 'must be an integer ≥ 1')
const CHECKS: OptionChecks<LearnLexiconOptions> = {
  iterations: positiveInteger,
  maxTranslations: positiveInteger,
  minCount: positiveInteger,
  minProbability: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? null : 'must be a number in [0, 1]'),
}

const NULL = '\u0000'
const EMPTY: ReadonlyMap<string, number> = new Map()

/** Learn p(en|zh) from `pairs` (see module comment). */
export function learnLexicon(pairs: readonly LexiconPair[], options?: Readonly<Partial<LearnLexiconOptions>>): LearnedLexicon {
  const o = resolveOptions('learnLexicon', LEARN_LEXICON_DEFAULTS, options, CHECKS)
  if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p?.zh) && Array.isArray(p?.en))) {
    throw new ResalignError('options/invalid', 'learnLexicon: pairs must be an array of { zh: string[], en: string[] }')
  }
  const sides = pairs.map((p) => ({ zh: [NULL, ...p.zh], en: p.en }))
  let t = new Map<string, Map<string, number>>()
  for (let iteration = 0; iteration < o.iterations; iteration++) {
    const counts = new Map<string, Map<string, number>>()
    for (const { zh, en } of sides) {
      for (const e of en) {
        const probabilities = zh.map((z) => (iteration === 0 ? 1 : (t.get(z)?.get(e) ?? 0)))
        const total = probabilities.reduce((a, b) => a + b, 0)
        if (total === 0) continue
        zh.forEach((z, k) => add(counts, z, e, probabilities[k]! / total))
      }
    }
    t = normalise(counts)
  }
  return table(t, documentFrequency(pairs), o)
}

function add(counts: Map<string, Map<string, number>>, z: string, e: string, c: number): void {
  let row = counts.get(z)
  if (row === undefined) counts.set(z, (row = new Map()))
  row.set(e, (row.get(e) ?? 0) + c)
}

function normalise(counts: Map<string, Map<string, number>>): Map<string, Map<string, number>> {
  for (const row of counts.values()) {
    let total = 0
    for (const c of row.values()) total += c
    for (const [e, c] of row) row.set(e, c / total)
  }
  return counts
}

function documentFrequency(pairs: readonly LexiconPair[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const p of pairs) for (const z of new Set(p.zh)) df.set(z, (df.get(z) ?? 0) + 1)
  return df
}

function table(t: Map<string, Map<string, number>>, df: Map<string, number>, o: Readonly<LearnLexiconOptions>): LearnedLexicon {
  const rows = new Map<string, ReadonlyMap<string, number>>()
  for (const [z, row] of t) {
    if (z === NULL || (df.get(z) ?? 0) < o.minCount) continue
    const kept = [...row].filter(([, p]) => p >= o.minProbability).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxTranslations)
    if (kept.length > 0) rows.set(z, new Map(kept))
  }
  return Object.freeze({ translations: (zh: string) => rows.get(zh) ?? EMPTY, size: rows.size })
}
