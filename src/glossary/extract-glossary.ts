/**
 * Extract zh–en term pairs from aligned documents for terminologists.
 *
 * 1. Each two-sided sentence link is a unit where the aligner gave them,
 *    each two-sided link otherwise (glossary-units.ts). Chinese candidates:
 *    jieba words and their n-grams (zh-candidates.ts); English candidates:
 *    word n-grams inside clauses (en-candidates.ts). Glossary terms stay whole.
 * 2. Candidates found in fewer than `minCount` units are dropped; English
 *    ones that recur are judged as noun phrases by compromise, one short
 *    phrase at a time, cached (english-phrases.ts); a lone -ing word that
 *    nearly always takes an object is a verb, not a term (verbal-gerund.ts).
 *    Coordinations of terms are not candidates; their conjuncts are
 *    (term-shape.ts).
 * 3. Pairs are scored by association over the links (term-association.ts:
 *    Dice gated by the log-likelihood ratio) and linked one to one by
 *    competitive linking with re-estimation (competitive-linking.ts). The
 *    general dictionary (CC-CEDICT) weighs each pair by how much of it
 *    translates and rules out incomplete pairs (lexical-check.ts); a pair
 *    where only one side is a coordination is ruled out.
 *    Pairs the glossary already knows are linked first (so that their
 *    words stop counting), scored 0.5 + score / 2 and marked `known`.
 *    A pair seen in a single unit has no frequency to show it is a unit:
 *    it must have the shape of a term on both sides (term-shape.ts,
 *    `isSingleLinkShape`) and the dictionary must translate every one of
 *    its words; it scores at most 0.5 (c / (c + 1)), under pairs seen
 *    often.
 * 4. Output: new terms (not in the glossary used), best first; with
 *    `known: true`, the known ones after them. Lead verbs are left out
 *    unless `leadVerbs: true`, and so is a pair of two single generic
 *    words unless its association is exceptional or the Chinese word is
 *    rare in general Chinese (word-specificity.ts). Terms are given in
 *    citation form (citation-form.ts) with their evidence: frequency,
 *    links, association and two or three example links. Pairs scored
 *    below `minScore` (0.4, chosen on the 78/160 pair, where most pairs
 *    under it were wrong) are left out.
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
import { isBoolean, isNumber, isObject } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'
import { chineseCandidates } from './zh-candidates.js'
import { glossaryUnits } from './glossary-units.js'
import { wordSpecificity } from './word-specificity.js'
import { EN_EVENT_HEADS, EN_STOP_WORDS } from './data/stop-words.js'
import { chineseCitationForm, englishCitationForm, isProperForm } from './citation-form.js'
import { createLexicalCheck } from './lexical-check.js'
import { coordinationMismatch, isChineseCoordination, isChineseDeictic, isChineseLead, isEnglishCoordination, isClauseLike, isEnglishLead, isModifierPair, isSingleLinkShape } from './term-shape.js'

/** Options of `extractGlossary`. */
export interface ExtractGlossaryOptions extends TermMatcherOptions {
  /** A matcher to reuse (its glossary wins over `glossary`, `userFirst`, `builtIn`). */
  readonly matcher?: TermMatcher
  /** Minimum number of units (sentence links, else links) in which a pair must occur together (default 1: a pair seen once must look like a term and be translated word for word). */
  readonly minCount?: number
  /** Longest Chinese candidate, in jieba words (default 4). */
  readonly maxZhWords?: number
  /** Longest English candidate, in words (default 7). */
  readonly maxEnWords?: number
  /** Return at most this many candidates (default: all). */
  readonly limit?: number
  /** Also return pairs the glossary already holds, after the new ones (default false). */
  readonly known?: boolean
  /** Also return lead verbs (“Encourages”, 鼓励) and phrases they open (default false). */
  readonly leadVerbs?: boolean
  /** Weigh pairs by the CC-CEDICT dictionary and rule out incomplete ones (default true). */
  readonly dictionary?: boolean
  /** Leave out pairs scored below this (default 0.4; known pairs score at least 0.5). */
  readonly minScore?: number
}

const DEFAULTS = Object.freeze({ minCount: 1, maxZhWords: 4, maxEnWords: 7, limit: Infinity, known: false, leadVerbs: false, dictionary: true, minScore: 0.4 })

