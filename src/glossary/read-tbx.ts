/**
 * Read a TBX glossary: TBX-Basic / TBX-Core of ISO 30042:2019
 * (`conceptEntry` / `langSec` / `termSec` / `term`) and the older TBX 2
 * (`martif` / `termEntry` / `langSet` / `tig` or `ntig/termGrp`). Language
 * codes are matched by their primary subtag (`zh`, `zh-CN`, `zh-Hans`,
 * `zho`, `chi`; `en`, `en-US`, `eng`). A `descrip` or `note` of the
 * concept becomes the note, `subjectField` the domain. No DTD, external
 * entity or network access is used.
 */
import { requireModule } from './load-module.js'
import { ResalignError } from '../errors.js'
import type { Result } from '../types.js'
import type { GlossaryEntry } from './glossary-types.js'
import { mergeRows, type GlossaryRow } from './glossary-rows.js'

type Node = Record<string, unknown>

/** Inline markup inside term and note text (kept as plain text; mixed content loses order in the parser). */
const INLINE = /<\/?(?:hi|foreign)\b[^>]*>|<(?:ph|sc|ec|bpt|ept)\b[^>]*\/>/g

const ARRAYS = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'term', 'descrip', 'note', 'descripGrp'])

/** Parse a TBX document into glossary entries. */
export function readTbx(text: string): Result<GlossaryEntry[]> {
  const { XMLParser, XMLValidator } = requireModule('fast-xml-parser') as typeof import('fast-xml-parser')
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new ResalignError('input/unreadable', `glossary: not well-formed TBX (${valid.err.msg}, line ${valid.err.line})`)
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ARRAYS.has(name),
    processEntities: true,
    htmlEntities: false,
    trimValues: true,
    parseTagValue: false,
  })
  const doc = parser.parse(text.replace(INLINE, '')) as Node
  const root = (doc['tbx'] ?? doc['martif']) as Node | undefined
  if (!root) throw new ResalignError('input/unreadable', 'glossary: no <tbx> or <martif> root element')
  const text_ = child(root, 'text')
  const body = child(text_, 'body')
  const concepts = [...list(body, 'conceptEntry'), ...list(body, 'termEntry')]
  const rows: GlossaryRow[] = concepts.map((concept, i) => {
    const zh: string[] = []
    const en: string[] = []
    for (const lang of [...list(concept, 'langSec'), ...list(concept, 'langSet')]) {
      const code = String(lang['@xml:lang'] ?? lang['@lang'] ?? '').toLowerCase().split(/[-_]/)[0]
      const target = code === 'zh' || code === 'zho' || code === 'chi' ? zh : code === 'en' || code === 'eng' ? en : undefined
      if (target) target.push(...termsOf(lang))
    }
    const descrips = [...list(concept, 'descrip'), ...list(concept, 'descripGrp').flatMap((g) => list(g, 'descrip'))]
    const domain = descrips.find((d) => d['@type'] === 'subjectField')
    const notes = [...descrips.filter((d) => d['@type'] !== 'subjectField'), ...list(concept, 'note')]
    const note = notes.map(textOf).find((s) => s.length > 0) ?? ''
    return { zh, en, note, ...(domain ? { domain: textOf(domain) } : {}), line: i + 1 }
  })
  return mergeRows(rows)
}

function termsOf(lang: Node): string[] {
  const groups = [...list(lang, 'termSec'), ...list(lang, 'tig'), ...list(lang, 'ntig').map((n) => child(n, 'termGrp'))]
  return groups.flatMap((g) => list(g, 'term').map(textOf)).filter((t) => t.length > 0)
}

function child(node: Node | undefined, name: string): Node | undefined {
  const value = node?.[name]
  return Array.isArray(value) ? (value[0] as Node) : (value as Node | undefined)
}

function list(node: Node | undefined, name: string): Node[] {
  const value = node?.[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': v }))
}

/** All text inside a node (inline markup such as <hi> flattened). */
function textOf(node: Node): string {
  if (typeof node !== 'object' || node === null) return String(node ?? '')
  let out = ''
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    for (const v of Array.isArray(value) ? value : [value]) out += typeof v === 'object' && v !== null ? textOf(v as Node) : String(v)
  }
  return out.replace(/\s+/g, ' ').trim()
}
