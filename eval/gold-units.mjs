// Reads a key-based gold file into a flat list of units with normalised keys.
//
// Gold format (corpus/gold/*.json):
//   pairs:  [{ id, kind, zh: [key…], en: [key…], exactMatch?: [{side, key, nth}] }]
//   zhOnly: [{ id, kind, keys: [key…], exactMatch? }]   (no English counterpart)
//   enOnly: [{ id, kind, keys: [key…], exactMatch? }]   (no Chinese counterpart)
// A key is a short verbatim piece of its unit; a unit is located by norm(key)
// being a substring (see norm.mjs). A key listed in exactMatch is not unique
// in its file and is located as the nth whole line equal to it instead.
import { norm } from './norm.mjs'

/**
 * @typedef {'zh'|'en'} Side
 * @typedef {{ raw: string, k: string, nth: number|null }} Key
 *   `k` is norm(raw); `nth` is null for substring keys, else the occurrence
 *   number among whole output lines equal to `k`.
 * @typedef {{ id: string, kind: string, type: 'pair'|'zhOnly'|'enOnly',
 *   zh: Key[], en: Key[], valid: boolean }} Unit
 *   A unit is valid when it has a usable key on every side it has.
 */

/**
 * @param {unknown} list   the entry's key list
 * @param {Side} side
 * @param {any} entry      the gold entry (for exactMatch)
 * @param {string} id
 * @param {any[]} problems  collects gold problems
 * @returns {Key[]}
 */
function readKeys(list, side, entry, id, problems) {
  const raws = Array.isArray(list) ? [...list] : []
  const exact = (Array.isArray(entry?.exactMatch) ? entry.exactMatch : []).filter((/** @type {any} */ x) => x?.side === side)
  for (const x of exact) if (!raws.some((k) => norm(k) === norm(x.key))) raws.push(x.key)
  /** @type {Key[]} */
  const keys = []
  for (const raw of raws) {
    const k = norm(raw)
    if (!k) { problems.push({ type: 'gold-empty-key', id, key: String(raw) }); continue }
    const x = exact.find((/** @type {any} */ e) => norm(e.key) === k)
    keys.push({ raw: String(raw), k, nth: x ? Math.max(1, Number(x.nth) || 1) : null })
  }
  return keys
}

/**
 * All units of a gold file in gold order: pairs, then zhOnly, then enOnly.
 * @param {any} gold
 * @returns {{ units: Unit[], problems: any[] }}
 */
export function goldUnits(gold) {
  /** @type {any[]} */
  const problems = []
  /** @type {Unit[]} */
  const units = []
  ;(Array.isArray(gold?.pairs) ? gold.pairs : []).forEach((/** @type {any} */ g, /** @type {number} */ i) => {
    const id = g?.id ?? `pair#${i}`
    const zh = readKeys(g?.zh, 'zh', g, id, problems), en = readKeys(g?.en, 'en', g, id, problems)
    const valid = zh.length > 0 && en.length > 0
    if (!valid) problems.push({ type: 'gold-pair-without-keys', id, note: 'needs >=1 usable key per side; excluded from all figures' })
    units.push({ id, kind: g?.kind ?? '?', type: 'pair', zh, en, valid })
  })
  for (const type of /** @type {const} */ (['zhOnly', 'enOnly'])) {
    const side = type === 'zhOnly' ? 'zh' : 'en'
    ;(Array.isArray(gold?.[type]) ? gold[type] : []).forEach((/** @type {any} */ g, /** @type {number} */ i) => {
      const id = g?.id ?? `${type}#${i}`
      const keys = readKeys(g?.keys, side, g, id, problems)
      const valid = keys.length > 0
      if (!valid) problems.push({ type: 'gold-unit-without-keys', id })
      units.push({ id, kind: g?.kind ?? '?', type, zh: side === 'zh' ? keys : [], en: side === 'en' ? keys : [], valid })
    })
  }
  return { units, problems }
}
