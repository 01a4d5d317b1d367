#!/usr/bin/env node
// Fuzz the CLI's code path: generated inputs through `main(argv, io)` of the
// built dist/cli.js with an in-memory file system, as `resalign segment` and
// `resalign align` would get them. Every outcome is counted; a crash (exit 1,
// "internal error", or an exception out of main) and a failed lossless check
// (an `internal/` issue in the JSON output) are printed with the seed that
// replays them.
//
//   npm run build && node benchmarks/fuzz.mjs [--runs=10000] [--seed=1] [--workers=2] [--replay=<seed>] [--adversarial[=100000]]
//
// The seeds are shared out among --workers threads (default: one per CPU).
// Inputs (seeded, reproducible): damaged excerpts of the corpus pair (lines
// deleted, duplicated, swapped, junk inserted, truncated, line ends changed,
// any encoding), random text from character pools, random bytes, text built
// to make regular expressions backtrack, and argument-list mistakes.
// --adversarial instead times segment() on the adversarial texts at a large
// size and at a quarter of it (a linear pattern takes ~4x, a quadratic ~16x).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { prng } from '../eval/perturb/prng.mjs'
import { ADVERSARIES } from '../test/robustness/gen/adversarial.mjs'
import { encode } from '../test/robustness/gen/encode.mjs'
import { applyEdits, excerpt, randomBytes, randomEdit, randomText } from '../test/robustness/gen/mutate.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const runs = Number(args.runs ?? 10_000)
const firstSeed = Number(args.seed ?? 1)
const corpus = (prefix) => readFileSync(join(root, 'corpus', readdirSync(join(root, 'corpus')).find((f) => f.startsWith(prefix)) ?? ''), 'utf8')
const SEEDS = { zh: corpus('000'), en: corpus('003'), other: [corpus('001'), corpus('002'), corpus('004')] }
const ENCODINGS = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'gb18030']
const FORMATS = ['json', 'json', 'json', 'jsonl', 'tmx', 'tsv', 'moses', 'html']

let main
try {
  ;({ main } = await import(new URL('../dist/cli.js', import.meta.url).href))
} catch (e) {
  process.stderr.write(`cannot import dist/cli.js (${String(e.message).split('\n')[0]}); run \`npm run build\`\n`)
  process.exit(1)
}

/** A damaged excerpt of a document, as bytes in some encoding. */
function damaged(rng, text) {
  const lines = rng.chance(0.04) ? 400 : rng.int(3, 60)
  const edits = Array.from({ length: rng.int(0, 4) }, () => randomEdit(rng))
  return encode(applyEdits(excerpt(text, rng.next(), lines), edits), rng.pick(ENCODINGS), { replacement: '?' })
}

/** Input no alignment can be made of, or almost. */
function junkInput(rng) {
  switch (rng.int(0, 3)) {
    case 0:
      return randomBytes(rng, rng.int(0, 4000))
    case 1:
      return encode(randomText(rng, rng.int(0, 3000)), rng.pick(ENCODINGS), { replacement: '?' })
    case 2:
      return encode(rng.pick(ADVERSARIES).make(rng.int(50, 5000)), 'utf-8')
    default:
      return damaged(rng, rng.pick(SEEDS.other))
  }
}

