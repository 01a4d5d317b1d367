import { ResalignError } from './errors.js'
import { decode } from './ingest/decode.js'
import { detectFormat } from './ingest/detect-format.js'
import { detectLanguage } from './ingest/detect-language.js'
import { ingestMarkdown } from './ingest/ingest-markdown.js'
import { ingestText } from './ingest/ingest-text.js'
import type { Ingested } from './ingest/unit.js'
import { buildBlocks } from './structure/build-blocks.js'
import { checkLossless } from './structure/check-lossless.js'
import { classify } from './structure/classify.js'
import { draftOf } from './structure/draft.js'
import { joinBroken } from './structure/join-broken.js'
import { linkFootnotes } from './structure/link-footnotes.js'
import { partition } from './structure/partition.js'
import type { DocumentTree, Issue, Lang, Result, SourceFormat } from './types.js'

/** Options of `segment`. */
export interface SegmentOptions {
  /** Language of the text; detected when absent. */
  readonly lang?: Lang
  /** Layout of the text; detected when absent. */
  readonly format?: SourceFormat
  /** Run the lossless check (default true; it is linear in the input). */
  readonly check?: boolean
}

const DEFAULTS: Readonly<Required<Pick<SegmentOptions, 'check'>>> = Object.freeze({ check: true })
const LANGS = new Set(['zh', 'en'])
const FORMATS = new Set(['markdown', 'plain', 'pdf'])

const SYMBOL = /\b(?:A|E|S)\/(?:RES\/|C\.\d\/|DEC\/)?\d{1,4}(?:\/[\w.]+)*/g

/**
 * Segment a UN document into its logical structure: parts (report,
 * resolution, draft resolution, decision, annex) and blocks (headings,
 * chapeau, preambular and operative paragraphs, sub-items, footnotes, meta
 * lines). Accepts text or bytes (UTF-8, UTF-16 with BOM, GB18030).
 *
 * @throws ResalignError `options/invalid`, `input/empty`, `input/binary`,
 *   `input/decode`, `input/unknown-language`.
 */
export function segment(input: string | Uint8Array, options?: Readonly<SegmentOptions>): Result<DocumentTree> {
  const opts = { ...DEFAULTS, ...options }
  if (opts.lang !== undefined && !LANGS.has(opts.lang)) throw new ResalignError('options/invalid', `lang must be "zh" or "en", not ${JSON.stringify(opts.lang)}`)
  if (opts.format !== undefined && !FORMATS.has(opts.format)) throw new ResalignError('options/invalid', `format must be markdown, plain or pdf, not ${JSON.stringify(opts.format)}`)
  const { text: source } = decode(input)
  if (source.trim() === '') throw new ResalignError('input/empty', 'input is empty or holds only whitespace', { hint: 'pass a file with the text of a UN document' })
  const lang = opts.lang ?? detectLanguage(source)
  if (lang === null) {
    throw new ResalignError('input/unknown-language', 'input is neither Chinese nor English', { hint: 'pass the Chinese or English version of the document' })
  }
  const format = opts.format ?? detectFormat(source)
  const ingested: Ingested = format === 'markdown' ? ingestMarkdown(source) : ingestText(source, { wrapped: format === 'pdf' })
  const joined: Issue[] = []
  const drafts = joinBroken(ingested.units.map(draftOf), lang, joined)
  classify(drafts, lang)
  const parts = partition(drafts)
  const footnotes = linkFootnotes(parts, lang)
  const built = buildBlocks(parts, footnotes.links, source)
  const front = built.parts.filter((p) => p.kind === 'front' || p.kind === 'resolution' || p.kind === 'report').flatMap((p) => p.blocks.filter((b) => b.kind === 'heading' || b.kind === 'meta').map((b) => b.text))
  const symbols = [...new Set(front.join('\n').match(SYMBOL) ?? [])]
  const tree: DocumentTree = { type: 'document', language: lang, format: ingested.format, symbols, parts: built.parts, artifacts: ingested.artifacts, source }
  const issues = [...ingested.issues, ...joined, ...footnotes.issues, ...built.issues]
  if (opts.check) issues.push(...checkLossless(tree))
  return { value: tree, issues }
}
