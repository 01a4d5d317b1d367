/**
 * Read the metadata a UN document carries from its structure tree: the
 * front part's headings and meta lines, the report and draft parts, the
 * front-matter footnotes. Structure comes from `segment()`; this module
 * only reads the blocks it returns. Patterns: metadata-patterns.ts.
 */
import { EN_ORDINALS, parseZhNumeral } from '../data/number-words.js'
import type { Block, DocumentTree, Lang, Part } from '../types.js'
import type { AdoptedOn, DocumentInfo, DraftInfo } from './corpus-types.js'
import * as P from './metadata-patterns.js'

/** What `readMetadata` needs besides the tree. */
export interface MetadataSource {
  /** Path relative to the corpus folder. */
  readonly file: string
  /** Size of the file in bytes. */
  readonly bytes: number
  /** The whole decoded text (the tree may come from its head only), for reference numbers. */
  readonly text: string
}

const FRONT_KINDS = new Set<Part['kind']>(['front', 'report', 'resolution'])
/** Parts whose footnotes belong to the front matter (not the body of a resolution). */
const NOTE_KINDS = new Set<Part['kind']>(['front', 'report'])
const DRAFT_KINDS = new Set<Part['kind']>(['draft-resolution', 'draft-decision'])
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Read the metadata of a segmented document. */
export function readMetadata(tree: DocumentTree, source: Readonly<MetadataSource>): DocumentInfo {
  const lang = tree.language
  const front = tree.parts.filter((p) => FRONT_KINDS.has(p.kind))
  const lines = front.flatMap((p) => p.blocks.filter((b) => b.kind === 'heading' || b.kind === 'meta')).map((b) => b.text)
  const adoptedOn = firstOf(lines, (l) => adoptionOf(l, lang))
  const numbered = firstOf(lines, (l) => P.NUMBERED_TITLE.exec(l))
  const resolution = numbered?.[1] ?? null
  const symbols = distinct(lines.filter((l) => l !== adoptedOn?.text).flatMap(symbolsIn))
  const mentioned = distinct(tree.parts.filter((p) => NOTE_KINDS.has(p.kind)).flatMap((p) => p.blocks.filter((b) => b.kind === 'footnote')).flatMap((b) => symbolsIn(b.text))).filter((s) => !symbols.includes(s))
  const drafts = draftsOf(tree.parts)
  const report = tree.parts.find((p) => p.kind === 'report')
  const body = resolution !== null || adoptedOn !== null ? adopterOf(front, lang) : report ? reporterOf(report, lang) : null
  const session = firstOf(lines, (l) => sessionOf(l, lang))
  const agendaItem = firstOf(lines, (l) => agendaOf(l, lang))
  const frontTitles = (tree.parts[0]?.kind === 'front' ? tree.parts[0].blocks : []).filter((b) => b.kind === 'heading').map((b) => b.text).filter((t) => sessionOf(t, lang) === null && agendaOf(t, lang) === null && !/^[\s\p{P}\p{S}]*$/u.test(t))
  const resolutionTitle = numbered?.[2]?.trim() ?? null
  const titles = distinct([...(resolutionTitle ? [resolutionTitle] : []), ...drafts.flatMap((d) => (d.title ? [d.title] : [])), ...frontTitles])
  const series = body === null ? null : (P.BODIES.find((b) => b.key === body)?.series ?? null)
  return {
    file: source.file,
    language: lang,
    format: tree.format,
    bytes: source.bytes,
    kind: resolution !== null || adoptedOn !== null ? 'resolution' : report ? 'report' : 'other',
    own: tree.symbols,
    symbols,
    derived: resolution !== null && series !== null && !symbols.includes(series + resolution) ? [series + resolution] : [],
    mentioned,
    session,
    agendaItem,
    resolution,
    title: resolutionTitle ?? drafts.find((d) => d.title)?.title ?? frontTitles.at(-1) ?? null,
    titles,
    body,
    date: firstOf(lines, (l) => (P.ADOPTION_LINE.some((re) => re.test(l)) ? dateOf(l) : null)),
    adoptedOn,
    drafts,
    references: referencesOf(source.text),
  }
}

/** Reference numbers (70/1) and years in a text, sorted and distinct. */
export function referencesOf(text: string): string[] {
  return [...new Set([...(text.match(P.REFERENCE) ?? []), ...(text.match(P.YEAR) ?? [])])].sort()
}

