import type { Band } from './band-dp.js'
import type { UnitLexicon } from './learn-dice.js'

/** Units of a bead matched on each side, weighted, and the sides' total weights. */
export interface Hits {
  en: number
  zh: number
  enTotal: number
  zhTotal: number
}

/**
 * How much of a bead's text the lexicon accounts for: the weight of English
 * units with a translation among the Chinese sentences, and of Chinese units
 * with one among the English sentences. A unit weighs its inverse document
 * frequency, so words found everywhere say little. Each sentence pair is
 * compared once (inside the band) and kept as bit masks, so a bead of several
 * sentences counts a unit matched twice only once.
 */
export class LexicalMatch {
  private readonly zhSets: (Set<number> | undefined)[]
  private readonly enSets: (Set<number> | undefined)[]
  private readonly zhLex: Int32Array[]
  private readonly enLex: Int32Array[]
  private readonly zhKnown: Int32Array
  private readonly enKnown: Int32Array
  private readonly zhTotal: Float64Array
  private readonly enTotal: Float64Array
  private readonly cache: Uint32Array
  private readonly known: Uint8Array
  private readonly rowStart: Float64Array
  private readonly rowLo: Int32Array
  private readonly rowHi: Int32Array
  private readonly scratch = new Uint32Array(4)
  private readonly scratchWeight = new Float64Array(2)
  private readonly weights: Float64Array
  /** Sentence pairs compared, for linear-time checks. */
  evaluations = 0

  /** `rows`: for each zh sentence the en sentences the caller will ask about (pairs outside are computed but not kept). */
  constructor(
    private readonly zh: readonly Int32Array[],
    private readonly en: readonly Int32Array[],
    private readonly shared: readonly boolean[],
    private readonly lexicon: UnitLexicon,
    private readonly weight: Float64Array,
    rows: Band,
    sets?: { readonly zh: (Set<number> | undefined)[]; readonly en: (Set<number> | undefined)[] },
  ) {
    const n = zh.length
    this.zhSets = sets?.zh ?? new Array(n)
    this.enSets = sets?.en ?? new Array(en.length)
    this.zhLex = zh.map((u) => lexical(u, shared, lexicon.zhToEn))
    this.enLex = en.map((u) => lexical(u, shared, lexicon.enToZh))
    this.zhKnown = prefixCount(this.zhLex)
    this.enKnown = prefixCount(this.enLex)
    this.zhTotal = Float64Array.from(zh, (u) => total(u, weight))
    this.enTotal = Float64Array.from(en, (u) => total(u, weight))
    this.rowLo = new Int32Array(n)
    this.rowHi = new Int32Array(n)
    this.rowStart = new Float64Array(n + 1)
    for (let i = 0; i < n; i++) {
      this.rowLo[i] = Math.max(0, rows.lo[i] as number)
      this.rowHi[i] = Math.min(en.length - 1, rows.hi[i] as number)
      this.rowStart[i + 1] = (this.rowStart[i] as number) + Math.max(0, (this.rowHi[i] as number) - (this.rowLo[i] as number) + 1)
    }
    const cells = this.rowStart[n] as number
    this.cache = new Uint32Array(cells * 4)
    this.known = new Uint8Array(cells)
    this.weights = new Float64Array(cells * 2)
  }

  /** Whether one side of the bead has no unit the lexicon knows (so nothing can match). */
  silent(zh0: number, zh1: number, en0: number, en1: number): boolean {
    return this.zhKnown[zh1] === this.zhKnown[zh0] || this.enKnown[en1] === this.enKnown[en0]
  }

  /** Fill `out` with the bead's weighted hits and totals. */
  hits(zh0: number, zh1: number, en0: number, en1: number, out: Hits): Hits {
    out.en = 0
    out.zh = 0
    out.enTotal = 0
    out.zhTotal = 0
    for (let j = en0; j < en1; j++) {
      if (zh1 - zh0 === 1) out.en += this.pairWeight(this.pair(zh0, j), 0)
      else {
        let lo = 0
        let hi = 0
        for (let i = zh0; i < zh1; i++) {
          const k = this.pair(i, j)
          lo |= this.cacheOr(k, 0)
          hi |= this.cacheOr(k, 1)
        }
        out.en += weighOf(this.enLex[j] as Int32Array, lo, hi, this.weight)
      }
      out.enTotal += this.enTotal[j] as number
    }
    for (let i = zh0; i < zh1; i++) {
      if (en1 - en0 === 1) out.zh += this.pairWeight(this.pair(i, en0), 1)
      else {
        let lo = 0
        let hi = 0
        for (let j = en0; j < en1; j++) {
          const k = this.pair(i, j)
          lo |= this.cacheOr(k, 2)
          hi |= this.cacheOr(k, 3)
        }
        out.zh += weighOf(this.zhLex[i] as Int32Array, lo, hi, this.weight)
      }
      out.zhTotal += this.zhTotal[i] as number
    }
    return out
  }

