import type { Part, PartKind } from '../types.js'
import { dice } from './similarity.js'

/** A pair of parts, or a part with no counterpart. */
export interface PartLink {
  readonly zh: Part | null
  readonly en: Part | null
}

const FAMILY: Record<PartKind, string> = {
  front: 'front',
  report: 'report',
  resolution: 'resolution',
  'draft-resolution': 'resolution',
  decision: 'decision',
  'draft-decision': 'decision',
  annex: 'annex',
}

/**
 * Match parts across languages: a draft resolution inside a committee
 * report meets the resolution adopted from it, draft resolution I meets I.
 * Parts of one family are paired in order by a monotone dynamic programming
 * on their resemblance (ordinal, shared numbers, size); a part without a
 * convincing counterpart stays alone.
 */
export function matchParts(zh: readonly Part[], en: readonly Part[], numbersOf: (p: Part) => readonly string[]): PartLink[] {
  const n = zh.length
  const m = en.length
  const score = (a: Part, b: Part): number => {
    if (FAMILY[a.kind] !== FAMILY[b.kind]) return -1
    if (a.kind === 'front') return 1
    const ordinal = a.ordinal !== null && b.ordinal !== null ? (a.ordinal === b.ordinal ? 0.3 : -0.3) : 0
    const size = Math.min(a.blocks.length, b.blocks.length) / Math.max(1, a.blocks.length, b.blocks.length)
    const shared = dice(numbersOf(a), numbersOf(b))
    return 0.6 * shared + 0.3 * size + ordinal
  }
  const MIN = 0.25
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(zh[i] as Part, en[j] as Part)
      const take = s >= MIN ? s + (best[i + 1]?.[j + 1] ?? 0) : -Infinity
      ;(best[i] as number[])[j] = Math.max(take, best[i + 1]?.[j] ?? 0, best[i]?.[j + 1] ?? 0)
    }
  }
  const links: PartLink[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = score(zh[i] as Part, en[j] as Part)
      if (s >= MIN && (best[i] as number[])[j] === s + (best[i + 1]?.[j + 1] ?? 0)) {
        links.push({ zh: zh[i] as Part, en: en[j] as Part })
        i++
        j++
        continue
      }
      if ((best[i] as number[])[j] === (best[i + 1]?.[j] ?? 0)) links.push({ zh: zh[i++] as Part, en: null })
      else links.push({ zh: null, en: en[j++] as Part })
    } else if (i < n) links.push({ zh: zh[i++] as Part, en: null })
    else links.push({ zh: null, en: en[j++] as Part })
  }
  return links
}
