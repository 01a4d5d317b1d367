// Generates a corpus of translation pairs from the seed pair 000 (Chinese
// report A/78/462/Add.1 with the draft of 78/160) ↔ 003 (English 78/160),
// for the throughput benchmark. Pair k is perturbed so that no two pairs are
// identical and each pairs only with its own translation:
//
// - its identity changes on both sides consistently: report A/78/<1000+k>,
//   agenda item <n>(<letter>), resolution 78/<k+1>;
// - 0–3 operative paragraphs are dropped on both sides;
// - half of the pairs have two operative paragraphs swapped on both sides;
// - half of the English texts are hard-wrapped at 72–100 columns.
//
// Deterministic for a given seed. Files go to batch-<k mod 10>/ under hashed
// names (nothing can be paired by name).
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { prng } from '../../eval/perturb/prng.mjs'

const SEEDS = new URL('../../corpus/', import.meta.url)
const ZH = '000_6de2d6a488ce5ea8.txt'
const EN = '003_1fa2410106587f34.txt'

/** @returns {Promise<{ zh: string, en: string }>} the seed texts */
export async function seedPair() {
  const [zh, en] = await Promise.all([readFile(new URL(ZH, SEEDS), 'utf8'), readFile(new URL(EN, SEEDS), 'utf8')])
  return { zh, en }
}

/**
 * Pair k made from the seed pair.
 * @param {{ zh: string, en: string }} seed @param {number} k @param {() => number} rand
 * @returns {{ zh: string, en: string }}
 */
export function makePair(seed, k, rand) {
  const report = 1000 + k
  const item = 1 + (Math.floor(k / 26) % 999)
  const letter = String.fromCharCode(97 + (k % 26))
  let zh = seed.zh.replaceAll('A/78/462', `A/78/${report}`).replaceAll('议程项目 19(a)', `议程项目 ${item}(${letter})`).replaceAll('议程项目 19 ', `议程项目 ${item} `)
  let en = seed.en.replaceAll('A/78/462', `A/78/${report}`).replaceAll('Agenda item 19 (a)', `Agenda item ${item} (${letter})`).replaceAll('78/160', `78/${k + 1}`)
  let zl = zh.split('\n')
  let el = en.split('\n')
  const zStart = zl.findIndex((l) => l.trim() === '大会，')
  const drops = new Set(Array.from({ length: Math.floor(rand() * 4) }, () => 8 + Math.floor(rand() * 38)))
  const swap = rand() < 0.5 ? 8 + Math.floor(rand() * 37) : null
  const lineOf = (/** @type {string[]} */ lines, /** @type {number} */ n, /** @type {number} */ from) => lines.findIndex((l, i) => i > from && l.startsWith(`${n}. `))
  if (swap !== null) {
    for (const [lines, from] of /** @type {const} */ ([[zl, zStart], [el, 0]])) {
      const a = lineOf(lines, swap, from)
      const b = lineOf(lines, swap + 1, from)
      if (a >= 0 && b >= 0) [lines[a], lines[b]] = [/** @type {string} */ (lines[b]), /** @type {string} */ (lines[a])]
    }
  }
  for (const n of drops) {
    const a = lineOf(zl, n, zStart)
    const b = lineOf(el, n, 0)
    if (a >= 0 && b >= 0) {
      zl = zl.filter((_, i) => i !== a)
      el = el.filter((_, i) => i !== b)
    }
  }
  zh = zl.join('\n')
  en = el.join('\n')
  if (rand() < 0.5) en = rewrap(en, 72 + Math.floor(rand() * 29))
  return { zh, en }
}

/**
 * Hard-wrap long lines at spaces; a continuation never starts with a
 * character Markdown would read as a list, heading or emphasis marker.
 * @param {string} text @param {number} width
 */
export function rewrap(text, width) {
  return text.split('\n').map((line) => {
    if (line.length <= width || line.startsWith('#')) return line
    const out = []
    let rest = line
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width)
      while (cut > 0 && /^[\d*#>+\-\[|]/.test(rest.slice(cut + 1))) cut = rest.lastIndexOf(' ', cut - 1)
      if (cut <= 0) break
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut + 1)
    }
    out.push(rest)
    return out.join('\n')
  }).join('\n')
}

/**
 * Write `count` pairs into `dir`.
 * @param {string} dir @param {number} count @param {number} [seed]
 * @returns {Promise<{ pairs: Array<{ zh: string, en: string }>, bytes: number }>} files relative to dir
 */
export async function generateCorpus(dir, count, seed = 78160) {
  const base = await seedPair()
  const rand = prng(seed).next
  const pairs = []
  let bytes = 0
  for (let k = 0; k < count; k++) {
    const { zh, en } = makePair(base, k, rand)
    const batch = `batch-${k % 10}`
    await mkdir(join(dir, batch), { recursive: true })
    const names = { zh: `${batch}/${hash(zh)}.txt`, en: `${batch}/${hash(en)}.txt` }
    await writeFile(join(dir, names.zh), zh)
    await writeFile(join(dir, names.en), en)
    bytes += Buffer.byteLength(zh) + Buffer.byteLength(en)
    pairs.push(names)
  }
  return { pairs, bytes }
}

/** @param {string} text */
function hash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
