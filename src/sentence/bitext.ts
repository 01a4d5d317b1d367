import { MIN_BEAD_SHARE, SENTENCE_BEADS, type SentenceBeadShape } from '../data/sentence-beads.js'
import { ResalignError } from '../errors.js'
import { bandAround, bandDp, pathCenter, type SpanBead } from './band-dp.js'
import { learnDice, type UnitLexicon } from './learn-dice.js'
import { initialLengthModel, lengthLogProb, refitLengthModel, type LengthModel } from './length-model.js'
import { LexicalMatch, type Hits } from './lexical-match.js'
import { enUnits, UnitVocabulary, zhUnits, type SentenceUnits } from './sentence-units.js'

/** One bead of a sentence alignment: 0-based sentence indices on each side. */
export interface SentenceBead {
  readonly zh: readonly number[]
  readonly en: readonly number[]
  /** Confidence in [0, 1]; 0 for a one-sided bead. */
  readonly score: number
}

/** Options of `alignBitext`. */
export interface BitextOptions {
  /** Half-width (sentences) of the band of the first, length-only pass. */
  readonly band: number
  /** Half-width of the band of the lexical passes, around the previous path. */
  readonly refineBand: number
  /** Lexical passes after the first (each learns from the one before). */
  readonly passes: number
  /** Weight of the lexical match per sentence against the length model. */
  readonly lexicalWeight: number
  /** Counts sentence-pair comparisons, for linear-time checks. */
  readonly counter?: { evaluations: number }
}

export const BITEXT_DEFAULTS: BitextOptions = Object.freeze({ band: 100, refineBand: 6, passes: 2, lexicalWeight: 12 })

/**
 * Align two texts given as arrays of sentences, in linear time and memory:
 * a length-only pass in a band around the length-proportional diagonal
 * (re-centred while its path touches the band's edge), then lexical passes
 * in a narrow band around the previous path, each with a lexicon learned
 * from the beads of the pass before (self-learning, as hunalign's -realign).
 */
export function alignBitext(zh: readonly string[], en: readonly string[], options?: Partial<BitextOptions>): SentenceBead[] {
  const o = checkOptions(options)
  const n = zh.length
  const m = en.length
  if (n === 0 || m === 0) return [...zh.map((_, i) => ({ zh: [i], en: [], score: 0 })), ...en.map((_, j) => ({ zh: [], en: [j], score: 0 }))]
  const vocabulary = new UnitVocabulary()
  const z = zhUnits(zh, vocabulary)
  const e = enUnits(en, vocabulary)
  let model = initialLengthModel(z.lengths, e.lengths)
  let logPriors = SENTENCE_BEADS.map((s) => Math.log(s.prior))
  let lexicon: UnitLexicon = { enToZh: new Map(), zhToEn: new Map() }
  let center = proportionalCenter(z.lengths, e.lengths)
  let width = o.band
  let beads: SpanBead[] = []
  const weight = idfWeights(vocabulary.size, z.units, e.units)
  const zc = prefix(z.lengths)
  const ec = prefix(e.lengths)
  const h: Hits = { en: 0, zh: 0, enTotal: 0, zhTotal: 0 }
  let match: LexicalMatch | undefined
  for (let pass = 0; pass <= o.passes; pass++) {
    let band = bandAround(center, width, m)
    match = new LexicalMatch(z.units, e.units, vocabulary.shared, lexicon, weight, band)
    const chance = chanceModel(match, center, z, e)
    const gain = (s: number, zh0: number, zh1: number, en0: number, en1: number): number => {
      if (zh1 === zh0 || en1 === en0) return logPriors[s] as number
      const zl = (zc[zh1] as number) - (zc[zh0] as number)
      const el = (ec[en1] as number) - (ec[en0] as number)
      const g = (logPriors[s] as number) + lengthLogProb(model, zl, el)
      if (o.lexicalWeight === 0 || (match as LexicalMatch).silent(zh0, zh1, en0, en1)) return g
      ;(match as LexicalMatch).hits(zh0, zh1, en0, en1, h)
      const excess = (h.en - h.enTotal * (1 - Math.exp(-chance.en * zl))) / chance.enUnits + (h.zh - h.zhTotal * (1 - Math.exp(-chance.zh * el))) / chance.zhUnits
      return g + o.lexicalWeight * excess
    }
    for (let tries = 0; tries < 6; tries++) {
      beads = bandDp(n, m, SENTENCE_BEADS, band, gain)
      const path = pathCenter(beads, n)
      const touches = touchesEdge(path, center, width, m)
      center = path
      if (!touches) break
      band = bandAround(center, width, m)
      match = new LexicalMatch(z.units, e.units, vocabulary.shared, lexicon, weight, band)
    }
    if (o.counter) o.counter.evaluations += match.evaluations
    model = refitLengthModel(model, beads.filter((b) => b.zh1 - b.zh0 === 1 && b.en1 - b.en0 === 1).map((b) => [z.lengths[b.zh0] as number, e.lengths[b.en0] as number]))
    logPriors = shapeLogPriors(beads, SENTENCE_BEADS)
    const confident = beads.filter((b) => b.zh1 > b.zh0 && b.en1 > b.en0 && lengthLogProb(model, span(z.lengths, b.zh0, b.zh1), span(e.lengths, b.en0, b.en1)) > -2.5)
    if (pass === o.passes) break
    lexicon = learnDice(confident, z.units, e.units, vocabulary.shared)
    width = o.refineBand
  }
  const last = match as LexicalMatch
  return beads.map((b) => toBead(b, last, model, z.lengths, e.lengths))
}

