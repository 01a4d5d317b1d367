import { DEFAULT_LENGTH_RATIO } from '../data/similarity-weights.js'
import { ResalignError } from '../errors.js'
import { either, isBoolean, isFunction, isObject } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'
import { segment } from '../segment.js'
import { ALIGNED_VERSION, type Alignment, type Block, type DocumentTree, type Issue, type Lang, type Part, type PartKind, type Result } from '../types.js'
import { createLexiconScorer, rescoreLexicon } from '../lexicon/lexicon-scorer.js'
import type { GlossaryScorer } from './align-blocks.js'
import { alignPair } from './align-pair.js'
import type { PairContext } from './align-streams.js'
import { glossaryFallback } from './glossary-fallback.js'
import { learnFromLinks, needsSecondPass } from './learn-from-links.js'
import { type DraftLink, isWholePart, round } from './link-draft.js'
import { type Signature, signatureOf } from './signature.js'

/** What `align` accepts for each side. */
export type AlignInput = string | Uint8Array | DocumentTree

/** Options of `align`. */
export interface AlignOptions {
  /** Names of the inputs for the `source` record (file names). */
  readonly names?: { readonly zh?: string; readonly en?: string }
  /**
   * The glossary fallback: `true` (default) uses the built-in UN glossary,
   * `false` turns it off, a function builds a scorer of your own.
   */
  readonly glossary?: boolean | ((zh: readonly Block[], en: readonly Block[]) => GlossaryScorer)
  /** Words that translate each other as evidence: the CC-CEDICT dictionary (default true; loaded once per process). */
  readonly lexicon?: boolean
  /** Learn a lexicon from the links that are certain and align again with it (default true; needs `lexicon`). */
  readonly learn?: boolean
  /** Counts similarity evaluations (linear-time checks in tests and benchmarks). */
  readonly counter?: { evaluations: number }
}

const CHECKS: OptionChecks<AlignOptions> = { names: isObject, glossary: either(isBoolean, isFunction), lexicon: isBoolean, learn: isBoolean, counter: isObject }

/** Below this share of confident links the two documents are not translations of each other. */
const PARALLEL_MIN = 0.3


/**
 * Align the Chinese and English versions of a UN document: parts, then
 * numbered anchors validated by their signature, then dynamic programming
 * between anchors. Every block of both sides appears in exactly one link.
 *
 * @throws ResalignError for unusable input (see `segment`), `input/same-language`,
 *   `options/invalid` for an unknown or ill-typed option.
 */
export function align(zh: AlignInput, en: AlignInput, options?: Readonly<AlignOptions>): Result<Alignment> {
  checkOptions('align', options, CHECKS)
  const issues: Issue[] = []
  let zt = toTree(zh, issues, 'zh')
  let et = toTree(en, issues, 'en')
  let names = { zh: options?.names?.zh ?? null, en: options?.names?.en ?? null }
  if (zt.language === 'en' && et.language === 'zh') {
    ;[zt, et] = [et, zt]
    names = { zh: names.en, en: names.zh }
    for (const i of issues) (i as { side?: Lang }).side = i.side === 'zh' ? 'en' : 'zh'
    issues.push({ code: 'align/swapped', severity: 'warning', message: 'the Chinese and English inputs were given in the wrong order; they were swapped' })
  } else if (zt.language === et.language) {
    throw new ResalignError('input/same-language', `both inputs are ${zt.language === 'zh' ? 'Chinese' : 'English'}`, { hint: 'pass one Chinese and one English document' })
  }
  const zBlocks = zt.parts.flatMap((p) => p.blocks)
  const eBlocks = et.parts.flatMap((p) => p.blocks)
  const zSig = new Map(zBlocks.map((b) => [b, signatureOf(b, 'zh')]))
  const eSig = new Map(eBlocks.map((b) => [b, signatureOf(b, 'en')]))
  const ratio = lengthRatio(zBlocks, eBlocks, zSig, eSig)
  const glossaryOption = options?.glossary ?? true
  const glossary = glossaryOption === false ? undefined : (glossaryOption === true ? glossaryFallback() : glossaryOption)(zBlocks, eBlocks)
  const zIndex = new Map(zBlocks.map((b, i) => [b, i]))
  const eIndex = new Map(eBlocks.map((b, i) => [b, i]))
  const partOf = new Map<Block, PartKind>()
  for (const p of [...zt.parts, ...et.parts]) for (const b of p.blocks) partOf.set(b, p.kind)
  const signatures = new Map<Block, Signature>([...zSig, ...eSig])
  const byId = new Map<string, Block>([...zBlocks.map((b) => [`zh:${b.id}`, b] as const), ...eBlocks.map((b) => [`en:${b.id}`, b] as const)])
  const blockOf = (id: string, side: Lang): Block => byId.get(`${side}:${id}`) as Block
  const base: PairContext = { signatures, ratio, blockOf, zhIndex: zIndex, enIndex: eIndex, partOf, ...(glossary ? { glossary } : {}), ...(options?.counter ? { counter: options.counter } : {}) }
  // Structure, numbers, glossary and length first: a pair they settle never loads the dictionary.
  // Where they leave paragraphs unsure, the lexicon speaks (the dictionary, loaded once per
  // process), then a lexicon learned from the pair's certain links (hunalign's second pass).
  let pass = alignPair(zt, et, base)
  if ((options?.lexicon ?? true) && needsSecondPass(pass.links)) {
    const lexicon = createLexiconScorer(zBlocks.map((b) => b.text), eBlocks.map((b) => b.text))
    pass = alignPair(zt, et, { ...base, lexicon })
    const learned = (options?.learn ?? true) && needsSecondPass(pass.links) ? learnFromLinks(pass.links, lexicon, zIndex, eIndex, blockOf) : null
    if (learned) pass = alignPair(zt, et, { ...base, lexicon: rescoreLexicon(lexicon, { learned }) })
  }
  issues.push(...pass.issues)
  const links = pass.links
  const notParallel = parallelIssues(links)
  const final = notParallel.length ? distrust(links) : links
  issues.push(...unpairedIssues(final), ...notParallel)
  const value: Alignment = {
    version: ALIGNED_VERSION,
    source: {
      zh: { name: names.zh, format: zt.format, symbols: zt.symbols, blocks: zBlocks.length },
      en: { name: names.en, format: et.format, symbols: et.symbols, blocks: eBlocks.length },
    },
    pairs: final.map((l, k) => ({ id: `l${k + 1}`, ...l })),
    issues,
  }
  return { value, issues }
}

