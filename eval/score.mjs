#!/usr/bin/env node
// Scores an aligner's output against a key-based gold alignment.
//
//   node eval/score.mjs <gold.json> <output.json> [--json] [--verbose]
//
// Gold   {pairs:[{id, kind, zh:[key…], en:[key…], exactMatch?}],
//         zhOnly:[{id, kind, keys:[key…]}], enOnly:[…]}
// Output {pairs:[{zh:{text}, en:{text}}, …]}  (also a bare array or {links});
//        one entry per link in document order, "" for an empty side.
//
// Every test is a substring test on norm() (eval/norm.mjs), except exactMatch
// keys (see below). With nz = norm(zh text), ne = norm(en text) of a link L:
//   L HITS pair G       iff every zh key of G is in nz and every en key in ne;
//   L TOUCHES unit U    iff some key of U is in its side of L;
//   L is CORRECT        iff it hits exactly one pair and touches no other unit.
//   recall    = pairs hit by a correct link / pairs
//   precision = correct links / two-sided links touching at least one unit
//   untouched = two-sided links touching no unit (outside precision)
//   coverage  = share of a side's gold keys found in the concatenation of that
//               side's normalised link texts ("nothing lost").
// Per kind: recall by the pair's kind; a link counts for the kind of the first
// pair (gold order) it touches, else of the first one-sided unit it touches.
// exactMatch [{side, key, nth}] marks a key that is not unique in its file (a
// chapeau, a repeated heading): it is "in" a link side iff that side holds the
// nth output line (links in output order, sides split on "\n") whose whole
// normalised text equals norm(key).
// Exit status: 0 after scoring, 2 when an input cannot be read.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { norm } from './norm.mjs'
import { formatReport } from './report.mjs'
import { goldUnits } from './gold-units.mjs'
import { sideText, linksOf } from './output-links.mjs'

/**
 * @typedef {import('./gold-units.mjs').Unit} Unit
 * @typedef {import('./gold-units.mjs').Key} Key
 * @typedef {{ idx: number, zh: string, en: string, nz: string, ne: string,
 *   hits: string[], touches: string[] }} ScoredLink
 * @typedef {{ pairs: number, hit: number, recall: number|null,
 *   links: number, correct: number, precision: number|null }} KindRow
 */

const snip = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim().slice(0, 60)

/**
 * Score aligner output against gold. Pure; never throws on malformed input
 * (problems are listed in `errors`).
 * @param {any} gold
 * @param {any} out
 */
