#!/usr/bin/env node
// Corpus throughput: `resalign corpus` on a generated corpus of hundreds of
// pairs (benchmarks/lib/corpus-gen.mjs: the 78/160 seed pair with its
// identity changed on both sides, paragraphs dropped and swapped, English
// re-wrapped), with 1 and N worker threads; peak memory; start-up; and the
// time per pair of resalign and of hunalign on the same pairs.
//
//   npm run build && node benchmarks/throughput.mjs [--pairs 200] [--runs 3]
//                    [--jobs N] [--sample 20] [--glossary] [--glossary-only] [--json] [--keep]
//
// Every corpus run is a fresh child process running the built library's
// buildCorpus (dist/index.js → dist/corpus-worker.js) with force, so that
// maxRSS (process.resourceUsage().maxRSS) is that run's peak and its CPU
// time (process.cpuUsage(), every thread) is all the run did. Worker
// threads live in the same process: their memory is inside that figure.
// The glossary step is off in the --jobs 1 and --jobs N runs (glossary
// links 0) and on in a run of its own (--glossary; it loads jieba, a fixed
// ~250 MB); its CPU time is taken when the glossary phase starts.
// hunalign's figure per pair is what a user would run instead
// (lib/hunalign-user.mjs: blank-line paragraphs, jieba tokens, hunalign) on
// the same pairs in the same run. Figures are medians of --runs runs; the
// machine may be shared, so the 1-minute load average at the start and end
// of each run is printed beside its figure.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './lib/corpus-gen.mjs'
import { hunalign } from './lib/hunalign.mjs'
import { hunalignUser, loadJieba } from './lib/hunalign-user.mjs'
import { resalignBlocks } from './lib/resalign.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
/** `--name value` or `--name=value`; `--flag` alone is true. */
const arg = (/** @type {string} */ name, /** @type {string|boolean} */ fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  const a = /** @type {string} */ (argv[i])
  if (a.includes('=')) return a.slice(a.indexOf('=') + 1)
  const next = argv[i + 1]
  return next !== undefined && !next.startsWith('--') ? next : true
}

if (argv[0] === '--child') await child()
else await parent()

/** A corpus run in this process: prints `{ exit, maxRssMb, summary }`. */
async function child() {
  const [, dir, out, jobs, glossaryLinks] = argv
  const load = [loadavg()[0]]
  const { buildCorpus } = await import(join(root, 'dist/index.js'))
  const ms = (/** @type {NodeJS.CpuUsage} */ c) => (c.user + c.system) / 1000
  let beforeGlossary = /** @type {NodeJS.CpuUsage | null} */ (null)
  const onProgress = (/** @type {{ phase: string }} */ p) => {
    if (p.phase === 'glossary' && beforeGlossary === null) beforeGlossary = process.cpuUsage()
  }
  const summary = await buildCorpus(/** @type {string} */ (dir), { output: /** @type {string} */ (out), jobs: Number(jobs), glossaryLinks: Number(glossaryLinks), force: true, onProgress })
  const cpu = process.cpuUsage()
  load.push(loadavg()[0])
  const glossaryCpuMs = beforeGlossary === null ? 0 : ms(cpu) - ms(beforeGlossary)
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: ms(cpu), glossaryCpuMs, load, timing: summary.timing, pairs: summary.pairs.length, unpaired: summary.unpaired.length, failed: summary.failed.length, glossary: summary.glossary }))
}

