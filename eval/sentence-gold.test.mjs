import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkSentenceGold, makeCrossSentenceGold, makeSentenceGold } from './make-gold-78-160-sentences.mjs'

const read = (/** @type {string} */ path) => readFileSync(new URL(`../corpus/${path}`, import.meta.url), 'utf8')

describe('sentence golds', () => {
  for (const [name, make] of /** @type {const} */ ([['78-160-sentences.json', makeSentenceGold], ['76-213-vs-78-160-sentences.json', makeCrossSentenceGold]])) {
    it(`${name} is what eval/make-gold-78-160-sentences.mjs writes, each key found once in its file`, () => {
      const gold = make()
      expect(gold).toEqual(JSON.parse(read(`gold/${name}`)))
      expect(checkSentenceGold(gold, read(gold.zhFile), read(gold.enFile))).toEqual([])
    })
  }

  it('records the 1–2 link in the cross pair and none in the 78/160 pair, as read', () => {
    expect(makeSentenceGold().counts).toMatchObject({ links: 150, oneToTwo: 0, twoToOne: 0 })
    expect(makeCrossSentenceGold().links.filter((/** @type {any} */ l) => l.zh.length === 1 && l.en.length === 2).map((/** @type {any} */ l) => l.id)).toEqual(['pre-17.s1'])
  })
})
