// Paragraph-level damage to one side of a case, with the gold transformed to
// match: delete (and renumber), split, merge, swap.
import { norm } from '../norm.mjs'
import { prng } from './prng.mjs'
import { paragraphSpans, unitParagraphs, applyEdits, pairById } from './paragraphs.mjs'

/** @typedef {import('./paragraphs.mjs').Case} Case */
/** @typedef {'zh'|'en'} Side */

const exactKeys = (/** @type {any} */ p, /** @type {Side} */ side) =>
  (p.exactMatch ?? []).filter((/** @type {any} */ x) => x.side === side)

/**
 * Delete English operative paragraph `n` (the nth operative pair of the gold)
 * and renumber the following ones (n+1 → n …). The pair becomes zhOnly.
 * @param {Case} c @param {number} n
 * @returns {Case}
 */
export function deleteParagraph(c, n) {
  const gold = structuredClone(c.gold)
  const ops = gold.pairs.filter((/** @type {any} */ p) => p.kind === 'operative')
  const victim = ops[n - 1]
  if (!victim) throw new Error(`no operative paragraph ${n}`)
  const spans = paragraphSpans(c.en)
  const [first, last] = unitParagraphs(c.en, spans, victim.en)
  if (first == null || last == null) throw new Error(`operative ${n} not found in the English text`)
  // the paragraph and its continuation, not a footnote block between them
  const gone = [first, last].filter((i, k, a) => a.indexOf(i) === k)
  // each piece goes with the line breaks after it
  const edits = gone.map((i) => ({ start: spans[i].start, end: spans[i + 1]?.start ?? c.en.length, by: '' }))
  for (let i = last + 1; i < spans.length; i++) {
    const m = /^(\s*)(\d+)\.(\s)/.exec(c.en.slice(spans[i].start, spans[i].end))
    if (m && Number(m[2]) > n) edits.push({ start: spans[i].start, end: spans[i].start + m[0].length, by: `${m[1]}${Number(m[2]) - 1}.${m[3]}` })
  }
  const en = applyEdits(c.en, edits)
  gold.pairs = gold.pairs.filter((/** @type {any} */ p) => p !== victim)
  gold.zhOnly.push({ id: victim.id, kind: victim.kind, keys: victim.zh, exactMatch: exactKeys(victim, 'zh') })
  return { ...c, name: `${c.name}+delete-op${n}`, en, gold }
}

/**
 * Split paragraphs of one side in two at a clause boundary ("；"/"，" or
 * "; "/", ") near the middle, between the head key and the tail key, so a
 * correct 1–2 link holds both keys. Gold unchanged.
 * @param {Case} c @param {Side} side @param {{ ids?: string[], count?: number, seed?: number }} [options]
 *   ids: pairs to split; else `count` pairs picked with `seed`
 * @returns {Case}
 */
export function splitParagraph(c, side, options = {}) {
  const { count = 6, seed = 1 } = options
  const text = c[side], spans = paragraphSpans(text)
  const delim = side === 'zh' ? /[；，]/g : /[;,] /g
  /** @type {Map<string, number>} pair id -> split offset */
  const points = new Map()
  for (const p of c.gold.pairs) {
    if (!['preambular', 'operative'].includes(p.kind) || p[side].length < 2) continue
    const [first, last] = unitParagraphs(text, spans, p[side])
    if (first == null || first !== last) continue
    const s = spans[first], para = text.slice(s.start, s.end)
    const head = norm(p[side][0]), tail = norm(p[side][p[side].length - 1])
    let best = -1
    for (const m of para.matchAll(delim)) {
      const cut = (m.index ?? 0) + 1
      if (!norm(para.slice(0, cut)).includes(head) || !norm(para.slice(cut)).includes(tail)) continue
      if (best < 0 || Math.abs(cut - para.length / 2) < Math.abs(best - para.length / 2)) best = cut
    }
    if (best > 0) points.set(p.id, s.start + best)
  }
  const ids = options.ids ?? pickSome([...points.keys()], count, seed)
  const edits = ids.map((id) => {
    const at = points.get(id)
    if (at == null) throw new Error(`cannot split ${id} on the ${side} side`)
    // the space after an English delimiter gives way to the paragraph break
    return { start: at, end: side === 'en' ? at + 1 : at, by: '\n\n' }
  })
  return { ...c, name: `${c.name}+split-${side}`, [side]: applyEdits(text, edits) }
}

