/**
 * Whether a one-word English candidate ending in -ing is used as a verb:
 * a gerund that takes a direct object (“achieving the Goals”, “achieving
 * gender equality”) names an action, not a concept, while a gerund term
 * is often followed by a preposition, a conjunction or punctuation
 * (“training and”, “financing for development”). A gerund used as a
 * modifier (“training programmes”) is also followed by a noun, so only a
 * gerund followed by a noun phrase in nearly all its occurrences is
 * judged a verb.
 */
import { EN_STOP_WORDS } from './data/stop-words.js'

/** Determiners that open a noun phrase (and so, after a gerund, its object). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'all', 'such', 'any', 'each',
  'every', 'both', 'some', 'more',
])

/** Share of occurrences followed by a noun phrase from which a gerund is judged a verb. */
const VERBAL_SHARE = 0.75

/** Whether `surface` is a verbal gerund, given the word after each of its occurrences ('' when none). */
export function isVerbalGerund(surface: string, nextWords: readonly string[]): boolean {
  if (!/^\p{L}+ing$/iu.test(surface) || nextWords.length === 0) return false
  const opensNounPhrase = (word: string): boolean => {
    const w = word.toLowerCase()
    return w !== '' && (DETERMINERS.has(w) || !EN_STOP_WORDS.has(w))
  }
  return nextWords.filter(opensNounPhrase).length >= VERBAL_SHARE * nextWords.length
}
