#!/usr/bin/env node
// Writes corpus/gold/78-160.json: the paragraph alignment of
//   corpus/000 (Chinese: Second Committee report A/78/462/Add.1 with the draft
//               of resolution 78/160, markdown-ish) and
//   corpus/003 (English: resolution 78/160 as adopted, markdown-ish).
//
//   node eval/make-gold-78-160.mjs [--check]   (--check: compare, do not write)
//
// The decisions below come from reading both files paragraph by paragraph:
// - Front matter: session, agenda item, agenda-item title, resolution title and
//   chapeau pair up; the zh report title and the whole report part (rapporteur
//   line, headings 一/二/三, paragraphs 1–7, footnotes * and 1) have no English
//   counterpart; the en adoption lines ("Resolution adopted…", "[on the report
//   of the Second Committee…]", "49th plenary meeting…") have no Chinese one.
// - Resolution body: read pair by pair, the 47 preambular paragraphs, the 46
//   operative paragraphs and the 15 footnotes correspond one to one and in
//   order (same references, dates, symbols and content). The script asserts
//   those counts; the pairing itself is this reading, not a computation.
// Keys are picked by eval/key-picker.mjs (unique after norm in their file).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { norm } from './norm.mjs'
import { cleanRuns, pickKeys, withoutFootnotes } from './key-picker.mjs'
import { pieces, bodyUnits } from './seed-pieces.mjs'
import { checkGold } from './check-gold.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const ZH_FILE = '000_6de2d6a488ce5ea8.txt'
export const EN_FILE = '003_1fa2410106587f34.txt'
const read = (/** @type {string} */ name) => readFileSync(`${ROOT}corpus/${name}`, 'utf8')

/** Front matter, keyed by hand (the en lines are glued by markup in 003). */
const FRONT_PAIRS = [
  { id: 'h-session', kind: 'heading', zh: ['第七十八届会议'], en: ['Seventy-eighth session'] },
  { id: 'h-agenda', kind: 'heading', zh: ['议程项目 19(a)'], en: ['Agenda item 19 (a)'] },
  { id: 'h-agenda-title', kind: 'heading', zh: ['科学、技术和创新促进可持续发展'], en: ['Globalization and interdependence: science, technology'],
    exactMatch: [{ side: 'zh', key: '科学、技术和创新促进可持续发展', nth: 1 }],
    note: 'Agenda-item title. zh prints only the sub-item title; en prints item and sub-item title. Same slot, partial wording.' },
  { id: 'h-res-title', kind: 'heading', zh: ['科学、技术和创新促进可持续发展'], en: ['78/160. Science, technology and innovation for sustainable development'],
    exactMatch: [{ side: 'zh', key: '科学、技术和创新促进可持续发展', nth: 2 }],
    note: 'Title of the (draft) resolution; zh has no symbol, en carries "78/160."' },
  { id: 'chapeau', kind: 'chapeau', zh: ['大会，'], en: ['The General Assembly,'],
    exactMatch: [{ side: 'zh', key: '大会，', nth: 1 }, { side: 'en', key: 'The General Assembly,', nth: 1 }] },
]

/** zh report part: [id, kind, raw start of its paragraph in 000]. */
const ZH_ONLY = [
  ['h-report-title', 'heading', '## 第二委员会的报告'],
  ['rep-rapporteur', 'paragraph', '报告员：'],
  ['rep-h1', 'heading', '## 一. 引言'],
  ['rep-01', 'paragraph', '1. 第二委员会就议程项目'],
  ['rep-h2', 'heading', '二. 决议草案'],
  ['rep-02', 'paragraph', '2. 在 2023 年 11 月 9 日'],
  ['rep-03', 'paragraph', '3. 在 2023 年 11 月 20 日'],
  ['rep-04', 'paragraph', '4. 在同次会议上'],
  ['rep-05', 'paragraph', '5. 同样在这次会议上'],
  ['rep-06', 'paragraph', '6. 鉴于决议草案'],
  ['rep-fn-star', 'footnote', '\\* 委员会关于本项目的报告'],
  ['rep-fn-1', 'footnote', '<sup>1</sup> [A/C.2/78/SR.10]'],
  ['rep-h3', 'heading', '### 三. 第二委员会的建议'],
  ['rep-07', 'paragraph', '7. 第二委员会建议大会通过'],
]

const EN_ONLY = [
  { id: 'meta-adopted', kind: 'meta', keys: ['Resolution adopted by the General Assembly', 'on 19 December 2023'] },
  { id: 'meta-on-report', kind: 'meta', keys: ['on the report of the Second Committee (A/78/462/Add.1, para. 7)'] },
  { id: 'meta-plenary', kind: 'meta', keys: ['49th plenary meeting'] },
]

const dropNumber = (/** @type {string[]} */ runs) => runs.map((r, i) => (i === 0 ? r.replace(/^\d+\.\s*/, '') : r))
/** @param {import('./seed-pieces.mjs').Piece[]} ps */
const runsOf = (ps) => dropNumber(ps.flatMap((p) => cleanRuns(p.raw)))

