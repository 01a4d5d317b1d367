// Every evaluation case of the accuracy benchmark, built from corpus/ by
// code: the 78/160 development pair, its perturbations, the stripNumbers
// (glossary fallback) case and the cross-resolution case 76/213 ↔ 78/160.
// Exported for benchmarks/accuracy.mjs and for tests that assert floors on
// the same cases.
import { readFileSync } from 'node:fs'
import { baseCase, perturbationCases, stripMarkupCase, stripNumbers, mergeParagraphs } from '../../eval/perturb.mjs'
import { dropUnit, glueUnit, moveUnit, stripNumberingOneSide } from '../../eval/perturb/structure-damage.mjs'

/**
 * @typedef {'main'|'fallback'|'cross'|'structure'} CaseGroup
 *   main: 78/160 and its perturbations; fallback: numbers, markers and
 *   footnotes removed (order, length and vocabulary only); cross: 76/213 (zh)
 *   against 78/160 (en), a reference of carried-over paragraphs; structure: damage
 *   to one side's structure (structure-damage.mjs), F1 on the pairs that still exist.
 *   A case may carry `options` for align (the cross case once more with the
 *   built-in glossary off: the lexicons alone).
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
  const cross = crossCase()
  return [...main.filter((c) => c.group === 'main'), ...main.filter((c) => c.group === 'fallback'), cross, { ...cross, name: `${cross.name} (glossary off)`, options: { glossary: false } }, ...structureCases()]
}

/**
 * Damage to the structure of one side of 78/160, each fixed: a glued
 * title, the chapeau dropped, numbering gone on one side, the lines that mark
 * the resolution part dropped, paragraphs merged or moved, numbers and markup
 * gone on both sides.
 * @returns {BenchCase[]}
 */
export function structureCases() {
  const base = baseCase()
  const plain = stripMarkupCase(base)
  let noPart = plain
  for (const id of ['meta-adopted', 'meta-on-report', 'h-res-title', 'chapeau']) noPart = dropUnit(noPart, 'en', id)
  return [
    glueUnit(base, 'zh', 'h-agenda'),
    dropUnit(base, 'en', 'chapeau'),
    stripNumberingOneSide(base, 'en'),
    stripNumberingOneSide(base, 'zh'),
    stripNumberingOneSide(noPart, 'en'),
    mergeParagraphs(stripNumberingOneSide(base, 'en'), 'zh', { count: 2, seed: 3 }),
    moveUnit(base, 'en', 'op-20', -3),
    moveUnit(base, 'zh', 'pre-10', 2),
    stripNumbers(plain),
  ].map((c) => ({ ...c, group: /** @type {CaseGroup} */ ('structure') }))
}
