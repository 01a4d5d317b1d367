/**
 * Find glossary terms in Chinese and English texts.
 *
 * Chinese: leftmost-longest search of a trie of the normalised Chinese
 * forms over the normalised text (no white space, no 《》, NFKC), so a
 * long name (科学和技术促进发展委员会) wins over the words inside it. A
 * one-character form (请) only matches at the start of the text or after a
 * character that is not a Chinese ideograph, so it is not found inside
 * other words (申请). English: leftmost-longest search of a trie of folded
 * word keys (see normalize-en.ts) over the folded words of the text.
 * Both are linear in the text; the tries are built once per matcher.
 */
import { ResalignError } from '../errors.js'
import type { GlossaryEntry, TermMatch } from './glossary-types.js'
import { mergeGlossaries } from './merge-glossaries.js'
import { tokenizeEnglish } from './normalize-en.js'
import { normalizeChinese } from './normalize-zh.js'
import { buildTermIndex, type TermIndex, type TrieNode } from './term-index.js'
import { isArray, isBoolean } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'

/** Options of `createTermMatcher`. */
export interface TermMatcherOptions {
  /** User glossary entries, used together with the built-in UN glossary. */
  readonly glossary?: readonly GlossaryEntry[]
  /** When a form is in both, the user entry wins (default `true`); `false` lets the built-in entry win. */
  readonly userFirst?: boolean
  /** Include the built-in UN glossary (default `true`). */
  readonly builtIn?: boolean
}

/** Finds glossary entries in texts. Entry ids index `entries`. */
export interface TermMatcher {
  /** The glossary searched: user and built-in entries in precedence order. */
  readonly entries: readonly GlossaryEntry[]
  /** The tries (shared, read-only). */
  readonly index: TermIndex
  /** Occurrences of Chinese forms in `text`, in text order, not overlapping. */
  matchChinese(text: string): TermMatch[]
  /** Occurrences of English forms in `text`, in text order, not overlapping. */
  matchEnglish(text: string): TermMatch[]
  /** Distinct entry ids found in a Chinese text, ascending. */
  chineseIds(text: string): number[]
  /** Distinct entry ids found in an English text, ascending. */
  englishIds(text: string): number[]
}

/** Checks of the matcher options, shared by the functions that take them. */
export const MATCHER_CHECKS: OptionChecks<TermMatcherOptions> = { glossary: isArray, userFirst: isBoolean, builtIn: isBoolean }

const DEFAULTS = Object.freeze({ glossary: Object.freeze([]) as readonly GlossaryEntry[], userFirst: true, builtIn: true })

/** Build a matcher over the built-in glossary and/or a user glossary. */
export function createTermMatcher(options?: Readonly<TermMatcherOptions>): TermMatcher {
  checkOptions('createTermMatcher', options, MATCHER_CHECKS)
  const o = { ...DEFAULTS, ...stripUndefined(options) }
  if (!Array.isArray(o.glossary)) throw invalid('glossary must be an array of entries')
  if (typeof o.userFirst !== 'boolean') throw invalid('userFirst must be a boolean')
  if (typeof o.builtIn !== 'boolean') throw invalid('builtIn must be a boolean')
  const entries = mergeGlossaries(o.glossary, { userFirst: o.userFirst, builtIn: o.builtIn })
  const index = buildTermIndex(entries)
  const matchChinese = (text: string): TermMatch[] => findChinese(index, text)
  const matchEnglish = (text: string): TermMatch[] => findEnglish(index, text)
  return {
    entries,
    index,
    matchChinese,
    matchEnglish,
    chineseIds: (text) => distinct(matchChinese(text)),
    englishIds: (text) => distinct(matchEnglish(text)),
  }
}

let builtInMatcher: TermMatcher | undefined

/**
 * The matcher for `options`, reusing one shared matcher over the built-in
 * glossary when no user glossary is given (building the tries costs ~10 ms).
 */
export function matcherFor(options?: Readonly<TermMatcherOptions>): TermMatcher {
  const plain = (options?.glossary === undefined || options.glossary.length === 0) && options?.builtIn !== false
  if (!plain) return createTermMatcher({ glossary: options?.glossary, userFirst: options?.userFirst, builtIn: options?.builtIn })
  builtInMatcher ??= createTermMatcher()
  return builtInMatcher
}

function findChinese(index: TermIndex, source: string): TermMatch[] {
  const { text, starts, ends } = normalizeChinese(source)
  const codes = Array.from({ length: text.length }, (_, k) => text.charCodeAt(k))
  // A one-character term (请) counts only where it does not sit inside a longer word.
  return leftmostLongest(codes, index.zh, starts, ends, (i, j) => j > i || standsAlone(text, i))
}

function standsAlone(text: string, i: number): boolean {
  return i === 0 || !isIdeograph(text.charCodeAt(i - 1))
}

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

function findEnglish(index: TermIndex, source: string): TermMatch[] {
  const { keys, starts, ends } = tokenizeEnglish(source)
  return leftmostLongest(keys, index.en, starts, ends, () => true)
}

/** Walk a trie from each position and keep the longest accepted entry, leftmost first. */
function leftmostLongest<K>(keys: readonly K[], root: TrieNode<K>, starts: ArrayLike<number>, ends: ArrayLike<number>, accept: (i: number, j: number) => boolean): TermMatch[] {
  const out: TermMatch[] = []
  let i = 0
  while (i < keys.length) {
    let at = root
    let best = -1
    let bestEnd = i
    for (let j = i; j < keys.length; j++) {
      const child = at.next.get(keys[j] as K)
      if (!child) break
      at = child
      if (at.entry >= 0 && accept(i, j)) {
        best = at.entry
        bestEnd = j + 1
      }
    }
    if (best >= 0) {
      out.push({ entry: best, start: starts[i] as number, end: ends[bestEnd - 1] as number })
      i = bestEnd
    } else i++
  }
  return out
}

function distinct(matches: readonly TermMatch[]): number[] {
  return [...new Set(matches.map((m) => m.entry))].sort((a, b) => a - b)
}

function stripUndefined<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object') throw invalid('options must be an object')
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>
}

function invalid(message: string): ResalignError {
  return new ResalignError('options/invalid', `createTermMatcher: ${message}`)
}
