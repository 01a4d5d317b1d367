import { MIN_BEAD_SHARE, SENTENCE_BEADS, type SentenceBeadShape } from '../data/sentence-beads.js'
import type { ZhEnDictionary } from '../lexicon/cedict-dictionary.js'
import type { Band, SpanBead } from './band-dp.js'
import { dictionaryUnits, mergeLexicons } from './dictionary-units.js'
import { learnDice, type UnitLexicon } from './learn-dice.js'
import { initialLengthModel, lengthLogProb, refitLengthModel, type LengthModel } from './length-model.js'
import { LexicalMatch, type Hits } from './lexical-match.js'
import { enUnits, UnitVocabulary, zhUnits, type SentenceUnits } from './sentence-units.js'

/**
 * What a sentence alignment knows of its two texts: their units, the length
 * model, the shares of bead shapes and the lexicon, all re-estimated from
 * the beads of the pass before (`refit`).
 */
export class SentenceModel {
  readonly vocabulary = new UnitVocabulary()
  readonly zh: SentenceUnits
  readonly en: SentenceUnits
  readonly weight: Float64Array
  private readonly zc: Float64Array
  private readonly ec: Float64Array
  length: LengthModel
  logPriors: number[]
  lexicon: UnitLexicon = { enToZh: new Map(), zhToEn: new Map() }
  /** Each sentence's units as a set, made on first use and shared by every matcher. */
  private readonly sets: { zh: (Set<number> | undefined)[]; en: (Set<number> | undefined)[] }
  /** Sentence pairs compared so far. */
  evaluations = 0

  private readonly zn: Int32Array
  private readonly en0: Int32Array

  /** The dictionary read into this alignment's units, when one is given. */
  private readonly dictionary: UnitLexicon | null

  constructor(zh: readonly string[], en: readonly string[], readonly lexicalWeight: number, dictionary: ZhEnDictionary | null = null) {
    const z = zhUnits(zh, this.vocabulary)
    this.en = enUnits(en, this.vocabulary)
    this.zh = { ...z, lengths: englishEquivalent(z, this.en) }
    this.zn = prefixCount(this.zh.numbers)
    this.en0 = prefixCount(this.en.numbers)
    this.weight = idfWeights(this.vocabulary.size, this.zh.units, this.en.units)
    this.zc = prefix(this.zh.lengths)
    this.ec = prefix(this.en.lengths)
    this.length = initialLengthModel(this.zh.lengths, this.en.lengths)
    this.logPriors = SENTENCE_BEADS.map((s) => Math.log(s.prior))
    this.dictionary = dictionary ? dictionaryUnits(this.vocabulary, dictionary) : null
    this.sets = { zh: new Array(zh.length), en: new Array(en.length) }
  }

  /** Lengths of a run of sentences. */
  zhLength(from: number, to: number): number {
    return (this.zc[to] as number) - (this.zc[from] as number)
  }

  enLength(from: number, to: number): number {
    return (this.ec[to] as number) - (this.ec[from] as number)
  }

  /** A lexical matcher for the sentence pairs of `rows`. */
  matcher(rows: Band): LexicalMatch {
    return new LexicalMatch(this.zh.units, this.en.units, this.vocabulary.shared, this.lexicon, this.weight, rows, this.sets)
  }

  /**
   * The gain of a bead (global sentence indices): log prior of its shape +
   * log probability of its lengths + the lexical match beyond chance, in
   * sentences. `chance` comes from `chanceOf`.
   */
  gain(match: LexicalMatch, chance: Chance, s: number, zh0: number, zh1: number, en0: number, en1: number, h: Hits): number {
    if (zh1 === zh0 || en1 === en0) return this.logPriors[s] as number
    const zl = this.zhLength(zh0, zh1)
    const el = this.enLength(en0, en1)
    let g = (this.logPriors[s] as number) + lengthLogProb(this.length, zl, el)
    if (this.zn[zh1] !== this.zn[zh0] || this.en0[en1] !== this.en0[en0]) g += NUMBER_WEIGHT * this.numberAgreement(zh0, zh1, en0, en1)
    if (this.lexicalWeight === 0 || match.silent(zh0, zh1, en0, en1)) return g
    match.hits(zh0, zh1, en0, en1, h)
    const excess = (h.en - h.enTotal * (1 - Math.exp(-chance.en * zl))) / chance.enUnits + (h.zh - h.zhTotal * (1 - Math.exp(-chance.zh * el))) / chance.zhUnits
    return g + this.lexicalWeight * excess
  }

  /** Numbers found on both sides count twice, numbers found on one side only count against. */
  private numberAgreement(zh0: number, zh1: number, en0: number, en1: number): number {
    const zh = new Set<number>()
    const en = new Set<number>()
    for (let i = zh0; i < zh1; i++) for (const u of this.zh.numbers[i] as Int32Array) zh.add(u)
    for (let j = en0; j < en1; j++) for (const u of this.en.numbers[j] as Int32Array) en.add(u)
    let both = 0
    for (const u of zh) if (en.has(u)) both++
    return 2 * both - (zh.size - both) - (en.size - both)
  }

