import type { Alignment, BlockKind, Lang, Link, LinkMethod } from '../types.js'
import { isTwoSided } from './two-sided.js'

/** Confidence band of a link on the review page. */
export type Band = 'high' | 'medium' | 'low' | 'unpaired'

/** Score limits of the bands: high ≥ `high`, medium ≥ `low`, else low. */
export interface BandLimits {
  readonly high: number
  readonly low: number
}

/** Figures shown at the top of the review page. */
export interface ReviewSummary {
  readonly links: number
  readonly twoSided: number
  /** Mean score of two-sided links, or null when there are none. */
  readonly meanScore: number | null
  /** Blocks in one-sided links, per side. */
  readonly unpairedBlocks: Readonly<Record<Lang, number>>
  readonly bands: Readonly<Record<Band, number>>
  /** Links per block kind: two-sided and one-sided, in order of first appearance. */
  readonly kinds: readonly { readonly kind: BlockKind; readonly twoSided: number; readonly oneSided: number }[]
  /** Links per method, in order of first appearance. */
  readonly methods: readonly { readonly method: LinkMethod; readonly count: number }[]
}

/** The band of a link: unpaired when one side is empty, else by score. */
export function bandOf(link: Link, limits: BandLimits): Band {
  if (!isTwoSided(link)) return 'unpaired'
  return link.score >= limits.high ? 'high' : link.score >= limits.low ? 'medium' : 'low'
}

/** Counts what the summary of the review page shows. */
export function reviewSummary(alignment: Alignment, limits: BandLimits): ReviewSummary {
  const bands: Record<Band, number> = { high: 0, medium: 0, low: 0, unpaired: 0 }
  const kinds = new Map<BlockKind, { kind: BlockKind; twoSided: number; oneSided: number }>()
  const methods = new Map<LinkMethod, { method: LinkMethod; count: number }>()
  const unpairedBlocks = { zh: 0, en: 0 }
  let scoreSum = 0
  for (const link of alignment.pairs) {
    const band = bandOf(link, limits)
    bands[band] += 1
    const kind = kinds.get(link.kind) ?? { kind: link.kind, twoSided: 0, oneSided: 0 }
    kinds.set(link.kind, kind)
    const method = methods.get(link.method) ?? { method: link.method, count: 0 }
    methods.set(link.method, method)
    method.count += 1
    if (band === 'unpaired') {
      kind.oneSided += 1
      unpairedBlocks.zh += link.zh.ids.length
      unpairedBlocks.en += link.en.ids.length
    } else {
      kind.twoSided += 1
      scoreSum += link.score
    }
  }
  const twoSided = alignment.pairs.length - bands.unpaired
  return {
    links: alignment.pairs.length,
    twoSided,
    meanScore: twoSided === 0 ? null : scoreSum / twoSided,
    unpairedBlocks,
    bands,
    kinds: [...kinds.values()],
    methods: [...methods.values()],
  }
}