function toBead(b: SpanBead, match: LexicalMatch, model: LengthModel, zl: Float64Array, el: Float64Array): SentenceBead {
  const zhIds = range(b.zh0, b.zh1)
  const enIds = range(b.en0, b.en1)
  if (!zhIds.length || !enIds.length) return { zh: zhIds, en: enIds, score: 0 }
  const h = match.hits(b.zh0, b.zh1, b.en0, b.en1, { en: 0, zh: 0, enTotal: 0, zhTotal: 0 })
  const lex = (h.enTotal ? h.en / h.enTotal : 0) / 2 + (h.zhTotal ? h.zh / h.zhTotal : 0) / 2
  const len = Math.exp(lengthLogProb(model, span(zl, b.zh0, b.zh1), span(el, b.en0, b.en1)))
  return { zh: zhIds, en: enIds, score: Math.round((0.6 * Math.min(1, lex * 2) + 0.4 * len) * 1000) / 1000 }
}

/** The en position at the same share of the text, by length, for each zh boundary. */
function proportionalCenter(zl: Float64Array, el: Float64Array): Float64Array {
  const n = zl.length
  const m = el.length
  const ce = new Float64Array(m + 1)
  for (let j = 0; j < m; j++) ce[j + 1] = (ce[j] as number) + Math.max(1, el[j] as number)
  let cz = 0
  const tz = span(zl, 0, n) + n
  const center = new Float64Array(n + 1)
  let j = 0
  for (let i = 0; i <= n; i++) {
    const target = (cz / tz) * (ce[m] as number)
    while (j < m && (ce[j + 1] as number) <= target) j++
    const step = j < m ? (ce[j + 1] as number) - (ce[j] as number) : 1
    center[i] = Math.min(m, j + (target - (ce[j] as number)) / step)
    if (i < n) cz += Math.max(1, zl[i] as number)
  }
  return center
}

/**
 * What chance alone matches: a unit finds a translation in unrelated text of
 * length L with probability 1 − e^(−rate·L), the rate measured on sentence
 * pairs off the path. Subtracting it makes a bead of more sentences earn no
 * more than the beads it is made of unless its text really translates.
 */
interface Chance {
  /** Rate per Chinese character for an English unit, and the reverse. */
  readonly en: number
  readonly zh: number
  /** Mean units per sentence, so a side's excess counts in sentences. */
  readonly enUnits: number
  readonly zhUnits: number
}

