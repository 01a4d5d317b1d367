// Glossary extraction measured on the aligner's own output (not a fixture):
// align() on the 78/160 pair (corpus 000 zh ↔ 003 en), as paragraph links and
// with sentence links (alignSentences), then extractGlossary
// with the built-in glossary on and off, judged against the blind reference
// (src/glossary/fixtures/78-160-terms.json, `pairs` + `blindExtension` + `blindExtension2`) and
// the reviewed one (+ `addedAfterReview`): precision at 50 and 100, overall and among
// new terms (not `known`; the default output). Run `npm run build` first (or `npm run bench:glossary`).
// --list [--new]: the first 120 terms, judged; --paragraphs / --sentences: one kind of unit only.
import { readFileSync, readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { importTs } from './lib/bundle-ts.mjs'

const m = await import(new URL('../dist/index.js', import.meta.url).href)
const judge = await importTs('src/glossary/fixtures/reference-terms.ts')
const corpus = (/** @type {string} */ prefix) => {
  const dir = new URL('../corpus/', import.meta.url)
  return readFileSync(new URL(readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt')), dir), 'utf8')
}
const blind = judge.referencePairs('blind')
const reviewed = judge.referencePairs('reviewed')

const paragraphs = m.align(corpus('000'), corpus('003')).value
// As `align --unit sentence` writes it: links carry their sentence links, which extraction counts over.
const sentences = m.alignSentences(paragraphs).value
const twoSided = paragraphs.pairs.filter((/** @type {any} */ p) => p.zh.text && p.en.text)
const split = sentences.pairs.filter((/** @type {any} */ p) => (p.sentences ?? []).filter((/** @type {any} */ s) => s.zh.length && s.en.length).length > 1).length
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; align(): ${twoSided.length} two-sided links (${split} of them in several sentence links); reference ${blind.length} blind + ${reviewed.length - blind.length} added after review`)
const show = process.argv.includes('--list')
const unit = process.argv.includes('--sentences') ? 'sentence' : process.argv.includes('--paragraphs') ? 'paragraph' : 'both'

for (const [label, alignment, options] of /** @type {const} */ ([
  ['paragraph links, built-in glossary on', paragraphs, {}],
  ['paragraph links, built-in glossary off', paragraphs, { builtIn: false }],
  ['sentence links, built-in glossary on', sentences, {}],
  ['sentence links, built-in glossary off', sentences, { builtIn: false }],
])) {
  if (unit !== 'both' && !label.startsWith(unit)) continue
  const t0 = performance.now()
  // known: true lists the new terms first, then the known ones; "overall" ranks them all by score.
  const output = m.extractGlossary([alignment], { ...options, known: true }).value.terms
  const ms = performance.now() - t0
  const terms = [...output].sort((/** @type {any} */ a, /** @type {any} */ b) => b.score - a.score)
  const fresh = output.filter((/** @type {any} */ t) => !t.known)
  const p = (/** @type {number} */ k, /** @type {any[]} */ list, /** @type {any[]} */ ref) => judge.precisionAt(k, list, ref).toFixed(2)
  console.log(`${label}: ${terms.length} terms (${fresh.length} new) in ${ms.toFixed(0)} ms`)
  console.log(`  overall (by score) P@50 ${p(50, terms, blind)}  P@100 ${p(100, terms, blind)}  (reviewed ${p(50, terms, reviewed)} / ${p(100, terms, reviewed)})`)
  console.log(`  new terms          P@50 ${p(50, fresh, blind)}  P@100 ${p(100, fresh, blind)}  (reviewed ${p(50, fresh, reviewed)} / ${p(100, fresh, reviewed)})`)
  if (show) for (const [i, t] of (process.argv.includes("--new") ? fresh : terms).slice(0, 120).entries()) console.log(`  ${String(i + 1).padStart(3)} ${judge.isCorrect(t, blind) ? '✓' : judge.isCorrect(t, reviewed) ? '+' : '✗'} ${t.known ? 'K' : ' '} ${t.score.toFixed(3)} ${t.count} ${t.zh} ↔ ${t.en}`)
}
