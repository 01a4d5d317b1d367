// The zh–en lexicon's costs on the built package (run `npm run build` first,
// or `npm run bench:lexicon`): the one-time load of the CC-CEDICT dictionary
// in a fresh process, building a scorer for the 78/160 pair, 10⁴ score
// calls on it, and learning a lexicon from its numbered paragraphs.
// Medians of repeated runs, with the load average (the machine is shared).
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { medianTime } from './lib/timing.mjs'

const dist = new URL('../dist/index.js', import.meta.url).href
const m = await import(dist)
const corpus = (/** @type {string} */ prefix) => {
  const dir = new URL('../corpus/', import.meta.url)
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))
  return readFileSync(new URL(name, dir), 'utf8')
}

/** Milliseconds to load the dictionary in a fresh process (median of `runs`). */
function dictionaryLoad(runs = 3) {
  const script = `const m = await import(${JSON.stringify(dist)}); const t = performance.now(); const d = m.loadDictionary(); console.log(JSON.stringify({ ms: performance.now() - t, size: d.size, heapMB: process.memoryUsage().heapUsed / 1e6 }))`
  const results = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })))
  results.sort((a, b) => a.ms - b.ms)
  return results[runs >> 1]
}

const blocks = (/** @type {string} */ text) => m.segment(text).value.parts.flatMap((/** @type {any} */ p) => p.blocks)
const zh = blocks(corpus('000'))
const en = blocks(corpus('003'))
const zhTexts = zh.map((/** @type {any} */ b) => b.text)
const enTexts = en.map((/** @type {any} */ b) => b.text)

const load = dictionaryLoad()
m.loadDictionary()
const build = await medianTime(() => m.createLexiconScorer(zhTexts, enTexts), 3)
const scorer = build.result
const calls = 10_000
const score = await medianTime(() => {
  let sum = 0
  for (let k = 0; k < calls; k++) {
    const i = (k * 7919) % zhTexts.length
    const j = (k * 104729) % enTexts.length
    sum += scorer.score(k % 3 === 0 ? [i] : [i, (i + 1) % zhTexts.length], [j])
  }
  return sum
}, 5)
const numbered = (/** @type {any[]} */ bs) => new Map(bs.flatMap((b, i) => (b.kind === 'operative' && b.number !== null ? [[b.number, i]] : [])))
const enByNumber = numbered(en)
const pairs = [...numbered(zh)].flatMap(([n, i]) => (enByNumber.has(n) ? [{ zh: scorer.zhWords(i), en: scorer.enWords(enByNumber.get(n)) }] : []))
const learn = await medianTime(() => m.learnLexicon(pairs), 5)

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
console.log(`dictionary load (fresh process, median of 3): ${load.ms.toFixed(0)} ms, ${load.size} headwords, heap ${load.heapMB.toFixed(0)} MB`)
console.log(`scorer for 78/160 (${zhTexts.length} zh × ${enTexts.length} en blocks), dictionary loaded: ${build.ms.toFixed(0)} ms`)
console.log(`${calls} score calls: ${score.ms.toFixed(1)} ms (${((score.ms * 1000) / calls).toFixed(2)} µs per call)`)
console.log(`learnLexicon on ${pairs.length} numbered pairs, 5 iterations: ${learn.ms.toFixed(1)} ms, ${learn.result.size} words`)
