/**
 * How likely a Chinese and an English document are translations of each
 * other, from the metadata each carries: shared symbols, the report a
 * resolution was adopted on, resolution number, session, agenda item,
 * adopting body, date, titles (compared through the glossary, as they are
 * in different languages) and the reference numbers both cite. Evidence
 * adds up; a contradiction (different sessions …) multiplies the score
 * down. Weights: pairing-weights.ts.
 */
import type { DocumentInfo } from './corpus-types.js'
import { BODIES } from './metadata-patterns.js'
import { CONTRADICTION_FACTORS as F, EVIDENCE_WEIGHTS as W, MIN_REFERENCES, SCALE } from './pairing-weights.js'

/** Similarity of a Chinese and an English title, in [0, 1]. */
export type TitleSimilarity = (zh: string, en: string) => number

/** Score and the evidence behind it. */
export interface PairEvidence {
  /** In [0, 1]. */
  readonly score: number
  /** Supporting evidence first, then contradictions (starting with "but"). */
  readonly reasons: readonly string[]
}

type Side = 'Chinese' | 'English'

/** Score a candidate pair. */
export function scorePair(zh: DocumentInfo, en: DocumentInfo, similarity: TitleSimilarity): PairEvidence {
  const support: Array<[number, string]> = []
  const against: Array<[number, string]> = []
  const same = (a: string | null, b: string | null, weight: number, factor: number, what: string, show = (x: string) => x): void => {
    if (a === null || b === null) return
    if (a === b) support.push([weight, `same ${what} (${show(a)})`])
    else against.push([factor, `different ${what}s (${show(a)} vs ${show(b)})`])
  }
  const zs = new Set([...zh.symbols, ...zh.derived])
  const shared = [...en.symbols, ...en.derived].filter((s) => zs.has(s))
  if (shared.length > 0) support.push([W.sharedSymbol, `both are ${shared.join(', ')}`])
  same(zh.resolution, en.resolution, W.sameResolution, F.resolution, 'resolution number')
  const zr = zh.adoptedOn?.report ?? null
  const er = en.adoptedOn?.report ?? null
  if (zr !== null && er !== null) {
    if (zr === er) support.push([W.sameAdoptedOn, `both adopted on the report ${zr}`])
    else against.push([F.adoptedOn, `adopted on different reports (${zr} vs ${er})`])
  }
  citedReport(en, zh, 'English', 'Chinese', support, against)
  citedReport(zh, en, 'Chinese', 'English', support, against)
  if (zh.kind === en.kind) same(zh.body, en.body, W.sameBody, F.body, 'body', bodyName)
  same(zh.session, en.session, W.sameSession, F.session, 'session')
  same(zh.agendaItem, en.agendaItem, W.sameAgendaItem, F.agendaItem, 'agenda item')
  same(zh.date, en.date, W.sameDate, F.date, 'adoption date')
  titleEvidence(zh, en, similarity, support)
  referenceEvidence(zh, en, support)
  const sum = support.reduce((s, [w]) => s + w, 0)
  const factor = against.reduce((f, [x]) => f * x, 1)
  return {
    score: Math.round((1 - Math.exp(-sum / SCALE)) * factor * 1000) / 1000,
    reasons: [...support.map(([, r]) => r), ...against.map(([, r]) => `but ${r}`)],
  }
}

/** A resolution adopted on a report, against a document that is (or holds) that report. */
function citedReport(res: DocumentInfo, rep: DocumentInfo, resSide: Side, repSide: Side, support: Array<[number, string]>, against: Array<[number, string]>): void {
  const cited = res.adoptedOn
  if (cited === null || rep.kind !== 'report') return
  const where = `the ${resSide} resolution was adopted on the report ${cited.report ?? '(no symbol)'}${cited.paragraph ? `, para. ${cited.paragraph}` : ''}`
  if (cited.report !== null && rep.symbols.includes(cited.report)) support.push([W.reportIsOwn, `${where}, which the ${repSide} document is`])
  else if (cited.report !== null && rep.mentioned.includes(cited.report)) support.push([W.reportMentioned, `${where}, which the ${repSide} report names in its front matter`])
  const paragraphs = rep.drafts.map((d) => d.paragraph).filter((p): p is string => p !== null)
  if (cited.paragraph !== null && paragraphs.length > 0) {
    if (paragraphs.includes(cited.paragraph)) support.push([W.recommendingParagraph, `paragraph ${cited.paragraph} of the ${repSide} report recommends its draft`])
    else against.push([F.paragraph, `the ${repSide} report recommends its drafts in paragraph ${[...new Set(paragraphs)].join(', ')}, not ${cited.paragraph}`])
  }
  if (cited.body !== null && rep.body !== null) {
    if (cited.body === rep.body) support.push([W.sameBody, `the report is by the ${bodyName(rep.body)} on both sides`])
    else against.push([F.body, `the resolution cites a report of the ${bodyName(cited.body)}, the ${repSide} report is by the ${bodyName(rep.body)}`])
  }
}

function titleEvidence(zh: DocumentInfo, en: DocumentInfo, similarity: TitleSimilarity, support: Array<[number, string]>): void {
  let best = 0
  let pair: [string, string] | null = null
  for (const z of zh.titles) {
    for (const e of en.titles) {
      const s = similarity(z, e)
      if (s > best) [best, pair] = [s, [z, e]]
    }
  }
  if (pair !== null) support.push([W.title * best, `titles agree by the glossary (${best.toFixed(2)}): “${pair[0]}” / “${pair[1]}”`])
}

function referenceEvidence(zh: DocumentInfo, en: DocumentInfo, support: Array<[number, string]>): void {
  const smaller = Math.min(zh.references.length, en.references.length)
  if (smaller < MIN_REFERENCES) return
  let theirs = REFERENCE_SETS.get(en)
  if (theirs === undefined) REFERENCE_SETS.set(en, (theirs = new Set(en.references)))
  const common = zh.references.filter((r) => theirs.has(r))
  if (common.length === 0) return
  const share = common.length / smaller
  const shown = common.filter((r) => r.includes('/')).slice(0, 4)
  support.push([W.references * share, `${common.length} of ${smaller} reference numbers in common${shown.length ? ` (${shown.join(', ')} …)` : ''}`])
}

/** Reference sets of the English documents, built once (pairing compares each with every Chinese one). */
const REFERENCE_SETS = new WeakMap<DocumentInfo, ReadonlySet<string>>()

function bodyName(key: string): string {
  return BODIES.find((b) => b.key === key)?.en[0] ?? key
}