/**
 * Merge pairs of consecutive preambular paragraphs on one side into one
 * paragraph. Gold: each two pairs become one pair with the union of keys.
 * @param {Case} c @param {Side} side @param {{ ids?: string[], count?: number, seed?: number }} [options]
 *   ids: first pair of each merge (merged with the next pair); else `count`
 *   merges picked with `seed`
 * @returns {Case}
 */
export function mergeParagraphs(c, side, options = {}) {
  const { count = 3, seed = 1 } = options
  const text = c[side], spans = paragraphSpans(text)
  const pre = c.gold.pairs.filter((/** @type {any} */ p) => p.kind === 'preambular')
  /** @type {Map<string, { a: any, b: any, gap: import('./paragraphs.mjs').Span }>} */
  const joins = new Map()
  for (let i = 0; i + 1 < pre.length; i++) {
    const [a1, a2] = unitParagraphs(text, spans, pre[i][side]), [b1, b2] = unitParagraphs(text, spans, pre[i + 1][side])
    if (a1 == null || a1 !== a2 || b1 == null || b1 !== b2 || b1 !== a1 + 1) continue
    joins.set(pre[i].id, { a: pre[i], b: pre[i + 1], gap: { start: spans[a1].end, end: spans[b1].start } })
  }
  // non-overlapping: a pair merged once at most
  const free = [...joins.keys()].filter((id, k, all) => k === 0 || joins.get(all[k - 1])?.b.id !== id)
  const ids = options.ids ?? pickSome(free, count, seed)
  const gold = structuredClone(c.gold)
  const edits = ids.map((id) => {
    const j = joins.get(id)
    if (!j) throw new Error(`cannot merge ${id} with the next paragraph on the ${side} side`)
    const a = pairById(gold, j.a.id), b = pairById(gold, j.b.id)
    Object.assign(a, { id: `${a.id}+${b.id}`, zh: [...a.zh, ...b.zh], en: [...a.en, ...b.en] })
    gold.pairs = gold.pairs.filter((/** @type {any} */ p) => p !== b)
    return { ...j.gap, by: side === 'zh' ? '' : ' ' }
  })
  return { ...c, name: `${c.name}+merge-${side}`, [side]: applyEdits(text, edits), gold }
}

/**
 * Exchange a paragraph with the next one on one side (wrong order). Gold
 * unchanged: each paragraph still pairs with its translation.
 * @param {Case} c @param {Side} side @param {string} id first of the two pairs
 * @returns {Case}
 */
export function swapParagraphs(c, side, id) {
  const text = c[side], spans = paragraphSpans(text)
  const i = c.gold.pairs.findIndex((/** @type {any} */ p) => p.id === id)
  const [a1, a2] = unitParagraphs(text, spans, c.gold.pairs[i][side])
  const [b1, b2] = unitParagraphs(text, spans, c.gold.pairs[i + 1]?.[side] ?? [])
  if (a1 == null || a1 !== a2 || b1 == null || b1 !== b2 || b1 !== a1 + 1) throw new Error(`cannot swap ${id} on the ${side} side`)
  const A = spans[a1], B = spans[b1]
  const swapped = text.slice(B.start, B.end) + text.slice(A.end, B.start) + text.slice(A.start, A.end)
  return { ...c, name: `${c.name}+swap-${side}`, [side]: text.slice(0, A.start) + swapped + text.slice(B.end) }
}

/** `count` items of `list`, picked reproducibly, in list order. @template T */
function pickSome(/** @type {T[]} */ list, /** @type {number} */ count, /** @type {number} */ seed) {
  const rng = prng(seed), pool = [...list], out = []
  while (out.length < count && pool.length) out.push(...pool.splice(rng.int(0, pool.length - 1), 1))
  return out.sort((a, b) => list.indexOf(a) - list.indexOf(b))
}
