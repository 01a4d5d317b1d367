// Perturbation suite: damaged and re-rendered versions of the 78/160 pair,
// all built by code from corpus/000 and corpus/003, each with the gold
// transformed to match. A case is `{ name, zh, en, gold, note? }`.
//
// Text-level:  pdfRender(text, lang, seed, options)
// Case-level:  pdfCase, deleteParagraph, splitParagraph, mergeParagraphs,
//              swapParagraphs, stripMarkupCase, stripNumbers, noise
// Suite:       baseCase(), perturbationCases()
import { readFileSync } from 'node:fs'
import { goldUnits } from './gold-units.mjs'
import { pdfRender } from './perturb/pdf-render.mjs'
import { deleteParagraph, splitParagraph, mergeParagraphs, swapParagraphs } from './perturb/edit-paragraphs.mjs'
import { stripMarkupCase, stripNumbers, noise } from './perturb/strip.mjs'

export { pdfRender, deleteParagraph, splitParagraph, mergeParagraphs, swapParagraphs, stripMarkupCase, stripNumbers, noise }
export { stripMarkup } from './perturb/markup.mjs'

/** @typedef {import('./perturb/paragraphs.mjs').Case} Case */

const corpus = (/** @type {string} */ path) => readFileSync(new URL(`../corpus/${path}`, import.meta.url), 'utf8')

/**
 * The development pair as it is: corpus/000 (zh) and corpus/003 (en) with
 * corpus/gold/78-160.json. Files are read when called.
 * @returns {Case}
 */
export function baseCase() {
  const gold = JSON.parse(corpus('gold/78-160.json'))
  return { name: '78-160', zh: corpus(gold.zhFile), en: corpus(gold.enFile), gold }
}

/** Page furniture of the two renderings of 78/160. */
const FURNITURE = Object.freeze({
  zh: { symbol: 'A/78/462/Add.1', job: '23-22870', date: '2023年12月5日' },
  en: { symbol: 'A/RES/78/160', job: '23-25123', date: '22 December 2023',
    title: 'Science, technology and innovation for sustainable development' },
})

/**
 * Both sides rendered as PDF-extracted text. Page breaks avoid the gold keys
 * (see pdf-render.mjs), so the gold is unchanged.
 * @param {Case} c @param {number} seed @param {{ sides?: ('zh'|'en')[] }} [options]
 * @returns {Case}
 */
export function pdfCase(c, seed, options = {}) {
  const { sides = ['zh', 'en'] } = options
  const { units } = goldUnits(c.gold)
  const protect = (/** @type {'zh'|'en'} */ s) => units.flatMap((u) => u[s].map((k) => k.k))
  const render = (/** @type {'zh'|'en'} */ s) =>
    sides.includes(s) ? pdfRender(c[s], s, seed, { ...FURNITURE[s], protect: protect(s) }) : c[s]
  return { ...c, name: `${c.name}+pdf${sides.length === 2 ? '' : `-${sides[0]}`}`, zh: render('zh'), en: render('en') }
}

/**
 * Every perturbation case of the suite, in a fixed order. The stripNumbers
 * case (numbers, markers and footnotes gone: the glossary fallback) is last
 * and marked with `fallback: true`.
 * @returns {(Case & { fallback?: boolean })[]}
 */
export function perturbationCases() {
  const base = baseCase()
  return [
    pdfCase(base, 1),
    pdfCase(base, 2, { sides: ['en'] }),
    deleteParagraph(base, 20),
    pdfCase(deleteParagraph(base, 33), 3),
    splitParagraph(base, 'zh', { count: 6, seed: 1 }),
    splitParagraph(base, 'en', { count: 6, seed: 2 }),
    mergeParagraphs(base, 'zh', { count: 3, seed: 1 }),
    mergeParagraphs(base, 'en', { count: 3, seed: 2 }),
    swapParagraphs(base, 'en', 'pre-24'),
    stripMarkupCase(base),
    noise(base, 1),
    { ...stripNumbers(stripMarkupCase(base)), fallback: true },
  ]
}