function chanceModel(match: LexicalMatch, center: Float64Array, z: SentenceUnits, e: SentenceUnits): Chance {
  const n = z.units.length
  const m = e.units.length
  let enHit = 0
  let enTotal = 0
  let zhHit = 0
  let zhTotal = 0
  let zl = 0
  let el = 0
  let enAll = 0
  let zhAll = 0
  let count = 0
  const step = Math.max(1, Math.floor(n / 500))
  for (let i = 0; i < n; i += step) {
    for (const offset of [-7, 6]) {
      const j = Math.round(center[i] as number) + offset
      if (j < 0 || j >= m) continue
      const h = match.hits(i, i + 1, j, j + 1, { en: 0, zh: 0, enTotal: 0, zhTotal: 0 })
      enHit += h.en
      enTotal += h.enTotal
      zhHit += h.zh
      zhTotal += h.zhTotal
      zl += (z.lengths[i] as number) * h.enTotal
      el += (e.lengths[j] as number) * h.zhTotal
      enAll += h.enTotal
      zhAll += h.zhTotal
      count++
    }
  }
  const rate = (hit: number, total: number, weightedLength: number): number => (total && hit ? -Math.log(1 - Math.min(0.95, hit / total)) / Math.max(1, weightedLength / total) : 0)
  return {
    en: rate(enHit, enTotal, zl),
    zh: rate(zhHit, zhTotal, el),
    enUnits: Math.max(1e-6, enAll / Math.max(1, count)),
    zhUnits: Math.max(1e-6, zhAll / Math.max(1, count)),
  }
}

/** Inverse document frequency of each unit on its side: ln((N + 1) / (df + 1)). */
function idfWeights(size: number, zh: readonly Int32Array[], en: readonly Int32Array[]): Float64Array {
  const df = new Float64Array(size)
  const side = new Float64Array(size)
  for (const [list, n] of [[zh, zh.length], [en, en.length]] as const) {
    for (const units of list) for (const u of units) {
      df[u] = (df[u] as number) + 1
      side[u] = Math.max(side[u] as number, n)
    }
  }
  return df.map((d, u) => Math.log(((side[u] as number) + 1) / (d + 1)))
}

function prefix(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1)
  for (let k = 0; k < values.length; k++) out[k + 1] = (out[k] as number) + (values[k] as number)
  return out
}

function touchesEdge(path: Float64Array, center: Float64Array, width: number, m: number): boolean {
  for (let i = 1; i < path.length - 1; i++) {
    const p = path[i] as number
    if (p <= 0 || p >= m) continue
    if (Math.abs(p - (center[i] as number)) > width - 2) return true
  }
  return false
}

function shapeLogPriors(beads: readonly SpanBead[], shapes: readonly SentenceBeadShape[]): number[] {
  const counts = shapes.map(() => 0)
  for (const b of beads) {
    const k = shapes.findIndex((s) => s.zh === b.zh1 - b.zh0 && s.en === b.en1 - b.en0)
    if (k >= 0) counts[k] = (counts[k] as number) + 1
  }
  const total = counts.reduce((a, b) => a + b, 0) + shapes.length
  return counts.map((c, k) => Math.log(Math.max(MIN_BEAD_SHARE, ((c + 1) / total + (shapes[k] as SentenceBeadShape).prior) / 2)))
}

function span(lengths: Float64Array, from: number, to: number): number {
  let total = 0
  for (let k = from; k < to; k++) total += lengths[k] as number
  return total
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k)
}

function checkOptions(options: Partial<BitextOptions> | undefined): BitextOptions {
  const o = { ...BITEXT_DEFAULTS, ...options }
  for (const key of Object.keys(o)) {
    if (!(key in BITEXT_DEFAULTS) && key !== 'counter') throw new ResalignError('options/invalid', `unknown option "${key}" of alignBitext`)
  }
  for (const key of ['band', 'refineBand', 'passes'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < (key === 'passes' ? 0 : 1)) throw new ResalignError('options/invalid', `${key} must be a positive integer, not ${String(o[key])}`)
  }
  if (!(typeof o.lexicalWeight === 'number' && o.lexicalWeight >= 0)) throw new ResalignError('options/invalid', `lexicalWeight must be a number ≥ 0, not ${String(o.lexicalWeight)}`)
  return o
}
