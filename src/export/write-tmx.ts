import { requireModule } from '../glossary/load-module.js'
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js'
import { ALIGNED_VERSION } from '../types.js'
import type { Alignment, Lang, Link, SourceInfo } from '../types.js'
import type { FootnoteRefMap } from './footnote-refs.js'
import { isBoolean, isLanguageTag, isOneOf, isSingleLine, isUnitInterval, orNull } from './option-checks.js'
import { resolveOptions, type OptionChecks } from './resolve-options.js'
import { isTwoSided } from './two-sided.js'
import { RESALIGN_VERSION } from './version.js'
import { stripInvalidXmlChars } from './xml-chars.js'

/** Options of `writeTmx`. */
export interface TmxOptions {
  /** `xml:lang` of the Chinese variants: `zh-CN` (default), `zh-Hans`, `zh`, … */
  readonly zhLang: string
  /** `xml:lang` of the English variants (default `en`). */
  readonly enLang: string
  /** Header `srclang`: a language tag or `*all*`; null (default) uses `zhLang`. */
  readonly srclang: string | null
  /** Header `creationtoolversion` (default: `RESALIGN_VERSION`). */
  readonly creationToolVersion: string
  /** Header `creationdate`; null (default) leaves it out so output is reproducible. */
  readonly creationDate: Date | null
  /**
   * Wrap the lead verb in `<hi type="x-lead">` when the segment starts with it
   * (default false: segments are plain text exactly as the source shows it, which
   * is what a TM tool matches a translator's source against).
   */
  readonly markLead: boolean
  /**
   * `prop` (default): footnote links are units, and variants whose blocks
   * refer to footnotes (see `footnoteRefs`) get `<prop type="x-footnotes">`.
   * `omit`: footnote links and footnote props are left out.
   */
  readonly footnotes: 'prop' | 'omit'
  /** Footnote labels per block id and side, e.g. from `footnoteRefsOf(tree)`; null (default) for none. */
  readonly footnoteRefs: { readonly zh?: FootnoteRefMap; readonly en?: FootnoteRefMap } | null
  /** Write one-sided links (as header `<note>`s) instead of leaving them out (default false, as TSV and Moses). */
  readonly unpaired: boolean
  /** Leave out two-sided links scoring below this (default 0: keep all). */
  readonly minScore: number
  /** Header `segtype`: `paragraph` (default) or `sentence` (units are sentence links, see `sentenceLinks`). */
  readonly segtype: 'paragraph' | 'sentence'
}

/** Defaults of `writeTmx`. */
export const TMX_DEFAULTS: Readonly<TmxOptions> = Object.freeze({
  zhLang: 'zh-CN',
  enLang: 'en',
  srclang: null,
  creationToolVersion: RESALIGN_VERSION,
  creationDate: null,
  markLead: false,
  footnotes: 'prop',
  footnoteRefs: null,
  unpaired: false,
  minScore: 0,
  segtype: 'paragraph',
})

