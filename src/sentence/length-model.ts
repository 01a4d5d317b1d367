/**
 * Gale–Church length model with the text's own figures: `ratio` is English
 * characters per Chinese character over the whole text, `variance` the
 * spread of English length around `ratio` × Chinese length per character,
 * re-estimated from the beads of a first pass.
 */
export interface LengthModel {
  readonly ratio: number
  readonly variance: number
}

/** A first guess from the totals alone. */
export function initialLengthModel(zhLengths: Float64Array, enLengths: Float64Array): LengthModel {
  const ratio = Math.max(0.05, sum(enLengths) / Math.max(1, sum(zhLengths)))
  return { ratio, variance: 2 * ratio }
}

/** log P(a length difference at least this large) for a zh length and an en length. */
export function lengthLogProb(model: LengthModel, zh: number, en: number): number {
  const mean = (model.ratio * zh + en) / 2
  const x = Math.abs(en - model.ratio * zh) / Math.sqrt(model.variance * Math.max(mean, 1)) / Math.SQRT2
  if (x >= TABLE_END) return logErfc(x)
  const at = x * TABLE_STEPS
  const k = Math.floor(at)
  const f = at - k
  return (LOG_ERFC[k] as number) * (1 - f) + (LOG_ERFC[k + 1] as number) * f
}

const TABLE_END = 8
const TABLE_STEPS = 200
/** log erfc on [0, 8] in steps of 1/200, interpolated linearly (built on first import: 1,601 numbers). */
const LOG_ERFC = Float64Array.from({ length: TABLE_END * TABLE_STEPS + 2 }, (_, k) => logErfc(k / TABLE_STEPS))

/** Re-estimate the variance from 1–1 beads (the largest 5 % left out). */
export function refitLengthModel(model: LengthModel, pairs: readonly (readonly [number, number])[]): LengthModel {
  const values = pairs
    .map(([zh, en]) => (en - model.ratio * zh) ** 2 / Math.max(1, (model.ratio * zh + en) / 2))
    .sort((a, b) => a - b)
  const kept = values.slice(0, Math.max(1, Math.floor(values.length * 0.95)))
  if (kept.length < 20) return model
  return { ratio: model.ratio, variance: Math.max(0.2, (sum(kept) / kept.length) * 1.1) }
}

/** log(erfc(x)) for x ≥ 0 (Numerical Recipes' erfcc, relative error < 1.2e-7), never -Infinity. */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x)
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  return Math.log(t) - x * x + poly
}

function sum(values: Float64Array | readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}