  /** Re-estimate the length spread and the shape shares from beads, and learn the lexicon from the confident ones (plus `certain` beads known to be right). */
  refit(beads: readonly SpanBead[], certain: readonly SpanBead[] = []): void {
    this.length = refitLengthModel(this.length, beads.filter((b) => b.zh1 - b.zh0 === 1 && b.en1 - b.en0 === 1).map((b) => [this.zh.lengths[b.zh0] as number, this.en.lengths[b.en0] as number]))
    this.logPriors = shapeLogPriors(beads, SENTENCE_BEADS)
    const confident = beads.filter((b) => b.zh1 > b.zh0 && b.en1 > b.en0 && lengthLogProb(this.length, this.zhLength(b.zh0, b.zh1), this.enLength(b.en0, b.en1)) > -2.5)
    const learned = learnDice([...certain, ...confident], this.zh.units, this.en.units, this.vocabulary.shared)
    this.lexicon = this.dictionary ? mergeLexicons(learned, this.dictionary) : learned
  }

  /** Confidence of a two-sided bead in [0, 1]: lexical coverage and length fit. */
  confidence(match: LexicalMatch, b: SpanBead): number {
    if (b.zh1 === b.zh0 || b.en1 === b.en0) return 0
    const h = match.hits(b.zh0, b.zh1, b.en0, b.en1, { en: 0, zh: 0, enTotal: 0, zhTotal: 0 })
    const lex = (h.enTotal ? h.en / h.enTotal : 0) / 2 + (h.zhTotal ? h.zh / h.zhTotal : 0) / 2
    const len = Math.exp(lengthLogProb(this.length, this.zhLength(b.zh0, b.zh1), this.enLength(b.en0, b.en1)))
    return Math.round((0.6 * Math.min(1, lex * 2) + 0.4 * len) * 1000) / 1000
  }
}

/** Weight (nats) of one number's agreement between the two sides of a bead. */
const NUMBER_WEIGHT = 1.5

/**
 * Chinese lengths in English characters: Han characters weigh the text's own
 * ratio, other characters (Latin, digits, punctuation) one each, since a
 * translation carries them over as they are. Returned in Chinese units
 * (Han + other / ratio), so that ratio × length is the English length expected.
 */
function englishEquivalent(zh: SentenceUnits, en: SentenceUnits): Float64Array {
  let han = 0
  let other = 0
  let english = 0
  for (let i = 0; i < zh.lengths.length; i++) {
    han += (zh.lengths[i] as number) - (zh.other[i] as number)
    other += zh.other[i] as number
  }
  for (const l of en.lengths) english += l
  const ratio = Math.max(0.3, (english - other) / Math.max(1, han))
  return zh.lengths.map((l, i) => l - (zh.other[i] as number) + (zh.other[i] as number) / ratio)
}

function prefixCount(lists: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(lists.length + 1)
  for (let k = 0; k < lists.length; k++) out[k + 1] = (out[k] as number) + (lists[k] as Int32Array).length
  return out
}

/**
 * What chance alone matches: a unit finds a translation in unrelated text of
 * length L with probability 1 − e^(−rate·L), the rate measured on sentence
 * pairs off the path. Subtracting it makes a bead of more sentences earn no
 * more than the beads it is made of unless its text really translates.
 */
export interface Chance {
  /** Rate per Chinese character for an English unit, and the reverse. */
  readonly en: number
  readonly zh: number
  /** Mean unit weight per sentence, so a side's excess counts in sentences. */
  readonly enUnits: number
  readonly zhUnits: number
}

/** Measure chance on pairs (i, j) that are not translations of each other. */
export function chanceOf(model: SentenceModel, match: LexicalMatch, pairs: Iterable<readonly [number, number]>): Chance {
  let enHit = 0
  let enTotal = 0
  let zhHit = 0
  let zhTotal = 0
  let zl = 0
  let el = 0
  let count = 0
  const h: Hits = { en: 0, zh: 0, enTotal: 0, zhTotal: 0 }
  for (const [i, j] of pairs) {
    match.hits(i, i + 1, j, j + 1, h)
    enHit += h.en
    enTotal += h.enTotal
    zhHit += h.zh
    zhTotal += h.zhTotal
    zl += (model.zh.lengths[i] as number) * h.enTotal
    el += (model.en.lengths[j] as number) * h.zhTotal
    count++
  }
  const rate = (hit: number, total: number, weightedLength: number): number => (total && hit ? -Math.log(1 - Math.min(0.95, hit / total)) / Math.max(1, weightedLength / total) : 0)
  const mean = (units: readonly Int32Array[]): number => {
    let t = 0
    for (const u of units) for (const x of u) t += model.weight[x] as number
    return units.length ? t / units.length : 0
  }
  return {
    en: rate(enHit, enTotal, zl),
    zh: rate(zhHit, zhTotal, el),
    enUnits: Math.max(1e-6, count ? enTotal / count : mean(model.en.units)),
    zhUnits: Math.max(1e-6, count ? zhTotal / count : mean(model.zh.units)),
  }
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

/** Inverse document frequency of each unit on its side: ln((N + 1) / (df + 1)). */
function idfWeights(size: number, zh: readonly Int32Array[], en: readonly Int32Array[]): Float64Array {
  const df = new Float64Array(size)
  const side = new Float64Array(size)
  for (const [list, n] of [[zh, zh.length], [en, en.length]] as const) {
    for (const units of list) {
      for (const u of units) {
        df[u] = (df[u] as number) + 1
        side[u] = Math.max(side[u] as number, n)
      }
    }
  }
  return df.map((d, u) => Math.log(((side[u] as number) + 1) / (d + 1)))
}

function prefix(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1)
  for (let k = 0; k < values.length; k++) out[k + 1] = (out[k] as number) + (values[k] as number)
  return out
}