  private pairWeight(k: number, side: number): number {
    return k < 0 ? (this.scratchWeight[side] as number) : (this.weights[k * 2 + side] as number)
  }

  private cacheOr(k: number, word: number): number {
    return k < 0 ? (this.scratch[word] as number) : (this.cache[k * 4 + word] as number)
  }

  /** Cell of pair (i, j) in the cache, computed on first use; -1: computed into the scratch. */
  private pair(i: number, j: number): number {
    const inBand = j >= (this.rowLo[i] as number) && j <= (this.rowHi[i] as number)
    const k = inBand ? (this.rowStart[i] as number) + j - (this.rowLo[i] as number) : -1
    if (inBand && this.known[k] === 1) return k
    this.evaluations++
    const target = inBand ? this.cache : this.scratch
    const at = inBand ? k * 4 : 0
    const zhSet = (this.zhSets[i] ??= new Set(this.zh[i]))
    const enSet = (this.enSets[j] ??= new Set(this.en[j]))
    mask(this.enLex[j] as Int32Array, zhSet, this.lexicon.enToZh, this.shared, target, at)
    mask(this.zhLex[i] as Int32Array, enSet, this.lexicon.zhToEn, this.shared, target, at + 2)
    const enWeight = weighOf(this.enLex[j] as Int32Array, target[at] as number, target[at + 1] as number, this.weight)
    const zhWeight = weighOf(this.zhLex[i] as Int32Array, target[at + 2] as number, target[at + 3] as number, this.weight)
    if (inBand) {
      this.known[k] = 1
      this.weights[k * 2] = enWeight
      this.weights[k * 2 + 1] = zhWeight
    } else {
      this.scratchWeight[0] = enWeight
      this.scratchWeight[1] = zhWeight
    }
    return k
  }
}

const MARGIN = 4

/** The pairs a band's beads will ask about: each zh sentence against the en sentences its rows reach, with a margin. */
export function rowsOfBand(band: Band): Band {
  const n = band.lo.length - 1
  const lo = new Int32Array(n)
  const hi = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    lo[i] = (band.lo[i] as number) - MARGIN
    hi[i] = (band.hi[i + 1] as number) + MARGIN
  }
  return { lo, hi }
}
/** Units of a sentence the lexicon can match, at most 64 (two 32-bit masks). */
const MAX_LEXICAL = 64

function lexical(units: Int32Array, shared: readonly boolean[], lexicon: ReadonlyMap<number, Int32Array>): Int32Array {
  const out: number[] = []
  for (const u of units) if ((shared[u] || lexicon.has(u)) && out.length < MAX_LEXICAL) out.push(u)
  return Int32Array.from(out)
}

function prefixCount(lists: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(lists.length + 1)
  for (let k = 0; k < lists.length; k++) out[k + 1] = (out[k] as number) + (lists[k] as Int32Array).length
  return out
}

function total(units: Int32Array, weight: Float64Array): number {
  let t = 0
  for (const u of units) t += weight[u] as number
  return t
}

function mask(units: Int32Array, other: Set<number>, lexicon: ReadonlyMap<number, Int32Array>, shared: readonly boolean[], out: Uint32Array, word: number): void {
  let lo = 0
  let hi = 0
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as number
    let hit = false
    if (shared[u]) hit = other.has(u)
    else {
      const partners = lexicon.get(u)
      if (partners) for (const p of partners) if (other.has(p)) { hit = true; break }
    }
    if (hit) {
      if (k < 32) lo |= 1 << k
      else hi |= 1 << (k - 32)
    }
  }
  out[word] = lo >>> 0
  out[word + 1] = hi >>> 0
}

function weighOf(units: Int32Array, lo: number, hi: number, weight: Float64Array): number {
  let w = 0
  for (let k = 0; k < units.length; k++) {
    const bit = k < 32 ? (lo >>> k) & 1 : (hi >>> (k - 32)) & 1
    if (bit) w += weight[units[k] as number] as number
  }
  return w
}
