/**
 * The <tu> elements of an alignment, as text, for the merged corpus.tmx.
 *
 * Why not `writeTmx` itself: building the XML tree with xmlbuilder2 costs
 * about twice as much as aligning the pair, and the merged TMX needs only
 * the units. This writer produces exactly the characters `writeTmx` puts
 * between `<body>` and `</body>` with its default options (footnote
 * references aside, which it takes too): same order, same indentation,
 * same escaping (text: & < >; attributes: & < > "), same removal of the
 * characters XML cannot carry. tmx-units.test.ts holds the two to the same
 * output, on the seed pair and on random text, so they cannot drift apart.
 */
import type { FootnoteRefMap } from '../export/footnote-refs.js'
import { isTwoSided } from '../export/two-sided.js'
import { originOf, TMX_DEFAULTS } from '../export/write-tmx.js'
import { stripInvalidXmlChars } from '../export/xml-chars.js'
import type { Alignment, Lang, Link } from '../types.js'

/** Footnote labels per block id, per side (as `writeTmx`'s `footnoteRefs`). */
export type UnitFootnotes = { readonly zh?: FootnoteRefMap; readonly en?: FootnoteRefMap } | null

const SIDES: readonly Lang[] = ['zh', 'en']
const LANG: Readonly<Record<Lang, string>> = { zh: TMX_DEFAULTS.zhLang, en: TMX_DEFAULTS.enLang }
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** The units of the two-sided links of `alignment`, each line indented as in `writeTmx`. */
export function writeTmxUnits(alignment: Alignment, footnoteRefs: UnitFootnotes = null): string {
  const out: string[] = []
  for (const link of alignment.pairs) if (isTwoSided(link)) out.push(unit(link, alignment, footnoteRefs))
  return out.join('')
}

function unit(link: Link, alignment: Alignment, refs: UnitFootnotes): string {
  const segs = SIDES.map((side) => stripInvalidXmlChars(link[side].text))
  const removed = segs[0]!.removed + segs[1]!.removed
  const lines = [`    <tu tuid="${attr(clean(link.id))}">`]
  prop(lines, 3, 'x-link-id', link.id)
  prop(lines, 3, 'x-kind', link.kind)
  if (link.number !== null) prop(lines, 3, 'x-number', link.number)
  prop(lines, 3, 'x-score', String(link.score))
  prop(lines, 3, 'x-method', link.method)
  if (removed > 0) prop(lines, 3, 'x-removed-chars', String(removed))
  SIDES.forEach((side, i) => {
    lines.push(`\n      <tuv xml:lang="${attr(LANG[side])}">`)
    for (const origin of originOf(alignment.source[side])) prop(lines, 4, 'x-document', origin)
    const part = link.part[side]
    if (part !== null) prop(lines, 4, 'x-part', part)
    prop(lines, 4, 'x-blocks', link[side].ids.join(' '))
    const labels = link[side].ids.flatMap((id) => refs?.[side]?.[id] ?? [])
    if (labels.length > 0) prop(lines, 4, 'x-footnotes', labels.join(' '))
    lines.push(`\n        ${seg(segs[i]!.text)}`, '\n      </tuv>')
  })
  lines.push('\n    </tu>\n')
  return lines.join('')
}

/** `<seg>` with the plain text, as `writeTmx` writes it by default. */
function seg(text: string): string {
  return text === '' ? '<seg/>' : `<seg>${escapeText(text)}</seg>`
}

function prop(lines: string[], depth: number, type: string, text: string): void {
  const value = clean(text)
  if (value !== '') lines.push(`\n${'  '.repeat(depth)}<prop type="${attr(type)}">${escapeText(value)}</prop>`)
}

const clean = (text: string): string => stripInvalidXmlChars(text).text
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] as string)
const attr = (text: string): string => text.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c] as string)
