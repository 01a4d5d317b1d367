// Lays a document out as the Official Document System prints it, from
// pandoc's JSON AST: as flat ODT (for LibreOffice, with real page-foot
// footnotes, a first-page masthead and job-number footer, running headers
// and footers on alternating sides) and as HTML (for Chromium's print, whose
// running header and footer come from page.pdf templates; footnotes gather
// under a rule at the end, as in Word's HTML export).
//
// Paragraph styles follow UN resolutions: a typed number with a hanging
// indent for numbered paragraphs ("1.<tab>…"), a first-line indent for the
// others, headings bold, footnotes in 8 pt with their printed label.

/** @typedef {import('./documents.mjs').CorpusDocument} CorpusDocument */
/** @typedef {{ t: string, c?: any }} Node */

/** XML and HTML text escape. */
export const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const NUMBERED = /^(\d{1,3}\.|\([a-z]{1,2}\)|[一二三四五六七八九十]+\.)\s+/

/**
 * Blocks of the AST as paragraphs of inline runs. A note's content becomes a
 * footnote whose label is its number in order of reference.
 * @param {{ blocks: Node[] }} ast
 */
function paragraphs(ast) {
  /** @type {{ kind: 'heading'|'para', inlines: Node[] }[]} */
  const out = []
  const visit = (/** @type {Node[]} */ blocks) => {
    for (const b of blocks) {
      if (b.t === 'Header') out.push({ kind: 'heading', inlines: b.c[2] })
      else if (b.t === 'Para' || b.t === 'Plain') out.push({ kind: 'para', inlines: b.c })
      else if (b.t === 'BlockQuote' || b.t === 'Div') visit(b.t === 'Div' ? b.c[1] : b.c)
      else if (b.t === 'OrderedList' || b.t === 'BulletList') for (const item of b.t === 'OrderedList' ? b.c[1] : b.c) visit(item)
    }
  }
  visit(ast.blocks)
  return out
}

/** Plain text of inlines (notes left out). */
function plain(/** @type {Node[]} */ inlines) {
  let s = ''
  for (const n of inlines) {
    if (n.t === 'Str') s += n.c
    else if (n.t === 'Space' || n.t === 'SoftBreak' || n.t === 'LineBreak') s += ' '
    else if (n.t === 'Quoted') s += n.c[0].t === 'DoubleQuote' ? `“${plain(n.c[1])}”` : `‘${plain(n.c[1])}’`
    else if (n.t === 'Link' || n.t === 'Span') s += plain(n.c[1])
    else if (['Strong', 'Emph', 'Superscript', 'Subscript', 'Underline', 'SmallCaps', 'Strikeout'].includes(n.t)) s += plain(n.c)
    else if (n.t === 'Code') s += n.c[1]
  }
  return s
}

/**
 * Inline runs in a target markup.
 * @param {Node[]} inlines
 * @param {{ text: (s: string) => string, strong: (s: string) => string, emph: (s: string) => string, note: (body: string) => string }} m
 * @param {(inlines: Node[]) => string} noteBody
 */
function inline(inlines, m, noteBody) {
  let s = ''
  // Chinese text in the AST has no spaces between characters; a SoftBreak inside it is no space either.
  const joinsCjk = (/** @type {number} */ i) => /[\u3000-\u9fff\uff00-\uffef]$/.test(plain(inlines.slice(0, i))) && /^[\u3000-\u9fff\uff00-\uffef]/.test(plain(inlines.slice(i + 1, i + 2)))
  inlines.forEach((n, i) => {
    if (n.t === 'Str') s += m.text(n.c)
    else if (n.t === 'Space' || n.t === 'LineBreak') s += ' '
    else if (n.t === 'SoftBreak') s += joinsCjk(i) ? '' : ' '
    else if (n.t === 'Strong') s += m.strong(inline(n.c, m, noteBody))
    else if (n.t === 'Emph') s += m.emph(inline(n.c, m, noteBody))
    else if (n.t === 'Note') s += m.note(noteBody(n.c.flatMap((/** @type {Node} */ b) => (b.t === 'Para' || b.t === 'Plain' ? b.c : []))))
    else s += m.text(plain([n]))
  })
  return s
}

const fodtMarks = { text: esc, strong: (/** @type {string} */ s) => `<text:span text:style-name="B">${s}</text:span>`, emph: (/** @type {string} */ s) => `<text:span text:style-name="I">${s}</text:span>` }
const htmlMarks = { text: esc, strong: (/** @type {string} */ s) => `<b>${s}</b>`, emph: (/** @type {string} */ s) => `<i>${s}</i>` }

/**
 * Flat ODT in the ODS layout.
 * @param {{ blocks: Node[] }} ast @param {CorpusDocument} doc
 * @param {readonly string[]} labels  printed note labels in order of reference
 * @param {string} styles  the flat ODT shell with office:styles and master pages (ods-styles.mjs)
 */
