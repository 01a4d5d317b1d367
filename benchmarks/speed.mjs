// Speed and memory of resalign on the bundled corpus, with hunalign's time on
// the same blocks in the same run. Medians of repeated runs; this machine is
// noisy, so compare the columns, not the absolute numbers across runs.
//
//   npm run build && node benchmarks/speed.mjs [--runs=15]
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { medianTime } from './lib/timing.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15)
const corpus = (prefix) => readFileSync(`${root}corpus/${readdirSync(`${root}corpus`).find((f) => f.startsWith(prefix))}`, 'utf8')

/** Start-up: a fresh process imports the package and aligns the pair once (dictionaries loaded on first use). */
function startup() {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(`${root}dist/index.js`)}); const t1 = performance.now();
const fs = await import('node:fs'); const z = fs.readFileSync(${JSON.stringify(`${root}corpus/000_6de2d6a488ce5ea8.txt`)}, 'utf8'); const e = fs.readFileSync(${JSON.stringify(`${root}corpus/003_1fa2410106587f34.txt`)}, 'utf8');
m.align(z, e); const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, firstAlignMs: t2 - t1 }))`
  const samples = []
  for (let i = 0; i < 5; i++) samples.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })))
  const med = (k) => samples.map((s) => s[k]).sort((a, b) => a - b)[2]
  return { importMs: med('importMs'), firstAlignMs: med('firstAlignMs') }
}

const { segment, align } = await import('../dist/index.js')
const { hunalign } = await import('./lib/hunalign.mjs').catch(() => ({}))
const zh = corpus('000')
const en = corpus('003')
const big = corpus('002')
const mb = Array.from({ length: Math.ceil(1_048_576 / big.length) }, () => big).join('\n\n').slice(0, 1_048_576)

const rows = []
const row = (what, ms, note = '') => rows.push([what, ms.toFixed(1), note])
const start = startup()
row('start-up: import', start.importMs)
row('start-up: first align (builds the glossary matcher)', start.firstAlignMs)
const zt = segment(zh).value
const et = segment(en).value
row('segment 000 (33 KB zh)', (await medianTime(() => segment(zh), runs)).ms)
row('segment 003 (42 KB en)', (await medianTime(() => segment(en), runs)).ms)
const { unified } = await import('unified')
const { default: remarkParse } = await import('remark-parse')
const markdown = unified().use(remarkParse)
row('remark-parse alone, 000 + 003', (await medianTime(() => { markdown.parse(zh); markdown.parse(en) }, runs)).ms, 'the Markdown parser the issues require, nothing of ours')
row('segment 1 MB (zh PDF text)', (await medianTime(() => segment(mb), 5)).ms, `${(mb.length / 1e6).toFixed(2)} M chars`)
row('align 78/160 from text', (await medianTime(() => align(zh, en), runs)).ms, 'segment both + align')
row('align 78/160 from trees', (await medianTime(() => align(zt, et), runs)).ms, 'align only')
row('align 78/160 from trees, no glossary', (await medianTime(() => align(zt, et, { glossary: false }), runs)).ms)
if (typeof hunalign === 'function') {
  const zb = zt.parts.flatMap((p) => p.blocks.map((b) => b.text))
  const eb = et.parts.flatMap((p) => p.blocks.map((b) => b.text))
  row('hunalign on the same blocks', (await medianTime(() => hunalign(zb, eb), runs)).ms, 'fresh WebAssembly module per pair')
}
const rss = process.resourceUsage().maxRSS / 1024
console.log(`resalign speed (median of ${runs} runs; Node ${process.version}; ${new Date().toISOString().slice(0, 10)})\n`)
console.log('| what | ms | note |\n| --- | ---: | --- |')
for (const [w, ms, note] of rows) console.log(`| ${w} | ${ms} | ${note} |`)
console.log(`\npeak RSS of this process: ${rss.toFixed(0)} MB`)
