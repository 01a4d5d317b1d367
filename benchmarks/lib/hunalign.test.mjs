import { describe, it, expect } from 'vitest'
import { encode, hunalign, ladderToLinks, tokenize } from './hunalign.mjs'
import { prng } from '../../eval/perturb/prng.mjs'
import { simpleSplit } from './simple-split.mjs'
import { buildCases } from './cases.mjs'
import { baseCase } from '../../eval/perturb.mjs'
import { score } from '../../eval/score.mjs'

const zh = ['甲', '乙', '丙', '丁']
const en = ['A', 'B', 'C']

describe('ladderToLinks', () => {
  it('turns 1–1, 2–1, 1–0 and 0–1 rungs into links that hold every block once', () => {
    const links = ladderToLinks([[0, 0, 0.5], [1, 1, 0.4], [3, 2, 0.3], [4, 2, 0.2], [4, 3, 0.1]], zh, en)
    expect(links.map((l) => [l.zh.text, l.en.text])).toEqual([['甲', 'A'], ['乙\n丙', 'B'], ['丁', ''], ['', 'C']])
    expect(links[2]?.score).toBe(0)
  })

  it('closes a ladder that stops short of the last blocks', () => {
    const links = ladderToLinks([[0, 0, 1], [2, 2, 1]], zh, en)
    expect(links.at(-1)).toEqual({ zh: { text: '丙\n丁' }, en: { text: 'C' }, score: 1 })
  })
})

describe('tokenize', () => {
  it('sets numbers apart in Chinese and punctuation apart in English', () => {
    expect(tokenize('第70/1号决议，', 'zh')).toBe('第 70/1 号决议，')
    expect(tokenize('resolution 70/1, (see “A”).', 'en')).toBe('resolution 70/1 , ( see “ A ”).')
  })
})

describe('hunalign', () => {
  const c = baseCase()
  const blocks = { zh: simpleSplit(c.zh), en: simpleSplit(c.en) }

  it('aligns the blocks of a document pair, each block in exactly one link, in order', async () => {
    for (const lengths of /** @type {const} */ (['bytes', 'chars'])) {
      const { links, mode } = await hunalign(blocks.zh, blocks.en, { lengths })
      expect(mode).toBe(lengths)
      expect(links.flatMap((l) => (l.zh.text ? l.zh.text.split('\n') : []))).toEqual(blocks.zh)
      expect(links.flatMap((l) => (l.en.text ? l.en.text.split('\n') : []))).toEqual(blocks.en)
    }
  })

  it('gives the same result on every call (a fresh module per alignment)', async () => {
    const a = await hunalign(blocks.zh, blocks.en)
    const b = await hunalign(blocks.zh, blocks.en)
    expect(b.ladder).toEqual(a.ladder)
    // no rung starts a bead after the last blocks: hunalign read no extra, empty sentence
    expect(b.ladder.every(([z, e]) => z <= blocks.zh.length && e <= blocks.en.length && !(z === blocks.zh.length && e === blocks.en.length))).toBe(true)
  })

  it('produces output the scorer reads', async () => {
    const { links } = await hunalign(blocks.zh, blocks.en)
    const r = score(c.gold, { pairs: links })
    expect(r.counts.linksTotal).toBe(links.length)
    expect(r.coverageZh).toBeGreaterThan(0.9)
  })

  it('counts a Chinese character as its three UTF-8 bytes in `bytes` mode, as hunalign -onebyteencoding does', () => {
    const bytes = encode(['中a', 'b'], 'bytes')
    expect([...bytes]).toHaveLength(6)
    // hunalign's UTF-8 length counts the bytes below 0x80 or from 0xC0 on: all of them here
    expect([...bytes].filter((b) => b < 0x80 || b >= 0xc0)).toHaveLength(6)
    expect([...encode(['中a', 'b'], 'chars')].filter((b) => b < 0x80 || b >= 0xc0)).toHaveLength(4)
    expect(bytes.at(-1)).toBe('b'.charCodeAt(0)) // no final newline: no extra empty sentence
  })

  it('aligns Chinese lines one to one with English lines three times as long in letters (byte lengths)', async () => {
    const rng = prng(14)
    const sizes = Array.from({ length: 60 }, () => rng.int(3, 40))
    const zhLines = sizes.map((n) => '国'.repeat(n))
    const enLines = sizes.map((n) => Array.from({ length: n }, () => 'abc').join(' '))
    const { ladder } = await hunalign(zhLines, enLines, { lengths: 'bytes' })
    expect(ladder.map((r) => r.slice(0, 2))).toEqual(sizes.map((_, i) => [i, i]))
  })

  it('rejects an unknown length mode', async () => {
    await expect(hunalign(['a'], ['b'], { lengths: /** @type {any} */ ('words') })).rejects.toThrow(/lengths/)
  })
})

describe('buildCases', () => {
  it('lists the main cases, then the fallback case, then the cross-resolution cases, then the structural damage', () => {
    const groups = buildCases().map((x) => x.group)
    const firsts = groups.filter((g, k) => groups.indexOf(g) === k)
    expect(firsts).toEqual(['main', 'fallback', 'cross', 'structure'])
    expect(groups).toEqual([...groups].sort((a, b) => firsts.indexOf(a) - firsts.indexOf(b)))
    expect(groups.filter((g) => g === 'main').length).toBeGreaterThan(8)
    expect(groups.filter((g) => g === 'cross')).toHaveLength(2)
  })
})
