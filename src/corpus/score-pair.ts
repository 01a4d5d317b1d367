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

type Found = Array<[number, string]>
type Side = 'Chinese' | 'English'

/** Score a candidate pair. */
export function scorePair(zh: DocumentInfo, en: DocumentInfo, similarity: TitleSimilarity): PairEvidence {
  const support = supportOf(zh, en, similarity)
  const against = contradictionsOf(zh, en)
  const sum = support.reduce((s, [w]) => s + w, 0)
  return {
    score: round((1 - Math.exp(-sum / SCALE)) * productOf(against)),
    reasons: [...support.map(([, r]) => r), ...against.map(([, r]) => `but ${r}`)],
  }
}

/** An upper bound of `scorePair(zh, en).score` from the contradictions alone (cheap: no titles, no references). */
export function scoreBound(zh: DocumentInfo, en: DocumentInfo): number {
  return round(productOf(contradictionsOf(zh, en)))
}

/** What speaks against the pair: [factor, reason]. */
export function contradictionsOf(zh: DocumentInfo, en: DocumentInfo): Found {
  const out: Found = []
  const differ = (a: string | null, b: string | null, factor: number, what: string, show = (x: string) => x): void => {
    if (a !== null && b !== null && a !== b) out.push([factor, `different ${what}s (${show(a)} vs ${show(b)})`])
  }
  differ(zh.resolution, en.resolution, F.resolution, 'resolution number')
  const zr = zh.adoptedOn?.report ?? null
  const er = en.adoptedOn?.report ?? null
  if (zr !== null && er !== null && zr !== er) out.push([F.adoptedOn, `adopted on different reports (${zr} vs ${er})`])
  citedReportAgainst(en, zh, 'Chinese', out)
  citedReportAgainst(zh, en, 'English', out)
  if (zh.kind === en.kind) differ(zh.body, en.body, F.body, 'body', bodyName)
  differ(zh.session, en.session, F.session, 'session')
  differ(zh.agendaItem, en.agendaItem, F.agendaItem, 'agenda item')
  differ(zh.date, en.date, F.date, 'adoption date')
  return out
}

/** What speaks for the pair: [weight, reason]. */
function supportOf(zh: DocumentInfo, en: DocumentInfo, similarity: TitleSimilarity): Found {
  const out: Found = []
  const agree = (a: string | null, b: string | null, weight: number, what: string, show = (x: string) => x): void => {
    if (a !== null && a === b) out.push([weight, `same ${what} (${show(a)})`])
  }
  const zs = new Set([...zh.symbols, ...zh.derived])
  const shared = [...en.symbols, ...en.derived].filter((s) => zs.has(s))
  if (shared.length > 0) out.push([W.sharedSymbol, `both are ${shared.join(', ')}`])
  agree(zh.resolution, en.resolution, W.sameResolution, 'resolution number')
  const zr = zh.adoptedOn?.report ?? null
  if (zr !== null && zr === en.adoptedOn?.report) out.push([W.sameAdoptedOn, `both adopted on the report ${zr}`])
  citedReportFor(en, zh, 'English', 'Chinese', out)
  citedReportFor(zh, en, 'Chinese', 'English', out)
  if (zh.kind === en.kind) agree(zh.body, en.body, W.sameBody, 'body', bodyName)
  agree(zh.session, en.session, W.sameSession, 'session')
  agree(zh.agendaItem, en.agendaItem, W.sameAgendaItem, 'agenda item')
  agree(zh.date, en.date, W.sameDate, 'adoption date')
  titleEvidence(zh, en, similarity, out)
  referenceEvidence(zh, en, out)
  return out
}

/** A resolution adopted on a report, for a document that is (or holds) that report. */
function citedReportFor(res: DocumentInfo, rep: DocumentInfo, resSide: Side, repSide: Side, out: Found): void {
  const cited = res.adoptedOn
  if (cited === null || rep.kind !== 'report') return
  const where = `the ${resSide} resolution was adopted on the report ${cited.report ?? '(no symbol)'}${cited.paragraph ? `, para. ${cited.paragraph}` : ''}`
  if (cited.report !== null && rep.symbols.includes(cited.report)) out.push([W.reportIsOwn, `${where}, which the ${repSide} document is`])
  else if (cited.report !== null && rep.mentioned.includes(cited.report)) out.push([W.reportMentioned, `${where}, which the ${repSide} report names in its front matter`])
  if (cited.paragraph !== null && rep.drafts.some((d) => d.paragraph === cited.paragraph)) out.push([W.recommendingParagraph, `paragraph ${cited.paragraph} of the ${repSide} report recommends its draft`])
  if (cited.body !== null && cited.body === rep.body) out.push([W.sameBody, `the report is by the ${bodyName(rep.body)} on both sides`])
}

/** … against it: the report recommends its drafts elsewhere, or is by another body. */
function citedReportAgainst(res: DocumentInfo, rep: DocumentInfo, repSide: Side, out: Found): void {
  const cited = res.adoptedOn
  if (cited === null || rep.kind !== 'report') return
  const paragraphs = [...new Set(rep.drafts.map((d) => d.paragraph).filter((p): p is string => p !== null))]
  if (cited.paragraph !== null && paragraphs.length > 0 && !paragraphs.includes(cited.paragraph)) {
    out.push([F.paragraph, `the ${repSide} report recommends its drafts in paragraph ${paragraphs.join(', ')}, not ${cited.paragraph}`])
  }
  if (cited.body !== null && rep.body !== null && cited.body !== rep.body) {
    out.push([F.body, `the resolution cites a report of the ${bodyName(cited.body)}, the ${repSide} report is by the ${bodyName(rep.body)}`])
  }
}

function titleEvidence(zh: DocumentInfo, en: DocumentInfo, similarity: TitleSimilarity, out: Found): void {
  let best = 0
  let pair: [string, string] | null = null
  for (const z of zh.titles) {
    for (const e of en.titles) {
      const s = similarity(z, e)
      if (s > best) [best, pair] = [s, [z, e]]
    }
  }
  if (pair !== null) out.push([W.title * best, `titles agree by the glossary (${best.toFixed(2)}): “${pair[0]}” / “${pair[1]}”`])
}

function referenceEvidence(zh: DocumentInfo, en: DocumentInfo, out: Found): void {
  const smaller = Math.min(zh.references.length, en.references.length)
  if (smaller < MIN_REFERENCES) return
  let theirs = REFERENCE_SETS.get(en)
  if (theirs === undefined) REFERENCE_SETS.set(en, (theirs = new Set(en.references)))
  const common = zh.references.filter((r) => theirs.has(r))
  if (common.length === 0) return
  const shown = common.filter((r) => r.includes('/')).slice(0, 4)
  out.push([W.references * (common.length / smaller), `${common.length} of ${smaller} reference numbers in common${shown.length ? ` (${shown.join(', ')} …)` : ''}`])
}

/** Reference sets of the English documents, built once (pairing compares each with every Chinese one). */
const REFERENCE_SETS = new WeakMap<DocumentInfo, ReadonlySet<string>>()

/** Scores are given to 1/1000; rounding is monotone, so the bound holds after it. */
const round = (x: number): number => Math.round(x * 1000) / 1000
const productOf = (found: Found): number => found.reduce((f, [x]) => f * x, 1)

function bodyName(key: string): string {
  return BODIES.find((b) => b.key === key)?.en[0] ?? key
}
