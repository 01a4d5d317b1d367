/**
 * Dictionary longest-match segmentation of a run of Chinese characters:
 * at each position the longest headword of the dictionary, else one
 * character. The fallback when jieba is missing, and the way to read a
 * jieba token the dictionary does not know (可持续发展目标 → 可持续发展 目标).
 */
import type { ZhEnDictionary } from './cedict-dictionary.js'

/** Words of `text` by leftmost-longest dictionary match. */
export function longestMatch(text: string, dictionary: ZhEnDictionary): string[] {
  const chars = [...text]
  const words: string[] = []
  let i = 0
  while (i < chars.length) {
    let length = Math.min(dictionary.maxWordLength, chars.length - i)
    while (length > 1 && dictionary.glosses(chars.slice(i, i + length).join('')) === undefined) length--
    words.push(chars.slice(i, i + length).join(''))
    i += length
  }
  return words
}