const CHECKS: OptionChecks<TmxOptions> = {
  zhLang: isLanguageTag,
  enLang: isLanguageTag,
  srclang: orNull((value) => (value === '*all*' ? null : isLanguageTag(value))),
  creationToolVersion: isSingleLine,
  creationDate: orNull((value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? null : 'must be a valid Date or null',
  ),
  markLead: isBoolean,
  footnotes: isOneOf('prop', 'omit'),
  footnoteRefs: orNull((value) => (typeof value === 'object' && !Array.isArray(value) ? null : 'must be { zh?, en? } or null')),
  unpaired: isBoolean,
  minScore: isUnitInterval,
  segtype: isOneOf('paragraph', 'sentence'),
}

type Builder = XMLBuilderCB
type Resolved = Readonly<TmxOptions>

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const SIDES: readonly Lang[] = ['zh', 'en']

/**
 * Writes an alignment as TMX 1.4b, valid against the LISA `tmx14.dtd`: one
 * `<tu>` per two-sided link, a `<tuv>` per language with exactly one `<seg>`.
 * Streamed with xmlbuilder2's callback API, so `<`, `&`, `]]>` and quotes
 * are escaped by the serializer; the corpus's merged TMX writes its units
 * with the same `writeTmxUnit`. Characters XML 1.0 cannot carry (C0
 * controls, unpaired surrogates, U+FFFE/U+FFFF) are stripped; a unit that
 * lost any records the count in `<prop type="x-removed-chars">`.
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeTmx(alignment: Alignment, options?: Readonly<Partial<TmxOptions>>): string {
  const opts = resolveOptions('writeTmx', TMX_DEFAULTS, options, CHECKS)
  const chunks: string[] = []
  // wellFormed makes xmlbuilder2 throw rather than write anything XML cannot hold.
  const xml = (requireModule('xmlbuilder2') as typeof import('xmlbuilder2')).createCB({ data: (chunk: string) => void chunks.push(chunk), wellFormed: true })
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).dtd({ name: 'tmx', sysID: 'tmx14.dtd' }).ele('tmx', { version: '1.4' })
  writeHeader(xml, alignment, opts)
  open(xml, 1, 'body')
  xml.txt('\n')
  for (const link of alignment.pairs) {
    if (isTwoSided(link) && keeps(link, opts) && link.score >= opts.minScore) writeTmxUnit(xml, link, alignment.source, opts)
  }
  xml.txt('  ').up()
  xml.txt('\n').up()
  xml.end()
  return `${chunks.join('').replace(/^(<\?xml[^>]*\?>)(<!DOCTYPE[^>]*>)/, '$1\n$2\n')}\n`
}

function writeHeader(xml: Builder, alignment: Alignment, opts: Resolved): void {
  open(xml, 1, 'header', {
    creationtool: 'resalign',
    creationtoolversion: clean(opts.creationToolVersion),
    segtype: opts.segtype,
    'o-tmf': 'resalign-aligned-json',
    adminlang: 'en',
    srclang: opts.srclang ?? opts.zhLang,
    datatype: 'plaintext',
    ...(opts.creationDate === null ? {} : { creationdate: tmxDate(opts.creationDate) }),
  })
  prop(xml, 2, 'x-aligned-version', ALIGNED_VERSION)
  for (const side of SIDES) {
    const source = alignment.source[side]
    if (source.name !== null) prop(xml, 2, `x-source-name-${side}`, source.name)
    for (const origin of originOf(source)) prop(xml, 2, `x-document-${side}`, origin)
  }
  if (opts.unpaired) {
    for (const link of alignment.pairs) {
      if (!isTwoSided(link) && keeps(link, opts)) leaf(xml, 2, 'note', unpairedNote(link))
    }
  }
  close(xml, 1)
}

/**
 * One `<tu>` into `xml`, on its own lines: four spaces, the unit, a line
 * end. `writeTmx` writes its body with it, the corpus its merged units.
 */
export function writeTmxUnit(xml: Builder, link: Link, source: Alignment['source'], opts: Resolved): void {
  const segs = SIDES.map((side) => stripInvalidXmlChars(link[side].text))
  const removed = segs[0]!.removed + segs[1]!.removed
  xml.txt('    ').ele('tu', { tuid: clean(link.id) })
  prop(xml, 3, 'x-link-id', link.id)
  prop(xml, 3, 'x-kind', link.kind)
  if (link.number !== null) prop(xml, 3, 'x-number', link.number)
  prop(xml, 3, 'x-score', String(link.score))
  prop(xml, 3, 'x-method', link.method)
  if (removed > 0) prop(xml, 3, 'x-removed-chars', String(removed))
  SIDES.forEach((side, i) => {
    open(xml, 3, 'tuv')
    xml.att(XML_NS, 'xml:lang', side === 'zh' ? opts.zhLang : opts.enLang)
    for (const origin of originOf(source[side])) prop(xml, 4, 'x-document', origin)
    const part = link.part[side]
    if (part !== null) prop(xml, 4, 'x-part', part)
    prop(xml, 4, 'x-blocks', link[side].ids.join(' '))
    const labels = footnoteLabels(link, side, opts)
    if (labels.length > 0) prop(xml, 4, 'x-footnotes', labels.join(' '))
    open(xml, 4, 'seg')
    writeSeg(xml, segs[i]!.text, opts.markLead ? link.lead?.[side] : null)
    xml.up()
    close(xml, 3)
  })
  close(xml, 2)
  xml.txt('\n')
}

/** Segment text, the lead verb in `<hi type="x-lead">` when asked for and the text starts with it. */
function writeSeg(xml: Builder, text: string, lead: string | null | undefined): void {
  const head = lead ? clean(lead) : ''
  if (head !== '' && text.startsWith(head)) {
    xml.ele('hi', { type: 'x-lead' }).txt(head).up()
    if (text.length > head.length) xml.txt(text.slice(head.length))
  } else if (text !== '') {
    xml.txt(text)
  }
}

/** The origin document of a side: its symbols, or the name it was given when it prints none. */
export function originOf(source: SourceInfo): readonly string[] {
  return source.symbols.length > 0 || source.name === null ? source.symbols : [source.name]
}

function keeps(link: Link, opts: Resolved): boolean {
  return opts.footnotes === 'prop' || link.kind !== 'footnote'
}

function footnoteLabels(link: Link, side: Lang, opts: Resolved): string[] {
  const refs = opts.footnotes === 'prop' ? opts.footnoteRefs?.[side] : undefined
  return refs === undefined ? [] : link[side].ids.flatMap((id) => refs[id] ?? [])
}

function unpairedNote(link: Link): string {
  const side: Lang = link.zh.ids.length > 0 ? 'zh' : 'en'
  const number = link.number === null ? '' : ` ${link.number}`
  return `unpaired ${side} ${link.id} [${link[side].ids.join(' ')}] (${link.kind}${number}): ${link[side].text}`
}

/** `YYYYMMDDThhmmssZ`, the TMX date format. */
function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

function clean(text: string): string {
  return stripInvalidXmlChars(text).text
}

/** Opens `name` on its own indented line; whitespace is only added outside `<seg>`. */
function open(xml: Builder, depth: number, name: string, attributes: Record<string, string> = {}): void {
  xml.txt(`\n${'  '.repeat(depth)}`).ele(name, attributes)
}

/** Closes the open element on its own indented line. */
function close(xml: Builder, depth: number): void {
  xml.txt(`\n${'  '.repeat(depth)}`).up()
}

function leaf(xml: Builder, depth: number, name: string, text: string): void {
  const value = clean(text)
  open(xml, depth, name)
  if (value !== '') xml.txt(value)
  xml.up()
}

function prop(xml: Builder, depth: number, type: string, text: string): void {
  const value = clean(text)
  if (value !== '') {
    open(xml, depth, 'prop', { type })
    xml.txt(value).up()
  }
}
