/**
 * English term candidates of one text: word n-grams of up to `maxWords`
 * words inside a clause (commas may stand inside a complete list:
 * “science, technology and innovation”, not “science, technology”; other
 * punctuation ends the phrase), beginning and
 * ending with a content word. Glossary matches count as one word, so long
 * names are proposed whole. Phrases are judged as noun phrases later
 * (english-phrases.ts), once they are known to recur.
 */
import type { Candidate } from './candidate.js'
import { EN_STOP_WORDS } from './data/stop-words.js'
import { englishKey } from './normalize-en.js'
import type { TermMatcher } from './term-matcher.js'

type Kind = 'word' | 'stop' | 'number' | 'comma' | 'punct'

interface Token {
  readonly start: number
  readonly end: number
  readonly kind: Kind
  readonly entry: number
}

const TOKEN = /\p{L}[\p{L}\p{M}\p{Nd}]*(?:[-‐'’]\p{L}[\p{L}\p{M}\p{Nd}]*)*(?:-(?=[\s,]))?|\p{Nd}+(?:[.,]\p{Nd}+)*|[^\s\p{L}\p{Nd}]/gu

/** Candidates of `source`, keyed by their folded English key. */
export function englishCandidates(source: string, matcher: TermMatcher, maxWords: number): Candidate[] {
  const tokens = tokenize(source, matcher)
  const out: Candidate[] = []
  for (let s = 0; s < tokens.length; s++) {
    if (tokens[s]!.kind !== 'word') continue
    let words = 0
    for (let e = s; e < tokens.length; e++) {
      const t = tokens[e]!
      if (t.kind === 'punct') break
      if (t.kind !== 'comma') words++
      if (words > maxWords) break
      if (t.kind !== 'word') continue
      const surface = balance(source, tokens[s]!.start, t.end)
      const key = englishKey(surface)
      if (key.length < 2 || !completeList(surface) || listTail(source, tokens, s, surface)) continue
      out.push({ key, surface, start: tokens[s]!.start, end: t.end, entry: e === s ? tokens[s]!.entry : -1 })
    }
  }
  return out
}

/** A candidate with a comma must also hold the list's closing and/or (“science, technology and innovation”). */
function completeList(surface: string): boolean {
  const comma = surface.lastIndexOf(',')
  return comma < 0 || /\b(?:and|or)\b/.test(surface.slice(comma + 1))
}

/**
 * A list right after a comma is the tail of a longer list (“technology,
 * engineering and mathematics” in “science, technology, engineering and
 * mathematics”). A clause comma before a list also drops that one
 * occurrence, which costs little: the list is kept from its others.
 * A coordination right after “and”/“or” is cut out of a longer one
 * (“mathematics education and research” in “engineering and mathematics
 * education and research”).
 */
function listTail(source: string, tokens: readonly Token[], start: number, surface: string): boolean {
  const before = tokens[start - 1]
  if (before?.kind === 'comma') return surface.includes(',')
  const word = before ? source.slice(before.start, before.end).toLowerCase() : ''
  return (word === 'and' || word === 'or') && /,|\b(?:and|or)\b/.test(surface)
}

/** The text of [start, end), extended over a closing bracket left open inside it. */
function balance(source: string, start: number, end: number): string {
  const text = source.slice(start, end)
  const open = (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0)
  return open > 0 && source[end] === ')' ? text + ')' : text
}

function tokenize(source: string, matcher: TermMatcher): Token[] {
  const matches = matcher.matchEnglish(source)
  const tokens: Token[] = []
  let m = 0
  for (const found of source.matchAll(TOKEN)) {
    const start = found.index
    const end = start + found[0].length
    while (m < matches.length && matches[m]!.end <= start) m++
    const match = matches[m]
    const term = match && { ...match, end: balance(source, match.start, match.end).length + match.start }
    if (term && term.start <= start && end <= term.end) {
      const last = tokens[tokens.length - 1]
      if (!last || last.start !== term.start) tokens.push({ start: term.start, end: term.end, kind: 'word', entry: term.entry })
      continue
    }
    tokens.push({ start, end, kind: kindOf(found[0]), entry: -1 })
  }
  return tokens
}

function kindOf(text: string): Kind {
  if (text === ',') return 'comma'
  if (/^\p{Nd}/u.test(text)) return 'number'
  if (!/\p{L}/u.test(text)) return 'punct'
  // A single letter is a label (“sect. A”, “(a)”), never a term.
  return EN_STOP_WORDS.has(text.toLowerCase()) || /^\p{L}$/u.test(text) ? 'stop' : 'word'
}
