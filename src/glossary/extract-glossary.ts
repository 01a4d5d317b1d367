/**
 * Extract zh–en term pairs from aligned documents for terminologists.
 *
 * 1. Each two-sided link is a unit. Chinese candidates: jieba words and
 *    their n-grams (zh-candidates.ts); English candidates: word n-grams
 *    inside clauses (en-candidates.ts). Glossary terms stay whole.
 * 2. Candidates found in fewer than `minCount` links are dropped; English
 *    ones that recur are judged as noun phrases by compromise, one short
 *    phrase at a time, cached (english-phrases.ts); a lone -ing word that
 *    nearly always takes an object is a verb, not a term (verbal-gerund.ts).
 * 3. Pairs are scored by association over the links (term-association.ts:
 *    Dice gated by the log-likelihood ratio) and linked one to one by
 *    competitive linking with re-estimation (competitive-linking.ts).
 *    Pairs the glossary already knows are linked first and ranked first
 *    (score raised to 0.5 + score / 2) and marked `known`.
 */
import { ResalignError } from '../errors.js'
import type { Alignment, Issue, Result } from '../types.js'
import { CandidateTable } from './candidate-table.js'
import { linkCompetitively } from './competitive-linking.js'
import { englishCandidates } from './en-candidates.js'
import { isNounPhrase, MAX_PHRASE_LENGTH } from './english-phrases.js'
import type { TermCandidate } from './glossary-types.js'
import { englishKey } from './normalize-en.js'
import { normalizeChinese } from './normalize-zh.js'
import { isNearMatch } from './near-match.js'
import { isVerbalGerund } from './verbal-gerund.js'
import { MATCHER_CHECKS, matcherFor, type TermMatcher, type TermMatcherOptions } from './term-matcher.js'
import { isNumber, isObject } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'
import { chineseCandidates } from './zh-candidates.js'

/** Options of `extractGlossary`. */
export interface ExtractGlossaryOptions extends TermMatcherOptions {
  /** A matcher to reuse (its glossary wins over `glossary`, `userFirst`, `builtIn`). */
  readonly matcher?: TermMatcher
  /** Minimum number of links in which a pair must occur together (default 2). */
  readonly minCount?: number
  /** Longest Chinese candidate, in jieba words (default 4). */
  readonly maxZhWords?: number
  /** Longest English candidate, in words (default 7). */
  readonly maxEnWords?: number
  /** Return at most this many candidates (default: all). */
  readonly limit?: number
}

const DEFAULTS = Object.freeze({ minCount: 2, maxZhWords: 4, maxEnWords: 7, limit: Infinity })

/** Ranked term candidates (best first) from the two-sided links of `alignments`. */
export function extractGlossary(
  alignments: readonly Alignment[],
  options?: Readonly<ExtractGlossaryOptions>,
): Result<{ terms: TermCandidate[] }> {
  const o = resolveExtractOptions(options)
  if (!Array.isArray(alignments)) throw new ResalignError('options/invalid', 'extractGlossary: alignments must be an array')
  const matcher = o.matcher ?? matcherFor(options)
  const zh = new CandidateTable()
  const en = new CandidateTable()
  const ids: string[] = []
  alignments.forEach((alignment, a) => {
    for (const link of alignment.pairs ?? []) {
      if (!link.zh?.text || !link.en?.text) continue
      const unit = ids.length
      ids.push(alignments.length > 1 ? `${a}:${link.id}` : link.id)
      const zhText = normalizeChinese(link.zh.text).text
      zh.add(unit, chineseCandidates(link.zh.text, matcher, o.maxZhWords), zhText)
      en.add(unit, englishCandidates(link.en.text, matcher, o.maxEnWords), link.en.text)
    }
  })
  const issues: Issue[] = []
  if (ids.length === 0) {
    issues.push({ code: 'glossary/no-links', severity: 'warning', message: 'No link has text on both sides; no terms can be extracted.' })
    return { value: { terms: [] }, issues }
  }
  const zhKeep = frequent(zh, o.minCount, () => true)
  const enKeep = frequent(en, o.minCount, (id) => {
    const surface = en.surface(id)
    if (en.items[id]!.entry >= 0) return true
    return surface.length <= MAX_PHRASE_LENGTH && isNounPhrase(surface) && !isVerbalGerund(surface, en.nextWords(id))
  })
  zh.dropNested(zhKeep)
  en.dropNested(enKeep)
  const pairs = cooccurrences(zh, en, zhKeep, enKeep, ids.length)
  const isKnown = (z: number, e: number): boolean => known(matcher, zh.items[z]!.key, en.surface(e))
  const linked = linkCompetitively({ zh, en, pairs, links: ids.length, minCount: o.minCount, isKnown })
  const terms = linked
    .map((p) => ({
      zh: zh.surface(p.zh),
      en: en.surface(p.en),
      score: round(p.known ? 0.5 + p.score / 2 : p.score),
      count: p.units.length,
      known: p.known,
      evidence: p.units.map((u) => ids[u]!),
    }))
    .sort((a, b) => b.score - a.score || b.count - a.count)
    .slice(0, o.limit)
  return { value: { terms }, issues }
}

