/**
 * Content words of an English text, stemmed: the tokens the lexicon
 * matches. Stop words go; numbers and acronyms stay (lower-cased), so
 * that `2030` or `UNCTAD` in a Chinese text meets its English twin.
 */
import { ENGLISH_STOP_WORDS } from '../data/english-stop-words.js'
import { stemEnglish } from './stem-english.js'

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\p{N}+/gu
const ASCII = /^[\x00-\x7f]*$/
/** Stems of words seen before: dictionary glosses repeat the same few thousand words. */
const stems = new Map<string, string | null>()
const STEM_CACHE_LIMIT = 100_000

/** Stemmed content words of `text`, in order, repeats kept. */
export function englishContentWords(text: string): string[] {
  const words: string[] = []
  for (const m of (ASCII.test(text) ? text : text.normalize('NFKC')).matchAll(WORD)) {
    let stem = stems.get(m[0])
    if (stem === undefined) {
      stem = contentStem(m[0])
      if (stems.size < STEM_CACHE_LIMIT) stems.set(m[0], stem)
    }
    if (stem !== null) words.push(stem)
  }
  return words
}

/** Stem of a content word, null for a stop word or a lone letter. */
function contentStem(token: string): string | null {
  const word = token.toLowerCase().replace(/['’]s$/, '')
  return ENGLISH_STOP_WORDS.has(word) || (word.length === 1 && !/\p{N}/u.test(word)) ? null : stemEnglish(word)
}
