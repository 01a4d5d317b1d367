// Random damage to a document, as data: an edit is a plain object so that
// fast-check can generate and shrink it and the fuzz benchmark can draw it
// from a seeded generator. Positions are fractions in [0, 1) of the line
// count or of the text length, so an edit fits any document.

/**
 * @typedef {{ readonly kind: 'delete-lines', readonly at: number, readonly count: number }
 *   | { readonly kind: 'duplicate-lines', readonly at: number, readonly count: number }
 *   | { readonly kind: 'swap-lines', readonly at: number, readonly to: number }
 *   | { readonly kind: 'insert', readonly at: number, readonly text: string }
 *   | { readonly kind: 'truncate', readonly at: number }
 *   | { readonly kind: 'line-ends', readonly style: 'lf' | 'crlf' | 'cr' | 'mixed' }} Edit
 * @typedef {import('../../../eval/perturb/prng.mjs').Rng} Rng
 */

/** Pieces of text that meet the patterns of the pipeline: markup, numbering, furniture, invisible and hostile characters. */
export const JUNK = Object.freeze([
  '<sup>', '</sup>', '<sup>3</sup>', '**', '*', '***', '_', '__', '[', ']', '](#)', '[A/78/1](#)', '#', '## ', '> ', '- ', '\\', '`', '```\n',
  '12. ', '１２．', '(a) ', '(ii) ', '（三）', '一、', '㈠', '¹²', '⁴', '* ', '† ', '\n\n', '\n', '\r', '\r\n', '\u2028', '\t', '    ',
  '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200f', '\u0301', '\ud800', '\udc00', '😀', '𠀀', '\u0007', '\u0000',
  '____________', '————', '-- 3 --', '第 3 页', '2/13', 'A/RES/78/160', '23-25749 (C)', 'https://undocs.org/A/78/1', 'www.un.org',
  '大会，', 'The General Assembly,', '决议草案一', 'Draft resolution II', '附件', 'Annex', '又重申', 'Also reaffirms', '请秘书长', 'Requests the Secretary-General',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '&#x3C;', '<!-- x -->', '<div>', '|a|b|\n|-|-|\n', '[^1]', '[^1]: note',
])

/** @param {string} text @returns {string[]} lines with their line ends */
const linesOf = (text) => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? []

const clampIndex = (/** @type {number} */ at, /** @type {number} */ n) => Math.min(n - 1, Math.max(0, Math.floor(at * n)))

/** Apply one edit. @param {string} text @param {Edit} edit @returns {string} */
export function applyEdit(text, edit) {
  const lines = linesOf(text)
  const n = lines.length
  switch (edit.kind) {
    case 'delete-lines': {
      if (n === 0) return text
      const i = clampIndex(edit.at, n)
      return [...lines.slice(0, i), ...lines.slice(i + edit.count)].join('')
    }
    case 'duplicate-lines': {
      if (n === 0) return text
      const i = clampIndex(edit.at, n)
      const piece = lines.slice(i, i + edit.count)
      const last = piece[piece.length - 1] ?? ''
      if (!/[\r\n]$/.test(last)) piece[piece.length - 1] = `${last}\n`
      return [...lines.slice(0, i), ...piece, ...lines.slice(i)].join('')
    }
    case 'swap-lines': {
      if (n < 2) return text
      const i = clampIndex(edit.at, n)
      const j = clampIndex(edit.to, n)
      const out = [...lines]
      const [a, b] = [out[i] ?? '', out[j] ?? '']
      // Keep each position's line end so a last line without one stays last.
      const end = (/** @type {string} */ s) => /\r\n$|[\r\n]$/.exec(s)?.[0] ?? ''
      out[i] = b.slice(0, b.length - end(b).length) + end(a)
      out[j] = a.slice(0, a.length - end(a).length) + end(b)
      return out.join('')
    }
    case 'insert': {
      const k = Math.floor(edit.at * (text.length + 1))
      return text.slice(0, k) + edit.text + text.slice(k)
    }
    case 'truncate':
      return text.slice(0, Math.floor(edit.at * text.length))
    case 'line-ends': {
      if (edit.style === 'mixed') {
        let k = 0
        return text.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][k++ % 3] ?? '\n')
      }
      return text.replace(/\r\n|\r|\n/g, { lf: '\n', crlf: '\r\n', cr: '\r' }[edit.style])
    }
  }
}

/** Apply edits in order. @param {string} text @param {readonly Edit[]} edits */
export function applyEdits(text, edits) {
  return edits.reduce(applyEdit, text)
}

/**
 * A run of whole lines of a document: `lines` lines from the fraction `at`.
 * @param {string} text @param {number} at @param {number} lines
 */
export function excerpt(text, at, lines) {
  const all = linesOf(text)
  const i = Math.floor(at * Math.max(0, all.length - lines))
  return all.slice(i, i + lines).join('')
}

/** A random edit, drawn from a seeded generator. @param {Rng} rng @returns {Edit} */
export function randomEdit(rng) {
  switch (rng.int(0, 9)) {
    case 0:
    case 1:
      return { kind: 'delete-lines', at: rng.next(), count: rng.int(1, 30) }
    case 2:
      return { kind: 'duplicate-lines', at: rng.next(), count: rng.int(1, 10) }
    case 3:
    case 4:
      return { kind: 'swap-lines', at: rng.next(), to: rng.next() }
    case 5:
      return { kind: 'truncate', at: 0.3 + 0.7 * rng.next() }
    case 6:
      return { kind: 'line-ends', style: rng.pick(/** @type {const} */ (['lf', 'crlf', 'cr', 'mixed'])) }
    default:
      return { kind: 'insert', at: rng.next(), text: Array.from({ length: rng.int(1, 4) }, () => rng.pick(JUNK)).join('') }
  }
}

/** Pools of characters random text is drawn from: each meets some rule of the pipeline. */
const POOLS = Object.freeze([
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789',
  ' \t\n\n\r\u00a0\u3000',
  '.,;:!?()[]{}<>*_#-/\\|"\'`~^&%$@+=',
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府',
  '，。；：、“”‘’（）《》【】—…·！？',
  '¹²³⁴⁵⁶⁷⁸⁹⁰①②㈠（一）一二三四五六七八九十',
  '\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202e\u0301\u0007\u001b\ufffd',
  'àéîõüçñßøæœЖжЯяαβγ日本語한국어עבריתالعربية',
])

/** Random text of `length` characters drawn from a few pools, in runs. @param {Rng} rng @param {number} length */
export function randomText(rng, length) {
  let out = ''
  while (out.length < length) {
    const pool = rng.pick(POOLS)
    const run = rng.int(1, 40)
    for (let i = 0; i < run; i++) out += pool[rng.int(0, pool.length - 1)]
  }
  return out.slice(0, length)
}

/** Random bytes. @param {Rng} rng @param {number} length */
export function randomBytes(rng, length) {
  return Uint8Array.from({ length }, () => rng.int(0, 255))
}
