#!/usr/bin/env node
// Sentence-level scorer for a resalign alignment whose links carry `sentences`
// (align --unit sentence, or alignSentences()) against corpus/gold/78-160-sentences.json.
//
//   node eval/score-sentences.mjs corpus/gold/78-160-sentences.json output.json [--verbose]
//
// A predicted sentence link is correct when some gold link has as many sentences on each side
// and sentence k holds every key of the gold's list k (norm containment; whole-text equality
// on sides marked exact); each gold link is matched at most once. Precision = correct /
// predicted sentence links (one-sided ones included), recall = gold links matched / gold links.
// A link without `sentences` counts as one sentence link holding its whole text.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { norm } from './norm.mjs'

/** @param {any} alignment @returns {{ zh: string[], en: string[] }[]} */
export function predictedSentenceLinks(alignment) {
  return alignment.pairs.flatMap((/** @type {any} */ l) => l.sentences ?? [{ zh: l.zh.text ? [l.zh.text] : [], en: l.en.text ? [l.en.text] : [] }])
}

/** @param {any} gold @param {any} alignment */
export function scoreSentences(gold, alignment) {
  const predicted = predictedSentenceLinks(alignment).map((p) => ({ zh: p.zh.map(norm), en: p.en.map(norm), raw: p }))
  const goldLinks = gold.links.map((/** @type {any} */ g) => ({ ...g, zhKeys: g.zh.map((ks) => ks.map(norm)), enKeys: g.en.map((ks) => ks.map(norm)) }))
  const side = (/** @type {string[]} */ texts, /** @type {string[][]} */ keys, /** @type {boolean} */ exact) =>
    texts.length === keys.length && keys.every((ks, k) => (exact ? texts[k] === ks[0] : ks.every((key) => (texts[k] ?? '').includes(key))))
  const used = new Set()
  let correct = 0
  /** @type {any[]} */
  const wrong = []
  for (const p of predicted) {
    const g = goldLinks.find((/** @type {any} */ x) => !used.has(x.id) && side(p.zh, x.zhKeys, !!x.exact?.zh) && side(p.en, x.enKeys, !!x.exact?.en))
    if (g) {
      used.add(g.id)
      correct++
    } else wrong.push(p.raw)
  }
  const precision = predicted.length ? correct / predicted.length : 0
  const recall = goldLinks.length ? used.size / goldLinks.length : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, predicted: predicted.length, gold: goldLinks.length, correct, wrong, missed: goldLinks.filter((/** @type {any} */ g) => !used.has(g.id)).map((/** @type {any} */ g) => g.id) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [goldPath, outPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  if (!goldPath || !outPath) {
    process.stderr.write('usage: node eval/score-sentences.mjs GOLD OUTPUT.json [--verbose]\n')
    process.exit(2)
  }
  const s = scoreSentences(JSON.parse(readFileSync(goldPath, 'utf8')), JSON.parse(readFileSync(outPath, 'utf8')))
  process.stdout.write(`sentence links: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.correct} correct of ${s.predicted} predicted, ${s.gold} gold)\n`)
  if (process.argv.includes('--verbose')) {
    for (const w of s.wrong) process.stdout.write(`wrong: ${JSON.stringify(w).slice(0, 300)}\n`)
    process.stdout.write(`missed: ${s.missed.join(' ')}\n`)
  }
}
