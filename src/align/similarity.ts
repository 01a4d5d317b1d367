import { COMPATIBLE_KINDS, LENGTH_SIGMA, RARE_KINDS, SIMILARITY_WEIGHTS as W } from '../data/similarity-weights.js'
import type { Signature } from './signature.js'

/** How similar two blocks are, and which evidence spoke. */
export interface Similarity {
  /** In [0, 1]. */
  readonly score: number
  /** The feature that weighed most in the score. */
  readonly method: 'number' | 'content' | 'lexicon' | 'glossary' | 'signature' | 'length'
}

/** Compatible kinds, both ways: kind → kinds (looked up per comparison, so no key string is built). */
const compatible = new Map<string, Set<string>>()
for (const [a, b] of COMPATIBLE_KINDS) {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const set = compatible.get(x) ?? new Set<string>()
    set.add(y)
    compatible.set(x, set)
  }
}

/** Dice coefficient of two multisets (small lists: quadratic beats hashing). */
export function dice(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length
  if (total === 0) return 0
  if (a.length * b.length > 400) return diceLarge(a, b)
  const used = new Uint8Array(b.length)
  let shared = 0
  for (const x of a) {
    for (let k = 0; k < b.length; k++) {
      if (used[k] === 0 && b[k] === x) {
        used[k] = 1
        shared++
        break
      }
    }
  }
  return (2 * shared) / total
}

function diceLarge(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1)
  let shared = 0
  for (const x of b) {
    const c = counts.get(x) ?? 0
    if (c > 0) {
      shared++
      counts.set(x, c - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

/** What a comparison knows beside the two signatures. */
export interface SimilarityContext {
  /** Expected en/zh length ratio. */
  readonly ratio: number
  /** Term-overlap score in [0, 1], when a glossary scorer is at hand. */
  readonly glossary?: number | undefined
  /** Lexicon score in [0, 1] (words that translate each other), when a lexicon scorer is at hand. */
  readonly lexicon?: number | undefined
  /** Difference of the relative positions of the blocks in their parts. */
  readonly position?: number | undefined
  /** Whether printed numbers count (false where numbering proved unreliable). */
  readonly useNumber?: boolean | undefined
}

/** Compare a Chinese and an English signature. */
export function similarity(zh: Signature, en: Signature, ctx: SimilarityContext): Similarity {
  const { ratio, glossary, position } = ctx
  let sum = 0
  let weight = 0
  let best: Similarity['method'] = 'length'
  let bestContribution = -1
  const add = (w: number, value: number, method: Similarity['method']): void => {
    sum += w * value
    weight += w
    if (w * value > bestContribution) {
      bestContribution = w * value
      best = method
    }
  }
  if (ctx.useNumber !== false && zh.number !== null && en.number !== null) add(W.number, zh.number === en.number ? 1 : 0, 'number')
  // A heading's or meta line's numbers name the document (session, agenda item, resolution,
  // meeting, date of adoption): they differ between a draft, its resolution and the next one
  // of the series, and say less than a paragraph's.
  const titleLine = (zh.kind === 'heading' || zh.kind === 'meta') && (en.kind === 'heading' || en.kind === 'meta')
  if (zh.numbers.length + en.numbers.length > 0) add((titleLine ? W.titleNumbers : W.numbers) * Math.min(1, (zh.numbers.length + en.numbers.length) / 2), dice(zh.numbers, en.numbers), 'content')
  if (zh.refs.length + en.refs.length > 0) add(W.refs, dice(zh.refs, en.refs), 'signature')
  if (zh.leadClass !== null && en.leadClass !== null && zh.leadClass !== 'other' && en.leadClass !== 'other') add(W.lead, zh.leadClass === en.leadClass ? 1 : 0, 'signature')
  add(W.length, lengthScore(zh.length, en.length, ratio), 'length')
  add(RARE_KINDS.has(zh.kind) || RARE_KINDS.has(en.kind) ? W.rareKind : W.kind, zh.kind === en.kind ? 1 : 0, 'signature')
  if (position !== undefined) add(W.position, Math.exp(-((position / 0.15) ** 2)), 'length')
  if (glossary !== undefined) add(W.glossary, glossary, 'glossary')
  if (ctx.lexicon !== undefined) add(W.lexicon, ctx.lexicon, 'lexicon')
  let score = weight > 0 ? sum / weight : 0
  if (compatible.get(zh.kind)?.has(en.kind) !== true) score *= 0.3
  return { score, method: best }
}

/** How well a length pair fits the expected ratio, in [0, 1]. */
export function lengthScore(zhLength: number, enLength: number, ratio: number): number {
  if (zhLength === 0 || enLength === 0) return zhLength === enLength ? 1 : 0
  const d = Math.log(enLength / (zhLength * ratio))
  return Math.exp(-(d * d) / (2 * LENGTH_SIGMA * LENGTH_SIGMA))
}