/** A pair of two single words is kept only with an association at least this high. */
const EXCEPTIONAL_ASSOCIATION = 0.85
/**
 * A single Chinese word at least this specific (IDF in general Chinese,
 * word-specificity.ts) may be a term by itself: 灵活性 7.9, 雇主 9.2 are;
 * 社会 4.5, 行动 5.8, 论坛 6.4, 用户 6.8 are not.
 */
const SPECIFIC_IDF = 7.5
/** Prior of a pair whose words the dictionary knows and none of which it translates. */
const CONTRADICTED_PRIOR = 0.4
/** Characters of context on each side of a term in an example. */
const CONTEXT_RADIUS = { zh: 30, en: 80 }
/** Share of a single-link pair's words the dictionary must translate. */
const ONCE_COVERAGE = 1
/** Characters each side of an occurrence that the single-link test looks at. */
const EDGE = 24
/** Examples per term. */
const EXAMPLES = 3

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
  for (const unit of glossaryUnits(alignments)) {
    const u = ids.length
    ids.push(unit.link)
    zh.add(u, chineseCandidates(unit.zh, matcher, o.maxZhWords), normalizeChinese(unit.zh).text)
    en.add(u, englishCandidates(unit.en, matcher, o.maxEnWords), unit.en)
  }
  const issues: Issue[] = []
  if (ids.length === 0) {
    issues.push({ code: 'glossary/no-links', severity: 'warning', message: 'No link has text on both sides; no terms can be extracted.' })
    return { value: { terms: [] }, issues }
  }
  // A candidate seen in one unit only pairs in the shape of a term (isSingleLinkShape): others are left out early, before the tagger sees them.
  const zhKeep = frequent(zh, o.minCount, (id) => zh.items[id]!.entry >= 0 || (!(isChineseCoordination(zh.items[id]!.key) || isChineseDeictic(zh.items[id]!.key)) && (zh.items[id]!.spans.size > 1 || zh.items[id]!.plain)))
  const enKeep = frequent(en, o.minCount, (id) => {
    const surface = en.surface(id)
    if (en.items[id]!.entry >= 0) return true
    if (en.items[id]!.spans.size < 2 && isClauseLike(bare(matcher, surface))) return false
    const next = en.nextWords(id)
    return surface.length <= MAX_PHRASE_LENGTH && !isEnglishCoordination(surface) && !isPreModifier(next) && isNounPhrase(surface) && !isVerbalGerund(surface, next)
  })
  zh.dropNested(zhKeep)
  en.dropNested(enKeep)
  const pairs = cooccurrences(zh, en, zhKeep, enKeep, ids.length)
  const isKnown = (z: number, e: number): boolean => known(matcher, zh.items[z]!.key, en.surface(e))
  const check = o.dictionary ? createLexicalCheck() : undefined
  const prior = (z: number, e: number): number => {
    if (isKnown(z, e)) return 1
    if (coordinationMismatch(zh.items[z]!.key, en.surface(e))) return 0
    const zhShape = { ...zh.items[z]!, text: zh.items[z]!.key, edges: zh.edges(z, EDGE) }
    const enShape = { text: en.surface(e), bare: bare(matcher, en.surface(e)), edges: en.edges(e, EDGE) }
    if (isModifierPair(zhShape, enShape)) return 0
    const once = zh.items[z]!.spans.size < 2 || en.items[e]!.spans.size < 2
    if (once && !isSingleLinkShape(zhShape, enShape)) return 0
    if (check === undefined) return once ? 0 : 1
    const evidence = check(zh.surface(z), en.surface(e))
    if (!evidence.complete || (once && evidence.coverage < ONCE_COVERAGE)) return 0
    return evidence.contradicts ? CONTRADICTED_PRIOR : 0.75 + 0.25 * evidence.coverage
  }
  const linked = linkCompetitively({ zh, en, pairs, links: ids.length, minCount: o.minCount, isKnown, prior })
  // A pair of single words is a term when its association is exceptional, or when the dictionary
  // translates it and the Chinese word is rare in general Chinese (雇主 ↔ “employers”, not 条件 ↔ “conditions”).
  const specific = (z: number, e: number): boolean =>
    (wordSpecificity(zh.surface(z)) ?? 0) >= SPECIFIC_IDF && !EN_EVENT_HEADS.has(en.surface(e).toLowerCase()) && check?.(zh.surface(z), en.surface(e)).coverage === 1
  const terms = linked
    .filter((p) => (o.leadVerbs || !isLead(matcher, zh, en, p.zh, p.en)) && (p.known || p.score >= EXCEPTIONAL_ASSOCIATION || !singleWords(zh, en, p.zh, p.en) || specific(p.zh, p.en)))
    .map((p): TermCandidate => {
      const verb = isLead(matcher, zh, en, p.zh, p.en)
      return {
        zh: chineseCitationForm(zh.surface(p.zh)),
        en: englishCitationForm(en.items[p.en]!.surfaces, verb),
        score: round(p.known ? 0.5 + p.score / 2 : p.score),
        association: round(p.score),
        count: p.units.length,
        frequency: { zh: zh.frequency(p.zh), en: en.frequency(p.en) },
        known: p.known,
        evidence: [...new Set(p.units.map((u) => ids[u]!))],
        examples: p.units.slice(0, EXAMPLES).map((u) => ({ link: ids[u]!, zh: zh.context(p.zh, u, CONTEXT_RADIUS.zh), en: en.context(p.en, u, CONTEXT_RADIUS.en) })),
      }
    })
    .sort((a, b) => Number(a.known) - Number(b.known) || b.score - a.score || b.count - a.count)
    .filter((t) => (o.known || !t.known) && t.score >= o.minScore)
    .slice(0, o.limit)
  return { value: { terms }, issues }
}

