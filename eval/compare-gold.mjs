#!/usr/bin/env node
// Compares two key-based gold files made for the same pair of texts, unit by
// unit, whatever keys each chose.
//
//   node eval/compare-gold.mjs <ours.json> <theirs.json> <zh.txt> <en.txt>
//
// Each side's text is cut into regions by the keys of `ours`: a region runs
// from one key to the next in text order and belongs to that key's unit (so
// the continuation of a split paragraph is a region of its own unit); a key
// of `theirs` that overlaps a key of ours belongs to that key's unit. Every unit of `theirs` is then located by its keys (which regions
// they fall in), and the decisions are compared: paired with what, one-sided
// or not, split over several of our units or not.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { norm } from './norm.mjs'
import { goldUnits } from './gold-units.mjs'

/**
 * Start offsets (in norm(text)) of every key on one side, sorted.
 * @param {import('./gold-units.mjs').Unit[]} units @param {'zh'|'en'} side @param {string} text
 */
function regions(units, side, text) {
  const starts = []
  for (const u of units) {
    for (const k of u[side]) {
      const at = k.nth == null ? text.indexOf(k.k) : -1
      if (at >= 0) starts.push({ id: u.id, at, end: at + k.k.length })
    }
  }
  return starts.sort((a, b) => a.at - b.at)
}

/**
 * @param {any} ours @param {any} theirs @param {string} zhText @param {string} enText
 * @returns {string[]} one line per disagreement
 */
export function compareGold(ours, theirs, zhText, enText) {
  const texts = { zh: norm(zhText), en: norm(enText) }
  const a = goldUnits(ours).units, b = goldUnits(theirs).units
  const reg = { zh: regions(a, 'zh', texts.zh), en: regions(a, 'en', texts.en) }
  const byId = new Map(a.map((u) => [u.id, u]))
  /** @param {'zh'|'en'} side @param {import('./gold-units.mjs').Key} key */
  const locate = (side, key) => {
    if (key.nth != null) {
      const mine = a.find((u) => u[side].some((k) => k.k === key.k && k.nth === key.nth))
      return mine ? mine.id : `?exact:${key.raw}`
    }
    const at = texts[side].indexOf(key.k)
    if (at < 0) return `?missing:${key.raw}`
    // A key overlapping one of ours belongs to that unit; else to the unit of
    // the closest key of ours before it.
    const overlap = reg[side].find((x) => x.at < at + key.k.length && x.end > at)
    const r = overlap ?? reg[side].filter((x) => x.at <= at).pop()
    return r ? r.id : '?before-first-unit'
  }
  const out = []
  /** @type {Map<string, string>} our unit (side:id) -> their unit id */
  const taken = new Map()
  for (const u of b) {
    for (const side of /** @type {const} */ (['zh', 'en'])) {
      if (u[side].length === 0) continue
      const where = [...new Set(u[side].map((k) => locate(side, k)))]
      const theirType = u.type
      if (where.length > 1) { out.push(`${u.id} (${theirType}) ${side}: keys fall in several of our units: ${where.join(', ')}`); continue }
      const mine = byId.get(where[0])
      if (!mine) { out.push(`${u.id} (${theirType}) ${side}: ${where[0]}`); continue }
      const prev = taken.get(`${side}:${mine.id}`)
      if (prev) out.push(`${u.id} and ${prev} (theirs) are both our ${mine.id} on the ${side} side`)
      taken.set(`${side}:${mine.id}`, u.id)
      if (mine.type !== theirType) out.push(`${u.id}: theirs ${theirType}, ours ${mine.id} is ${mine.type}`)
      else if (mine.kind !== u.kind && side === 'zh') out.push(`${u.id}: kind theirs ${u.kind}, ours ${mine.kind} (${mine.id})`)
    }
    if (u.type === 'pair') {
      const z = new Set(u.zh.map((k) => locate('zh', k))), e = new Set(u.en.map((k) => locate('en', k)))
      if (z.size === 1 && e.size === 1 && [...z][0] !== [...e][0]) out.push(`${u.id}: pairs our ${[...z][0]} (zh) with our ${[...e][0]} (en)`)
    }
  }
  for (const u of a) {
    for (const side of /** @type {const} */ (['zh', 'en'])) {
      if (u[side].length && !taken.has(`${side}:${u.id}`)) out.push(`our ${u.id} (${u.type}) ${side} has no unit in theirs`)
    }
  }
  return out
}

/** @param {string[]} argv */
function main(argv) {
  if (argv.length !== 4) {
    process.stderr.write('usage: node eval/compare-gold.mjs <ours.json> <theirs.json> <zh.txt> <en.txt>\n')
    process.exit(2)
  }
  const [ours, theirs] = argv.slice(0, 2).map((p) => JSON.parse(readFileSync(p, 'utf8')))
  const [zh, en] = argv.slice(2).map((p) => readFileSync(p, 'utf8'))
  const lines = compareGold(ours, theirs, zh, en)
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : 'no disagreement: same units, same pairing\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2))
