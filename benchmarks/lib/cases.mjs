// Every evaluation case of the accuracy benchmark, built from corpus/ by
// code: the 78/160 development pair, its perturbations, the stripNumbers
// (glossary fallback) case and the cross-resolution case 76/213 ↔ 78/160.
// Exported for benchmarks/accuracy.mjs and for tests that assert floors on
// the same cases.
import { readFileSync } from 'node:fs'
import { baseCase, perturbationCases } from '../../eval/perturb.mjs'

/**
 * @typedef {'main'|'fallback'|'cross'} CaseGroup
 *   main: 78/160 and its perturbations; fallback: numbers, markers and
 *   footnotes removed (order, length and vocabulary only); cross: 76/213 (zh)
 *   against 78/160 (en), a reference of carried-over paragraphs.
 * @typedef {import('../../eval/perturb/paragraphs.mjs').Case & { group: CaseGroup }} BenchCase
 */

const corpus = (/** @type {string} */ path) => readFileSync(new URL(`../../corpus/${path}`, import.meta.url), 'utf8')

/**
 * Resolution 76/213 (zh) against 78/160 (en) with the reference
 * corpus/gold/76-213-vs-78-160.json.
 * @returns {BenchCase}
 */
export function crossCase() {
  const gold = JSON.parse(corpus('gold/76-213-vs-78-160.json'))
  return { name: '76-213-vs-78-160', zh: corpus(gold.zhFile), en: corpus(gold.enFile), gold, group: 'cross' }
}

/**
 * All cases, in a fixed order: main cases first, then the fallback case, then
 * the cross-resolution case. Built on each call (reads corpus/).
 * @returns {BenchCase[]}
 */
export function buildCases() {
  /** @type {BenchCase[]} */
  const main = [baseCase(), ...perturbationCases()].map((c) => ({ ...c, group: /** @type {CaseGroup} */ ('fallback' in c && c.fallback ? 'fallback' : 'main') }))
  return [...main.filter((c) => c.group === 'main'), ...main.filter((c) => c.group === 'fallback'), crossCase()]
}
