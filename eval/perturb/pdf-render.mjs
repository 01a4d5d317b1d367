// Renders a markdown-ish UN document the way text extracted from its PDF
// looks (compare corpus/002 and corpus/004):
// - markup gone; footnote references become plain digits after the word
//   (Chinese: "成果文件，1 …", English: "Agreement1 and");
// - hard-wrapped lines (Chinese ~38 full-width characters, English ~80
//   columns, with some "develop-" / "ment" hyphenation), each physical line
//   followed by a blank line; paragraphs indented by one space, headings by two;
// - pages: a masthead on page 1, a running header (document symbol) on the
//   others, footnotes at the bottom of the page that references them after a
//   "__________________" separator, a footer (page number "2/13", job number),
//   and on some pages a list of the URLs of the documents linked on the page;
// - paragraphs run on across page breaks.
// Everything random comes from the seed. Page breaks never fall inside one of
// `options.protect` (normalised gold keys), so the gold stays checkable as
// plain substrings; line breaks may (norm ignores whitespace and hyphens).
import { norm } from '../norm.mjs'
import { prng } from './prng.mjs'
import { stripMarkup } from './markup.mjs'
import { wrap, columns } from './wrap.mjs'
import { toBlocks, REF } from './pdf-blocks.mjs'

/**
 * @typedef {{ symbol?: string, title?: string, job?: string, date?: string,
 *   protect?: readonly string[], lines?: number, width?: number }} PdfOptions
 *   symbol: running header and masthead symbol; title: English running title
 *   (odd pages); job: job number; lines: text lines per page (before jitter);
 *   protect: normalised strings a page break must not cut.
 * @typedef {{ text: string, block: number, refs: string[], links: string[] }} Line
 */

const DEFAULTS = Object.freeze({ symbol: 'A/00/000', title: '', job: '00-00000', date: '', protect: [] })

/**
 * @param {string} text   markdown-ish document (a corpus seed)
 * @param {'zh'|'en'} lang
 * @param {number} seed
 * @param {PdfOptions} [options]
 * @returns {string}
 */
export function pdfRender(text, lang, seed, options = {}) {
  const o = { ...DEFAULTS, lines: lang === 'zh' ? 40 : 44, width: lang === 'zh' ? 76 : 80, ...options }
  const rng = prng(seed)
  const { blocks, footnotes } = toBlocks(stripMarkup(markLinks(text)), lang)
  const label = (/** @type {string} */ id) => footnotes.get(id)?.label ?? '?'
  const marker = (/** @type {string} */ id) => (lang === 'zh' ? `${label(id)} ` : label(id))
  const isRef = new RegExp(`^${REF.source}$`)
  const measure = (/** @type {string} */ a) => {
    const m = isRef.exec(a)
    return m ? marker(/** @type {string} */ (m[1])).length : columns(a, lang)
  }

  /** @type {Line[]} */
  const lines = []
  blocks.forEach((b, i) => {
    const indent = b.kind === 'heading' ? '  ' : /^\d+\.\s/.test(b.text) ? '' : ' '
    for (const raw of wrap(b.text, lang, { width: o.width, seed: seed * 1000 + i, indent, sentinel: REF, measure })) {
      const refs = [...raw.matchAll(new RegExp(REF.source, 'g'))].map((m) => /** @type {string} */ (m[1]))
      const visible = raw.replace(new RegExp(REF.source, 'g'), (_, id) => marker(id)).replace(/ +$/, '')
      const links = b.links.filter((l) => visible.includes(l))
      lines.push({ text: visible, block: i, refs, links })
    }
  })

  const fnLines = (/** @type {string} */ id) => {
    const f = footnotes.get(id)
    return wrap(`${label(id)} ${f?.text ?? ''}`, lang, { width: o.width, seed, indent: ' ' })
  }
  const pages = paginate(lines, o, rng, fnLines)
  return pages.map((page, p) => renderPage(page, p, pages.length, lines, o, lang, rng, fnLines)).join('')
}

/** Marks link texts so the URL list can name them: `[x](#)` → `\uE000x\uE001`. */
const markLinks = (/** @type {string} */ text) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '\uE000$1\uE001')

