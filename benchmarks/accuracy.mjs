#!/usr/bin/env node
// Accuracy benchmark: resalign against hunalign on the 78/160 development
// pair, its perturbations (PDF rendering, deleted, split, merged, swapped
// paragraphs, markup and layout noise), the glossary fallback case (numbers,
// markers and footnotes removed) and the cross-resolution case 76/213 ↔ 78/160.
//
//   npm run build && node benchmarks/accuracy.mjs [--runs=5] [--case=<substring>] [--json | --markdown]
//
// Both aligners get the same input: hunalign aligns the blocks resalign's
// segment() cuts (one block per hunalign "sentence"), with no dictionary, in
// both length modes (bytes, chars); the better F1 of the two is shown with
// its mode. Scores: eval/score.mjs (a link is correct when it holds exactly
// one gold pair and nothing else). Times: median of --runs runs after a
// warm-up; hunalign's include instantiating its WebAssembly module.
// Exit status 1 when resalign cannot be loaded (hunalign figures are still
// printed, on a naive paragraph split, so the wrapper can be checked).
import { score } from '../eval/score.mjs'
import { buildCases } from './lib/cases.mjs'
import { hunalign } from './lib/hunalign.mjs'
import { simpleSplit } from './lib/simple-split.mjs'
import { loadResalign, resalignBlocks, resalignAlign } from './lib/resalign.mjs'
import { medianTime } from './lib/timing.mjs'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const runs = Number(args.runs ?? 5)
const loaded = await loadResalign()
if (!loaded.ok) process.stderr.write(`resalign not available: ${loaded.reason}\nhunalign only, on a naive paragraph split.\n\n`)

/** @param {ReturnType<typeof score>} s */
const prf = (s) => ({ p: s.precision, r: s.recall, f1: s.f1 })

const rows = []
for (const c of buildCases().filter((x) => !args.case || x.name.includes(String(args.case)))) {
  const blocks = loaded.ok
    ? { zh: resalignBlocks(loaded.lib, c.zh, 'zh'), en: resalignBlocks(loaded.lib, c.en, 'en'), by: 'resalign segment()' }
    : { zh: simpleSplit(c.zh), en: simpleSplit(c.en), by: 'simple split' }
  let ours = null
  if (loaded.ok) {
    const lib = loaded.lib
    const { result, ms } = await medianTime(() => resalignAlign(lib, c.zh, c.en, c.options), runs)
    ours = { ...prf(score(c.gold, result)), ms }
  }
  let best = null
  for (const lengths of /** @type {const} */ (['bytes', 'chars'])) {
    const { result, ms } = await medianTime(() => hunalign(blocks.zh, blocks.en, { lengths }), runs)
    const s = { ...prf(score(c.gold, { pairs: result.links })), ms, mode: lengths }
    if (!best || s.f1 > best.f1) best = s
  }
  rows.push({ name: c.name, group: c.group, blocks: { zh: blocks.zh.length, en: blocks.en.length, by: blocks.by }, resalign: ours, hunalign: best })
}

if (args.markdown) {
  // The README's evaluation table, as printed here.
  const f = (/** @type {number|undefined} */ x) => (x == null ? '-' : x.toFixed(3))
  const out = ['| case | blocks zh/en | resalign P | R | F1 | hunalign P | R | F1 |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |']
  for (const r of rows) out.push(`| ${r.name} | ${r.blocks.zh}/${r.blocks.en} | ${f(r.resalign?.p)} | ${f(r.resalign?.r)} | **${f(r.resalign?.f1)}** | ${f(r.hunalign.p)} | ${f(r.hunalign.r)} | ${f(r.hunalign.f1)} |`)
  process.stdout.write(`${out.join('\n')}\n`)
} else if (args.json) {
  process.stdout.write(JSON.stringify({ runs, rows }, null, 1) + '\n')
} else {
  const f = (/** @type {number|undefined} */ x) => (x == null ? '  -  ' : x.toFixed(3))
  const ms = (/** @type {number|undefined} */ x) => (x == null ? '    -' : x.toFixed(0).padStart(5))
  const head = `${'case'.padEnd(38)} ${'blocks'.padEnd(8)} | resalign P     R     F1    | hunalign P     R     F1    mode  | ms resalign hunalign`
  const line = (/** @type {any} */ r) => `${r.name.padEnd(38)} ${`${r.blocks.zh}/${r.blocks.en}`.padEnd(8)} | ` +
    `${f(r.resalign?.p)} ${f(r.resalign?.r)} ${f(r.resalign?.f1)} | ${f(r.hunalign.p)} ${f(r.hunalign.r)} ${f(r.hunalign.f1)} ${r.hunalign.mode.padEnd(5)} | ` +
    `${ms(r.resalign?.ms)}    ${ms(r.hunalign.ms)}`
  const section = (/** @type {string} */ title, /** @type {any[]} */ list) => {
    if (!list.length) return
    process.stdout.write(`\n${title}\n${head}\n${list.map(line).join('\n')}\n`)
  }
  process.stdout.write(`blocks: ${rows[0]?.blocks.by ?? '-'}; times: median of ${runs} runs (ms)\n`)
  const main = rows.filter((r) => r.group === 'main')
  section('78/160 and perturbations', main)
  if (main.length > 1) {
    const mean = (/** @type {(r: any) => number|undefined} */ get) => main.reduce((n, r) => n + (get(r) ?? 0), 0) / main.length
    process.stdout.write(`${'mean F1'.padEnd(47)} |                   ${loaded.ok ? f(mean((r) => r.resalign?.f1)) : '  -  '} |                   ${f(mean((r) => r.hunalign.f1))}\n`)
  }
  section('glossary fallback: paragraph numbers, footnote markers and footnotes removed', rows.filter((r) => r.group === 'fallback'))
  section('cross-resolution: 76/213 (zh) against 78/160 (en), carried-over paragraphs', rows.filter((r) => r.group === 'cross'))
  section('structure damaged on one side or both (F1 on the pairs that still exist)', rows.filter((r) => r.group === 'structure'))
}
process.exitCode = loaded.ok ? 0 : 1
