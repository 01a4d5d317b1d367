import { BRACKET_REACH, SENTENCE_BRACKETS, SENTENCE_RULES, type SentenceRule } from '../data/sentence-rules.js'
import { ResalignError } from '../errors.js'
import type { Lang } from '../types.js'

/** A sentence of a text: trimmed, with its offsets in that text. */
export interface Sentence {
  readonly text: string
  /** First code unit in the input. */
  readonly start: number
  /** One past the last code unit. */
  readonly end: number
}

/** Options of `splitSentences`. */
export interface SplitOptions {
  /** A line break always ends a sentence (`true`, plain text with a paragraph per line) or is a space (`false`, wrapped text). */
  readonly lineBreaks: boolean
}

export const SPLIT_DEFAULTS: SplitOptions = Object.freeze({ lineBreaks: true })

/** Characters after which a sentence may end; only there are the rules tried. */
const CANDIDATE = /[.!?…。！？；;:：”’"»」』）)\]⁰¹²³⁴⁵⁶⁷⁸⁹*†‡>]/
const WINDOW = 80
const STICKY = new WeakMap<RegExp, RegExp>()

/**
 * Split a Chinese or English text into sentences by the rule table of
 * `SENTENCE_RULES` (never inside brackets, numbers, symbols or footnote
 * references). Lossless: every non-space character lies in exactly one
 * sentence, and `text.slice(start, end) === sentence.text`. Linear in the
 * text: each candidate position is tried against a bounded window.
 */
export function splitSentences(text: string, lang: Lang, options?: Partial<SplitOptions>): Sentence[] {
  if (lang !== 'zh' && lang !== 'en') throw new ResalignError('options/invalid', `lang must be "zh" or "en", not ${String(lang)}`)
  const o = { ...SPLIT_DEFAULTS, ...options }
  for (const key of Object.keys(o)) if (!(key in SPLIT_DEFAULTS)) throw new ResalignError('options/invalid', `unknown option "${key}" of splitSentences`)
  if (typeof o.lineBreaks !== 'boolean') throw new ResalignError('options/invalid', 'lineBreaks must be true or false')
  const rules = SENTENCE_RULES[lang]
  const inside = bracketed(text)
  const sentences: Sentence[] = []
  let start = 0
  const cut = (end: number): void => {
    const piece = text.slice(start, end)
    const lead = piece.length - piece.trimStart().length
    const body = piece.trim()
    if (body) sentences.push({ text: body, start: start + lead, end: start + lead + body.length })
    start = end
  }
  for (let p = 1; p <= text.length; p++) {
    const previous = text[p - 1] as string
    if (previous === '\n') {
      if (o.lineBreaks || /\n[ \t]*\r?$/.test(text.slice(Math.max(start, p - 3), p - 1)) || /^\r?\n/.test(text.slice(p, p + 2))) cut(p)
      continue
    }
    if (p === text.length || !CANDIDATE.test(previous) || inside[p - 1] === 1) continue
    if (decide(rules, text, start, p)) cut(p)
  }
  cut(text.length)
  return sentences
}

/** Whether the first matching rule at position p breaks. */
function decide(rules: readonly SentenceRule[], text: string, start: number, p: number): boolean {
  const from = Math.max(start, p - WINDOW)
  const before = (from > start ? '\u0000' : '') + text.slice(from, p)
  for (const rule of rules) {
    if (!rule.before.test(before)) continue
    let after = STICKY.get(rule.after)
    if (!after) {
      after = new RegExp(rule.after.source, rule.after.flags.replace('g', '') + 'y')
      STICKY.set(rule.after, after)
    }
    after.lastIndex = p
    if (after.test(text)) return rule.break
  }
  return false
}

/** 1 at every position strictly inside a closed bracket pair no longer than BRACKET_REACH. */
function bracketed(text: string): Uint8Array {
  const delta = new Int32Array(text.length + 1)
  const stack: { close: string; at: number }[] = []
  for (let k = 0; k < text.length; k++) {
    const ch = text[k] as string
    while (stack.length && k - (stack[0] as { at: number }).at > BRACKET_REACH) stack.shift()
    const pair = SENTENCE_BRACKETS.find(([open]) => open === ch)
    if (pair) {
      stack.push({ close: pair[1], at: k })
      continue
    }
    const top = stack.length ? stack[stack.length - 1] : undefined
    if (top && top.close === ch) {
      stack.pop()
      delta[top.at + 1] = (delta[top.at + 1] as number) + 1
      delta[k] = (delta[k] as number) - 1
    }
  }
  const inside = new Uint8Array(text.length)
  let depth = 0
  for (let k = 0; k < text.length; k++) {
    depth += delta[k] as number
    inside[k] = depth > 0 ? 1 : 0
  }
  return inside
}
