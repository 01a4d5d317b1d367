// Wall-clock timing for benchmarks (never for tests): median of repeated runs.

/**
 * Run `fn` `runs` times (after one warm-up run) and return its last result and
 * the median duration in milliseconds.
 * @template T
 * @param {() => T | Promise<T>} fn
 * @param {number} [runs]
 * @returns {Promise<{ result: T, ms: number }>}
 */
export async function medianTime(fn, runs = 5) {
  let result = await fn()
  /** @type {number[]} */
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    result = await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const mid = times.length >> 1
  const ms = times.length % 2 ? times[mid] : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2
  return { result, ms: ms ?? 0 }
}
