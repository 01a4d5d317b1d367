import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inShard, parseShard, shardOf } from './shard.js'

describe('shards', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
  })

  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '-1/2', '1/2/3'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard must be i\/n/)
  })

  it('puts every pair in exactly one of n shards', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), fc.string()), { selector: ([z, e]) => `${z}\n${e}` }), fc.integer({ min: 1, max: 9 }), (pairs, n) => {
        for (const [zh, en] of pairs) {
          const homes = Array.from({ length: n }, (_, i) => i + 1).filter((index) => inShard({ zh, en }, { index, count: n }))
          expect(homes).toEqual([shardOf({ zh, en }, n)])
        }
      }),
    )
  })

  it('splits many pairs roughly evenly', () => {
    const counts = [0, 0, 0, 0]
    for (let k = 0; k < 4000; k++) counts[shardOf({ zh: `zh/${k}.txt`, en: `en/${k}.txt` }, 4) - 1]! += 1
    for (const c of counts) expect(c).toBeGreaterThan(800)
  })

  it('is pinned (SHA-256 of "zh\\nen"), so every machine and version computes the same split', () => {
    expect(shardOf({ zh: 'a.txt', en: 'b.txt' }, 7)).toBe(3)
    expect(shardOf({ zh: 'a.txt', en: 'b.txt' }, 2)).toBe(1)
    expect(inShard({ zh: 'a.txt', en: 'b.txt' }, null)).toBe(true)
  })
})
