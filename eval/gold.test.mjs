import { readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { checkGold } from './check-gold.mjs'
import { sharedKit } from './shared-kit.mjs'
import { compareGold } from './compare-gold.mjs'
import { goldUnits } from './gold-units.mjs'
import { makeGold as make78 } from './make-gold-78-160.mjs'
import { makeGold as make76 } from './make-gold-76-213.mjs'

const read = (/** @type {string} */ path) => readFileSync(new URL(`../corpus/${path}`, import.meta.url), 'utf8')
const golds = {
  '78-160': JSON.parse(read('gold/78-160.json')),
  '76-213-vs-78-160': JSON.parse(read('gold/76-213-vs-78-160.json')),
}

describe('gold files', () => {
  for (const [name, gold] of Object.entries(golds)) {
    it(`${name}: every key occurs once in its file (exactMatch keys often enough)`, () => {
      expect(checkGold(gold, read(gold.zhFile), read(gold.enFile))).toEqual([])
    })
    it(`${name}: every unit has usable keys`, () => {
      expect(goldUnits(gold).problems).toEqual([])
    })
  }

  it('78-160 is what eval/make-gold-78-160.mjs writes', () => {
    expect(make78()).toEqual(golds['78-160'])
  })

  it('76-213-vs-78-160 is what eval/make-gold-76-213.mjs writes', () => {
    expect(make76()).toEqual(golds['76-213-vs-78-160'])
  })

  it('78-160 pairs the whole resolution one to one and leaves the report and adoption lines one-sided', () => {
    const g = golds['78-160']
    const count = (/** @type {string} */ kind) => g.pairs.filter((/** @type {any} */ p) => p.kind === kind).length
    expect([count('preambular'), count('operative'), count('footnote')]).toEqual([47, 46, 15])
    expect(g.zhOnly.every((/** @type {any} */ u) => u.id.startsWith('rep-') || u.id === 'h-report-title')).toBe(true)
    expect(g.enOnly.map((/** @type {any} */ u) => u.kind)).toEqual(['meta', 'meta', 'meta'])
  })

  it('76-213-vs-78-160 accounts for every 78/160 unit exactly once', () => {
    const g = golds['76-213-vs-78-160'], g78 = golds['78-160']
    const covered = [...g.pairs.flatMap((/** @type {any} */ p) => p.en78), ...g.enOnly.map((/** @type {any} */ u) => u.en78)]
    const all = [...g78.pairs.map((/** @type {any} */ p) => p.id), ...g78.enOnly.map((/** @type {any} */ u) => u.id)]
    expect([...covered].sort()).toEqual([...all].sort())
  })
})

// SHARED_EVAL_DIR=<dir holding gold/78-160.json> npx vitest run eval
const kit = sharedKit('gold/78-160.json')
const shared = kit.dir
describe.runIf(shared !== null)(`78-160 against the shared gold${kit.note}`, () => {
  it('has the same units and the same pairing (kind names aside)', () => {
    const theirs = JSON.parse(readFileSync(`${shared}/gold/78-160.json`, 'utf8'))
    const ours = golds['78-160']
    const lines = compareGold(ours, theirs, read(ours.zhFile), read(ours.enFile)).filter((l) => !/: kind theirs/.test(l))
    expect(lines).toEqual([])
  })
})