function frequent(table: CandidateTable, minCount: number, accept: (id: number) => boolean): Set<number> {
  const keep = new Set<number>()
  table.items.forEach((item, id) => {
    if (item.spans.size >= minCount && accept(id)) keep.add(id)
  })
  return keep
}

function cooccurrences(zh: CandidateTable, en: CandidateTable, zhKeep: Set<number>, enKeep: Set<number>, units: number) {
  const zhByUnit = byUnit(zh, zhKeep, units)
  const enByUnit = byUnit(en, enKeep, units)
  const pairs = new Map<number, Map<number, number>>()
  for (let u = 0; u < units; u++) {
    for (const z of zhByUnit[u]!) {
      let row = pairs.get(z)
      if (!row) pairs.set(z, (row = new Map()))
      for (const e of enByUnit[u]!) row.set(e, (row.get(e) ?? 0) + 1)
    }
  }
  return pairs
}

function byUnit(table: CandidateTable, keep: Set<number>, units: number): number[][] {
  const out: number[][] = Array.from({ length: units }, () => [])
  for (const id of keep) for (const unit of table.items[id]!.spans.keys()) out[unit]!.push(id)
  return out
}

/** Whether the glossary pairs a Chinese key with an English form (exact key or near match). */
function known(matcher: TermMatcher, zhKey: string, enSurface: string): boolean {
  const entry = matcher.index.zhKeys.get(zhKey)
  if (entry === undefined) return false
  if (matcher.index.enKeys.get(englishKey(enSurface)) === entry) return true
  return matcher.entries[entry]!.en.some((form) => isNearMatch(form, enSurface))
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

const CHECKS: OptionChecks<ExtractGlossaryOptions> = { ...MATCHER_CHECKS, matcher: isObject, minCount: isNumber, maxZhWords: isNumber, maxEnWords: isNumber, limit: isNumber }

function resolveExtractOptions(options: Readonly<ExtractGlossaryOptions> | undefined) {
  checkOptions('extractGlossary', options, CHECKS)
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) }
  const positiveInteger = (name: 'minCount' | 'maxZhWords' | 'maxEnWords'): number => {
    const v = o[name]
    if (!Number.isInteger(v) || (v as number) < 1) throw new ResalignError('options/invalid', `extractGlossary: ${name} must be a positive integer`)
    return v as number
  }
  const limit = o.limit
  if (!(limit === Infinity || (Number.isInteger(limit) && (limit as number) >= 0))) {
    throw new ResalignError('options/invalid', 'extractGlossary: limit must be a non-negative integer')
  }
  return {
    matcher: options?.matcher,
    minCount: positiveInteger('minCount'),
    maxZhWords: positiveInteger('maxZhWords'),
    maxEnWords: positiveInteger('maxEnWords'),
    limit: limit as number,
  }
}
