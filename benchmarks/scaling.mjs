#!/usr/bin/env node
// Does resalign stay linear on large input? Builds inputs of 1×, 2×, 4×, 8×
// a base size from the corpus pair (000 zh ↔ 003 en) and prints, for each,
// the time of segment() and align(), the number of similarity evaluations
// align() makes (its `counter` option) and the peak memory of the process.
// Each size runs in a fresh child process so that peak memory is its own.
//
//   npm run build && node benchmarks/scaling.mjs [--base=30] [--factors=1,2,4,8] [--mode=documents]
//
// --base: copies of each document at 1× (30: the English side is ~1.25 MB at
//   1× and ~10 MB at 8×).
// --mode: documents  the pair repeated, each copy a part of its own (a
//                    compilation; parts are matched first);
//         continue   one resolution whose body is repeated, numbers continued;
//         keep       the same, numbers repeated in each copy;
//         strip      the same, without paragraph numbers (no anchors at all).
// Every copy is perturbed (a deleted or swapped line), see
// test/robustness/gen/scale.mjs. Linear: each doubling about doubles the
// evaluations, the time and the memory; test/robustness/scaling.test.ts
// asserts it on the evaluation counts (never on time).
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BODY, lengthenBody, repeatDocument } from '../test/robustness/gen/scale.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const base = Number(args.base ?? 30)
const factors = String(args.factors ?? '1,2,4,8').split(',').map(Number)
const mode = String(args.mode ?? 'documents')
const MODES = ['documents', 'continue', 'keep', 'strip']
if (!MODES.includes(mode)) {
  process.stderr.write(`--mode must be one of ${MODES.join(', ')}\n`)
  process.exit(2)
}
const corpus = (prefix) => readFileSync(join(root, 'corpus', readdirSync(join(root, 'corpus')).find((f) => f.startsWith(prefix)) ?? ''), 'utf8')

/** Both sides at `copies` copies. */
function build(copies) {
  const side = (text, lang) => (mode === 'documents' ? repeatDocument(text, copies) : lengthenBody(text, copies, { ...BODY[lang], numbers: mode }))
  return { zh: side(corpus('000'), 'zh'), en: side(corpus('003'), 'en') }
}

/** In the child: one size, measured; prints one JSON line. */
async function child(copies) {
  const { segment, align } = await import(new URL('../dist/index.js', import.meta.url).href)
  const { zh, en } = build(copies)
  const t0 = performance.now()
  const zt = segment(zh, { lang: 'zh' })
  const et = segment(en, { lang: 'en' })
  const t1 = performance.now()
  const counter = { evaluations: 0 }
  const { value } = align(zt.value, et.value, { counter })
  const t2 = performance.now()
  const blocks = value.source.zh.blocks + value.source.en.blocks
  const links = value.pairs.filter((p) => p.zh.ids.length && p.en.ids.length).length
  console.log(JSON.stringify({ copies, mb: (zh.length + en.length) / 1e6, enMb: en.length / 1e6, segmentMs: t1 - t0, alignMs: t2 - t1, evaluations: counter.evaluations, blocks, links, peakMb: process.resourceUsage().maxRSS / 1024 }))
}

async function parent() {
  console.log(`resalign scaling, mode "${mode}", 1× = ${base} copies of each document (a fresh process per size)\n`)
  console.log('| size | input MB (en) | blocks | links | segment s | align s | evaluations | eval. ×/doubling | peak RSS MB |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  let previous
  for (const f of factors) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), `--child=${base * f}`, `--mode=${mode}`], { encoding: 'utf8', maxBuffer: 1 << 20 })
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}')
    const growth = previous ? (r.evaluations / previous.evaluations) ** (1 / Math.log2(r.copies / previous.copies)) : null
    console.log(`| ${f}× | ${r.mb.toFixed(1)} (${r.enMb.toFixed(1)}) | ${r.blocks} | ${r.links} | ${(r.segmentMs / 1000).toFixed(1)} | ${(r.alignMs / 1000).toFixed(1)} | ${r.evaluations} | ${growth ? growth.toFixed(2) : '–'} | ${r.peakMb.toFixed(0)} |`)
    previous = r
  }
  console.log('\nLinear: evaluations ×2.0 per doubling (the test allows 2.3); time and memory follow.')
}

if (args.child !== undefined) await child(Number(args.child))
else await parent()
