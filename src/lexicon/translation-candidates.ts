/**
 * English stems a Chinese content word may translate to: the
 * dictionary's glosses (for a word it does not know, the glosses of its
 * longest-match pieces), the learned lexicon's translations, and the
 * word itself (numbers, acronyms, Latin names written alike in both).
 */
import { CHINESE_STOP_WORDS } from '../data/chinese-stop-words.js'
import type { ZhEnDictionary } from './cedict-dictionary.js'
import type { LearnedLexicon } from './learn-lexicon.js'
import { longestMatch } from './longest-match.js'

/** Candidate English stems of a Chinese token (cached per finder). */
export type CandidateFinder = (zhToken: string) => readonly string[]

/** A finder over the given sources; either may be absent. */
export function createCandidateFinder(dictionary: ZhEnDictionary | undefined, learned: LearnedLexicon | undefined): CandidateFinder {
  const cache = new Map<string, readonly string[]>()
  return (token) => {
    let found = cache.get(token)
    if (found === undefined) {
      const stems = new Set<string>([token])
      if (dictionary !== undefined) for (const s of dictionaryGlosses(token, dictionary)) stems.add(s)
      if (learned !== undefined) for (const e of learned.translations(token).keys()) stems.add(e)
      found = Object.freeze([...stems])
      cache.set(token, found)
    }
    return found
  }
}

function dictionaryGlosses(token: string, dictionary: ZhEnDictionary): readonly string[] {
  const whole = dictionary.glosses(token)
  if (whole !== undefined || !/^\p{Script=Han}{3,}$/u.test(token)) return whole ?? []
  return longestMatch(token, dictionary)
    .filter((piece) => !CHINESE_STOP_WORDS.has(piece))
    .flatMap((piece) => dictionary.glosses(piece) ?? [])
}
