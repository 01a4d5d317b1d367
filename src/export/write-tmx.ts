import { create } from 'xmlbuilder2'
import { ALIGNED_VERSION } from '../types.js'
import type { Alignment, Lang, Link } from '../types.js'
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
  /** Wrap the lead verb in `<hi type="x-lead">` when the segment starts with it (default true). */
  readonly markLead: boolean
  /**
   * `prop` (default): footnote links are units, and variants whose blocks
   * refer to footnotes (see `footnoteRefs`) get `<prop type="x-footnotes">`.
   * `omit`: footnote links and footnote props are left out.
   */
  readonly footnotes: 'prop' | 'omit'
  /** Footnote labels per block id and side, e.g. from `footnoteRefsOf(tree)`; null (default) for none. */
  readonly footnoteRefs: { readonly zh?: FootnoteRefMap; readonly en?: FootnoteRefMap } | null
  /** Write one-sided links as header `<note>`s instead of leaving them out (default false). */
  readonly unpairedAsNotes: boolean
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
  markLead: true,
  footnotes: 'prop',
  footnoteRefs: null,
  unpairedAsNotes: false,
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
  unpairedAsNotes: isBoolean,
  minScore: isUnitInterval,
  segtype: isOneOf('paragraph', 'sentence'),
}

type Node = ReturnType<typeof create>
type Resolved = Readonly<TmxOptions>

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const SIDES: readonly Lang[] = ['zh', 'en']

/**
 * Writes an alignment as TMX 1.4b, valid against the LISA `tmx14.dtd`: one
 * `<tu>` per two-sided link, a `<tuv>` per language with exactly one `<seg>`.
 * Built with xmlbuilder2, so `<`, `&`, `]]>` and quotes are escaped by the
 * serializer. Characters XML 1.0 cannot carry (C0 controls, unpaired
 * surrogates, U+FFFE/U+FFFF) are stripped; a unit that lost any records the
 * count in `<prop type="x-removed-chars">`.
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeTmx(alignment: Alignment, options?: Readonly<Partial<TmxOptions>>): string {
  const opts = resolveOptions('writeTmx', TMX_DEFAULTS, options, CHECKS)
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).dtd({ name: 'tmx', sysID: 'tmx14.dtd' })
  const tmx = doc.ele('tmx', { version: '1.4' })
  writeHeader(tmx, alignment, opts)
  const body = child(tmx, 1, 'body')
  for (const link of alignment.pairs) {
    if (isTwoSided(link) && keeps(link, opts) && link.score >= opts.minScore) writeUnit(body, link, alignment, opts)
  }
  close(body, 1)
  close(tmx, 0)
  // wellFormed makes xmlbuilder2 throw rather than write anything XML cannot hold.
  const xml = doc.end({ wellFormed: true })
  return `${xml.replace(/^(<\?xml[^>]*\?>)(<!DOCTYPE[^>]*>)/, '$1\n$2\n')}\n`
}

function writeHeader(tmx: Node, alignment: Alignment, opts: Resolved): void {
  const header = child(tmx, 1, 'header', {
    creationtool: 'resalign',
    creationtoolversion: clean(opts.creationToolVersion),
    segtype: opts.segtype,
    'o-tmf': 'resalign-aligned-json',
    adminlang: 'en',
    srclang: opts.srclang ?? opts.zhLang,
    datatype: 'plaintext',
    ...(opts.creationDate === null ? {} : { creationdate: tmxDate(opts.creationDate) }),
  })
  prop(header, 2, 'x-aligned-version', ALIGNED_VERSION)
  for (const side of SIDES) {
    const source = alignment.source[side]
    if (source.name !== null) prop(header, 2, `x-source-name-${side}`, source.name)
    for (const symbol of source.symbols) prop(header, 2, `x-document-${side}`, symbol)
  }
  if (opts.unpairedAsNotes) {
    for (const link of alignment.pairs) {
      if (!isTwoSided(link) && keeps(link, opts)) leaf(header, 2, 'note', unpairedNote(link))
    }
  }
  close(header, 1)
}

function writeUnit(body: Node, link: Link, alignment: Alignment, opts: Resolved): void {
  const tu = child(body, 2, 'tu', { tuid: clean(link.id) })
  const segs = SIDES.map((side) => stripInvalidXmlChars(link[side].text))
  const removed = segs[0]!.removed + segs[1]!.removed
  prop(tu, 3, 'x-link-id', link.id)
  prop(tu, 3, 'x-kind', link.kind)
  if (link.number !== null) prop(tu, 3, 'x-number', link.number)
  prop(tu, 3, 'x-score', String(link.score))
  prop(tu, 3, 'x-method', link.method)
  if (removed > 0) prop(tu, 3, 'x-removed-chars', String(removed))
  SIDES.forEach((side, i) => {
    const tuv = child(tu, 3, 'tuv').att(XML_NS, 'xml:lang', side === 'zh' ? opts.zhLang : opts.enLang)
    for (const symbol of alignment.source[side].symbols) prop(tuv, 4, 'x-document', symbol)
    const part = link.part[side]
    if (part !== null) prop(tuv, 4, 'x-part', part)
    prop(tuv, 4, 'x-blocks', link[side].ids.join(' '))
    const labels = footnoteLabels(link, side, opts)
    if (labels.length > 0) prop(tuv, 4, 'x-footnotes', labels.join(' '))
    writeSeg(child(tuv, 4, 'seg'), segs[i]!.text, opts.markLead ? link.lead?.[side] : null)
    close(tuv, 3)
  })
  close(tu, 2)
}

/** Segment text, the lead verb in `<hi type="x-lead">` when the text starts with it. */
function writeSeg(seg: Node, text: string, lead: string | null | undefined): void {
  const head = lead ? clean(lead) : ''
  if (head !== '' && text.startsWith(head)) {
    seg.ele('hi', { type: 'x-lead' }).txt(head)
    if (text.length > head.length) seg.txt(text.slice(head.length))
  } else if (text !== '') {
    seg.txt(text)
  }
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

/** Adds `name` on its own indented line; whitespace is only added outside `<seg>`. */
function child(parent: Node, depth: number, name: string, attributes: Record<string, string> = {}): Node {
  parent.txt(`\n${'  '.repeat(depth)}`)
  return parent.ele(name, attributes)
}

function leaf(parent: Node, depth: number, name: string, text: string): void {
  const value = clean(text)
  const node = child(parent, depth, name)
  if (value !== '') node.txt(value)
}

function prop(parent: Node, depth: number, type: string, text: string): void {
  const value = clean(text)
  if (value !== '') child(parent, depth, 'prop', { type }).txt(value)
}

function close(node: Node, depth: number): void {
  node.txt(`\n${'  '.repeat(depth)}`)
}