/**
 * Greedy pagination: a page takes lines while they and the footnotes they
 * reference fit; a break inside a protected key moves back a line.
 * @param {Line[]} lines @param {Required<PdfOptions>} o @param {import('./prng.mjs').Rng} rng
 * @param {(id: string) => string[]} fnLines
 * @returns {number[][]} line indices of each page
 */
function paginate(lines, o, rng, fnLines) {
  const protect = o.protect.filter(Boolean)
  const blockNorm = new Map()
  const cutsKey = (/** @type {number} */ i) => {
    if (i <= 0 || i >= lines.length || lines[i - 1].block !== lines[i].block) return false
    const b = lines[i].block
    if (!blockNorm.has(b)) blockNorm.set(b, norm(lines.filter((l) => l.block === b).map((l) => l.text).join(' ')))
    const whole = blockNorm.get(b)
    const before = norm(lines.slice(0, i).filter((l) => l.block === b).map((l) => l.text).join(' ')).length
    return protect.some((k) => {
      for (let at = whole.indexOf(k); at !== -1; at = whole.indexOf(k, at + 1)) if (at < before && before < at + k.length) return true
      return false
    })
  }
  /** @type {number[][]} */
  const pages = []
  let i = 0
  while (i < lines.length) {
    const cap = o.lines + rng.int(-3, 3) - (pages.length === 0 ? 6 : 2)
    let used = 0, j = i
    const seen = new Set()
    for (; j < lines.length; j++) {
      const fresh = lines[j].refs.filter((r) => !seen.has(r))
      const cost = 1 + fresh.reduce((n, r) => n + fnLines(r).length, 0) + (fresh.length && seen.size === 0 ? 1 : 0)
      if (used + cost > cap && j > i) break
      used += cost
      fresh.forEach((r) => seen.add(r))
    }
    while (j < lines.length && j > i + 1 && cutsKey(j)) j--
    pages.push(Array.from({ length: j - i }, (_, k) => i + k))
    i = j
  }
  return pages
}

/**
 * @param {number[]} page @param {number} p @param {number} total @param {Line[]} lines
 * @param {Required<PdfOptions>} o @param {'zh'|'en'} lang @param {import('./prng.mjs').Rng} rng
 * @param {(id: string) => string[]} fnLines
 */
function renderPage(page, p, total, lines, o, lang, rng, fnLines) {
  const out = []
  const text = (/** @type {string} */ s) => out.push(`${s}${rng.chance(0.8) ? ' ' : ''}\n\n`)
  if (p === 0) {
    text(lang === 'zh' ? `联合国 ${o.symbol}` : `United Nations ${o.symbol}`)
    text(lang === 'zh' ? '大  会 Distr.: General' : 'General Assembly Distr.: General')
    if (o.date) text(o.date)
    if (lang === 'zh') { text('Chinese'); text('Original: English') }
  } else {
    text(p % 2 === 0 && o.title ? `${o.title} ${o.symbol}` : o.symbol)
  }
  for (const i of page) text(lines[i].text)
  const refs = [...new Set(page.flatMap((i) => lines[i].refs))]
  if (refs.length) {
    text('__________________')
    for (const r of refs) fnLines(r).forEach(text)
  }
  text(p === 0 ? `${o.job} (${lang === 'zh' ? 'C' : 'E'})` : `${p + 1}/${total}`)
  if (p % 2 === 0 && p > 0) text(o.job)
  const links = [...new Set(page.flatMap((i) => lines[i].links))]
  if (links.length && rng.chance(0.7)) for (const l of links) out.push(`https://docs.un.org/${lang}/${symbolOf(l)}\n`)
  return out.join('')
}

/** The document symbol a link text names: `70/1` → `A/RES/70/1`, `2023/4` → `E/RES/2023/4`. */
function symbolOf(/** @type {string} */ link) {
  const m = /^(\d+)\/(\d+)$/.exec(link)
  if (!m) return link
  return Number(m[1]) >= 1946 ? `E/RES/${link}` : `A/RES/${link}`
}