/** Document symbols in a line, trailing dots removed. */
export function symbolsIn(text: string): string[] {
  return (text.match(P.SYMBOL) ?? []).map((s) => s.replace(/\.+$/, ''))
}

/** Key of the UN body named in a text (most specific name first), or null. */
export function bodyIn(text: string, lang: Lang): string | null {
  return P.BODIES.find((b) => b[lang].some((name) => text.includes(name)))?.key ?? null
}

function adoptionOf(line: string, lang: Lang): AdoptedOn | null {
  const m = (lang === 'en' ? P.EN_ADOPTED_ON : P.ZH_ADOPTED_ON).exec(line)
  if (!m) return null
  const inside = m[2] ?? ''
  const paragraph = P.CITED_PARAGRAPH.map((re) => re.exec(inside)?.[1]).find((x) => x !== undefined) ?? null
  return { body: m[1] ? bodyIn(m[1], lang) : null, report: symbolsIn(inside)[0] ?? null, paragraph, text: line }
}

function sessionOf(line: string, lang: Lang): string | null {
  if (lang === 'en') {
    const word = P.EN_SESSION.exec(line)?.[1]
    if (word === undefined) return null
    if (/^\d{4}$/.test(word)) return word
    const n = EN_ORDINALS.get(word.toLowerCase())
    return n === undefined ? null : String(n)
  }
  const m = P.ZH_SESSION.exec(line)
  if (!m) return null
  if (m[2]) return m[2]
  const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : parseZhNumeral(m[1] as string)
  return Number.isNaN(n) ? null : String(n)
}

function agendaOf(line: string, lang: Lang): string | null {
  for (const re of lang === 'en' ? P.EN_AGENDA : P.ZH_AGENDA) {
    const m = re.exec(line)
    if (m) return `${m[1]}${m[2] ? `(${m[2].toLowerCase()})` : ''}`
  }
  return null
}

function dateOf(line: string): string | null {
  const en = P.EN_DATE.exec(line)
  if (en) return iso(en[3] as string, MONTHS.indexOf((en[2] as string).toLowerCase()) + 1, en[1] as string)
  const zh = P.ZH_DATE.exec(line)
  return zh ? iso(zh[1] as string, Number(zh[2]), zh[3] as string) : null
}

const iso = (y: string, m: number, d: string): string => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`

/** Drafts inside reports, each with the number of the report paragraph just before it. */
function draftsOf(parts: readonly Part[]): DraftInfo[] {
  const out: DraftInfo[] = []
  let lastNumber: string | null = null
  for (const part of parts) {
    if (DRAFT_KINDS.has(part.kind)) {
      const title = [part.title, ...part.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)].find((t): t is string => !!t && !P.LABEL_HEADING.test(t)) ?? null
      out.push({ title, paragraph: lastNumber })
    } else if (part.kind === 'report') {
      lastNumber = lastNumbered(part.blocks) ?? lastNumber
    }
  }
  return out
}

function lastNumbered(blocks: readonly Block[]): string | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as Block
    if (b.number !== null && b.kind !== 'footnote' && /^\d+$/.test(b.number)) return b.number
  }
  return null
}

/** Who adopted a resolution: the adoption line or the chapeau ("The General Assembly,"). */
function adopterOf(front: readonly Part[], lang: Lang): string | null {
  const blocks = front.flatMap((p) => p.blocks)
  for (const b of blocks) {
    if (b.kind === 'meta' && P.ADOPTION_LINE.some((re) => re.test(b.text))) return bodyIn(b.text, lang)
  }
  const chapeau = blocks.find((b) => b.kind === 'chapeau')
  const name = chapeau ? P.CHAPEAU_BODY[lang].exec(chapeau.text)?.[1] : undefined
  return name ? bodyIn(name, lang) : null
}

/** Who wrote a report: "Report of the Second Committee" / "第二委员会的报告". */
function reporterOf(report: Part, lang: Lang): string | null {
  for (const t of [report.title, ...report.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)]) {
    const name = t ? P.REPORT_BY[lang].exec(t)?.[1] : undefined
    if (name) return bodyIn(name, lang)
  }
  return null
}

function firstOf<T>(items: readonly string[], read: (s: string) => T | null | undefined): T | null {
  for (const s of items) {
    const v = read(s)
    if (v !== null && v !== undefined) return v
  }
  return null
}

const distinct = (xs: readonly string[]): string[] => [...new Set(xs)]
