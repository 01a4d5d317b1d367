#!/usr/bin/env node
// Writes corpus/gold/76-213-vs-78-160.json: which paragraphs of resolution
// 76/213 (corpus/001, Chinese, plain text) were carried over into resolution
// 78/160 (corpus/003, English).
//
//   node eval/make-gold-76-213.mjs [--check]
//
// Decisions from reading 001 against 000 (the Chinese of 78/160, Chinese to
// Chinese) and 003, paragraph by paragraph. English keys are those of
// corpus/gold/78-160.json (same file, same units); Chinese keys are picked in
// 001 by eval/key-picker.mjs.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { norm } from './norm.mjs'
import { cleanRuns, pickKeys, withoutFootnotes } from './key-picker.mjs'
import { pieces, bodyUnits } from './seed-pieces.mjs'
import { checkGold } from './check-gold.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const ZH_FILE = '001_61eb38031547d1ff.txt'
export const EN_FILE = '003_1fa2410106587f34.txt'
const read = (/** @type {string} */ name) => readFileSync(`${ROOT}corpus/${name}`, 'utf8')

const CRITERION = 'A 76/213 unit and a 78/160 unit are paired when the 78/160 unit is the same unit carried forward: ' +
  'same lead verb and same subject, the same sentence in substance, allowing updated dates, symbols, session numbers and ' +
  'report titles and added or dropped clauses, as long as most of the text is shared. A 76/213 paragraph whose content ' +
  '78/160 spreads over two consecutive paragraphs is paired with both (1–2). A paragraph that only shares a topic is ' +
  'not a counterpart. Headings and adoption lines pair by slot (same function, updated numbers and dates). ' +
  'A footnote pairs with the footnote that annotates the same mention in the paired paragraph, even when the cited ' +
  'document was replaced by its successor. Everything else is one-sided: 78/160 units with no 76/213 counterpart are ' +
  'enOnly; 76/213 units with none would be zhOnly (there are none: all 76/213 units were carried over).'

/** Front matter: [id, kind, zh keys, 78-160 pair id, note]. */
const FRONT = [
  ['h-session', 'heading', ['第七十六届会议'], 'h-session', 'seventy-sixth vs seventy-eighth session'],
  ['h-agenda', 'heading', ['议程项目 22 (a)'], 'h-agenda', 'agenda item 22 (a) vs 19 (a)'],
  ['h-agenda-title', 'heading', ['全球化与相互依存：科学、技术和创新促进可持续发展'], 'h-agenda-title', null],
  ['meta-adopted', 'meta', ['2021 年 12 月 17 日大会决议'], 'meta-adopted', 'adoption date differs'],
  ['meta-on-report', 'meta', ['根据第二委员会的报告(A/76/534/Add.1, 第 7 段)通过'], 'meta-on-report', 'report symbol differs'],
  ['h-res-title', 'heading', ['76/213. 科学、技术和创新促进可持续发展'], 'h-res-title', 'resolution number differs'],
  ['chapeau', 'chapeau', ['大会，'], 'chapeau', null],
]
const CLOSING = ['meta-plenary', 'meta', ['第 54 次全体会议'], 'meta-plenary', '54th vs 49th plenary meeting; date differs']

/**
 * Body: 76/213 preambular paragraphs 1–41 in order, and the 78/160 pairs
 * they became. Notes mark updated references and revisions.
 * @type {Array<[string[], string|null]>}
 */
