import { readFileSync, existsSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { score } from './score.mjs'
import { sharedKit } from './shared-kit.mjs'
import { norm } from './norm.mjs'

const gold = JSON.parse(readFileSync(new URL('../corpus/gold/78-160.json', import.meta.url), 'utf8'))

/** Keys of one side of an entry, exactMatch keys included, one per line. */
function sideOf(/** @type {any} */ entry, /** @type {'zh'|'en'} */ side, /** @type {string[]} */ keys) {
  const exact = (entry.exactMatch ?? []).filter((/** @type {any} */ x) => x.side === side).map((/** @type {any} */ x) => x.key)
  return [...new Set([...keys, ...exact])].join('\n')
}

/** A perfect output: one link per gold pair, one one-sided link per orphan. */
function perfect() {
  return {
    pairs: [
      ...gold.pairs.map((/** @type {any} */ p) => ({ zh: { text: sideOf(p, 'zh', p.zh) }, en: { text: sideOf(p, 'en', p.en) } })),
      ...gold.zhOnly.map((/** @type {any} */ u) => ({ zh: { text: sideOf(u, 'zh', u.keys) }, en: { text: '' } })),
      ...gold.enOnly.map((/** @type {any} */ u) => ({ zh: { text: '' }, en: { text: sideOf(u, 'en', u.keys) } })),
    ],
  }
}
const at = (/** @type {string} */ id) => gold.pairs.findIndex((/** @type {any} */ p) => p.id === id)

/** Synthetic outputs and the figures they must give. */
const cases = {
  perfect: () => perfect(),
  'one wrong link': () => {
    // pre-10 and pre-11 exchange their English sides: two wrong links, two missed pairs.
    const out = perfect(), a = at('pre-10'), b = at('pre-11')
    ;[out.pairs[a].en, out.pairs[b].en] = [out.pairs[b].en, out.pairs[a].en]
    return out
  },
  'one over-merge': () => {
    // op-05 and op-06 merged into one 2–2 link.
    const out = perfect(), i = at('op-05')
    const [x, y] = out.pairs.splice(i, 2)
    out.pairs.splice(i, 0, { zh: { text: `${x.zh.text}\n${y.zh.text}` }, en: { text: `${x.en.text}\n${y.en.text}` } })
    return out
  },
  'one missing': () => {
    // fn-07 left out entirely: its pair is missed and its keys are lost.
    const out = perfect()
    out.pairs.splice(at('fn-07'), 1)
    return out
  },
}

const n = gold.pairs.length
describe('score', () => {
  it('gives 1 for precision, recall, F1 and coverage on a perfect output', () => {
    const r = score(gold, cases.perfect())
    expect([r.precision, r.recall, r.f1, r.coverageZh, r.coverageEn]).toEqual([1, 1, 1, 1, 1])
    expect(r.counts.touching).toBe(n)
    expect(r.errors).toEqual([])
  })

  it('counts two wrong links and two missed pairs when two English sides are exchanged', () => {
    const r = score(gold, cases['one wrong link']())
    expect(r.counts.correct).toBe(n - 2)
    expect(r.precision).toBeCloseTo((n - 2) / n, 12)
    expect(r.recall).toBeCloseTo((n - 2) / n, 12)
    expect(r.perKind.preambular.correct).toBe(45)
    expect(r.errors.filter((e) => e.type === 'wrong-link')).toHaveLength(2)
  })

  it('counts an over-merged link as one wrong link that hits no pair', () => {
    const r = score(gold, cases['one over-merge']())
    expect(r.counts.touching).toBe(n - 1)
    expect(r.precision).toBeCloseTo((n - 2) / (n - 1), 12)
    expect(r.recall).toBeCloseTo((n - 2) / n, 12)
    expect(r.coverageZh).toBe(1)
    expect(r.errors.find((e) => e.type === 'wrong-link')?.reason).toMatch(/over-merged: hits several/)
  })

  it('lowers recall and coverage but not precision when a pair is missing', () => {
    const r = score(gold, cases['one missing']())
    expect(r.precision).toBe(1)
    expect(r.recall).toBeCloseTo((n - 1) / n, 12)
    expect(r.counts.lostZhKeys).toBe(1)
    expect(r.counts.lostEnKeys).toBe(1)
  })

  it('ignores markup, spacing, punctuation and footnote markers', () => {
    expect(norm('**重申**《巴黎协定》<sup>1</sup>')).toBe(norm('重申 巴黎协定'))
    expect(norm('Paris Agreement¹ and [70/1](#)')).toBe('parisagreementand701')
    expect(norm('ＡＢＣ　１２')).toBe('abc12')
  })

  it('scores an unreadable output as zero links and says so', () => {
    const r = score(gold, { nothing: true })
    expect(r.f1).toBe(0)
    expect(r.errors[0].type).toBe('output-without-pairs-array')
  })
})

// Cross-check against the shared evaluation kit when it is available:
// SHARED_EVAL_DIR=<dir holding score.mjs> npx vitest run eval
const kit = sharedKit('score.mjs')
const shared = kit.dir
const sharedGold = shared && `${shared}/gold/78-160.json`
describe.runIf(shared !== null)(`score agrees with the shared scorer${kit.note}`, () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`gives the same result as the shared scorer on "${name}"`, async () => {
      const other = await import(/* @vite-ignore */ `${shared}/score.mjs`)
      const out = make()
      expect(score(gold, out)).toEqual(other.score(gold, out))
      if (sharedGold && existsSync(sharedGold)) {
        const g = JSON.parse(readFileSync(sharedGold, 'utf8'))
        expect(score(g, out)).toEqual(other.score(g, out))
      }
    })
  }
})
