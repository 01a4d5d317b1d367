// PDF ingestion time per page beside pdftotext (poppler, the native peer) on
// the same PDFs: the committed renderings under corpus/renderings. Both are
// timed per file and per page after start-up: a file's time less the time of
// a one-page PDF, over the pages after the first. resalign's side is
// ingestPdf (pdf.js text layer → lines, furniture, footnotes, paragraphs),
// loaded once and warmed up; pdftotext runs as a process, as users run it.
// Times are CPU time (user + system; for pdftotext the child's, from bash's
// `time`), which the load of a shared machine disturbs far less than wall
// time; medians of repeated runs, with the load average.
//
//   node benchmarks/pdf-speed.mjs [--runs=7]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7)
// Inside the package, so that the bundle finds pdfjs-dist in node_modules.
const work = mkdtempSync(join(root, 'node_modules', '.resalign-pdf-speed-'))

// The ingest from source, bundled with its dependencies left outside (pdf.js loads on first use).
await build({ entryPoints: [join(root, 'src/ingest/ingest-pdf.ts'), join(root, 'src/ingest/load-pdf.ts'), join(root, 'src/ingest/fixtures/tiny-pdf.ts')], bundle: true, platform: 'node', format: 'esm', outdir: work, packages: 'external', logLevel: 'error' })
const { ingestPdf } = await import(join(work, 'ingest-pdf.js'))
const { tinyPdf, textOp } = await import(join(work, 'fixtures', 'tiny-pdf.js'))
const { openPdf } = await import(join(work, 'load-pdf.js'))

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
/** Median CPU milliseconds of `fn` (which may return its own measure). */
async function time(fn) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const t = cpuMs()
    const own = await fn()
    samples.push(typeof own === 'number' ? own : cpuMs() - t)
  }
  return median(samples)
}

const onePage = join(work, 'one-page.pdf')
writeFileSync(onePage, tinyPdf({ pages: [textOp('One page.')] }))
const pdftotext = (file) =>
  time(() => {
    const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%3U %3S"; time pdftotext -enc UTF-8 "$0" - > /dev/null', file], { encoding: 'utf8' })
    const [user, system] = r.stderr.trim().split(/\s+/).slice(-2).map(Number)
    if (r.status !== 0 || !Number.isFinite(user)) throw new Error(`pdftotext failed on ${file}: ${r.stderr}`)
    return (user + system) * 1000
  })
const ingest = (file) => {
  const bytes = new Uint8Array(readFileSync(file))
  return time(() => ingestPdf(bytes))
}
/** pdf.js alone: open the file and read every page's text layer (the floor under ingestPdf). */
const textLayer = (file) => {
  const bytes = new Uint8Array(readFileSync(file))
  return time(async () => (await openPdf(bytes, 2000)).close())
}

await ingestPdf(new Uint8Array(readFileSync(onePage))) // start-up: pdf.js imported, fonts machinery warm
const base = { pdftotext: await pdftotext(onePage), resalign: await ingest(onePage), pdfjs: await textLayer(onePage) }
const dir = join(root, 'corpus/renderings')
const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).map((f) => join(dir, String(f))).sort()
if (!files.length) throw new Error('no PDFs under corpus/renderings')

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} · CPU time, medians of ${runs} runs · one-page start-up: pdftotext ${base.pdftotext.toFixed(1)} ms, ingestPdf ${base.resalign.toFixed(1)} ms\n`)
console.log('file | pages | pdftotext ms/page | ingestPdf ms/page | of which pdf.js text layer | ratio')
console.log('--- | ---: | ---: | ---: | ---: | ---:')
const ratios = []
for (const file of files) {
  const { pages } = await ingestPdf(new Uint8Array(readFileSync(file)))
  const p = (await pdftotext(file) - base.pdftotext) / Math.max(1, pages - 1)
  const r = (await ingest(file) - base.resalign) / Math.max(1, pages - 1)
  const j = (await textLayer(file) - base.pdfjs) / Math.max(1, pages - 1)
  ratios.push(r / p)
  console.log(`${file.slice(dir.length + 1)} | ${pages} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${j.toFixed(2)} | ${(r / p).toFixed(2)}×`)
}
console.log(`\nmedian ratio ${median(ratios).toFixed(2)}× (target ≤ 3×) · load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
rmSync(work, { recursive: true, force: true })