/** One fuzz case: the argv and the in-memory files it reads. */
function makeCase(seed) {
  const rng = prng(seed)
  const roll = rng.next()
  const files = new Map()
  const file = (name, bytes) => (files.set(name, bytes), name)
  if (roll < 0.3) return { what: 'segment excerpt', argv: ['segment', file('a.txt', damaged(rng, rng.chance(0.5) ? SEEDS.zh : SEEDS.en)), ...(rng.chance(0.3) ? ['--format', 'text'] : [])], files }
  if (roll < 0.6) {
    const zh = file('zh.txt', damaged(rng, SEEDS.zh))
    const en = file('en.txt', damaged(rng, SEEDS.en))
    const pair = rng.chance(0.15) ? [en, zh] : [zh, en]
    return { what: 'align excerpts', argv: ['align', ...pair, '--format', rng.pick(FORMATS), ...(rng.chance(0.2) ? ['--strict'] : [])], files }
  }
  if (roll < 0.85) {
    const lang = rng.chance(0.3) ? ['--lang', rng.pick(['zh', 'en'])] : []
    return { what: 'segment junk', argv: ['segment', file('j.txt', junkInput(rng)), ...lang], files }
  }
  if (roll < 0.95) {
    const good = file('good.txt', damaged(rng, SEEDS.en))
    const bad = file('bad.txt', junkInput(rng))
    return { what: 'align junk', argv: ['align', ...(rng.chance(0.5) ? [bad, good] : [good, bad])], files }
  }
  // Argument-list mistakes: missing files, unknown options, bad values, too many files.
  file('x.txt', damaged(rng, SEEDS.zh))
  const argv = rng.pick([
    ['align', 'x.txt'],
    ['align', 'x.txt', 'missing.txt'],
    ['align', 'x.txt', 'x.txt', 'x.txt'],
    ['align', 'x.txt', 'x.txt', '--format', 'docx'],
    ['segment', 'x.txt', '--lang', 'fr'],
    ['segment', 'x.txt', '--format', 'xml'],
    ['segment', '--bogus', 'x.txt'],
    ['segment'],
    ['frobnicate', 'x.txt'],
    ['align', '--format'],
  ])
  return { what: 'usage', argv, files }
}

/** The CLI's io, in memory. */
function memoryIo(files) {
  const out = { stdout: '', stderr: '', written: new Map() }
  const read = async (path) => {
    const f = files.get(path)
    if (f === undefined) throw notFound(path)
    return f
  }
  return {
    out,
    io: {
      stdout: (s) => void (out.stdout += s),
      stderr: (s) => void (out.stderr += s),
      readBytes: read,
      readFile: async (path) => new TextDecoder().decode(await read(path)),
      writeFile: async (path, data) => void out.written.set(path, data),
      isTTY: false,
    },
  }
}

/** What the real CLI throws for a missing file (an error named ResalignError with a code). */
function notFound(path) {
  const e = new Error(`no such file: ${path}`)
  e.name = 'ResalignError'
  e.code = 'input/not-found'
  e.hint = 'check the path'
  return e
}

/** Run one case and name its outcome. */
async function runCase(seed) {
  const c = makeCase(seed)
  const { io, out } = memoryIo(c.files)
  let code
  try {
    code = await main(c.argv, io)
  } catch (e) {
    return { c, out, outcome: 'crash', detail: `exception out of main: ${e?.stack ?? e}` }
  }
  if (code === 1) return { c, out, outcome: 'crash', detail: out.stderr.trim() }
  if (code === 2) return { c, out, outcome: `refused: ${refusal(out.stderr)}` }
  const lost = internalIssuesOf(out.stdout)
  if (lost.length) return { c, out, outcome: 'lossless check failed', detail: lost.slice(0, 3).join('; ') }
  return { c, out, outcome: code === 0 ? `exit 0 (${c.what})` : `exit ${code} (${c.what})` }
}

/** The first stderr line without file names and numbers: the kind of refusal. */
const refusal = (stderr) => (stderr.split('\n')[0] ?? '').replace(/^resalign: /, '').replace(/\b[\w.-]+\.txt\b/g, 'FILE').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 70)

/** internal/ issues in a JSON output (segment JSON or aligned JSON). */
function internalIssuesOf(stdout) {
  if (!stdout.startsWith('{')) return []
  try {
    const issues = JSON.parse(stdout).issues ?? []
    return issues.filter((i) => String(i.code).startsWith('internal/')).map((i) => `${i.code}: ${i.message}`)
  } catch {
    return []
  }
}

/** Run seeds [from, from + count) and return the counts per outcome and the failures. */
async function fuzzRange(from, count) {
  const counts = {}
  const failures = []
  for (let seed = from; seed < from + count; seed++) {
    const r = await runCase(seed)
    counts[r.outcome] = (counts[r.outcome] ?? 0) + 1
    if (r.outcome === 'crash' || r.outcome === 'lossless check failed') failures.push({ seed, outcome: r.outcome, what: r.c.what, argv: r.c.argv.join(' '), detail: String(r.detail).split('\n').slice(0, 2).join(' | ').slice(0, 300) })
  }
  return { counts, failures }
}