export function odsFodt(ast, doc, labels, styles) {
  let n = 0
  const notes = { ...fodtMarks, note: (/** @type {string} */ body) => { n++; const l = esc(labels[n - 1] ?? String(n)); return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation text:label="${l}">${l}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${body}</text:p></text:note-body></text:note>` } }
  const noteBody = (/** @type {Node[]} */ inl) => inline(inl, { ...fodtMarks, note: () => '' }, () => '')
  const cell = (/** @type {string} */ text, /** @type {string} */ style) => `<table:table-cell office:value-type="string">${text.split('\n').map((l) => `<text:p text:style-name="${style}">${esc(l)}</text:p>`).join('')}</table:table-cell>`
  const mast = masthead(doc)
  const body = [
    `<table:table table:name="Masthead" table:style-name="Masthead"><table:table-column table:style-name="MastheadColumn" table:number-columns-repeated="2"/>`,
    `<table:table-row>${cell(mast.org, 'MastOrg')}${cell(mast.symbol, 'MastSymbol')}</table:table-row>`,
    `<table:table-row>${cell(mast.organ, 'MastOrgan')}${cell(mast.distr, 'MastDistr')}</table:table-row></table:table>`,
  ]
  for (const p of paragraphs(ast)) {
    const text = inline(p.inlines, notes, noteBody)
    const num = NUMBERED.exec(plain(p.inlines))
    if (p.kind === 'heading') body.push(`<text:p text:style-name="Heading">${text}</text:p>`)
    else if (num) body.push(`<text:p text:style-name="Numbered">${text.replace(/^((?:<[^>]+>)*)(\S+?)\s+/, '$1$2<text:tab/>')}</text:p>`)
    else body.push(`<text:p text:style-name="Body">${text}</text:p>`)
  }
  return styles.replace('<!--BODY-->', body.join('\n'))
}

/**
 * HTML in the ODS layout, for a browser: masthead table, paragraphs, footnotes
 * under a rule at the end with their labels.
 * @param {{ blocks: Node[] }} ast @param {CorpusDocument} doc
 * @param {readonly string[]} labels  printed note labels in order of reference
 */
export function odsHtml(ast, doc, labels) {
  /** @type {string[]} */
  const foot = []
  const noteBody = (/** @type {Node[]} */ inl) => inline(inl, { ...htmlMarks, note: () => '' }, () => '')
  const marks = { ...htmlMarks, note: (/** @type {string} */ body) => { foot.push(body); const k = foot.length; return `<sup><a href="#fn${k}" id="fnref${k}">${esc(labels[k - 1] ?? String(k))}</a></sup>` } }
  const mast = masthead(doc)
  const br = (/** @type {string} */ s) => s.split('\n').map(esc).join('<br>')
  const out = [
    `<table class="masthead"><tr><td class="org">${br(mast.org)}</td><td class="symbol">${br(mast.symbol)}</td></tr>`,
    `<tr><td class="organ">${br(mast.organ)}</td><td class="distr">${br(mast.distr)}</td></tr></table>`,
  ]
  for (const p of paragraphs(ast)) {
    const text = inline(p.inlines, marks, noteBody)
    if (p.kind === 'heading') out.push(`<h2>${text}</h2>`)
    else if (NUMBERED.test(plain(p.inlines))) out.push(`<p class="numbered">${text}</p>`)
    else out.push(`<p>${text}</p>`)
  }
  if (foot.length) out.push('<hr class="footnote-rule">', ...foot.map((b, i) => `<p class="footnote" id="fn${i + 1}"><sup>${esc(labels[i] ?? String(i + 1))}</sup> ${b}</p>`))
  const title = esc(doc.symbol ?? doc.title)
  return `<!DOCTYPE html>\n<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`
}

const HTML_STYLE = `
body { font-family: "Times New Roman", "Noto Serif CJK SC", serif; font-size: 10pt; line-height: 1.25; margin: 0; }
table.masthead { width: 100%; border-bottom: 2px solid #000; margin-bottom: 18pt; border-collapse: collapse; }
td.org { font-size: 12pt; } td.symbol { font-size: 16pt; text-align: right; font-weight: bold; }
td.organ { font-size: 20pt; font-weight: bold; padding: 6pt 0; } td.distr { text-align: right; font-size: 9pt; }
h2 { font-size: 10pt; font-weight: bold; margin: 12pt 0 6pt; }
p { text-align: justify; margin: 0 0 6pt; text-indent: 0.5in; }
p.numbered { text-indent: -0.25in; margin-left: 0.75in; }
hr.footnote-rule { width: 25%; margin: 24pt 0 6pt 0; border: 0; border-top: 1px solid #000; }
p.footnote { font-size: 8pt; text-indent: 0; margin: 0 0 3pt; }
`

/** Masthead lines of a document. */
export function masthead(/** @type {CorpusDocument} */ doc) {
  return {
    org: doc.lang === 'zh' ? '联 合 国' : 'United Nations',
    organ: doc.organ,
    symbol: doc.symbol ?? '',
    distr: ['Distr.: General', doc.date, doc.original].filter(Boolean).join('\n'),
  }
}

/** Running header and footer text of a document (ODS: symbol and title, job number, page n/N). */
export function running(/** @type {CorpusDocument} */ doc) {
  return { symbol: doc.symbol ?? '', title: doc.title, job: doc.job, jobShort: doc.job.replace(/\s*\([A-Z]\)$/, '') }
}