function toTree(input: AlignInput, issues: Issue[], side: Lang): DocumentTree {
  if (typeof input === 'object' && !(input instanceof Uint8Array) && input.type === 'document') return input
  const { value, issues: found } = segment(input as string | Uint8Array)
  issues.push(...found.map((i) => ({ ...i, side })))
  return value
}

/** The document's own en/zh length ratio, from blocks that share a number. */
function lengthRatio(zh: readonly Block[], en: readonly Block[], zs: Map<Block, Signature>, es: Map<Block, Signature>): number {
  const byKey = new Map(en.filter((b) => b.number !== null && b.kind !== 'footnote').map((b) => [`${b.kind}|${b.number}`, b]))
  const ratios: number[] = []
  for (const b of zh) {
    const e = b.number !== null ? byKey.get(`${b.kind}|${b.number}`) : undefined
    const zl = zs.get(b)?.length ?? 0
    const el = e ? (es.get(e)?.length ?? 0) : 0
    if (e && zl > 20 && el > 20) ratios.push(el / zl)
  }
  if (ratios.length < 5) return DEFAULT_LENGTH_RATIO
  ratios.sort((a, b) => a - b)
  return ratios[Math.floor(ratios.length / 2)] as number
}

function unpairedIssues(links: readonly DraftLink[]): Issue[] {
  const out: Issue[] = []
  for (const l of links) {
    if (l.zh.ids.length && l.en.ids.length) continue
    if (isWholePart(l)) continue
    const side: Lang = l.zh.ids.length ? 'zh' : 'en'
    const id = (side === 'zh' ? l.zh.ids[0] : l.en.ids[0]) as string
    if (l.kind === 'preambular' || l.kind === 'operative' || l.kind === 'subparagraph' || l.kind === 'footnote') {
      out.push({ code: 'align/unpaired-block', severity: 'warning', side, block: id, message: `${side === 'zh' ? 'Chinese' : 'English'} ${l.kind}${l.number ? ` ${l.number}` : ''} (${id}) has no counterpart` })
    }
  }
  return out
}

function parallelIssues(links: readonly DraftLink[]): Issue[] {
  const body = links.filter((l) => l.kind !== 'footnote' && l.kind !== 'heading' && l.kind !== 'meta')
  const zh = body.reduce((n, l) => n + l.zh.ids.length, 0)
  const en = body.reduce((n, l) => n + l.en.ids.length, 0)
  const confident = body.filter((l) => l.score >= 0.5).reduce((n, l) => n + Math.min(l.zh.ids.length, l.en.ids.length), 0)
  if (Math.min(zh, en) === 0 || confident / Math.min(zh, en) >= PARALLEL_MIN) return []
  return [{ code: 'align/not-parallel', severity: 'warning', message: `only ${confident} of ${Math.min(zh, en)} paragraphs found a confident partner: the documents do not look like translations of each other` }]
}

/** Links whose own evidence is this strong survive in documents that are not parallel. */
const STRONG_LINK = 0.75

/**
 * Two documents that are not translations of each other share a few
 * passages at most: keep only the links with strong evidence of their own,
 * at half their confidence, and leave the rest unpaired.
 */
function distrust(links: readonly DraftLink[]): DraftLink[] {
  return links.flatMap((l) => {
    if (!l.zh.ids.length || !l.en.ids.length) return [l]
    if (l.score >= STRONG_LINK) return [{ ...l, score: round(l.score / 2) }]
    const empty = { ids: [], text: '' }
    return [
      { ...l, en: empty, score: 0, method: 'none' as const, part: { ...l.part, en: null } },
      { ...l, zh: empty, score: 0, method: 'none' as const, part: { ...l.part, zh: null }, kind: l.kind, number: l.number },
    ]
  })
}

