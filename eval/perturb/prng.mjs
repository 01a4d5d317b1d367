// A small seeded pseudo-random generator (mulberry32), so that every
// perturbed document is reproducible from its seed.

/**
 * @typedef {{ next: () => number, int: (lo: number, hi: number) => number,
 *   chance: (p: number) => boolean, pick: <T>(list: readonly T[]) => T }} Rng
 */

/**
 * @param {number} seed any integer
 * @returns {Rng}
 */
export function prng(seed) {
  let a = (seed >>> 0) || 0x9e3779b9
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => /** @type {any} */ (list[Math.floor(next() * list.length)]),
  }
}
