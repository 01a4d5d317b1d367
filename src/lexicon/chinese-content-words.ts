/**
 * Content words of a Chinese text: jieba's words (loaded lazily by the
 * glossary module), or, when jieba cannot be loaded, the dictionary's
 * longest matches. Punctuation and function words go; Latin and digit
 * tokens (2030, UNCTAD, A/78/160's pieces) are lower-cased and stemmed
 * like English, so that they meet their English twins as identical tokens.
 */
import { CHINESE_STOP_WORDS } from '../data/chinese-stop-words.js'
import { cutChinese } from '../glossary/jieba.js'
import { loadDictionary } from './cedict-dictionary.js'
import { longestMatch } from './longest-match.js'
import { stemEnglish } from './stem-english.js'

const HAN = /^\p{Script=Han}+$/u
const LATIN_OR_DIGIT = /\p{L}[\p{L}\p{M}]*|\p{N}+/gu

let jiebaWorks: boolean | undefined

/** Content words of `text`, in order, repeats kept. */
export function chineseContentWords(text: string): string[] {
  const normalized = text.normalize('NFKC')
  const words: string[] = []
  for (const token of cut(normalized)) {
    if (HAN.test(token)) {
      if (!CHINESE_STOP_WORDS.has(token)) words.push(token)
      continue
    }
    for (const m of token.matchAll(LATIN_OR_DIGIT)) {
      if (!/\p{Script=Han}/u.test(m[0]) && (m[0].length > 1 || /\p{N}/u.test(m[0]))) words.push(stemEnglish(m[0]))
    }
  }
  return words
}

/** Han runs cut into words; everything between them kept whole for the Latin/digit pass. */
function cut(text: string): string[] {
  return text.split(/(\p{Script=Han}+)/u).flatMap((piece) => (HAN.test(piece) ? cutHan(piece) : [piece]))
}

function cutHan(text: string): string[] {
  if (jiebaWorks !== false) {
    try {
      const words = cutChinese(text)
      jiebaWorks = true
      return words
    } catch (error) {
      if (jiebaWorks === true) throw error
      jiebaWorks = false
    }
  }
  return longestMatch(text, loadDictionary())
}
