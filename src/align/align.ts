import { DEFAULT_LENGTH_RATIO } from '../data/similarity-weights.js'
import { ResalignError } from '../errors.js'
import { either, isBoolean, isFunction, isObject } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'
import { segment } from '../segment.js'
import { ALIGNED_VERSION, type Alignment, type Block, type DocumentTree, type Issue, type Lang, type Link, type Part, type Result } from '../types.js'
import { alignBlocks, type BlockLink, type GlossaryScorer } from './align-blocks.js'
import { glossaryFallback } from './glossary-fallback.js'
import { matchParts } from './match-parts.js'
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
  /** Counts similarity evaluations (linear-time checks in tests and benchmarks). */
  readonly counter?: { evaluations: number }
}

const CHECKS: OptionChecks<AlignOptions> = { names: isObject, glossary: either(isBoolean, isFunction), counter: isObject }

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
  const numbersOf = (p: Part): string[] => p.blocks.flatMap((b) => (zSig.get(b) ?? eSig.get(b))?.numbers ?? [])
  const links: Array<Omit<Link, 'id'>> = []
  for (const pl of matchParts(zt.parts, et.parts, numbersOf)) {
    if (!pl.zh || !pl.en) {
      const part = (pl.zh ?? pl.en) as Part
      const side: Lang = pl.zh ? 'zh' : 'en'
      issues.push({ code: 'align/unpaired-part', severity: 'info', side, message: `${side === 'zh' ? 'Chinese' : 'English'} ${part.kind}${part.title ? ` "${part.title}"` : ''} has no counterpart (${part.blocks.length} blocks left unpaired)` })
      for (const b of part.blocks) {
        const link = makeLink(side === 'zh' ? [b] : [], side === 'en' ? [b] : [], 0, 'none', pl)
        WHOLE_PART.add(link)
        links.push(link)
      }
      continue
    }
    const zp = pl.zh
    const ep = pl.en
    const stream = (notes: boolean) => {
      const zs = zp.blocks.filter((b) => (b.kind === 'footnote') === notes)
      const es = ep.blocks.filter((b) => (b.kind === 'footnote') === notes)
      const found = alignBlocks(
        { blocks: zs, signatures: zs.map((b) => zSig.get(b) as Signature) },
        { blocks: es, signatures: es.map((b) => eSig.get(b) as Signature) },
        { ratio, ...(glossary ? { glossary: sliceScorer(glossary, zs, es, zIndex, eIndex) } : {}), offset: { zh: 0, en: 0 }, ...(options?.counter ? { counter: options.counter } : {}) },
      )
      return found.map((l: BlockLink) => makeLink(l.zh.map((i) => zs[i] as Block), l.en.map((j) => es[j] as Block), l.score, l.method, pl))
    }
    links.push(...placeFootnotes(stream(false), stream(true)))
  }
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

function sliceScorer(g: GlossaryScorer, zs: readonly Block[], es: readonly Block[], zIndex: Map<Block, number>, eIndex: Map<Block, number>): GlossaryScorer {
  const zg = zs.map((b) => zIndex.get(b) as number)
  const eg = es.map((b) => eIndex.get(b) as number)
  // Runs of one or two come back for every cell of the DP: map them once.
  const memo = (global: number[]) => {
    const one: number[][] = []
    const two: number[][] = []
    return (run: readonly number[]): readonly number[] => {
      const a = run[0] as number
      if (run.length === 1) return (one[a] ??= [global[a] as number])
      if (run.length === 2 && run[1] === a + 1) return (two[a] ??= [global[a] as number, global[a + 1] as number])
      return run.map((k) => global[k] as number)
    }
  }
  const zmap = memo(zg)
  const emap = memo(eg)
  return { score: (z, e) => g.score(zmap(z), emap(e)) }
}

function makeLink(zh: readonly Block[], en: readonly Block[], score: number, method: Link['method'], pl: { zh: Part | null; en: Part | null }): Omit<Link, 'id'> {
  const first = zh[0] ?? en[0]
  const link: Omit<Link, 'id'> = {
    zh: { ids: zh.map((b) => b.id), text: zh.map((b) => b.text).join('\n') },
    en: { ids: en.map((b) => b.id), text: en.map((b) => b.text).join('\n') },
    score: zh.length && en.length ? round(score) : 0,
    method: zh.length && en.length ? method : 'none',
    kind: first?.kind ?? 'paragraph',
    number: zh[0]?.number ?? en[0]?.number ?? null,
    part: { zh: zh.length ? (pl.zh?.kind ?? null) : null, en: en.length ? (pl.en?.kind ?? null) : null },
    lead: { zh: zh[0]?.lead ?? null, en: en[0]?.lead ?? null },
  }
  REFS.set(link, [...zh, ...en].flatMap((b) => b.footnoteRefs.map((r) => r.label)))
  return link
}

/** One-sided links of a part with no counterpart: reported once, as the part. */
const WHOLE_PART = new WeakSet<object>()

/** Footnote labels referenced by the blocks of each link (kept out of the contract). */
const REFS = new WeakMap<object, string[]>()

/** Put each footnote link right after the link holding its first reference. */
function placeFootnotes(main: Array<Omit<Link, 'id'>>, notes: Array<Omit<Link, 'id'>>): Array<Omit<Link, 'id'>> {
  const after = new Map<number, Array<Omit<Link, 'id'>>>()
  const late: Array<Omit<Link, 'id'>> = []
  for (const n of notes) {
    const label = n.number
    const k = label === null ? -1 : main.findIndex((l) => refersTo(l, label))
    if (k < 0) late.push(n)
    else after.set(k, [...(after.get(k) ?? []), n])
  }
  return [...main.flatMap((l, k) => [l, ...(after.get(k) ?? [])]), ...late]
}

const refersTo = (l: Omit<Link, 'id'>, label: string): boolean => REFS.get(l)?.includes(label) ?? false

function unpairedIssues(links: ReadonlyArray<Omit<Link, 'id'>>): Issue[] {
  const out: Issue[] = []
  for (const l of links) {
    if (l.zh.ids.length && l.en.ids.length) continue
    if (WHOLE_PART.has(l)) continue
    const side: Lang = l.zh.ids.length ? 'zh' : 'en'
    const id = (side === 'zh' ? l.zh.ids[0] : l.en.ids[0]) as string
    if (l.kind === 'preambular' || l.kind === 'operative' || l.kind === 'subparagraph' || l.kind === 'footnote') {
      out.push({ code: 'align/unpaired-block', severity: 'warning', side, block: id, message: `${side === 'zh' ? 'Chinese' : 'English'} ${l.kind}${l.number ? ` ${l.number}` : ''} (${id}) has no counterpart` })
    }
  }
  return out
}

function parallelIssues(links: ReadonlyArray<Omit<Link, 'id'>>): Issue[] {
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
function distrust(links: ReadonlyArray<Omit<Link, 'id'>>): Array<Omit<Link, 'id'>> {
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

const round = (x: number): number => Math.round(x * 1000) / 1000
