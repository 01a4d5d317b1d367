/**
 * Write terms as TBX-Basic (ISO 30042:2019, DCA style): one
 * `conceptEntry` per pair or glossary entry, a `langSec` for zh and en, a
 * `termSec` per form. Extraction figures (score, association, links,
 * frequencies, evidence links) go into a concept-level `note`, and the
 * first example link's text around the term into each term's
 * `descrip type="context"` (TBX-Basic's context sentence),
 * a glossary entry's domain into `descrip type="subjectField"`. Built with
 * xmlbuilder2 (escaping is its job); characters XML 1.0 forbids are
 * dropped. A valid TBX-Basic file needs at least one concept; with none,
 * the body is empty (well-formed, not valid).
 */
import { requireModule } from './load-module.js'
import { isString } from '../export/option-checks.js'
import { checkOptions } from '../export/resolve-options.js'
import type { GlossaryEntry, TermCandidate } from './glossary-types.js'

/** TBX 2019 namespace. */
export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2'

/** Options of `writeTbx`. */
export interface WriteTbxOptions {
  /** Title in the TBX header (default “resalign glossary”). */
  readonly title?: string
  /** Source description in the header (default: names the tool). */
  readonly source?: string
}

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** A TBX-Basic document of `terms` (extracted candidates or glossary entries). */
export function writeTbx(terms: readonly (TermCandidate | GlossaryEntry)[], options?: Readonly<WriteTbxOptions>): string {
  checkOptions('writeTbx', options, { title: isString, source: isString })
  const root = (requireModule('xmlbuilder2') as typeof import('xmlbuilder2')).create({ version: '1.0', encoding: 'UTF-8' }).ele(TBX_NAMESPACE, 'tbx', {
    type: 'TBX-Basic',
    style: 'dca',
    'xml:lang': 'en',
  })
  const fileDesc = root.ele('tbxHeader').ele('fileDesc')
  fileDesc.ele('titleStmt').ele('title').txt(clean(options?.title ?? 'resalign glossary'))
  fileDesc.ele('sourceDesc').ele('p').txt(clean(options?.source ?? 'zh–en terms from United Nations documents, by resalign'))
  const body = root.ele('text').ele('body')
  terms.forEach((term, i) => {
    const concept = body.ele('conceptEntry', { id: `c${i + 1}` })
    const { zh, en, note, domain, context } = forms(term)
    if (domain) concept.ele('descrip', { type: 'subjectField' }).txt(clean(domain))
    if (note) concept.ele('note').txt(clean(note))
    for (const [lang, list] of [['zh', zh], ['en', en]] as const) {
      const langSec = concept.ele('langSec', { 'xml:lang': lang })
      for (const form of list) {
        const termSec = langSec.ele('termSec')
        termSec.ele('term').txt(clean(form))
        if (context?.[lang]) termSec.ele('descrip', { type: 'context' }).txt(clean(context[lang]))
      }
    }
  })
  return root.end({ prettyPrint: true }) + '\n'
}

interface Forms {
  zh: string[]
  en: string[]
  note?: string
  domain?: string
  context?: { zh: string; en: string }
}

function forms(term: TermCandidate | GlossaryEntry): Forms {
  if (typeof term.zh === 'string') {
    const t = term as TermCandidate
    const examples = t.examples.map((x) => x.link).join(' ')
    const note = `score ${t.score}; association ${t.association}; links ${t.count}; frequency zh ${t.frequency.zh}, en ${t.frequency.en}${t.known ? '; in glossary' : ''}; evidence ${t.evidence.join(' ')}; examples ${examples}`
    const first = t.examples[0]
    return { zh: [t.zh], en: [t.en as string], note, ...(first ? { context: { zh: first.zh, en: first.en } } : {}) }
  }
  const e = term as GlossaryEntry
  return { zh: [...e.zh], en: [...e.en], ...(e.note ? { note: e.note } : {}), ...(e.domain ? { domain: e.domain } : {}) }
}

function clean(text: string): string {
  return text.replace(FORBIDDEN, '')
}