async function parent() {
  for (const f of ['dist/index.js', 'dist/cli.js', 'dist/corpus-worker.js']) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run "npm run build" first`)
  }
  const count = Number(arg('pairs', '200'))
  const runs = Number(arg('runs', '3'))
  const cores = availableParallelism()
  const jobs = Number(arg('jobs', String(cores)))
  const sample = Number(arg('sample', '20'))
  const dir = await mkdtemp(join(tmpdir(), 'resalign-throughput-'))
  const log = (/** @type {string} */ s) => process.stderr.write(`${s}\n`)
  try {
    log(`generating ${count} pairs in ${dir} …`)
    const corpus = await generateCorpus(join(dir, 'in'), count)
    const result = { pairs: count, megabytes: corpus.bytes / 1e6, cores, loadAverage: loadavg().map((x) => +x.toFixed(2)), runs, startup: startup(runs), perPair: await perPair(dir, corpus.pairs.slice(0, sample), runs), corpus: /** @type {Record<string, any>} */ ({}) }
    for (const j of arg('glossary-only', false) ? [] : [...new Set([1, jobs])]) {
      log(`corpus with ${j} worker(s), ${runs} runs …`)
      result.corpus[`jobs${j}`] = summarize(Array.from({ length: runs }, (_, r) => corpusRun(dir, j, 0, `${j}-${r}`)))
    }
    if (arg('glossary', false)) {
      log('corpus with the glossary step …')
      result.corpus.glossary = summarize([corpusRun(dir, jobs, 5000, 'glossary')])
    }
    if (arg('json', false)) process.stdout.write(`${JSON.stringify(result, null, 1)}\n`)
    else print(result, jobs)
  } finally {
    if (!arg('keep', false)) await rm(dir, { recursive: true, force: true })
  }
}

/** One corpus run in a child process. */
function corpusRun(/** @type {string} */ dir, /** @type {number} */ jobs, /** @type {number} */ glossaryLinks, /** @type {string} */ tag) {
  const out = join(dir, `out-${tag}`)
  const stdout = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', join(dir, 'in'), out, String(jobs), String(glossaryLinks)], { encoding: 'utf8', maxBuffer: 1 << 24 })
  return JSON.parse(stdout)
}

/** Medians of the runs of one configuration. */
function summarize(/** @type {any[]} */ samples) {
  const med = (/** @type {(s: any) => number} */ f) => median(samples.map(f))
  const first = samples[0]
  return {
    pairsPerSecond: med((s) => s.timing.pairsPerSecond),
    megabytesPerSecond: med((s) => s.timing.megabytesPerSecond),
    alignMs: med((s) => s.timing.alignMs),
    readMs: med((s) => s.timing.readMs),
    pairMs: med((s) => s.timing.pairMs),
    glossaryMs: med((s) => s.timing.glossaryMs),
    totalMs: med((s) => s.timing.totalMs),
    maxRssMb: med((s) => s.maxRssMb),
    cpuMsPerPair: med((s) => s.cpuMs / Math.max(1, s.pairs)),
    glossaryCpuMs: med((s) => s.glossaryCpuMs),
    cpuMs: med((s) => s.cpuMs),
    load: [Math.min(...samples.map((s) => s.load[0])), Math.max(...samples.map((s) => s.load[1]))],
    pairsMade: first.pairs,
    unpaired: first.unpaired,
    failed: first.failed,
    glossary: first.glossary.status,
  }
}

/** Start-up in fresh processes: import dist/index.js, then the first align of the seed pair. */
function startup(/** @type {number} */ runs) {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(join(root, 'dist/index.js'))}); const t1 = performance.now();
const fs = await import('node:fs'); const z = fs.readFileSync(${JSON.stringify(join(root, 'corpus/000_6de2d6a488ce5ea8.txt'))}); const e = fs.readFileSync(${JSON.stringify(join(root, 'corpus/003_1fa2410106587f34.txt'))});
m.align(z, e); console.log(JSON.stringify({ importMs: t1 - t0, firstAlignMs: performance.now() - t1 }))`
  const samples = Array.from({ length: Math.max(3, runs) }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })))
  return { importMs: median(samples.map((s) => s.importMs)), firstAlignMs: median(samples.map((s) => s.firstAlignMs)) }
}

/**
 * CPU time per pair on the same pairs, in this process (one thread, warm):
 * resalign end to end (segment both + align), resalign align on trees, and
 * hunalign on the blocks resalign's segment() cuts (its time includes
 * instantiating its WebAssembly module, as each alignment needs a fresh one).
 */
async function perPair(/** @type {string} */ dir, /** @type {Array<{zh: string, en: string}>} */ pairs, /** @type {number} */ runs) {
  const lib = await import(join(root, 'dist/index.js'))
  const texts = await Promise.all(pairs.map(async (p) => ({ zh: await readFile(join(dir, 'in', p.zh), 'utf8'), en: await readFile(join(dir, 'in', p.en), 'utf8') })))
  lib.align(texts[0]?.zh ?? '', texts[0]?.en ?? '')
  // CPU time of this (single-threaded) process: steadier than wall-clock time on a shared machine.
  const time = async (/** @type {() => unknown} */ fn) => {
    const t = []
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage()
      await fn()
      const c = process.cpuUsage(c0)
      t.push((c.user + c.system) / 1000)
    }
    return median(t)
  }
  const ours = []
  const oursAlign = []
  const theirs = []
  const users = []
  const jieba = loadJieba()
  jieba.cut('载入')
  for (const t of texts) {
    users.push(await time(() => hunalignUser(jieba, t.zh, t.en)))
    ours.push(await time(() => lib.align(lib.segment(t.zh).value, lib.segment(t.en).value)))
    const zt = lib.segment(t.zh).value
    const et = lib.segment(t.en).value
    oursAlign.push(await time(() => lib.align(zt, et)))
    const blocks = { zh: resalignBlocks(lib, t.zh, 'zh'), en: resalignBlocks(lib, t.en, 'en') }
    theirs.push(await time(() => hunalign(blocks.zh, blocks.en)))
  }
  return { pairs: texts.length, resalignMs: median(ours), resalignAlignOnlyMs: median(oursAlign), hunalignMs: median(theirs), hunalignUserMs: median(users), load: loadavg()[0] }
}