async function fuzz() {
  const workers = Math.max(1, Math.min(runs, Number(args.workers ?? availableParallelism())))
  const t0 = performance.now()
  const shares = Array.from({ length: workers }, (_, w) => {
    const from = firstSeed + Math.floor((runs * w) / workers)
    return { from, count: firstSeed + Math.floor((runs * (w + 1)) / workers) - from }
  })
  const results = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share, argv: process.argv.slice(2) })
    worker.once('message', resolve)
    worker.once('error', reject)
  })))
  const seconds = (performance.now() - t0) / 1000
  const counts = new Map()
  for (const r of results) for (const [k, v] of Object.entries(r.counts)) counts.set(k, (counts.get(k) ?? 0) + v)
  const failures = results.flatMap((r) => r.failures).sort((a, b) => a.seed - b.seed)
  console.log(`resalign fuzz: ${runs} inputs through the CLI's main() (seeds ${firstSeed}–${firstSeed + runs - 1}, ${workers} threads) in ${seconds.toFixed(1)} s (${(runs / seconds).toFixed(0)} inputs/s)\n`)
  console.log('| outcome | inputs |\n|---|---:|')
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${v} |`)
  const crashes = failures.filter((f) => f.outcome === 'crash').length
  console.log(`\ncrashes: ${crashes}, lossless-check failures: ${failures.length - crashes}`)
  // Group by what failed (the issue code, or the crash message), a few replayable examples each.
  const groups = new Map()
  for (const f of failures) {
    const key = f.outcome === 'crash' ? `crash: ${f.detail.split(' | ')[0].replace(/\d+/g, 'N').slice(0, 120)}` : `lossless check failed: ${/^internal\/[\w-]+/.exec(f.detail)?.[0] ?? '?'}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  for (const [key, list] of groups) {
    console.log(`\n- ${list.length}× ${key}`)
    for (const f of list.slice(0, 5)) console.log(`  --replay=${f.seed} (${f.what}: resalign ${f.argv})\n    ${f.detail.slice(0, 160)}`)
  }
  process.exitCode = crashes ? 1 : 0
}

async function replay(seed) {
  const r = await runCase(seed)
  const dir = join(tmpdir(), `resalign-fuzz-${seed}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, bytes] of r.c.files) writeFileSync(join(dir, name), bytes)
  console.log(`seed ${seed}: ${r.c.what}\n  resalign ${r.c.argv.join(' ')}\n  outcome: ${r.outcome}\n  input files written to ${dir}\n\n${r.out.stderr}${r.detail ? `\n${r.detail}\n` : ''}`)
}

/** segment() times on adversarial text at size n and n/4. */
async function adversarial(n) {
  const { segment } = await import(new URL('../dist/index.js', import.meta.url).href)
  const time = (text) => {
    const t = performance.now()
    try {
      segment(text, { lang: 'en' })
    } catch {}
    return performance.now() - t
  }
  console.log(`segment() on adversarial text, ${n / 4} and ${n} characters (ms; ratio ~4 is linear, ~16 quadratic)\n`)
  console.log('| input | n/4 | n | ratio |\n|---|---:|---:|---:|')
  const rows = ADVERSARIES.map((a) => {
    time(a.make(1000))
    const small = time(a.make(n / 4))
    const large = time(a.make(n))
    return { name: a.name, small, large, ratio: large / Math.max(small, 1) }
  })
  for (const r of rows.sort((a, b) => b.large - a.large)) console.log(`| ${r.name} | ${r.small.toFixed(0)} | ${r.large.toFixed(0)} | ${r.ratio.toFixed(1)} |`)
}

if (!isMainThread) parentPort?.postMessage(await fuzzRange(workerData.from, workerData.count))
else if (args.replay !== undefined) await replay(Number(args.replay))
else if (args.adversarial !== undefined) await adversarial(args.adversarial === true ? 100_000 : Number(args.adversarial))
else await fuzz()
