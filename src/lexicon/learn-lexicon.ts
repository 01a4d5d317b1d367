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

const EMPTY: ReadonlyMap<string, number> = new Map()

/** Learn p(en|zh) from `pairs` (see module comment). */
export function learnLexicon(pairs: readonly LexiconPair[], options?: Readonly<Partial<LearnLexiconOptions>>): LearnedLexicon {
  const o = resolveOptions('learnLexicon', LEARN_LEXICON_DEFAULTS, options, CHECKS)
  if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p?.zh) && Array.isArray(p?.en))) {
    throw new ResalignError('options/invalid', 'learnLexicon: pairs must be an array of { zh: string[], en: string[] }')
  }
  // Words are interned (Chinese id 0 is NULL) and every co-occurring (zh, en) pair gets a cell:
  // a pair's alignment matrix is a list of cell ids, t and the counts are flat arrays over cells.
  const zhIds = new Map<string, number>()
  const enIds = new Map<string, number>()
  const zhOf = (w: string): number => zhIds.get(w) ?? (zhIds.set(w, zhIds.size + 1), zhIds.size)
  const enOf = (w: string): number => enIds.get(w) ?? (enIds.set(w, enIds.size), enIds.size - 1)
  const cellsOfZh: Array<Map<number, number>> = []
  const cellZh: number[] = []
  const cellEn: number[] = []
  const matrices = pairs.map((p) => {
    const zh = [0, ...p.zh.map(zhOf)]
    const en = p.en.map(enOf)
    const cells = new Int32Array(zh.length * en.length)
    for (let a = 0; a < en.length; a++) {
      for (let b = 0; b < zh.length; b++) {
        const z = zh[b] as number
        const row = (cellsOfZh[z] ??= new Map())
        let cell = row.get(en[a] as number)
        if (cell === undefined) {
          row.set(en[a] as number, (cell = cellZh.length))
          cellZh.push(z)
          cellEn.push(en[a] as number)
        }
        cells[a * zh.length + b] = cell
      }
    }
    return { width: zh.length, cells }
  })
  const t = new Float64Array(cellZh.length).fill(1)
  const counts = new Float64Array(cellZh.length)
  const rowTotal = new Float64Array(zhIds.size + 1)
  for (let iteration = 0; iteration < o.iterations; iteration++) {
    counts.fill(0)
    for (const { width, cells } of matrices) {
      for (let row = 0; row < cells.length; row += width) {
        let total = 0
        for (let k = row; k < row + width; k++) total += t[cells[k] as number] as number
        if (total === 0) continue
        for (let k = row; k < row + width; k++) counts[cells[k] as number]! += (t[cells[k] as number] as number) / total
      }
    }
    rowTotal.fill(0)
    for (let c = 0; c < counts.length; c++) rowTotal[cellZh[c] as number]! += counts[c] as number
    for (let c = 0; c < counts.length; c++) t[c] = (counts[c] as number) / (rowTotal[cellZh[c] as number] as number)
  }
  return table(t, cellZh, cellEn, zhIds, enIds, documentFrequency(pairs), o)
}

function documentFrequency(pairs: readonly LexiconPair[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const p of pairs) for (const z of new Set(p.zh)) df.set(z, (df.get(z) ?? 0) + 1)
  return df
}

function table(t: Float64Array, cellZh: readonly number[], cellEn: readonly number[], zhIds: ReadonlyMap<string, number>, enIds: ReadonlyMap<string, number>, df: Map<string, number>, o: Readonly<LearnLexiconOptions>): LearnedLexicon {
  const enWords = [...enIds.keys()]
  const byZh = new Map<number, Array<[string, number]>>()
  for (let c = 0; c < t.length; c++) {
    if ((t[c] as number) < o.minProbability) continue
    const z = cellZh[c] as number
    const row = byZh.get(z)
    const entry: [string, number] = [enWords[cellEn[c] as number] as string, t[c] as number]
    if (row) row.push(entry)
    else byZh.set(z, [entry])
  }
  const rows = new Map<string, ReadonlyMap<string, number>>()
  for (const [w, z] of zhIds) {
    const row = byZh.get(z)
    if (row === undefined || (df.get(w) ?? 0) < o.minCount) continue
    rows.set(w, new Map(row.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxTranslations)))
  }
  return Object.freeze({ translations: (zh: string) => rows.get(zh) ?? EMPTY, size: rows.size })
}
