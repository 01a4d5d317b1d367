import { CHAPEAU, META, PART_OPENERS, SECTION_HEADING } from '../data/structure-patterns.js'

/** Closing punctuation of a sentence or clause: a heading has none. */
const CLAUSE_END = /[。；：！？，、.;:!?,]$/
import type { Lang } from '../types.js'
import { detectLead } from './detect-lead.js'
import { detectNumber } from './detect-number.js'
import { cutRange, type Draft, stripPrefix } from './draft.js'

/** A symbol footnote mark after a word: `报告*`, `agenda*`. */
const SYMBOL_REF = /(?<=[^\s*†‡])([*†‡]{1,3})(?=\s|$)/g

/**
 * First look at each block, before parts are known: footnote, meta line,
 * chapeau, heading, or a paragraph with its number and lead verb.
 * Preambular / operative / report paragraph are decided per part later.
 */
export function classify(drafts: readonly Draft[], lang: Lang): void {
  let previousLetter: string | null = null
  for (const d of drafts) {
    const text = d.text.text
    if (d.hint === 'footnote') {
      d.kind = 'footnote'
      d.number = d.label
      continue
    }
    takeSymbolRefs(d)
    if (META.some((re) => re.test(d.text.text))) {
      d.kind = 'meta'
      continue
    }
    if (CHAPEAU.some((re) => re.test(d.text.text))) {
      d.kind = 'chapeau'
      continue
    }
    const numbering = detectNumber(d.text.text, previousLetter)
    if (numbering && !(d.hint === 'heading' && numbering.level === 'para')) {
      d.numbering = numbering.level
      d.number = numbering.label
      if (numbering.level === 'letter') previousLetter = numbering.label
      else if (numbering.level === 'para') previousLetter = null
      stripPrefix(d, numbering.length, 'number')
    }
    // A numbered line that reads as a title is a numbered heading (`1. 技术评估`).
    const titleLike = looksLikeHeading(d, lang)
    if (d.hint === 'heading' || (!numbering && PART_OPENERS.some((o) => o.re.test(d.text.text))) || (titleLike && numbering?.level !== 'letter' && numbering?.level !== 'roman')) {
      d.kind = 'heading'
      continue
    }
    d.kind = 'paragraph'
    const emphasized = d.emphasis[0] && d.emphasis[0][0] === 0 ? d.text.text.slice(0, d.emphasis[0][1]).trim() : undefined
    const lead = detectLead(d.text.text, lang, emphasized)
    if (lead) {
      d.lead = lead.text
      d.leadClass = lead.cls
    }
  }
}

/** Take symbol footnote marks out of the text as references. */
function takeSymbolRefs(d: Draft): void {
  if (!/[*†‡]/.test(d.text.text)) return
  const hits = [...d.text.text.matchAll(SYMBOL_REF)].reverse()
  for (const m of hits) {
    const at = m.index
    const place = d.text.map[at] ?? -1
    cutRange(d, at, at + (m[1] as string).length, 'footnote-ref')
    d.refs.push({ label: m[1] as string, at, start: place, end: place + (m[1] as string).length })
  }
  d.refs.sort((a, b) => a.at - b.at)
}

/** Short, without closing punctuation and no lead verb: a heading or a title line. */
function looksLikeHeading(d: Draft, lang: Lang): boolean {
  const text = d.text.text
  if (SECTION_HEADING.test(text) && text.length <= (lang === 'zh' ? 80 : 200)) return true
  if (lang === 'zh') return text.length <= 60 && !CLAUSE_END.test(text) && detectLead(text, 'zh') === null
  return text.length <= 160 && !CLAUSE_END.test(text) && !/^[a-z]/.test(text) && detectLead(text, 'en') === null
}
