/**
 * English term keys. A key is the text's words, each folded to one
 * spelling: lower case, NFKC, British and American spelling together
 * (`programme` = `program`, `-ise` = `-ize`), plurals to the singular,
 * hyphens and spaces alike (`capacity-building` = `capacity building`),
 * possessive `'s` dropped. Short all-capital words (`WHO`, `SDGs`) keep
 * their case so that an acronym never matches a common word.
 */
import { ISE_WORDS, JOINING_PREFIXES, SPELLING_FOLDS } from './data/english-spelling.js'

/** Words of an English text with their folded keys and source offsets. */
export interface EnglishTokens {
  /** Folded key of each word. */
  readonly keys: readonly string[]
  /** Offset of each word's first code unit in the text. */
  readonly starts: readonly number[]
  /** Offset one past each word's last code unit. */
  readonly ends: readonly number[]
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\p{N}+/gu
const HYPHENS = new Set(['-', '‐', '‑', '–'])
const ISE = /is(e|es|ed|ing|ation|ations|er|ers)$/
const wordCache = new Map<string, string>()
const WORD_CACHE_LIMIT = 50_000

/** Split `text` into words and fold each one (see module comment). */
export function tokenizeEnglish(text: string): EnglishTokens {
  const keys: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const end = start + m[0].length
    const key = foldWord(m[0])
    const last = keys.length - 1
    if (last >= 0 && end > start && HYPHENS.has(text.slice(ends[last], start)) && JOINING_PREFIXES.has(keys[last]!)) {
      keys[last] = keys[last]! + key
      ends[last] = end
      continue
    }
    keys.push(key)
    starts.push(start)
    ends.push(end)
  }
  return { keys, starts, ends }
}

/** Key of a whole term: its folded words joined by one space. */
export function englishKey(term: string): string {
  return tokenizeEnglish(term).keys.join(' ')
}

/** Fold one word (cached). */
export function foldWord(raw: string): string {
  let key = wordCache.get(raw)
  if (key === undefined) {
    key = computeFold(raw)
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear()
    wordCache.set(raw, key)
  }
  return key
}

function computeFold(raw: string): string {
  const word = raw.normalize('NFKC').replace(/['’]s$/u, '')
  const acronym = /^(\p{Lu}{1,3})s?$/u.exec(word)
  if (acronym && word.length > 0 && /\p{Lu}/u.test(word)) return '§' + acronym[1]!.toLowerCase()
  let w = word.toLowerCase()
  w = SPELLING_FOLDS[w] ?? w
  w = singular(w)
  w = SPELLING_FOLDS[w] ?? w
  return foldIse(w)
}

function singular(w: string): string {
  if (w.length <= 3 || SPELLING_FOLDS[w] !== undefined) return w
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y'
  if (/(?:sses|xes|ches|shes|zzes)$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

function foldIse(w: string): string {
  const m = ISE.exec(w)
  if (!m || w.length < 6) return w
  const stem = w.slice(0, m.index)
  if (ISE_WORDS.has(stem + 'ise')) return w
  return stem + 'iz' + m[1]
}
