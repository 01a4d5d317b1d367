// Turns a corpus document into pandoc Markdown with real footnotes, the one
// source every producer of scripts/renderings/ starts from.
//
// - Footnote references (`<sup>1</sup>`, `¹²`, a `\*` after a heading) and
//   the footnote lines that define them (a line opening with the same label)
//   become pandoc notes `[^n]`; each reference takes the next definition with
//   its label, so numbering that restarts in a later part stays right.
// - Paragraph numbers are typed text in UN documents ("1.<tab>"), not list
//   numbering: `1. ` at a line start is escaped so that no producer renumbers.
// - `splitRuns`: a paragraph made only of emphasis runs written back to back
//   (`**title****Resolution adopted …**`) is cut into one paragraph per run,
//   as the Official Document System prints them (title, adoption line,
//   "[on the report …]", number and title, chapeau: one line each).
// - Text extracted from a PDF (002, 004): wrapped lines are joined into
//   paragraphs where a line does not end a clause.

const SUP_CHARS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const SUP_RUN = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g
const DEFINITION = /^(?:<sup>([^<]+)<\/sup>|\\(\*)|([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+))[ \t]+(\S.*)$/
const supLabel = (/** @type {string} */ s) => [...s].map((c) => SUP_CHARS.indexOf(c)).join('')

/**
 * @param {string} text  a corpus document (Markdown or PDF-extracted text)
 * @param {{ format: 'markdown'|'pdf', splitRuns?: boolean }} options
 * @returns {{ markdown: string, labels: string[] }} pandoc Markdown, and
 *   the printed label of each note in order of reference
 */
export function pandocMarkdown(text, options) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const body = options.format === 'pdf' ? reflow(lines) : lines
  /** @type {{ label: string, text: string, used: boolean }[]} */
  const defs = []
  const kept = []
  for (const line of body) {
    const m = DEFINITION.exec(line)
    if (m) defs.push({ label: m[1] ?? m[2] ?? supLabel(/** @type {string} */ (m[3])), text: /** @type {string} */ (m[4]), used: false })
    else kept.push(line)
  }
  /** @type {string[]} */
  const labels = []
  const take = (/** @type {string} */ label) => {
    const i = defs.findIndex((d) => !d.used && d.label === label)
    const def = defs[i]
    if (!def) return null
    def.used = true
    labels.push(label)
    return `[^n${i + 1}]`
  }
  const out = kept.map((line) => {
    let l = line
      .replace(/<sup>([^<]+)<\/sup>/g, (all, label) => take(label) ?? all)
      .replace(SUP_RUN, (all) => take(supLabel(all)) ?? all)
      .replace(/^(#{1,6} .*)\\\*$/, (all, head) => (take('*') ? `${head}[^n${defs.findIndex((d) => d.label === '*') + 1}]` : all))
      .replace(/\]\(#\)/g, ']()')
      .replace(/\[([^\]]*)\]\(\)/g, '$1')
      .replace(/^(\s*)(\d{1,3})\.(?=\s)/, '$1$2\\.')
    return l
  })
  // A numbered paragraph is a paragraph of its own (in the Markdown it opens a list item).
  const paragraphs = out.join('\n').replace(/\n(?=[ \t]*\d{1,3}\\\. )/g, '\n\n').split(/\n[ \t]*\n/).map((p) => (options.splitRuns ? splitEmphasisRuns(p) : p))
  const notes = defs.map((d, i) => `[^n${i + 1}]: ${d.text}`)
  return { markdown: `${paragraphs.join('\n\n').replace(/\n{3,}/g, '\n\n').trim()}\n\n${notes.join('\n\n')}\n`, labels }
}

/**
 * Cut a paragraph written as back-to-back emphasis runs into one paragraph
 * per run. Only paragraphs that open with emphasis and contain a run
 * boundary (`***` or `****` between two non-space characters) are touched.
 * @param {string} paragraph
 */
export function splitEmphasisRuns(paragraph) {
  const line = paragraph
  if (!/^\*/.test(line) || !/\S\*{3,4}\S/.test(line)) return line
  let open = 0
  let out = ''
  for (let i = 0; i < line.length;) {
    const stars = /^\*+/.exec(line.slice(i))?.[0].length ?? 0
    if (stars === 0) { out += line[i]; i++; continue }
    if (open > 0 && stars > open) {
      // Closes the current run and opens the next one.
      out += `${'*'.repeat(open)}\n\n${'*'.repeat(stars - open)}`
      open = stars - open
    } else if (open > 0) {
      out += '*'.repeat(stars)
      open = 0
    } else {
      out += '*'.repeat(stars)
      open = stars
    }
    i += stars
  }
  return out
}

/** Join PDF-extracted wrapped lines into paragraphs (one paragraph per blank-line block). */
function reflow(/** @type {string[]} */ lines) {
  const out = []
  let cur = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    const startsNew = !cur || /[。；：！？.;:]$/.test(cur) || /^(?:\d{1,3}\.|[(（][a-z一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\.|第.{1,3}章|[A-H]\.)/.test(line)
    if (startsNew) {
      if (cur) out.push(cur, '')
      cur = line.replace(/^([*#>+-])/, '\\$1')
    } else cur += line
  }
  if (cur) out.push(cur)
  return out
}
