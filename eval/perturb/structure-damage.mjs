// Structural damage to one side of a case, the kind real renderings do:
// a heading, meta line or chapeau glued into its neighbour, a unit dropped,
// a paragraph moved a few places, numbering stripped on one side only.
// Each returns the case with the gold transformed to match; a unit that no
// longer exists on its own (glued) leaves the gold, so F1 is measured on the
// pairs that still exist.
import { stripMarkup } from './markup.mjs'
import { paragraphSpans, unitParagraphs, applyEdits } from './paragraphs.mjs'

/** @typedef {import('./paragraphs.mjs').Case} Case */
/** @typedef {'zh'|'en'} Side */

/** Every gold unit with its keys on one side. @param {any} gold @param {Side} side */
function unitsOf(gold, side) {
  return [
    ...gold.pairs.map((/** @type {any} */ p) => ({ id: p.id, kind: p.kind, keys: p[side] })),
    ...(side === 'zh' ? gold.zhOnly : gold.enOnly).map((/** @type {any} */ u) => ({ id: u.id, kind: u.kind, keys: u.keys })),
  ]
}

/** The gold without unit `id` (as a pair or as a one-sided unit). @param {any} gold @param {string} id */
function withoutUnit(gold, id) {
  const g = structuredClone(gold)
  g.pairs = g.pairs.filter((/** @type {any} */ p) => p.id !== id)
  g.zhOnly = g.zhOnly.filter((/** @type {any} */ u) => u.id !== id)
  g.enOnly = g.enOnly.filter((/** @type {any} */ u) => u.id !== id)
  return g
}

/** Paragraph index range of a unit on one side, or null. @param {string} text @param {string[]} keys */
function place(text, keys) {
  const spans = paragraphSpans(text)
  const [first, last] = unitParagraphs(text, spans, keys)
  return first == null || last == null ? null : { spans, first, last }
}

/**
 * Units of one side that are one-line headings, meta lines or the chapeau:
 * the candidates for gluing and dropping.
 * @param {Case} c @param {Side} side @returns {string[]}
 */
export function shortUnits(c, side) {
  return unitsOf(c.gold, side)
    .filter((u) => ['heading', 'meta', 'chapeau'].includes(u.kind))
    .filter((u) => { const p = place(c[side], u.keys); return p !== null && p.first === p.last && p.first + 1 < p.spans.length })
    .map((u) => u.id)
}

/**
 * Glue a unit into the paragraph after it: the line break and blank line
 * between them disappear, as in text extracted from a page where a title and
 * the next line came out as one. The unit leaves the gold on both sides
 * (its partner, if any, now has no unit to meet).
 * @param {Case} c @param {Side} side @param {string} id
 * @returns {Case}
 */
export function glueUnit(c, side, id) {
  const u = unitsOf(c.gold, side).find((x) => x.id === id)
  const p = u && place(c[side], u.keys)
  if (!p) throw new Error(`unit ${id} not found on the ${side} side`)
  const a = p.spans[p.last], b = p.spans[p.last + 1]
  const text = applyEdits(c[side], [{ start: a.end, end: b.start, by: '' }])
  return { ...c, name: `${c.name}+glue-${side}-${id}`, [side]: text, gold: withoutUnit(c.gold, id) }
}

/**
 * Drop a unit from one side; its partner becomes one-sided.
 * @param {Case} c @param {Side} side @param {string} id
 * @returns {Case}
 */
export function dropUnit(c, side, id) {
  const u = unitsOf(c.gold, side).find((x) => x.id === id)
  const p = u && place(c[side], u.keys)
  if (!p) throw new Error(`unit ${id} not found on the ${side} side`)
  const gone = [p.first, p.last].filter((i, k, all) => all.indexOf(i) === k)
  const text = applyEdits(c[side], gone.map((i) => ({ start: p.spans[i].start, end: p.spans[i + 1]?.start ?? c[side].length, by: '' })))
  const gold = withoutUnit(c.gold, id)
  const pair = c.gold.pairs.find((/** @type {any} */ x) => x.id === id)
  const other = side === 'zh' ? 'en' : 'zh'
  if (pair) gold[other === 'zh' ? 'zhOnly' : 'enOnly'].push({ id, kind: pair.kind, keys: pair[other], exactMatch: (pair.exactMatch ?? []).filter((/** @type {any} */ x) => x.side === other) })
  return { ...c, name: `${c.name}+drop-${side}-${id}`, [side]: text, gold }
}

/**
 * Move a one-paragraph unit `by` paragraphs later (or earlier when negative)
 * on one side. Gold unchanged: it still pairs with its translation.
 * @param {Case} c @param {Side} side @param {string} id @param {number} by
 * @returns {Case}
 */
export function moveUnit(c, side, id, by) {
  const u = unitsOf(c.gold, side).find((x) => x.id === id)
  const p = u && place(c[side], u.keys)
  if (!p || p.first !== p.last) throw new Error(`unit ${id} is not one paragraph on the ${side} side`)
  const { spans, first } = p
  const to = Math.max(0, Math.min(spans.length - 1, first + by))
  const pieces = spans.map((s) => c[side].slice(s.start, s.end))
  const [moved] = pieces.splice(first, 1)
  pieces.splice(to, 0, /** @type {string} */ (moved))
  return { ...c, name: `${c.name}+move-${side}-${id}${by > 0 ? '+' : ''}${by}`, [side]: pieces.join('\n\n') + '\n' }
}

/**
 * Remove markup and every paragraph and sub-item number from one side only;
 * footnotes stay. Gold unchanged.
 * @param {Case} c @param {Side} side
 * @returns {Case}
 */
export function stripNumberingOneSide(c, side) {
  const text = stripMarkup(c[side])
    .replace(/([^\n])\n([ \t]*)\d+\.[ \t]+/g, '$1\n\n$2')
    .replace(/^([ \t]*)(?:\d+\.|\([a-z]{1,3}\))[ \t]+/gm, '$1')
  return { ...c, name: `${c.name}+strip-numbering-${side}`, [side]: text }
}

/**
 * Cut a one-paragraph unit in three on one side, at the clause boundaries
 * ("; ", ", " or "；", "，") nearest a third and two thirds of its length, as
 * a list broken at its items is. Gold unchanged: a correct 1–3 link holds the
 * unit's head and tail keys.
 * @param {Case} c @param {Side} side @param {string} id
 * @returns {Case}
 */
export function splitInThree(c, side, id) {
  const u = unitsOf(c.gold, side).find((x) => x.id === id)
  const p = u && place(c[side], u.keys)
  if (!p || p.first !== p.last) throw new Error(`unit ${id} is not one paragraph on the ${side} side`)
  const span = p.spans[p.first]
  const text = c[side].slice(span.start, span.end)
  const cuts = [1 / 3, 2 / 3].map((share) => {
    const target = Math.floor(text.length * share)
    const found = [...text.matchAll(side === 'zh' ? /[；，]/g : /[;,] /g)].map((m) => /** @type {number} */ (m.index) + 1)
    return found.reduce((best, at) => (Math.abs(at - target) < Math.abs(best - target) ? at : best), found[0] ?? target)
  })
  const [a, b] = cuts.sort((x, y) => x - y)
  if (a === undefined || b === undefined || a === b) throw new Error(`unit ${id} has too few clauses to cut in three`)
  const cut = `${text.slice(0, a).trimEnd()}\n\n${text.slice(a, b).trim()}\n\n${text.slice(b).trimStart()}`
  return { ...c, name: `${c.name}+three-${side}-${id}`, [side]: applyEdits(c[side], [{ start: span.start, end: span.end, by: cut }]) }
}
