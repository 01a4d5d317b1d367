import { SENTENCE_BEADS } from '../data/sentence-beads.js'
import { ResalignError } from '../errors.js'
import { loadDictionary } from '../lexicon/cedict-dictionary.js'
import { bandAround, bandDp, pathCenter, type SpanBead } from './band-dp.js'
import { rowsOfBand, type Hits } from './lexical-match.js'
import { chanceOf, SentenceModel } from './sentence-model.js'

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
  /** Lexical passes after the first (each learns its lexicon from the one before). */
  readonly passes: number
  /** Weight of the lexical match (in sentences) against the length model. */
  readonly lexicalWeight: number
  /** Add the CC-CEDICT dictionary to the learned lexicon (loaded once per process: 1–2 s, about 140 MB). */
  readonly dictionary: boolean
  /** Counts sentence-pair comparisons, for linear-time checks. */
  readonly counter?: { evaluations: number }
}

export const BITEXT_DEFAULTS: BitextOptions = Object.freeze({ band: 100, refineBand: 6, passes: 2, lexicalWeight: 12, dictionary: false })

/**
 * Align two texts given as arrays of sentences, in linear time and memory:
 * a length pass in a band around the length-proportional diagonal
 * (re-centred while its path touches the band's edge), then lexical passes
 * in a narrow band around the previous path, each with a lexicon learned
 * from the beads of the pass before (self-learning, as hunalign's -realign).
 * Returns every sentence of both sides in exactly one bead, in order.
 */
export function alignBitext(zh: readonly string[], en: readonly string[], options?: Partial<BitextOptions>): SentenceBead[] {
  const o = checkOptions(options)
  const n = zh.length
  const m = en.length
  if (n === 0 || m === 0) return [...zh.map((_, i) => ({ zh: [i], en: [], score: 0 })), ...en.map((_, j) => ({ zh: [], en: [j], score: 0 }))]
  const model = new SentenceModel(zh, en, o.lexicalWeight, o.dictionary ? loadDictionary() : null)
  let center = proportionalCenter(model.zh.lengths, model.en.lengths)
  let width = o.band
  let beads: SpanBead[] = []
  const h: Hits = { en: 0, zh: 0, enTotal: 0, zhTotal: 0 }
  let match = model.matcher(rowsOfBand(bandAround(center, width, m)))
  for (let pass = 0; pass <= o.passes; pass++) {
    for (let tries = 0; tries < 6; tries++) {
      const band = bandAround(center, width, m)
      match = model.matcher(rowsOfBand(band))
      const chance = chanceOf(model, match, offPath(center, n, m))
      beads = bandDp(n, m, SENTENCE_BEADS, band, (s, zh0, zh1, en0, en1) => model.gain(match, chance, s, zh0, zh1, en0, en1, h))
      if (o.counter) o.counter.evaluations += match.evaluations
      const path = pathCenter(beads, n)
      const touches = touchesEdge(path, center, width, m)
      center = path
      if (!touches) break
    }
    if (pass === o.passes) break
    model.refit(beads)
    width = o.refineBand
  }
  return beads.map((b) => ({ zh: range(b.zh0, b.zh1), en: range(b.en0, b.en1), score: model.confidence(match, b) }))
}

/** The en position at the same share of the text, by length, for each zh boundary. */
export function proportionalCenter(zl: Float64Array, el: Float64Array): Float64Array {
  const n = zl.length
  const m = el.length
  const ce = new Float64Array(m + 1)
  for (let j = 0; j < m; j++) ce[j + 1] = (ce[j] as number) + Math.max(1, el[j] as number)
  let tz = 0
  for (let i = 0; i < n; i++) tz += Math.max(1, zl[i] as number)
  const center = new Float64Array(n + 1)
  let cz = 0
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

/** Sentence pairs a few sentences off the expected path: not translations of each other. */
function* offPath(center: Float64Array, n: number, m: number): Generator<readonly [number, number]> {
  const step = Math.max(1, Math.floor(n / 500))
  for (let i = 0; i < n; i += step) {
    for (const offset of [-7, 6]) {
      const j = Math.round(center[i] as number) + offset
      if (j >= 0 && j < m) yield [i, j]
    }
  }
}

function touchesEdge(path: Float64Array, center: Float64Array, width: number, m: number): boolean {
  for (let i = 1; i < path.length - 1; i++) {
    const p = path[i] as number
    if (p <= 0 || p >= m) continue
    if (Math.abs(p - (center[i] as number)) > width - 2) return true
  }
  return false
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k)
}

function checkOptions(options: Partial<BitextOptions> | undefined): BitextOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new ResalignError('options/invalid', 'options of alignBitext must be an object')
  for (const key of Object.keys(options ?? {})) {
    if (!(key in BITEXT_DEFAULTS) && key !== 'counter') throw new ResalignError('options/invalid', `unknown option "${key}" of alignBitext`)
  }
  const o = { ...BITEXT_DEFAULTS, ...options }
  for (const key of ['band', 'refineBand', 'passes'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < (key === 'passes' ? 0 : 1)) throw new ResalignError('options/invalid', `${key} must be a whole number ≥ ${key === 'passes' ? 0 : 1}, not ${String(o[key])}`)
  }
  if (typeof o.dictionary !== 'boolean') throw new ResalignError('options/invalid', `dictionary must be true or false, not ${String(o.dictionary)}`)
  if (!(typeof o.lexicalWeight === 'number' && Number.isFinite(o.lexicalWeight) && o.lexicalWeight >= 0)) throw new ResalignError('options/invalid', `lexicalWeight must be a number ≥ 0, not ${String(o.lexicalWeight)}`)
  return o
}
