// Cuts a markup-free document into the blocks a PDF page is made of:
// headings, paragraphs and footnotes, with each footnote reference matched
// to its footnote.
//
// Input: the output of stripMarkup() in which link texts are wrapped in
// \uE000…\uE001 (so that the pages can list the linked documents).
// Footnote references are superscript digits, or a literal "*" after a word
// (an escaped star in the seed). References are matched to footnotes label by
// label in document order, so a report footnote 1 and a resolution footnote 1
// in the same file stay apart. A footnote nobody references stays in the flow.

/** Sentinel for a footnote reference inside block text: \uE002id\uE003. */
export const REF = /\uE002([^\uE003]+)\uE003/

const FN_BLOCK = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*)\s+/
const FN_REF = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\S)\*(?=\s|$)/g
const LINK = /\uE000([^\uE001]*)\uE001/g

/**
 * @typedef {{ kind: 'heading'|'paragraph', text: string, links: string[] }} Block
 * @typedef {{ id: string, label: string, text: string }} Footnote
 */

/** @param {string} s @returns {string} */
const digits = (s) => s.normalize('NFKC')

/**
 * Join paragraphs that the seed's own page layout cut (a footnote block or a
 * page break inside a paragraph): here the footnotes move to the foot of the
 * page, so the paragraph flows on. A piece continues the previous non-footnote
 * paragraph when it starts in lower case (English) or when that paragraph is
 * long and ends without punctuation (Chinese). Edits `paras` in place.
 * @param {string[]} paras @param {'zh'|'en'} lang @param {(a: string, b: string) => string} join
 */
function rejoin(paras, lang, join) {
  for (let i = 1; i < paras.length; i++) {
    let prev = i - 1
    while (prev >= 0 && FN_BLOCK.test(paras[prev])) prev--
    if (prev < 0 || FN_BLOCK.test(paras[i])) continue
    const a = paras[prev], b = paras[i]
    const goesOn = lang === 'en' ? /^[a-z]/.test(b) : a.length >= 60 && !/[，。；：:,;.！？]$/.test(a.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, ''))
    if (!goesOn) continue
    paras[prev] = join(a, b)
    paras.splice(i, 1)
    i--
  }
}

/**
 * @param {string} text
 * @param {'zh'|'en'} lang
 * @returns {{ blocks: Block[], footnotes: Map<string, Footnote> }}
 */
export function toBlocks(text, lang) {
  const join = (/** @type {string} */ a, /** @type {string} */ b) =>
    lang === 'en' || (/[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b)) ? `${a} ${b}` : `${a}${b}`
  /** @type {string[]} */
  const paras = []
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let cur = ''
    for (const line of chunk.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (cur && /^\d+\.\s/.test(line)) { paras.push(cur); cur = line } else cur = cur ? join(cur, line) : line
    }
    if (cur) paras.push(cur)
  }

  rejoin(paras, lang, join)

  /** @type {Map<string, Footnote>} */
  const footnotes = new Map()
  /** @type {Map<string, string[]>} label -> ids not yet referenced */
  const open = new Map()
  paras.forEach((p, i) => {
    const m = FN_BLOCK.exec(p)
    if (!m) return
    const id = `f${i}`, label = digits(m[1])
    footnotes.set(id, { id, label, text: p.slice(m[0].length).replace(LINK, '$1') })
    open.set(label, [...(open.get(label) ?? []), id])
  })
  /** @type {Set<string>} */
  const used = new Set()
  /** @type {Map<number, string>} paragraph index -> text with reference sentinels */
  const texts = new Map()
  paras.forEach((p, i) => {
    if (footnotes.has(`f${i}`)) return
    texts.set(i, p.replace(FN_REF, (r) => {
      const label = digits(r)
      const id = (open.get(label) ?? []).find((x) => !used.has(x))
      if (!id) return r
      used.add(id)
      return `\uE002${id}\uE003`
    }))
  })
  /** @type {Block[]} */
  const blocks = []
  paras.forEach((p, i) => {
    const f = footnotes.get(`f${i}`)
    // A footnote nobody references stays in the flow, where it was.
    const t = f ? (used.has(f.id) ? null : `${f.label} ${f.text}`) : /** @type {string} */ (texts.get(i))
    if (t == null) return
    const links = [...t.matchAll(LINK)].map((m) => m[1])
    const text = t.replace(LINK, '$1')
    const bare = text.replace(new RegExp(REF.source, 'g'), '')
    const heading = !f && bare.length < 60 && !/[，。；：,;:.]$/.test(bare) && !/^\d+\.\s/.test(bare)
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text, links })
  })
  for (const id of [...footnotes.keys()]) if (!used.has(id)) footnotes.delete(id)
  return { blocks, footnotes }
}
