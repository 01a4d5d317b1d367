// Loads resalign the way a user does (the built dist/), and gives the
// benchmark its blocks and its alignment.
//
// dist/ is built by `npm run build`. When it is missing, or does not export
// segment() and align() yet, loadResalign() says why instead of throwing.

/**
 * @typedef {{ segment: Function, align: Function }} Resalign
 * @typedef {{ ok: true, lib: Resalign } | { ok: false, reason: string }} Loaded
 */

/** @returns {Promise<Loaded>} */
export async function loadResalign() {
  /** @type {any} */
  let lib
  try {
    lib = await import(new URL('../../dist/index.js', import.meta.url).href)
  } catch (e) {
    return { ok: false, reason: `cannot import dist/index.js (${/** @type {Error} */ (e).message.split('\n')[0]}); run \`npm run build\`` }
  }
  const missing = ['segment', 'align'].filter((f) => typeof lib[f] !== 'function')
  if (missing.length) return { ok: false, reason: `dist/index.js does not export ${missing.join(' and ')} yet` }
  return { ok: true, lib }
}

/**
 * Block texts of a document, in document order, as resalign segments it.
 * @param {Resalign} lib @param {string} text @param {'zh'|'en'} lang
 * @returns {string[]}
 */
export function resalignBlocks(lib, text, lang) {
  const { value } = lib.segment(text, { lang })
  return value.parts.flatMap((/** @type {any} */ p) => p.blocks.map((/** @type {any} */ b) => b.text))
}

/**
 * resalign's alignment of a pair, in the shape the scorer reads.
 * @param {Resalign} lib @param {string} zh @param {string} en
 * @returns {{ pairs: any[], issues: number }}
 */
export function resalignAlign(lib, zh, en, options) {
  const { value, issues } = lib.align(zh, en, options)
  return { pairs: value.pairs, issues: issues.length }
}
