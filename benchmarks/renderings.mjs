#!/usr/bin/env node
// Accuracy on real renderings: for every producer chain that rendered the
// 78/160 pair (000 zh, 003 en) as text (corpus/renderings/, made by
// scripts/renderings/make.mjs), resalign's P/R/F1 against
// corpus/gold/78-160.json beside hunalign's on blank-line-split paragraphs
// of the same text (benchmarks/lib/simple-split.mjs; better of its two length
// modes), and what segment() found in the resolution on each side.
//
//   npm run build && node benchmarks/renderings.mjs [--chain=<substring>] [--json] [--lib=<built index.js>]
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { score } from '../eval/score.mjs'
import { hunalign } from './lib/hunalign.mjs'
import { goldCarried, resolutionFigures, textRenderingPairs } from './lib/renderings.mjs'
import { loadResalign } from './lib/resalign.mjs'
import { simpleSplit } from './lib/simple-split.mjs'
import { readFileSync } from 'node:fs'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const loaded = args.lib ? { ok: true, lib: await import(pathToFileURL(String(args.lib)).href) } : await loadResalign()
if (!loaded.ok) {
  process.stderr.write(`resalign not available: ${loaded.reason}\n`)
  process.exit(1)
}
const lib = /** @type {any} */ (loaded).lib
const gold = JSON.parse(readFileSync(new URL('../corpus/gold/78-160.json', import.meta.url), 'utf8'))

const rows = []
for (const r of textRenderingPairs().filter((x) => !args.chain || x.chain.includes(String(args.chain)))) {
  const { value, issues } = lib.align(r.zh, r.en)
  // Scored on the gold units the rendering carries (some producers drop footnotes).
  const carried = goldCarried(gold, r.zh, r.en)
  const ours = score(carried.gold, value)
  let best = null
  for (const lengths of /** @type {const} */ (['bytes', 'chars'])) {
    const h = await hunalign(simpleSplit(r.zh), simpleSplit(r.en), { lengths })
    const s = score(carried.gold, { pairs: h.links })
    if (!best || s.f1 > best.f1) best = { ...s, mode: lengths }
  }
  const side = (/** @type {string} */ text, /** @type {'zh'|'en'} */ lang) => {
    const seg = lib.segment(text, { lang })
    return { ...resolutionFigures(seg.value), issues: seg.issues.length }
  }
  rows.push({ chain: r.chain, dropped: carried.dropped, resalign: { p: ours.precision, r: ours.recall, f1: ours.f1, issues: issues.length }, hunalign: { p: best.precision, r: best.recall, f1: best.f1, mode: best.mode }, zh: side(r.zh, 'zh'), en: side(r.en, 'en') })
}

if (args.json) process.stdout.write(`${JSON.stringify({ load: loadavg(), rows }, null, 1)}\n`)
else {
  const f = (/** @type {number|null} */ x) => (x == null ? '  -  ' : x.toFixed(3))
  const ops = (/** @type {string[]} */ o) => (o.length && o.every((n, i) => n === String(i + 1)) ? `1–${o.length}` : `${o.length}?`)
  const fig = (/** @type {any} */ s) => `${String(s.preambular).padStart(2)} ${ops(s.operative).padEnd(5)} ${String(s.footnotesLinked).padStart(2)}`
  process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`)
  process.stdout.write(`${'chain'.padEnd(42)} | resalign P     R     F1    | hunalign P     R     F1    | zh pre op    fn | en pre op    fn\n`)
  for (const r of rows) {
    process.stdout.write(`${r.chain.padEnd(42)} | ${f(r.resalign.p)} ${f(r.resalign.r)} ${f(r.resalign.f1)} | ${f(r.hunalign.p)} ${f(r.hunalign.r)} ${f(r.hunalign.f1)} |    ${fig(r.zh)} |    ${fig(r.en)}\n`)
  }
  for (const r of rows.filter((x) => x.dropped.length)) process.stdout.write(`${r.chain}: ${r.dropped.length} gold units not in the text, not scored (${r.dropped.join(' ')})\n`)
  const mean = (/** @type {(r: any) => number} */ g) => rows.reduce((n, r) => n + g(r), 0) / Math.max(1, rows.length)
  process.stdout.write(`${'mean F1'.padEnd(42)} |                   ${f(mean((r) => r.resalign.f1))} |                   ${f(mean((r) => r.hunalign.f1))} |\n`)
}