const PREAMBULAR = [
  [['pre-01'], null], [['pre-02'], null], [['pre-03'], null],
  [['pre-04'], 'recalls 74/229 (2019) where 78/160 recalls 76/213 (2021)'],
  [['pre-05'], 'ECOSOC 2021/29 updated to 2023/4'],
  [['pre-06'], 'resolution 75/316 updated to 77/320 ("with appreciation" added)'],
  [['pre-07'], null], [['pre-08'], 'fourteenth to twenty-fourth → twenty-sixth sessions'], [['pre-09'], null],
  [['pre-13'], null], [['pre-14'], null], [['pre-15'], '2019 → 2023 Global Sustainable Development Report; a clause on science added'],
  [['pre-16'], null], [['pre-17'], null], [['pre-19'], null], [['pre-20'], null],
  [['pre-21', 'pre-22'], '1–2: the COVID-19 / human-rights part became pre-21 (revised), the clause on multilateral and regional initiatives (Digital Cooperation Organization) became pre-22'],
  [['pre-23'], null], [['pre-24'], null], [['pre-25'], 'clause on upskilling and reskilling added'], [['pre-26'], null],
  [['pre-27'], null], [['pre-28'], null], [['pre-29'], 'Technology and Innovation Report 2021 → 2023'],
  [['pre-30'], null], [['pre-31'], 'second set of agreed conclusions (sixty-seventh session) added'],
  [['pre-32'], 'expanded'], [['pre-33'], null], [['pre-34'], null],
  [['pre-35'], 'revised: international cooperation for development, South-South as complement'],
  [['pre-37'], 'financing → means of implementation including financing'], [['pre-38'], null], [['pre-39'], null],
  [['pre-40'], null], [['pre-41'], null], [['pre-42'], 'first to sixth → first to eighth forums'], [['pre-43'], null],
  [['pre-44'], null], [['pre-45'], null], [['pre-46'], null], [['pre-47'], null],
]
/** 76/213 operative paragraphs 1–37 → 78/160 operative numbers. */
const OPERATIVE = [1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 40, 41, 43, 44, 46]
const OPERATIVE_NOTES = {
  3: 'Istanbul Programme of Action → Doha Programme of Action; Doha Political Declaration added',
  17: 'revised: COVID-19 response → recovery; the TRIPS / Doha Declaration part kept',
  34: 'revised: support to the countries of the South through North-South, regional and international cooperation',
  37: 'report to the seventy-eighth → eightieth session',
}
/** 76/213 footnotes 1–11 → 78/160 footnote numbers. */
const FOOTNOTES = [1, 2, 3, 4, 5, 6, 7, 9, 12, 13, 15]
const FOOTNOTE_NOTES = {
  3: 'list of earlier resolutions extended', 4: 'list extended', 6: 'list extended to 2023',
  7: 'Secretary-General report A/76/236 → A/78/232 (same mention, successor report)',
  10: 'report of the Fourth LDC Conference (Istanbul Programme) → resolution 76/258, annex (Doha Programme): same mention, successor programme',
}

const id2 = (/** @type {string} */ prefix, /** @type {number} */ n) => `${prefix}-${String(n).padStart(2, '0')}`