export function score(gold, out) {
  const { units, problems } = goldUnits(gold)
  const live = units.filter((u) => u.valid)
  const pairs = live.filter((u) => u.type === 'pair')

  const raw = linksOf(out)
  if (!raw) problems.push({ type: 'output-without-pairs-array', note: 'scored as zero links' })
  /** @type {ScoredLink[]} */
  const links = (raw ?? []).map((L, idx) => {
    const zh = sideText(L?.zh), en = sideText(L?.en)
    return { idx, zh, en, nz: norm(zh), ne: norm(en), hits: [], touches: [] }
  })

  // exactMatch keys: the link index of every output line equal to the key.
  /** @type {Record<'zh'|'en', Map<string, number[]>>} */
  const lines = { zh: new Map(), en: new Map() }
  for (const side of /** @type {const} */ (['zh', 'en'])) {
    for (const u of live) for (const k of u[side]) if (k.nth != null) lines[side].set(k.k, [])
    if (lines[side].size === 0) continue
    for (const L of links) {
      for (const line of L[side].split('\n')) lines[side].get(norm(line))?.push(L.idx)
    }
  }
  /** @type {(L: ScoredLink, side: 'zh'|'en', key: Key) => boolean} */
  const inLink = (L, side, key) => key.nth == null
    ? (side === 'zh' ? L.nz : L.ne).includes(key.k)
    : lines[side].get(key.k)?.[key.nth - 1] === L.idx

  const stats = { linksTotal: links.length, twoSided: 0, oneSided: 0, empty: 0, touching: 0, correct: 0, untouched: 0 }
  /** @type {Record<string, KindRow>} */
  const perKind = {}
  const row = (/** @type {string} */ kind) =>
    (perKind[kind] ??= { pairs: 0, hit: 0, recall: null, links: 0, correct: 0, precision: null })
  for (const p of pairs) row(p.kind).pairs++
  /** @type {Set<string>} */
  const hitPairs = new Set()
  const wrong = []

  for (const L of links) {
    const twoSided = L.nz !== '' && L.ne !== ''
    if (twoSided) stats.twoSided++
    else if (L.nz || L.ne) stats.oneSided++
    else stats.empty++
    /** @type {Unit[]} */ const hits = []
    /** @type {Unit[]} */ const touches = []
    for (const u of live) {
      const z = u.zh.map((k) => inLink(L, 'zh', k)), e = u.en.map((k) => inLink(L, 'en', k))
      if (u.type === 'pair' && z.every(Boolean) && e.every(Boolean)) hits.push(u)
      if (z.some(Boolean) || e.some(Boolean)) touches.push(u)
    }
    L.hits = hits.map((u) => u.id)
    L.touches = touches.map((u) => u.id)
    const correct = hits.length === 1 && touches.length === 1 && touches[0] === hits[0]
    if (correct) hitPairs.add(hits[0].id)
    if (!twoSided) continue
    if (touches.length === 0) { stats.untouched++; continue }
    stats.touching++
    const first = touches.find((u) => u.type === 'pair') ?? touches[0]
    row(first.kind).links++
    if (correct) { stats.correct++; row(first.kind).correct++; continue }
    wrong.push({ type: 'wrong-link', link: L.idx, reason: wrongReason(hits, touches), hits: L.hits,
      touches: L.touches, firstKind: first.kind, zh: snip(L.zh), en: snip(L.en) })
  }

  const missed = []
  for (const p of pairs) {
    if (hitPairs.has(p.id)) { row(p.kind).hit++; continue }
    missed.push({ type: 'missed-pair', id: p.id, kind: p.kind,
      touchedBy: links.filter((L) => L.touches.includes(p.id)).map((L) => L.idx),
      zh: snip(p.zh[0].raw), en: snip(p.en[0].raw) })
  }
  for (const r of Object.values(perKind)) {
    r.recall = r.pairs ? r.hit / r.pairs : null
    r.precision = r.links ? r.correct / r.links : null
  }

  const recall = pairs.length ? (pairs.length - missed.length) / pairs.length : 0
  const precision = stats.touching ? stats.correct / stats.touching : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0

  // Coverage: every gold key somewhere in that side of the output.
  const all = { zh: links.map((L) => L.nz).join(''), en: links.map((L) => L.ne).join('') }
  const lost = []
  const nKeys = { zh: 0, en: 0 }, nLost = { zh: 0, en: 0 }
  for (const u of live) {
    for (const side of /** @type {const} */ (['zh', 'en'])) {
      for (const key of u[side]) {
        nKeys[side]++
        const found = key.nth == null ? all[side].includes(key.k) : (lines[side].get(key.k)?.length ?? 0) >= key.nth
        if (!found) { nLost[side]++; lost.push({ type: 'lost-key', side, id: u.id, key: snip(key.raw) }) }
      }
    }
  }

  return {
    precision, recall, f1,
    coverageZh: nKeys.zh ? (nKeys.zh - nLost.zh) / nKeys.zh : 1,
    coverageEn: nKeys.en ? (nKeys.en - nLost.en) / nKeys.en : 1,
    untouched: stats.untouched,
    counts: { goldPairs: pairs.length, goldZhOnly: live.filter((u) => u.type === 'zhOnly').length,
      goldEnOnly: live.filter((u) => u.type === 'enOnly').length, hitPairs: pairs.length - missed.length,
      ...stats, zhKeys: nKeys.zh, enKeys: nKeys.en, lostZhKeys: nLost.zh, lostEnKeys: nLost.en },
    perKind,
    errors: [...problems, ...missed, ...wrong, ...lost],
  }
}

/** @param {Unit[]} hits @param {Unit[]} touches @returns {string} */
function wrongReason(hits, touches) {
  if (hits.length > 1) return 'over-merged: hits several gold pairs'
  if (hits.length === 1) return 'over-merged: hits one pair but also touches other gold units'
  if (touches.every((u) => u.type !== 'pair')) return 'links a gold orphan (zhOnly/enOnly) to the other side'
  if (touches.some((u) => u.type !== 'pair')) return 'misaligned: hits no gold pair, touches an orphan too'
  return 'misaligned or partial: hits no gold pair'
}

/** @param {string[]} argv */
function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')))
  const args = argv.filter((a) => !a.startsWith('--'))
  if (args.length !== 2) {
    process.stderr.write('usage: node eval/score.mjs <gold.json> <output.json> [--json] [--verbose]\n')
    process.exit(2)
  }
  const read = (/** @type {string} */ path) => {
    try { return JSON.parse(readFileSync(path, 'utf8')) } catch (e) {
      process.stderr.write(`cannot read ${path}: ${/** @type {Error} */ (e).message}\n`)
      return process.exit(2)
    }
  }
  const gold = read(args[0]), out = read(args[1])
  if (gold == null || typeof gold !== 'object' || !Array.isArray(gold.pairs)) {
    process.stderr.write(`cannot read ${args[0]}: no "pairs" array\n`)
    process.exit(2)
  }
  const result = score(gold, out)
  process.stdout.write(flags.has('--json') ? JSON.stringify(result, null, 1) + '\n'
    : formatReport(result, { gold: args[0], output: args[1], verbose: flags.has('--verbose') }) + '\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2))