function print(/** @type {any} */ r, /** @type {number} */ jobs) {
  const one = r.corpus.jobs1
  const many = r.corpus[`jobs${jobs}`]
  const g = r.corpus.glossary
  const mark = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met')
  const f = (/** @type {number} */ x, d = 1) => x.toFixed(d)
  const la = (/** @type {number[]} */ l) => `load ${l.map((x) => f(x, 1)).join('→')}`
  const lines = [
    `corpus: ${r.pairs} generated pairs, ${f(r.megabytes, 1)} MB; ${r.cores} cores; load average ${r.loadAverage.join(' ')} at the start; medians of ${r.runs} runs`,
    '',
    `start-up: import ${f(r.startup.importMs, 0)} ms, first align ${f(r.startup.firstAlignMs, 0)} ms`,
    `CPU time per pair (${r.perPair.pairs} pairs, one thread; load ${f(r.perPair.load)}): resalign ${f(r.perPair.resalignMs, 0)} ms (align on trees ${f(r.perPair.resalignAlignOnlyMs, 0)} ms); hunalign as a user runs it (blank-line paragraphs, jieba) ${f(r.perPair.hunalignUserMs, 0)} ms, on resalign's blocks ${f(r.perPair.hunalignMs, 0)} ms`,
    '',
    'workers  pairs/s  align s  read s  total s  CPU ms/pair  peak RSS MB  made/unpaired/failed  load average',
  ]
  for (const [name, c] of Object.entries(r.corpus)) {
    lines.push(`${name.replace('jobs', '').padEnd(8)} ${f(c.pairsPerSecond, 2).padStart(7)}  ${f(c.alignMs / 1000).padStart(7)}  ${f(c.readMs / 1000).padStart(6)}  ${f(c.totalMs / 1000).padStart(7)}  ${f(c.cpuMsPerPair, 0).padStart(11)}  ${f(c.maxRssMb, 0).padStart(11)}  ${`${c.pairsMade}/${c.unpaired}/${c.failed}`.padEnd(20)}  ${la(c.load)}${name === 'glossary' ? ` (glossary ${f(c.glossaryMs / 1000)} s wall, ${f(c.glossaryCpuMs / 1000)} s CPU, ${c.glossary})` : ''}`)
  }
  const user = r.perPair.hunalignUserMs
  lines.push('', 'targets (issue 12):')
  const corpusRun = g ?? many ?? one
  const perPair = corpusRun.cpuMsPerPair
  lines.push(`  per pair in the corpus${g ? ' with the glossary' : ''} ≤ 2.0× hunalign: ${f(perPair, 0)} ms CPU per pair (all threads, start-up, reading, pairing, aligning, writing${g ? ', glossary' : ''}) = ${f(perPair / user, 2)}× hunalign's ${f(user, 0)} ms — ${mark(perPair <= 2 * user)} (${la(corpusRun.load)}); in-process align() ${f(r.perPair.resalignMs / user, 2)}×`)
  if (g) {
    const share = g.glossaryMs / g.totalMs
    const cpuShare = g.glossaryCpuMs / g.cpuMs
    lines.push(`  glossary step ≤ 25 % of the wall time: ${f(100 * share, 0)} % (${f(g.glossaryMs / 1000)} of ${f(g.totalMs / 1000)} s; ${f(100 * cpuShare, 0)} % of the CPU time) — ${mark(share <= 0.25)} (${la(g.load)})`)
    lines.push(`  peak RSS ≤ 350 MB with the glossary step: ${f(g.maxRssMb, 0)} MB — ${mark(g.maxRssMb <= 350)} (${la(g.load)})`)
  }
  if (jobs >= 2 && many && one) {
    const speedup = one.totalMs / many.totalMs
    const alignSpeedup = many.pairsPerSecond / one.pairsPerSecond
    // CPU time per pair over all threads: what N workers would give on N idle cores.
    const ceiling = Math.min(jobs, (jobs * one.cpuMsPerPair) / many.cpuMsPerPair)
    lines.push(`  ${jobs} workers ≥ 1.6× one: ${f(speedup, 2)}× in total wall time, ${f(alignSpeedup, 2)}× in the align step — ${mark(speedup >= 1.6)} (${la(one.load)} / ${la(many.load)}); CPU per pair ${f(one.cpuMsPerPair, 0)} → ${f(many.cpuMsPerPair, 0)} ms, i.e. ${f(ceiling, 2)}× on ${jobs} idle cores`)
    lines.push(`  memory per extra worker: ${f((many.maxRssMb - one.maxRssMb) / (jobs - 1), 0)} MB (peak RSS with ${jobs} workers minus with one)`)
  } else lines.push('  workers speed-up: not measured (--jobs 1 or one core)')
  const runs = Object.entries(r.corpus).filter(([k]) => k !== 'glossary')
  if (runs.length > 0) lines.push(`  peak RSS ≤ 350 MB without the glossary step: ${f(Math.max(...runs.map(([, c]) => c.maxRssMb)), 0)} MB for ${r.pairs} pairs (flat: compare --pairs 200 with --pairs 2000)`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

function median(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? /** @type {number} */ (s[m]) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}
