/**
 * Compare a Chinese and an English title through the glossary: the Dice
 * coefficient of the glossary entries found in each (the same measure as
 * `glossaryScore`), with the entries of each title found once and cached,
 * since pairing compares every Chinese title with every English one.
 */
import { createTermMatcher, type TermMatcher } from '../glossary/term-matcher.js'
import type { GlossaryEntry } from '../glossary/glossary-types.js'
import type { TitleSimilarity } from './score-pair.js'

/** A title similarity over the built-in glossary and the user's entries. */
export function createTitleSimilarity(glossary: readonly GlossaryEntry[] = []): TitleSimilarity {
  let matcher: TermMatcher | undefined
  const zh = new Map<string, ReadonlySet<number>>()
  const en = new Map<string, ReadonlySet<number>>()
  const idsOf = (cache: Map<string, ReadonlySet<number>>, text: string, find: (m: TermMatcher, t: string) => number[]): ReadonlySet<number> => {
    let ids = cache.get(text)
    if (ids === undefined) {
      matcher ??= createTermMatcher({ glossary })
      ids = new Set(find(matcher, text))
      cache.set(text, ids)
    }
    return ids
  }
  return (zhTitle, enTitle) => {
    const a = idsOf(zh, zhTitle, (m, t) => m.chineseIds(t))
    const b = idsOf(en, enTitle, (m, t) => m.englishIds(t))
    if (a.size + b.size === 0) return 0
    let both = 0
    for (const id of a) if (b.has(id)) both++
    return (2 * both) / (a.size + b.size)
  }
}
