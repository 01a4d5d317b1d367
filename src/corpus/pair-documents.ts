/**
 * Pair the Chinese and English documents of a corpus by the evidence they
 * carry (score-pair.ts), one to one, best score first. Pairs the user
 * names are taken as given; a document without a convincing partner is
 * listed as unpaired with the reason, never forced.
 */
import type { Lang } from '../types.js'
import type { DocumentInfo, PlannedPair, UnpairedDocument, UnreadableDocument } from './corpus-types.js'
import { MIN_PAIRING_SCORE } from './pairing-weights.js'
import { scoreBound, scorePair, type PairEvidence, type TitleSimilarity } from './score-pair.js'
import { isArray, isFunction, isUnitInterval } from '../export/option-checks.js'
import { checkOptions, type OptionChecks } from '../export/resolve-options.js'

/** Options of `pairDocuments`. */
export interface PairDocumentsOptions {
  /** Title similarity across languages (see title-similarity.ts). */
  readonly similarity: TitleSimilarity
  /** Least score for a pair to be made (default 0.5). */
  readonly minScore?: number
  /** Pairs the user named (`--pairs`): files relative to the corpus folder. */
  readonly named?: ReadonlyArray<{ readonly zh: string; readonly en: string }>
}

/** The pairs and the documents left alone. */
export interface Pairing {
  readonly pairs: PlannedPair[]
  readonly unpaired: UnpairedDocument[]
}

interface Candidate extends PairEvidence {
  readonly zh: DocumentInfo
  readonly en: DocumentInfo
}

/** Pair documents; `unreadable` ones are listed as unpaired with their reason. */
const CHECKS: OptionChecks<PairDocumentsOptions> = { similarity: isFunction, minScore: isUnitInterval, named: isArray }

export function pairDocuments(documents: readonly DocumentInfo[], unreadable: readonly UnreadableDocument[], options: Readonly<PairDocumentsOptions>): Pairing {
  const minScore = checkOptions('pairDocuments', options, CHECKS).minScore ?? MIN_PAIRING_SCORE
  const byFile = new Map(documents.map((d) => [d.file, d]))
  const taken = new Map<string, Candidate>()
  const pairs: PlannedPair[] = []
  const names = new Set<string>()
  const add = (c: Candidate, reasons: readonly string[]): void => {
    taken.set(c.zh.file, c)
    taken.set(c.en.file, c)
    pairs.push({ zh: c.zh.file, en: c.en.file, name: uniqueName(c.zh.file, c.en.file, names), pairingScore: c.score, reasons, documents: { zh: documentSymbols(c.zh, c.en), en: documentSymbols(c.en, c.zh) } })
  }
  for (const n of options.named ?? []) {
    const zh = byFile.get(n.zh)
    const en = byFile.get(n.en)
    const c = zh && en ? { zh, en, ...scorePair(zh, en, options.similarity) } : { zh: zh ?? stub(n.zh, 'zh'), en: en ?? stub(n.en, 'en'), score: 0, reasons: [] }
    add(c, ['named in the pairs file', ...c.reasons])
  }
  const zhDocs = documents.filter((d) => d.language === 'zh' && !taken.has(d.file))
  const enDocs = documents.filter((d) => d.language === 'en' && !taken.has(d.file))
  // A pair whose contradictions alone keep it under minScore is not scored in
  // full here; a document left unpaired is compared in full afterwards.
  const best = new Map<string, Candidate>()
  const good: Candidate[] = []
  for (const zh of zhDocs) {
    for (const en of enDocs) {
      if (scoreBound(zh, en) < minScore) continue
      const c: Candidate = { zh, en, ...scorePair(zh, en, options.similarity) }
      if (c.score >= minScore) good.push(c)
      for (const d of [zh, en]) if (c.score > (best.get(d.file)?.score ?? -1)) best.set(d.file, c)
    }
  }
  /** The best candidate of an unpaired document, over every document of the other language. */
  const bestOf = (d: DocumentInfo): Candidate | undefined => {
    let top = best.get(d.file)
    for (const other of d.language === 'zh' ? enDocs : zhDocs) {
      const [zh, en] = d.language === 'zh' ? [d, other] : [other, d]
      if (scoreBound(zh, en) <= (top?.score ?? -1)) continue
      const c: Candidate = { zh, en, ...scorePair(zh, en, options.similarity) }
      if (c.score > (top?.score ?? -1)) top = c
    }
    return top
  }
  good.sort((a, b) => b.score - a.score || compare(a.zh.file, b.zh.file) || compare(a.en.file, b.en.file))
  for (const c of good) if (!taken.has(c.zh.file) && !taken.has(c.en.file)) add(c, c.reasons)
  pairs.sort((a, b) => compare(a.name, b.name))
  const unpaired: UnpairedDocument[] = [
    ...[...zhDocs, ...enDocs].filter((d) => !taken.has(d.file)).map((d) => ({ file: d.file, language: d.language, reason: whyUnpaired(d, bestOf(d), taken, minScore, d.language === 'zh' ? enDocs.length : zhDocs.length) })),
    ...unreadable.filter((u) => !taken.has(u.file)).map((u) => ({ file: u.file, language: null, reason: u.reason })),
  ]
  unpaired.sort((a, b) => compare(a.file, b.file))
  return { pairs, unpaired }
}

