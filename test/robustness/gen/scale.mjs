// Large inputs built from the seeds, for linear-time checks: the document
// pair repeated (many parts, as in a compilation of resolutions), or the
// body of one resolution repeated inside a single part (one very long
// resolution), with its paragraph numbers kept, continued or removed.
// Every copy is perturbed a little (a deleted or swapped line) so that no two
// copies are the same text.
import { prng } from '../../../eval/perturb/prng.mjs'
import { applyEdits, randomEdit } from './mutate.mjs'

/** @typedef {'keep' | 'continue' | 'strip'} Numbers */

/** @param {string} text @param {number} seed */
function perturb(text, seed) {
  const rng = prng(seed)
  return applyEdits(text, [1, 2].map(() => {
    const e = randomEdit(rng)
    // Only damage that keeps the copy a document: no truncation, no junk.
    return e.kind === 'delete-lines' ? { ...e, count: 1 } : e.kind === 'swap-lines' ? e : { kind: 'delete-lines', at: rng.next(), count: 1 }
  }))
}

/**
 * `copies` copies of a document, one after the other, each perturbed with
 * its own seed (copy 0 is the document itself).
 * @param {string} text @param {number} copies @param {number} [seed]
 */
export function repeatDocument(text, copies, seed = 1) {
  return Array.from({ length: copies }, (_, c) => (c === 0 ? text : perturb(text, seed * 1000 + c))).join('\n\n')
}

const NUMBER = /^(\s*)(\d{1,3})\.(\s+)/gm

/**
 * The document with its body (the lines from the first match of `start` up
 * to the first match of `end` after it, or the end) repeated `copies` times
 * inside the one part. `numbers`: keep the paragraph numbers as they are,
 * continue them across copies, or strip them (no anchors at all).
 * @param {string} text @param {number} copies
 * @param {{ start: RegExp, end?: RegExp, numbers: Numbers, seed?: number }} options
 */
export function lengthenBody(text, copies, options) {
  const from = text.search(options.start)
  if (from < 0) throw new Error(`no line matches ${options.start}`)
  const bodyStart = text.indexOf('\n', from) + 1
  const rest = text.slice(bodyStart)
  const endAt = options.end ? rest.search(options.end) : -1
  const body = endAt < 0 ? rest : rest.slice(0, endAt)
  const tail = endAt < 0 ? '' : rest.slice(endAt)
  const top = Math.max(0, ...[...body.matchAll(NUMBER)].map((m) => Number(m[2])))
  const copy = (/** @type {number} */ c) => {
    const text = c === 0 ? body : perturb(body, (options.seed ?? 1) * 1000 + c)
    if (options.numbers === 'strip') return text.replace(NUMBER, '$1')
    if (options.numbers === 'continue') return text.replace(NUMBER, (_m, a, n, s) => `${a}${Number(n) + top * c}.${s}`)
    return text
  }
  return text.slice(0, bodyStart) + Array.from({ length: copies }, (_, c) => copy(c)).join('\n\n') + tail
}

/** Where the body of each seed's resolution starts and ends. */
export const BODY = Object.freeze({
  zh: { start: /^大会，$/m },
  en: { start: /The General Assembly,\*?$/m, end: /^\*\d+(?:st|nd|rd|th) plenary meeting/m },
})