/**
 * Whether a phrase only ever stands before another content word: it then
 * modifies the terms it opens (“national science, technology and
 * innovation” before base, systems, frameworks) and is no term itself.
 */
function isPreModifier(next: readonly string[]): boolean {
  return next.length > 0 && next.every((w) => w !== '' && /^\p{L}/u.test(w) && !EN_STOP_WORDS.has(w.toLowerCase()))
}

/** Whether a pair is a lead verb (either side). */
function isLead(matcher: TermMatcher, zh: CandidateTable, en: CandidateTable, z: number, e: number): boolean {
  const domain = (id: number) => (id >= 0 ? matcher.entries[id]?.domain : undefined)
  return domain(zh.items[z]!.entry) === 'lead-verb' || domain(en.items[e]!.entry) === 'lead-verb' || isChineseLead(zh.items[z]!.key) || isEnglishLead(en.surface(e))
}

/** Whether both sides are single words: one Chinese word of jieba, one English word, no name or acronym. */
function singleWords(zh: CandidateTable, en: CandidateTable, z: number, e: number): boolean {
  const surface = en.surface(e)
  return zh.items[z]!.single && !/\s/.test(surface) && !isProperForm(surface)
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

/** An English phrase with its glossary terms blanked (“science, technology and innovation base” → “X base”). */
function bare(matcher: TermMatcher, surface: string): string {
  let out = ''
  let at = 0
  for (const m of matcher.matchEnglish(surface)) {
    out += `${surface.slice(at, m.start)}X`
    at = m.end
  }
  return out + surface.slice(at)
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

const CHECKS: OptionChecks<ExtractGlossaryOptions> = { ...MATCHER_CHECKS, matcher: isObject, minCount: isNumber, maxZhWords: isNumber, maxEnWords: isNumber, limit: isNumber, known: isBoolean, leadVerbs: isBoolean, dictionary: isBoolean, minScore: isNumber }

function resolveExtractOptions(options: Readonly<ExtractGlossaryOptions> | undefined) {
  checkOptions('extractGlossary', options, CHECKS)
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) }
  const positiveInteger = (name: 'minCount' | 'maxZhWords' | 'maxEnWords'): number => {
    const v = o[name]
    if (!Number.isInteger(v) || (v as number) < 1) throw new ResalignError('options/invalid', `extractGlossary: ${name} must be a positive integer`)
    return v as number
  }
  const flag = (name: 'known' | 'leadVerbs' | 'dictionary'): boolean => {
    if (typeof o[name] !== 'boolean') throw new ResalignError('options/invalid', `extractGlossary: ${name} must be a boolean`)
    return o[name] as boolean
  }
  const fraction = (name: 'minScore'): number => {
    const v = o[name]
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ResalignError('options/invalid', `extractGlossary: ${name} must be a number in [0, 1]`)
    return v
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
    known: flag('known'),
    leadVerbs: flag('leadVerbs'),
    dictionary: flag('dictionary'),
    minScore: fraction('minScore'),
  }
}
