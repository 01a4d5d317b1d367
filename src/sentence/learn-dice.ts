import type { SpanBead } from './band-dp.js'

/** A translation relation between unit ids, both ways. */
export interface UnitLexicon {
  /** en unit → zh units it translates. */
  readonly enToZh: ReadonlyMap<number, Int32Array>
  /** zh unit → en units it translates. */
  readonly zhToEn: ReadonlyMap<number, Int32Array>
}

/** Options of `learnDice`. */
export interface LearnDiceOptions {
  /** Pairs seen together fewer times are not kept. */
  readonly minCount: number
  /** Dice coefficient a pair needs. */
  readonly minDice: number
  /** At most this many partners per unit, best first. */
  readonly maxPartners: number
  /** Units found in more than this share of the beads are too common to learn. */
  readonly maxShare: number
  /** At most this many beads are read (evenly spread), so learning stays linear. */
  readonly maxBeads: number
}

export const LEARN_DICE_DEFAULTS: LearnDiceOptions = Object.freeze({ minCount: 2, minDice: 0.25, maxPartners: 4, maxShare: 0.4, maxBeads: 30000 })

/**
 * Learn which units translate which from beads believed right: the Dice
 * coefficient of a zh unit and an en unit over the beads, 2·c(z,e) /
 * (c(z) + c(e)). Counting sorts pair keys, so memory is linear in the pairs
 * seen and no n × m table is built.
 */
export function learnDice(beads: readonly SpanBead[], zh: readonly Int32Array[], en: readonly Int32Array[], shared: readonly boolean[], options?: Partial<LearnDiceOptions>): UnitLexicon {
  const o = { ...LEARN_DICE_DEFAULTS, ...options }
  const step = Math.max(1, beads.length / o.maxBeads)
  const picked: SpanBead[] = []
  for (let k = 0; k < beads.length; k += step) picked.push(beads[Math.floor(k)] as SpanBead)
  const sides = picked.map((b) => [unionOf(zh, b.zh0, b.zh1, shared), unionOf(en, b.en0, b.en1, shared)] as const)
  const df = new Map<number, number>()
  for (const [z, e] of sides) for (const u of [...z, ...e]) df.set(u, (df.get(u) ?? 0) + 1)
  const limit = o.maxShare * picked.length
  const keep = (u: number): boolean => {
    const c = df.get(u) ?? 0
    return c >= o.minCount && c <= limit
  }
  const base = shared.length + 1
  let keys = new Float64Array(1 << 16)
  let used = 0
  for (const [z, e] of sides) {
    const zs = z.filter(keep)
    const es = e.filter(keep)
    if (used + zs.length * es.length > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, used + zs.length * es.length))
      grown.set(keys.subarray(0, used))
      keys = grown
    }
    for (const a of es) for (const b of zs) keys[used++] = a * base + b
  }
  const sorted = keys.subarray(0, used).sort()
  const pairs: { e: number; z: number; dice: number }[] = []
  for (let k = 0; k < used; ) {
    const key = sorted[k] as number
    let r = k
    while (r < used && sorted[r] === key) r++
    const count = r - k
    k = r
    if (count < o.minCount) continue
    const e = Math.floor(key / base)
    const z = key - e * base
    const dice = (2 * count) / ((df.get(e) ?? 0) + (df.get(z) ?? 0))
    if (dice >= o.minDice) pairs.push({ e, z, dice })
  }
  pairs.sort((a, b) => b.dice - a.dice)
  return { enToZh: topPartners(pairs, (p) => p.e, (p) => p.z, o.maxPartners), zhToEn: topPartners(pairs, (p) => p.z, (p) => p.e, o.maxPartners) }
}

function unionOf(units: readonly Int32Array[], from: number, to: number, shared: readonly boolean[]): number[] {
  const out = new Set<number>()
  for (let k = from; k < to; k++) for (const u of units[k] as Int32Array) if (!shared[u]) out.add(u)
  return [...out]
}

function topPartners<P>(pairs: readonly P[], key: (p: P) => number, partner: (p: P) => number, max: number): Map<number, Int32Array> {
  const lists = new Map<number, number[]>()
  for (const p of pairs) {
    const list = lists.get(key(p)) ?? []
    if (list.length < max) list.push(partner(p))
    lists.set(key(p), list)
  }
  return new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]))
}
