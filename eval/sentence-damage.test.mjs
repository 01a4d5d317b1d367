import { describe, expect, it } from 'vitest'
import { damageSet } from './sentence-damage.mjs'

/** 40 beads: zh line k ↔ en line k, verse k, and bead 7 a 2–1 (zh 7, 8 ↔ en 7) of verse 7. */
function set() {
  const zh = Array.from({ length: 41 }, (_, i) => `甲${i}。`)
  const en = Array.from({ length: 40 }, (_, j) => `A ${j}.`)
  /** @type {[number[], number[]][]} */
  const gold = en.map((_, j) => [j < 7 ? [j] : j === 7 ? [7, 8] : [j + 1], [j]])
  const verse = { zh: zh.map((_, i) => `v${i <= 7 ? i : i - 1}`), en: en.map((_, j) => `v${j}`) }
  return { zh, en, gold, verse }
}

/** Every line of both sides in exactly one gold bead, and one verse id per line. */
function consistent(/** @type {ReturnType<typeof set>} */ s) {
  for (const [side, k] of /** @type {const} */ ([['zh', 0], ['en', 1]])) {
    expect(s.gold.flatMap((b) => b[k]).sort((a, b) => a - b)).toEqual(s[side].map((_, i) => i))
    expect(s.verse[side]).toHaveLength(s[side].length)
  }
}

describe('damageSet', () => {
  it('drops lines on one side and keeps the gold and verses of the others, in order', () => {
    const d = damageSet(set(), [{ kind: 'drop', side: 'zh', rate: 0.2 }], 1)
    expect(d.zh.length).toBeLessThan(41)
    expect(d.en).toEqual(set().en)
    consistent(d)
    expect(d.zh.every((t, i) => i === 0 || Number(/\d+/.exec(t)?.[0]) > Number(/\d+/.exec(d.zh[i - 1])?.[0]))).toBe(true)
    // a bead whose only zh line was dropped is one-sided now
    expect(d.gold.some((b) => b[0].length === 0 && b[1].length === 1)).toBe(true)
  })

  it('merges neighbouring lines, joining the gold beads and the verses they came from', () => {
    const d = damageSet(set(), [{ kind: 'merge', side: 'en', rate: 0.3 }], 2)
    expect(d.en.length).toBeLessThan(40)
    consistent(d)
    const merged = d.en.findIndex((t) => /A \d+\.\s+A \d+\./.test(t))
    const bead = d.gold.find((b) => b[1].includes(merged))
    expect(bead?.[1]).toEqual([merged])
    expect(bead?.[0].length).toBeGreaterThanOrEqual(2)
    // the zh lines of the merged bead now share one verse id with the merged en line
    expect(new Set([...(bead?.[0] ?? []).map((i) => d.verse.zh[i]), d.verse.en[merged]]).size).toBe(1)
  })

  it('is reproducible from its seed and rejects an unknown damage', () => {
    const damages = [{ kind: /** @type {const} */ ('drop'), side: /** @type {const} */ ('en'), rate: 0.1 }, { kind: /** @type {const} */ ('merge'), side: /** @type {const} */ ('zh'), rate: 0.1 }]
    expect(damageSet(set(), damages, 5)).toEqual(damageSet(set(), damages, 5))
    expect(() => damageSet(set(), [{ kind: /** @type {any} */ ('swap'), side: 'zh', rate: 0.1 }], 1)).toThrow(/bad damage/)
  })
})
