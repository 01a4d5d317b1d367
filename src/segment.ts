import { ResalignError } from './errors.js'
import { isBoolean, isOneOf } from './export/option-checks.js'
import { checkOptions, type OptionChecks } from './export/resolve-options.js'
import { decode } from './ingest/decode.js'
import { detectFormat } from './ingest/detect-format.js'
import { detectLanguage } from './ingest/detect-language.js'
import { ingestHtml } from './ingest/ingest-html.js'
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
import type { DocumentTree, Issue, Lang, Part, Result, SourceFormat } from './types.js'

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
const CHECKS: OptionChecks<SegmentOptions> = { lang: isOneOf('zh', 'en'), format: isOneOf('markdown', 'plain', 'pdf', 'html'), check: isBoolean }

const SYMBOL = /\b(?:A|E|S)\/(?:RES\/|C\.\d\/|DEC\/)?\d{1,4}(?:\/[\w.]+)*/g
const RESOLUTION_NUMBER = /^(\d{1,4})\/(\d{1,4})\.\s/

/**
 * The document's own symbols: those printed in its front matter, and the
 * symbol of an adopted resolution derived from its number (`78/160.` adopted
 * by the General Assembly is A/RES/78/160). Symbols the text only cites
 * ("[on the report of … (A/78/462/Add.1)]") are not its own.
 */
function symbolsOf(parts: readonly Part[]): string[] {
  const own: string[] = []
  for (const part of parts) {
    const lines = part.blocks.filter((b) => b.kind === 'heading' || b.kind === 'meta')
    if (part.kind === 'front') for (const b of lines) if (!b.text.startsWith('[')) own.push(...(b.text.match(SYMBOL) ?? []))
    if (part.kind !== 'resolution' && part.kind !== 'decision') continue
    const adoptedBy = lines.map((b) => b.text).join(' ')
    const series = /General Assembly|大会/.test(adoptedBy) ? 'A' : /Economic and Social Council|经济及社会理事会/.test(adoptedBy) ? 'E' : /Security Council|安全理事会/.test(adoptedBy) ? 'S' : null
    for (const b of lines) {
      const m = RESOLUTION_NUMBER.exec(b.text)
      if (m && series) own.push(`${series}/${part.kind === 'decision' ? 'DEC' : 'RES'}/${m[1]}/${m[2]}`)
    }
  }
  return [...new Set(own)]
}

/**
 * Segment a UN document into its logical structure: parts (report,
 * resolution, draft resolution, decision, annex) and blocks (headings,
 * chapeau, preambular and operative paragraphs, sub-items, footnotes, meta
 * lines). Accepts text or bytes (UTF-8, UTF-16 with BOM, GB18030): Markdown,
 * plain or PDF-extracted text, or HTML (for PDF and Word files, and HTML in
 * another character set, see `readDocument`).
 *
 * @throws ResalignError `options/invalid`, `input/empty`, `input/binary`,
 *   `input/decode`, `input/unknown-language`.
 */
export function segment(input: string | Uint8Array, options?: Readonly<SegmentOptions>): Result<DocumentTree> {
  const opts = { ...DEFAULTS, ...checkOptions('segment', options, CHECKS) }
  const { text: source } = decode(input)
  if (source.trim() === '') throw new ResalignError('input/empty', 'input is empty or holds only whitespace', { hint: 'pass a file with the text of a UN document' })
  const format = opts.format ?? detectFormat(source)
  if (format === 'html') {
    const ingested = ingestHtml(source)
    return structureOf(source, ingested, languageOf(ingested, opts.lang), opts.check)
  }
  const detected = detectLanguage(source)
  const lang = opts.lang ?? detected
  if (lang === null) throw unknownLanguage()
  const ingested: Ingested = format === 'markdown' ? ingestMarkdown(source) : ingestText(source, { wrapped: format === 'pdf' })
  const result = structureOf(source, ingested, lang, opts.check)
  return detected === null || detected === lang ? result : { ...result, issues: [languageMismatch(lang, detected), ...result.issues] }
}

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { zh: 'Chinese', en: 'English' }

function languageMismatch(given: Lang, detected: Lang): Issue {
  return { code: 'ingest/language-mismatch', severity: 'warning', message: `the text looks ${LANGUAGE_NAMES[detected]} but lang is ${given} (--lang ${given}); it was segmented as ${LANGUAGE_NAMES[given]}` }
}

const unknownLanguage = (): ResalignError =>
  new ResalignError('input/unknown-language', 'input is neither Chinese nor English', { hint: 'pass the Chinese or English version of the document' })

/**
 * The language of what an ingest read (its units' text, not the markup
 * around it), or `lang` when given.
 *
 * @throws ResalignError `input/empty` when the ingest found no text, `input/unknown-language`.
 */
export function languageOf(ingested: Ingested, lang?: Lang): Lang {
  const text = ingested.units.map((u) => u.body.text).join('\n')
  if (text.trim() === '') throw new ResalignError('input/empty', 'the document holds no text', { hint: 'pass a file with the text of a UN document (a scan needs OCR first)' })
  const found = lang ?? detectLanguage(text)
  if (found === null) throw unknownLanguage()
  return found
}

/**
 * The structure stages shared by every input: join paragraphs broken by a
 * page turn, classify, partition into parts, link footnotes, build blocks,
 * and check that nothing was lost. `source` is the text every offset of
 * `ingested` points into (for PDF, DOCX and HTML files: the text their
 * ingest rebuilt).
 */
export function structureOf(source: string, ingested: Ingested, lang: Lang, check = true): Result<DocumentTree> {
  const joined: Issue[] = []
  const drafts = joinBroken(ingested.units.map(draftOf), lang, joined)
  classify(drafts, lang)
  const parts = partition(drafts)
  const footnotes = linkFootnotes(parts, lang)
  const built = buildBlocks(parts, footnotes.links, source)
  const symbols = symbolsOf(built.parts)
  const tree: DocumentTree = { type: 'document', language: lang, format: ingested.format, symbols, parts: built.parts, artifacts: ingested.artifacts, source }
  const issues = [...ingested.issues, ...joined, ...footnotes.issues, ...built.issues]
  if (check) issues.push(...checkLossless(tree))
  return { value: tree, issues }
}