function whyUnpaired(d: DocumentInfo, best: Candidate | undefined, taken: ReadonlyMap<string, Candidate>, minScore: number, others: number): string {
  const other = d.language === 'zh' ? 'English' : 'Chinese'
  if (others === 0) return `no ${other} document is left to pair it with`
  if (best === undefined) return `no ${other} document to compare it with`
  const partner = d.language === 'zh' ? best.en : best.zh
  if (best.score >= minScore) {
    const winner = taken.get(partner.file)
    const rival = winner ? (d.language === 'zh' ? winner.zh : winner.en).file : '?'
    return `its best candidate ${partner.file} (${best.score}) was paired with ${rival} (${winner?.score ?? '?'}) instead`
  }
  const against = best.reasons.filter((r) => r.startsWith('but ')).map((r) => r.slice(4))
  const support = best.reasons.filter((r) => !r.startsWith('but '))
  const evidence = against.length ? `${against.join('; ')}${support.length ? ` (for it: ${support.join('; ')})` : ''}` : `only ${support.join('; ') || 'no evidence'}`
  return `no convincing partner: the best candidate ${partner.file} scores ${best.score} (< ${minScore}): ${evidence}`
}

/** Symbols every unit of the pair carries: the document's own, and the report its partner was adopted on when it names it. */
function documentSymbols(doc: DocumentInfo, partner: DocumentInfo): string[] {
  const cited = partner.adoptedOn?.report
  const report = cited && doc.kind === 'report' && (doc.symbols.includes(cited) || doc.mentioned.includes(cited)) ? [cited] : []
  return [...new Set([...report, ...doc.own])]
}

/** `zh-stem--en-stem`, file-system safe, unique among `names`. */
export function uniqueName(zh: string, en: string, names: Set<string>): string {
  const stem = (f: string): string => f.replace(/\.[^./]+$/, '').replace(/[^\w.\-]+/g, '_')
  const base = `${stem(zh)}--${stem(en)}`
  let name = base
  for (let k = 2; names.has(name); k++) name = `${base}-${k}`
  names.add(name)
  return name
}

/** Code-unit order: the same on every machine (shards must agree). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function stub(file: string, language: Lang): DocumentInfo {
  return { file, language, format: 'plain', bytes: 0, kind: 'other', own: [], symbols: [], derived: [], mentioned: [], session: null, agendaItem: null, resolution: null, title: null, titles: [], body: null, date: null, adoptedOn: null, drafts: [], references: [] }
}