/** @param {string} text @param {'zh'|'en'} lang @param {string} chapeau @param {string|null} stop */
function body(text, lang, chapeau, stop) {
  const ps = pieces(text)
  let rest = ps.slice(ps.findIndex((p) => p.raw.trim().endsWith(chapeau)) + 1)
  const end = stop ? rest.findIndex((p) => p.raw.startsWith(stop)) : -1
  if (end >= 0) rest = rest.slice(0, end)
  return bodyUnits(rest, lang)
}

/** The gold, built from the seed files (read on each call). */
export function makeGold() {
  const zhText = read(ZH_FILE), enText = read(EN_FILE)
  const zhNorm = [norm(zhText), norm(withoutFootnotes(zhText))]
  const enNorm = [norm(enText), norm(withoutFootnotes(enText))]
  const zhBody = body(zhText, 'zh', '大会，', null)
  const enBody = body(enText, 'en', 'The General Assembly,*', '*49th plenary')
  /** @type {any[]} */
  const pairs = [...FRONT_PAIRS]
  for (const [kind, prefix] of /** @type {const} */ ([['preambular', 'pre'], ['operative', 'op'], ['footnote', 'fn']])) {
    const zs = zhBody.filter((u) => u.kind === kind), es = enBody.filter((u) => u.kind === kind)
    const expected = { preambular: 47, operative: 46, footnote: 15 }[kind]
    if (zs.length !== expected || es.length !== expected) throw new Error(`${kind}: zh ${zs.length}, en ${es.length}, expected ${expected}`)
    zs.forEach((z, i) => {
      const e = es[i]
      if (kind !== 'preambular' && z.number !== e.number) throw new Error(`${kind} ${z.number} vs ${e.number}`)
      const entry = { id: `${prefix}-${String(i + 1).padStart(2, '0')}`, kind,
        zh: pickKeys(runsOf(z.pieces), 'zh', zhNorm), en: pickKeys(runsOf(e.pieces), 'en', enNorm) }
      const split = [z.pieces.length > 1 && 'zh', e.pieces.length > 1 && 'en'].filter(Boolean)
      pairs.push(split.length ? { ...entry, split } : entry)
    })
  }
  const zhPieces = pieces(zhText)
  const zhOnly = ZH_ONLY.map(([id, kind, start]) => {
    const p = zhPieces.find((q) => q.raw.startsWith(start))
    if (!p) throw new Error(`zh piece not found: ${start}`)
    return { id, kind, keys: pickKeys(runsOf([p]), 'zh', zhNorm) }
  })
  return {
    zhFile: ZH_FILE, enFile: EN_FILE,
    description: 'Paragraph alignment of A/78/462/Add.1 (zh: Second Committee report with the draft of resolution 78/160) ' +
      'and A/RES/78/160 (en), made by reading both files (eval/make-gold-78-160.mjs records the decisions).',
    keyPolicy: [
      'A unit is located by its keys: an output segment holds a key iff norm(segment) includes norm(key) (eval/norm.mjs).',
      'Keys are clean text of their unit (markup removed, links rendered), never span a footnote marker or a page/footnote-block break, and norm(key) occurs exactly once in norm(file).',
      'Paragraphs have a head key and a tail key; when a paragraph is interrupted by a footnote block or page break ("split"), the tail key lies in the continuation, so only a whole paragraph hits.',
      'Short units (headings, short footnotes, meta lines) have one key. exactMatch {side, key, nth}: the key is not unique in its file; the unit is the nth output line whose whole normalised text equals norm(key).',
      'Kinds follow the BlockKind names of src/types.ts: heading, chapeau, preambular, operative, footnote, paragraph (report text), meta.',
    ],
    pairs,
    zhOnly,
    enOnly: EN_ONLY,
    notes: [
      'All resolution units correspond 1:1 in order: 47 preambular, operative 1–46, footnotes 1–15. No 1–n correspondence.',
      'Split units (tail key from the continuation): zh pre-29 (page break inside 消|除), zh pre-47 (page break before 目标轨道), zh op-17 (footnote 15 block inside 还鼓|励); en pre-03, pre-23, pre-31, pre-39 (footnote blocks), en op-17 (footnote 15), en op-25 (blank line, no footnote).',
      'Translation differences noticed while reading (same unit all the same): zh op-37 lacks the verb of "so that it can pursue its objectives" (…使其能够在…领域为最不发达国家制定的目标); zh pre-02 renders "it" as 《2030年议程》.',
    ],
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const gold = makeGold()
  const problems = checkGold(gold, read(ZH_FILE), read(EN_FILE))
  for (const p of problems) process.stderr.write(`${p}\n`)
  const out = `${ROOT}corpus/gold/78-160.json`
  const json = JSON.stringify(gold, null, 2) + '\n'
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === json
    process.stdout.write(same ? 'corpus/gold/78-160.json is up to date\n' : 'corpus/gold/78-160.json differs from the script\n')
    process.exit(same && problems.length === 0 ? 0 : 1)
  }
  writeFileSync(out, json)
  process.stdout.write(`wrote corpus/gold/78-160.json: ${gold.pairs.length} pairs, ${gold.zhOnly.length} zhOnly, ${gold.enOnly.length} enOnly; ${problems.length} problems\n`)
  process.exit(problems.length ? 1 : 0)
}
