// Cuts a markdown-ish or plain seed file into raw pieces and groups the
// pieces of a resolution body into units (preambular, operative, footnote),
// joining a paragraph that a footnote block or page break interrupted.
//
// Only for the gold-making scripts: it reads the seed files of corpus/ as a
// person would, and the scripts assert the counts it finds.

/**
 * @typedef {{ raw: string, line: number }} Piece  a raw paragraph and its 1-based line
 * @typedef {{ kind: 'preambular'|'operative'|'footnote', number: string|null,
 *   pieces: Piece[] }} BodyUnit
 */

const FOOTNOTE = /^(<sup>[^<]+<\/sup>|[\u00B9\u00B2\u00B3\u2070-\u2079]+)/
const OPERATIVE = /^(\d+)\.\s/

/**
 * Blank-line separated paragraphs; a line starting with "n. " also starts a
 * new piece (003 prints operative paragraphs 1–9 on consecutive lines).
 * @param {string} text @returns {Piece[]}
 */
export function pieces(text) {
  /** @type {Piece[]} */
  const out = []
  /** @type {Piece|null} */
  let cur = null
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') { cur = null; return }
    if (cur && !OPERATIVE.test(line.trim())) { cur.raw += '\n' + line; return }
    cur = { raw: line, line: i + 1 }
    out.push(cur)
  })
  return out
}

/**
 * Group the pieces of a resolution body into units. A piece continues the
 * previous preambular/operative unit when it does not itself start a unit:
 * Chinese units start with a bold lead or a number, or follow a paragraph
 * that ended with punctuation (a paragraph cut by a page break ends without);
 * English preambular paragraphs start with a capital letter, so a
 * continuation starts in lower case.
 * @param {Piece[]} list pieces after the chapeau, up to the end of the body
 * @param {'zh'|'en'} lang
 * @returns {BodyUnit[]}
 */
export function bodyUnits(list, lang) {
  /** @type {BodyUnit[]} */
  const units = []
  /** @type {BodyUnit|null} */
  let open = null
  for (const p of list) {
    const t = p.raw.trim()
    const fn = FOOTNOTE.exec(t)
    if (fn) {
      units.push({ kind: 'footnote', number: fn[1].replace(/<\/?sup>/g, '').normalize('NFKC'), pieces: [p] })
      continue
    }
    const op = OPERATIVE.exec(t)
    const prev = open?.pieces.at(-1)?.raw.trim().replace(/(<sup>[^<]*<\/sup>|[\u00B9\u00B2\u00B3\u2070-\u2079])+$/, '')
    const startsPre = lang === 'zh' ? t.startsWith('**') || !prev || /[，。；：]$/.test(prev) : /^[A-Z]/.test(t)
    if (op || (startsPre && !units.some((u) => u.kind === 'operative'))) {
      open = { kind: op ? 'operative' : 'preambular', number: op ? op[1] : null, pieces: [p] }
      units.push(open)
      continue
    }
    if (!open) throw new Error(`orphan continuation at line ${p.line}: ${t.slice(0, 40)}`)
    open.pieces.push(p)
  }
  return units
}
