// Harder development variants of a sentence set with gold beads, made by code (issue #14): lines
// dropped on one side (an omission in the translation, or a sentence the splitter lost) and
// neighbouring lines merged on one side (a sentence the other side's splitter would have cut). The
// gold follows the damage: a dropped line leaves its bead (which may become one-sided), merged lines
// join the gold beads they came from into one, and their verse ids (the Bible's verse-merging
// scorer) become one. Nothing is shuffled: the order of both sides is kept.
//
//   damageSet(set, [{ kind: 'drop' | 'merge', side: 'zh' | 'en', rate }], seed) → set
//   set = { zh: string[], en: string[], gold: [zhIds, enIds][], verse?: { zh: string[], en: string[] } }
import { prng } from './perturb/prng.mjs'

/** @typedef {[number[], number[]]} Bead */
/** @typedef {{ zh: string[], en: string[], gold: Bead[], verse?: { zh: string[], en: string[] } }} SentenceSet */
/** @typedef {{ kind: 'drop' | 'merge', side: 'zh' | 'en', rate: number }} Damage */

const SIDE = { zh: 0, en: 1 }

/** Union-find over string keys. */
function unions() {
  /** @type {Map<string, string>} */
  const parent = new Map()
  const find = (/** @type {string} */ x) => {
    let r = x
    while (parent.has(r) && parent.get(r) !== r) r = /** @type {string} */ (parent.get(r))
    if (r !== x) parent.set(x, r)
    return r
  }
  return { find, join: (/** @type {string} */ a, /** @type {string} */ b) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(rb, ra) } }
}

/**
 * Apply one damage: `to[i]` is the new line of old line i (-1: dropped), `lines` the new lines.
 * @param {SentenceSet} set @param {'zh' | 'en'} side @param {(number)[]} to @param {string[]} lines
 * @returns {SentenceSet}
 */
function remap(set, side, to, lines) {
  const s = SIDE[side]
  const u = unions()
  // beads that now share a line become one bead
  /** @type {Map<number, number>} */
  const owner = new Map()
  set.gold.forEach((b, k) => {
    for (const i of b[s]) {
      const n = /** @type {number} */ (to[i])
      if (n < 0) continue
      const o = owner.get(n)
      if (o === undefined) owner.set(n, k)
      else u.join(String(o), String(k))
    }
  })
  /** @type {Map<string, Bead>} */
  const merged = new Map()
  set.gold.forEach((b, k) => {
    const root = u.find(String(k))
    const bead = merged.get(root) ?? /** @type {Bead} */ ([[], []])
    for (const i of b[0]) bead[0].push(s === 0 ? /** @type {number} */ (to[i]) : i)
    for (const j of b[1]) bead[1].push(s === 1 ? /** @type {number} */ (to[j]) : j)
    merged.set(root, bead)
  })
  const clean = (/** @type {number[]} */ ids) => [...new Set(ids.filter((x) => x >= 0))].sort((a, b) => a - b)
  const gold = [...merged.values()].map((b) => /** @type {Bead} */ ([clean(b[0]), clean(b[1])])).filter((b) => b[0].length || b[1].length)
  gold.sort((a, b) => (a[0][0] ?? Infinity) - (b[0][0] ?? Infinity) || (a[1][0] ?? Infinity) - (b[1][0] ?? Infinity))
  /** @type {SentenceSet} */
  const out = { ...set, [side]: lines, gold }
  if (set.verse) {
    const v = unions()
    const sideVerse = set.verse[side]
    /** @type {string[]} */
    const newVerse = []
    to.forEach((n, i) => {
      if (n < 0) return
      const id = /** @type {string} */ (sideVerse[i])
      if (newVerse[n] === undefined) newVerse[n] = id
      else v.join(newVerse[n], id)
    })
    const relabel = (/** @type {string[]} */ ids) => ids.map((id) => v.find(id))
    out.verse = side === 'zh' ? { zh: relabel(newVerse), en: relabel(set.verse.en) } : { zh: relabel(set.verse.zh), en: relabel(newVerse) }
  }
  return out
}

/**
 * @param {SentenceSet} set @param {readonly Damage[]} damages @param {number} seed
 * @returns {SentenceSet}
 */
export function damageSet(set, damages, seed) {
  const rng = prng(seed)
  let out = set
  for (const d of damages) {
    if (!(d.rate >= 0 && d.rate < 1) || !(d.side in SIDE) || (d.kind !== 'drop' && d.kind !== 'merge')) throw new TypeError(`bad damage ${JSON.stringify(d)}`)
    const old = out[d.side]
    /** @type {number[]} */
    const to = []
    /** @type {string[]} */
    const lines = []
    for (let i = 0; i < old.length; i++) {
      if (d.kind === 'drop' && rng.chance(d.rate)) to.push(-1)
      else if (d.kind === 'merge' && i + 1 < old.length && rng.chance(d.rate)) {
        to.push(lines.length, lines.length)
        lines.push(`${old[i]}${d.side === 'en' ? ' ' : ''}${old[i + 1]}`)
        i++
      } else {
        to.push(lines.length)
        lines.push(/** @type {string} */ (old[i]))
      }
    }
    out = remap(out, d.side, to, lines)
  }
  return out
}
