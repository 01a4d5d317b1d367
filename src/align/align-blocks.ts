import type { Block, LinkMethod } from '../types.js'
import { alignDp, type Bead } from './dp.js'
import { findAnchors } from './find-anchors.js'
import { lengthCenter } from './length-center.js'
import { mergeSignatures, type Signature } from './signature.js'
import { type Similarity, similarity } from './similarity.js'

/** Term-overlap score of block i (zh) and j (en), in [0, 1]; the fallback where structure is silent. */
export interface GlossaryScorer {
  score(zh: readonly number[], en: readonly number[]): number
}

/** A decided link between runs of the two block lists. */
export interface BlockLink {
  readonly zh: readonly number[]
  readonly en: readonly number[]
  readonly score: number
  readonly method: LinkMethod
}

/** Inputs of `alignBlocks`. */
export interface BlockSide {
  readonly blocks: readonly Block[]
  readonly signatures: readonly Signature[]
}

/** Options of `alignBlocks`. */
export interface AlignBlocksOptions {
  readonly ratio: number
  readonly glossary?: GlossaryScorer
  /** Lexicon score of runs (dictionary and learned lexicon), same indexing as `glossary`. */
  readonly lexicon?: GlossaryScorer
  /** Offsets of these lists in the whole document's block lists (for the glossary scorer). */
  readonly offset: { readonly zh: number; readonly en: number }
  /** Half-width of the band of the dynamic programming (default 20 blocks). */
  readonly band?: number
  readonly counter?: { evaluations: number }
}

/** Half-width of the band of the dynamic programming around the diagonal of a stretch. */
const BAND = 20

/** A comparison of runs `[z0, z1)` and `[e0, e1)` of two block lists. */
export type RunSimilarity = (z0: number, z1: number, e0: number, e1: number, useNumber?: boolean) => Similarity

/**
 * The similarity of runs of blocks, as the aligner sees it: signatures
 * (merged for runs of two), length against the document's ratio, relative
 * position, and the glossary fallback.
 */
export function makeSimilarity(zh: BlockSide, en: BlockSide, options: AlignBlocksOptions): RunSimilarity {
  // Runs of two and three come back for every 2–1 and 3–1 bead of the DP: merge them once.
  const zhRuns: Array<Array<Signature | undefined>> = [[], []]
  const enRuns: Array<Array<Signature | undefined>> = [[], []]
  const run = (side: BlockSide, cache: Array<Array<Signature | undefined>>, s0: number, s1: number): Signature => {
    if (s1 - s0 === 1) return side.signatures[s0] as Signature
    const memo = cache[s1 - s0 - 2]
    const hit = memo?.[s0]
    if (hit !== undefined) return hit
    let acc = side.signatures[s0] as Signature
    for (let k = s0 + 1; k < s1; k++) acc = mergeSignatures(acc, side.signatures[k] as Signature)
    if (memo !== undefined) memo[s0] = acc
    return acc
  }
  return (z0: number, z1: number, e0: number, e1: number, useNumber = true): Similarity => {
    if (options.counter) options.counter.evaluations++
    const a = run(zh, zhRuns, z0, z1)
    const b = run(en, enRuns, e0, e1)
    const zr = run1(z0 + options.offset.zh, z1 + options.offset.zh)
    const er = run1(e0 + options.offset.en, e1 + options.offset.en)
    const g = options.glossary?.score(zr, er)
    const lex = options.lexicon?.score(zr, er)
    const n = zh.blocks.length
    const m = en.blocks.length
    const position = n > 1 && m > 1 ? (z0 + z1 - 1) / 2 / (n - 1) - (e0 + e1 - 1) / 2 / (m - 1) : undefined
    return similarity(a, b, { ratio: options.ratio, glossary: g, lexicon: lex, position, useNumber })
  }
}

/**
 * Align two block lists: numbered blocks whose numbers and signatures agree
 * become anchors; the dynamic programming links what lies between them.
 */