/** The reference, built from the seed files and the 78/160 gold (read on each call). */
export function makeGold() {
  const zhText = read(ZH_FILE), g78 = JSON.parse(read('gold/78-160.json'))
  const norms = [norm(zhText), norm(withoutFootnotes(zhText))]
  const ps = pieces(zhText)
  const start = ps.findIndex((p) => p.raw.trim() === '大会，') + 1
  const stop = ps.findIndex((p) => p.raw.startsWith('2021 年 12 月 17 日\n'))
  const units = bodyUnits(ps.slice(start, stop), 'zh')
  const of = (/** @type {string} */ kind) => units.filter((u) => u.kind === kind)
  const [pre, op, fn] = [of('preambular'), of('operative'), of('footnote')]
  if (pre.length !== PREAMBULAR.length || op.length !== OPERATIVE.length || fn.length !== FOOTNOTES.length) {
    throw new Error(`001 has ${pre.length} preambular, ${op.length} operative, ${fn.length} footnotes`)
  }
  // 78/160 units by id: its pairs (English keys) and its English-only units
  const en = new Map([...g78.pairs, ...g78.enOnly.map((/** @type {any} */ u) => ({ ...u, en: u.keys }))].map((p) => [p.id, p]))
  const zhKeys = (/** @type {import('./seed-pieces.mjs').BodyUnit} */ u) =>
    pickKeys(u.pieces.flatMap((p) => cleanRuns(p.raw)).map((r, i) => (i === 0 ? r.replace(/^\d+\.\s*/, '') : r)), 'zh', norms)
  /** @type {any[]} */
  const pairs = []
  /** @type {Set<string>} */
  const used = new Set()
  const add = (/** @type {string} */ id, /** @type {string} */ kind, /** @type {string[]} */ zh, /** @type {string[]} */ ids, /** @type {string|null} */ note, /** @type {any} */ extra = {}) => {
    const enKeys = ids.flatMap((x) => en.get(x)?.en ?? [])
    const enExact = ids.flatMap((x) => (en.get(x)?.exactMatch ?? []).filter((/** @type {any} */ m) => m.side === 'en'))
    ids.forEach((x) => used.add(x))
    const exactMatch = [...(extra.exactMatch ?? []), ...enExact]
    pairs.push({ id, kind, zh, en: enKeys, ...(exactMatch.length ? { exactMatch } : {}), en78: ids, ...(note ? { note } : {}) })
  }
  for (const [id, kind, zh, target, note] of FRONT) {
    add(/** @type {string} */ (id), /** @type {string} */ (kind), /** @type {string[]} */ (zh), [/** @type {string} */ (target)], /** @type {string|null} */ (note),
      id === 'chapeau' ? { exactMatch: [{ side: 'zh', key: '大会，', nth: 1 }] } : {})
  }
  pre.forEach((u, i) => add(id2('pre', i + 1), 'preambular', zhKeys(u), PREAMBULAR[i][0], PREAMBULAR[i][1]))
  op.forEach((u, i) => add(id2('op', i + 1), 'operative', zhKeys(u), [id2('op', OPERATIVE[i])], OPERATIVE_NOTES[/** @type {keyof typeof OPERATIVE_NOTES} */ (i + 1)] ?? null))
  fn.forEach((u, i) => add(id2('fn', i + 1), 'footnote', zhKeys(u), [id2('fn', FOOTNOTES[i])], FOOTNOTE_NOTES[/** @type {keyof typeof FOOTNOTE_NOTES} */ (i + 1)] ?? null))
  const [cid, ckind, czh, ctarget, cnote] = /** @type {[string, string, string[], string, string]} */ (CLOSING)
  add(cid, ckind, czh, [ctarget], cnote)
  const enOnly = g78.pairs.filter((/** @type {any} */ p) => !used.has(p.id))
    .map((/** @type {any} */ p) => ({ id: `new-${p.id}`, kind: p.kind, keys: p.en, en78: p.id }))
  return {
    zhFile: ZH_FILE, enFile: EN_FILE,
    description: `Reference alignment of resolution 76/213 (zh, corpus/${ZH_FILE}) with resolution 78/160 (en, corpus/${EN_FILE}): ` +
      `which 76/213 units were carried over into 78/160. Criterion: ${CRITERION} Made by reading 001 against 000 (the ` +
      'Chinese of 78/160) and 003; ids are 76/213 positions (pre-nn, op-nn, fn-nn in 001); en78 names the 78/160 units ' +
      '(ids of corpus/gold/78-160.json).',
    keyPolicy: g78.keyPolicy,
    pairs,
    zhOnly: [],
    enOnly,
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const gold = makeGold()
  const problems = checkGold(gold, read(ZH_FILE), read(EN_FILE))
  for (const p of problems) process.stderr.write(`${p}\n`)
  const out = `${ROOT}corpus/gold/76-213-vs-78-160.json`
  const json = JSON.stringify(gold, null, 2) + '\n'
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === json
    process.stdout.write(same ? 'corpus/gold/76-213-vs-78-160.json is up to date\n' : 'corpus/gold/76-213-vs-78-160.json differs from the script\n')
    process.exit(same && problems.length === 0 ? 0 : 1)
  }
  writeFileSync(out, json)
  process.stdout.write(`wrote corpus/gold/76-213-vs-78-160.json: ${gold.pairs.length} pairs, ${gold.zhOnly.length} zhOnly, ${gold.enOnly.length} enOnly; ${problems.length} problems\n`)
  process.exit(problems.length ? 1 : 0)
}
