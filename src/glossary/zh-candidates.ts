/**
 * Chinese term candidates of one text: jieba words (built-in glossary
 * names kept whole; matches of the caller's glossary kept whole too) and
 * their n-grams of up to `maxTokens` words. A candidate may not begin or
 * end with a function word, punctuation or a number, may not begin with a
 * verb, and may contain the list comma 、 (but then also the list's
 * closing 和/与/及/或) and no other punctuation (科学、技术和创新 is one
 * candidate, 科学、技术 none).
 */
import type { Candidate } from './candidate.js'
import { ZH_EDGE_TAGS, ZH_STOP_WORDS, ZH_VERB_STARTS } from './data/stop-words.js'
import { tagChinese } from './jieba.js'
import { normalizeChinese } from './normalize-zh.js'
import type { TermMatcher } from './term-matcher.js'

type Kind = 'content' | 'verb' | 'stop' | 'number' | 'punct' | 'list-comma'

interface Token {
  readonly start: number
  readonly end: number
  readonly kind: Kind
  readonly entry: number
  /** jieba's part-of-speech tag ('' for glossary matches). */
  readonly tag: string
}

/** Candidates of `source`, keyed by their normalised text. */
export function chineseCandidates(source: string, matcher: TermMatcher, maxTokens: number): Candidate[] {
  const norm = normalizeChinese(source)
  const tokens = tokenize(norm.text, matcher)
  const out: Candidate[] = []
  for (let s = 0; s < tokens.length; s++) {
    const first = tokens[s]!
    if (first.kind !== 'content' && !(first.kind === 'verb' && first.entry >= 0)) continue
    let words = 0
    let plain = first.kind === 'content'
    for (let e = s; e < tokens.length; e++) {
      const t = tokens[e]!
      if (t.kind === 'punct' || (t.kind === 'verb' && e > s && t.entry >= 0)) break
      if (t.kind !== 'list-comma') words++
      if (t.kind !== 'content') plain = false
      if (words > maxTokens || (first.kind === 'verb' && e > s)) break
      if (t.kind !== 'content' && !(e === s && first.kind === 'verb')) continue
      const key = norm.text.slice(first.start, t.end)
      if (e === s && key.length < 2) continue
      if (!completeList(key) || !hasHan(key) || listTail(norm.text, first.start, key)) continue
      const surface = source.slice(norm.starts[first.start], norm.ends[t.end - 1]).replace(/[\s《》〈〉<>]/gu, '')
      // A phrase that ends in a verb (人力资源适应) is a clause, not a term.
      out.push({ key, surface, start: first.start, end: t.end, entry: e === s ? first.entry : -1, single: e === s, plain: plain && (e === s || t.tag !== 'v'), lead: first.tag })
    }
  }
  return out
}

/** A candidate with a list comma must also hold the closing conjunction (科学、技术和创新, not 科学、技术). */
function completeList(key: string): boolean {
  const comma = key.lastIndexOf('、')
  return comma < 0 || /[和与及或]/u.test(key.slice(comma + 1))
}

/**
 * A Chinese term holds at least one Han character: a Latin string copied
 * into the Chinese text (COVID, STI) pairs only with itself and tells a
 * terminologist nothing.
 */
function hasHan(key: string): boolean {
  return /\p{Script=Han}/u.test(key)
}

/**
 * A coordination right after a list comma is the tail of a longer list
 * (技术、工程和数学 or 工程和数学 in 科学、技术、工程和数学): the list
 * comma 、 only separates conjuncts of one list, so the whole list is
 * the candidate, never its tail. Likewise a coordination right after a
 * conjunction (数学教育和研究 in 工程和数学教育和研究) is cut out of a
 * longer one.
 */
function listTail(text: string, start: number, key: string): boolean {
  return /[、和与及或]/u.test(text[start - 1] ?? '') && /[、和与及或]/u.test(key)
}

function tokenize(text: string, matcher: TermMatcher): Token[] {
  const tokens: Token[] = []
  let at = 0
  const words = (until: number): void => {
    let pos = at
    for (const { word, tag } of tagChinese(text.slice(at, until))) {
      const start = text.indexOf(word, pos)
      if (start < 0 || start >= until) continue
      tokens.push({ start, end: start + word.length, kind: kindOf(word, tag), entry: -1, tag })
      pos = start + word.length
    }
    at = until
  }
  for (const m of matcher.matchChinese(text)) {
    words(m.start)
    const verb = matcher.entries[m.entry]?.domain === 'lead-verb'
    tokens.push({ start: m.start, end: m.end, kind: verb ? 'verb' : 'content', entry: m.entry, tag: '' })
    at = m.end
  }
  words(text.length)
  return tokens
}

function kindOf(word: string, tag: string): Kind {
  if (word === '、') return 'list-comma'
  if (!/[\p{L}\p{N}]/u.test(word)) return 'punct'
  if (/^[\p{N}.,%/-]+$/u.test(word) || /^[a-z]$/i.test(word) || /^第?[\p{N}一二三四五六七八九十百千万两]+[届次条款项号年月日]?$/u.test(word)) return 'number'
  if (ZH_STOP_WORDS.has(word) || ZH_EDGE_TAGS.has(tag)) return 'stop'
  if (ZH_VERB_STARTS.has(word)) return 'verb'
  return 'content'
}