export function alignBlocks(zh: BlockSide, en: BlockSide, options: AlignBlocksOptions): BlockLink[] {
  const sim = makeSimilarity(zh, en, options)
  const { anchors, rejected } = findAnchors(zh, en, (i, j, useNumber) => sim(i, i + 1, j, j + 1, useNumber))
  const links: BlockLink[] = []
  let zi = 0
  let ei = 0
  const fill = (z1: number, e1: number): void => {
    const n = z1 - zi
    const m = e1 - ei
    // The band follows the diagonal of the stretch and widens with its slope only, so the work
    // stays linear in the stretch; one-sided runs longer than the band belong to another part.
    const slope = Math.max(m / Math.max(1, n), n / Math.max(1, m))
    const base = options.band ?? BAND
    const band = Math.ceil(Math.max(base, slope + base))
    const z0 = zi
    const e0 = ei
    // Where a number was refuted by its neighbours, numbers say nothing in this stretch.
    const useNumber = !rejected.some((r) => r >= z0 && r < z1)
    const beads = alignDp(n, m, (a, b, c, d) => sim(a + z0, b + z0, c + e0, d + e0, useNumber), { band, center: lengthCenter(zh, en, z0, n, e0, m, options.ratio) })
    links.push(...beads.map((bead) => fromBead(bead, z0, e0)))
  }
  for (const a of anchors) {
    fill(a.zh, a.en)
    links.push({ zh: [a.zh], en: [a.en], score: confidence(a.sim.score), method: 'number' })
    zi = a.zh + 1
    ei = a.en + 1
  }
  fill(zh.blocks.length, en.blocks.length)
  return absorbContinuations(links, zh, en, sim)
}

/**
 * An anchor is fixed 1–1, but a numbered paragraph may have been split in
 * two on one side: an unnumbered block left alone right after it joins the
 * anchor when the joined text fits the partner better (length, numbers).
 */
function absorbContinuations(links: BlockLink[], zh: BlockSide, en: BlockSide, sim: (z0: number, z1: number, e0: number, e1: number, useNumber?: boolean) => Similarity): BlockLink[] {
  const out: BlockLink[] = []
  for (const link of links) {
    const prev = out[out.length - 1]
    const oneSided = link.zh.length === 0 || link.en.length === 0
    const side = link.zh.length ? zh : en
    const idx = (link.zh.length ? link.zh : link.en)[0] as number
    const block = side.blocks[idx]
    if (prev && prev.method === 'number' && oneSided && block && block.number === null && block.kind !== 'heading' && block.kind !== 'footnote' && block.lead === null) {
      const z = link.zh.length ? [...prev.zh, idx] : prev.zh
      const e = link.en.length ? [...prev.en, idx] : prev.en
      if (z[z.length - 1] === (z[0] as number) + z.length - 1 && e[e.length - 1] === (e[0] as number) + e.length - 1) {
        const before = sim(prev.zh[0] as number, (prev.zh[0] as number) + prev.zh.length, prev.en[0] as number, (prev.en[0] as number) + prev.en.length)
        const after = sim(z[0] as number, (z[0] as number) + z.length, e[0] as number, (e[0] as number) + e.length)
        if (after.score > before.score + 0.02) {
          out[out.length - 1] = { zh: z, en: e, score: Math.max(prev.score, confidence(after.score)), method: 'number' }
          continue
        }
      }
    }
    out.push(link)
  }
  return out
}

function fromBead(b: Bead, z0: number, e0: number): BlockLink {
  const zh = range(b.zh0 + z0, b.zh1 + z0)
  const en = range(b.en0 + e0, b.en1 + e0)
  if (!b.sim) return { zh, en, score: 0, method: 'none' }
  return { zh, en, score: b.sim.score, method: b.sim.method }
}

/** A number confirmed by the signature is strong evidence. */
function confidence(sim: number): number {
  return Math.min(1, 0.5 + sim / 2)
}

/** Runs of one, two and three indices by start: shared, not allocated (the DP asks for them again and again). */
const SHORT_RUNS: number[][][] = [[], [], []]
function run1(a: number, b: number): readonly number[] {
  const memo = SHORT_RUNS[b - a - 1]
  if (memo === undefined) return range(a, b)
  return (memo[a] ??= range(a, b))
}

function range(a: number, b: number): number[] {
  const out: number[] = []
  for (let i = a; i < b; i++) out.push(i)
  return out
}
