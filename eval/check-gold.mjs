// Checks that a key-based gold file fits a pair of texts: every key of every
// unit occurs in its side's text (as a norm substring), and, unless told
// otherwise, exactly once. exactMatch keys are not unique by definition; they
// must occur at least `nth` times.
//
//   node eval/check-gold.mjs <gold.json> <zh.txt> <en.txt>
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { norm, countOccurrences } from './norm.mjs'
import { goldUnits } from './gold-units.mjs'

/**
 * @param {any} gold
 * @param {string} zhText
 * @param {string} enText
 * @param {{ unique?: boolean }} [options]  unique (default true): substring
 *   keys must occur exactly once
 * @returns {string[]} one line per problem; empty when the gold fits
 */
export function checkGold(gold, zhText, enText, options = {}) {
  const { unique = true } = options
  const { units, problems } = goldUnits(gold)
  const out = problems.map((p) => `gold problem: ${JSON.stringify(p)}`)
  const texts = { zh: norm(zhText), en: norm(enText) }
  /** @type {Map<string, string>} */
  const owner = new Map()
  for (const u of units) {
    for (const side of /** @type {const} */ (['zh', 'en'])) {
      for (const key of u[side]) {
        const n = countOccurrences(texts[side], key.k)
        if (key.nth != null) {
          if (n < key.nth) out.push(`${u.id} ${side}: exactMatch key "${key.raw}" occurs ${n} times, needs ${key.nth}`)
          continue
        }
        if (n === 0) out.push(`${u.id} ${side}: key "${key.raw}" not found`)
        else if (unique && n > 1) out.push(`${u.id} ${side}: key "${key.raw}" occurs ${n} times`)
        const other = owner.get(`${side}:${key.k}`)
        if (other && other !== u.id) out.push(`${u.id} ${side}: key "${key.raw}" also used by ${other}`)
        owner.set(`${side}:${key.k}`, u.id)
      }
    }
  }
  return out
}

/** @param {string[]} argv */
function main(argv) {
  if (argv.length !== 3) {
    process.stderr.write('usage: node eval/check-gold.mjs <gold.json> <zh.txt> <en.txt>\n')
    process.exit(2)
  }
  const [gold, zh, en] = [JSON.parse(readFileSync(argv[0], 'utf8')), readFileSync(argv[1], 'utf8'), readFileSync(argv[2], 'utf8')]
  const problems = checkGold(gold, zh, en)
  for (const p of problems) process.stdout.write(`${p}\n`)
  process.stdout.write(problems.length ? `${problems.length} problems\n` : 'gold fits the texts\n')
  process.exit(problems.length ? 1 : 0)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2))
