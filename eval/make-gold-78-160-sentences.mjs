#!/usr/bin/env node
// Writes corpus/gold/78-160-sentences.json: the sentence alignment of the 78/160 pair
// (corpus/000 zh ↔ corpus/003 en), built on the paragraph gold corpus/gold/78-160.json.
//
//   node eval/make-gold-78-160-sentences.mjs [--check]   (--check: compare, do not write)
//
// Decisions, from reading both files sentence by sentence:
// - A sentence ends at 。！？ / . ! ? (not after an abbreviation such as "para." or "No.", not
//   inside brackets), and a clause of a list ends at ； / ; (UN lists of citations and of
//   actions are written as clauses separated by semicolons in both languages).
// - Every preambular paragraph, operative paragraph, footnote, heading and front-matter line
//   of the resolution is ONE sentence on each side (preambular paragraphs end with a comma,
//   operative ones with a semicolon, and none has a sentence end inside), except the three
//   listed in MULTI below, read clause by clause:
//     footnote 6  — 13 citations "《…，2011 年，补编第 11 号》(E/2011/31)；同上，…" ↔ "Official Records …,
//                   2011, Supplement No. 11 (E/2011/31); ibid., …": 13 one-to-one links;
//     operative 2 — the list of efforts "例如消除贫困…；实现粮食安全与营养；…" ↔ "such as efforts to
//                   eradicate poverty …; achieve food security and nutrition; …": 8 one-to-one links;
//     operative 28 — zh joins the four kinds of partnership with commas ("，支持为私营部门提供商业
//                   机会，支持兴建…基础设施，并支持…提供咨询；"), en separates them with semicolons
//                   ("…; business opportunities for the private sector; …; and …advice …;"):
//                   one zh sentence ↔ four en clauses, a 1–4 link.
// - The zh report part (report title, rapporteur line, headings, paragraphs 1–7, footnotes * and 1)
//   has no English counterpart: each of its sentences is a 1–0 link; paragraph 1 holds two
//   sentences ("…第 2 段)。" and "委员会审议该项目的情况载于相关简要记录。"), the others one.
// - The en adoption lines ("Resolution adopted by the General Assembly on 19 December 2023",
//   "[on the report of the Second Committee (A/78/462/Add.1, para. 7)]", "49th plenary meeting")
//   are one sentence each (para. 7 is no sentence end) with no Chinese counterpart: 0–1 links.
// Keys: one list of keys per sentence; a sentence holds its keys (eval/norm.mjs containment),
// and keys are unique in their file unless the link is marked `exact` (the whole sentence text
// equals the key). Single-sentence paragraphs reuse the paragraph gold's keys.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { countOccurrences, norm } from './norm.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PARAGRAPHS = JSON.parse(readFileSync(`${ROOT}corpus/gold/78-160.json`, 'utf8'))
const read = (/** @type {string} */ name) => readFileSync(`${ROOT}corpus/${name}`, 'utf8')

const YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
const CORRIGENDUM = new Set([2012, 2013])

/** Paragraph links read as several sentence links: sentence keys per link, in order. */
const MULTI = {
  'fn-06': YEARS.map((y, k) => ({
    zh: [[k === 0 ? '《经济及社会理事会正式记录，2011' : `同上，《${y} 年，补编第 11 号》${CORRIGENDUM.has(y) ? '和更正' : `(E/${y}/31)`}`]],
    en: [[k === 0 ? 'Official Records of the Economic and Social Council, 2011' : `ibid., ${y}, Supplement No. 11${CORRIGENDUM.has(y) ? ' and corrigendum' : ` (E/${y}/31)`}`]],
  })),
  'op-02': [
    { zh: [['又重申其承诺继续促进', '例如消除贫困包括极端贫困的努力']], en: [['Also reaffirms its commitment to', 'such as efforts to eradicate poverty, including extreme poverty']] },
    { zh: [['实现粮食安全与营养']], en: [['achieve food security and nutrition']] },
    { zh: [['提高农业生产力']], en: [['increase agricultural productivity']] },
    { zh: [['改善人人负担得起、可靠和可持续的现代能源供应']], en: [['enhance access to affordable, reliable, sustainable and modern energy for all']] },
    { zh: [['防治疾病']], en: [['fight diseases']] },
    { zh: [['改进教育']], en: [['improve education']] },
    { zh: [['保护环境，应对气候变化']], en: [['protect the environment and address climate change']] },
    { zh: [['促进备灾，加强抗灾能力建设的效力和效率']], en: [['foster disaster preparedness and strengthen the effectiveness']] },
  ],
  'op-28': [
    {
      zh: [['又促请会员国和联合国发展系统', '并支持在科学、技术和创新方面为发展中国家提供咨询']],
      en: [['Also calls upon Member States and the United Nations development system', 'vocational education and continuing education'], ['business opportunities for the private sector'], ['science, technology and innovation infrastructure'], ['and science, technology and innovation advice for developing countries']],
      note: 'zh joins the four kinds of partnership with commas, en separates them with semicolons: a 1–4 link',
    },
  ],
}

/** zh-only paragraphs of several sentences: keys per sentence. */
const ZH_ONLY_MULTI = {
  'rep-01': [['第二委员会就议程项目', '(见 A/78/462，第 2 段)'], ['委员会审议该项目的情况载于相关简要记录']],
}

export function makeSentenceGold() {
  /** @type {any[]} */
  const links = []
  for (const p of PARAGRAPHS.pairs) {
    const exact = Object.fromEntries((p.exactMatch ?? []).map((/** @type {any} */ e) => [e.side, true]))
    const multi = MULTI[/** @type {keyof typeof MULTI} */ (p.id)]
    if (multi) multi.forEach((s, k) => links.push({ id: `${p.id}.s${k + 1}`, paragraph: p.id, kind: p.kind, ...s }))
    else links.push({ id: `${p.id}.s1`, paragraph: p.id, kind: p.kind, zh: [p.zh], en: [p.en], ...(Object.keys(exact).length ? { exact } : {}) })
  }
  for (const u of PARAGRAPHS.zhOnly) {
    const sentences = ZH_ONLY_MULTI[/** @type {keyof typeof ZH_ONLY_MULTI} */ (u.id)] ?? [u.keys]
    sentences.forEach((keys, k) => links.push({ id: `${u.id}.s${k + 1}`, paragraph: u.id, kind: u.kind, zh: [keys], en: [] }))
  }
  for (const u of PARAGRAPHS.enOnly) links.push({ id: `${u.id}.s1`, paragraph: u.id, kind: u.kind, zh: [], en: [u.keys] })
  const count = (/** @type {(l: any) => boolean} */ f) => links.filter(f).length
  return {
    zhFile: PARAGRAPHS.zhFile, enFile: PARAGRAPHS.enFile,
    description: 'Sentence alignment of the 78/160 pair (zh: A/78/462/Add.1 with the draft; en: A/RES/78/160), made by reading both files on the paragraph gold 78-160.json (eval/make-gold-78-160-sentences.mjs records the decisions).',
    keyPolicy: 'A sentence link has, per side, one list of keys per sentence in order; a predicted sentence link matches when it has as many sentences on each side and sentence k holds every key of list k (norm containment, eval/norm.mjs), or equals it when the side is marked exact.',
    counts: { links: links.length, twoSided: count((l) => l.zh.length && l.en.length), oneSided: count((l) => !l.zh.length || !l.en.length), multiSentenceParagraphs: Object.keys(MULTI).length, oneToMany: count((l) => l.zh.length !== l.en.length && l.zh.length && l.en.length) },
    links,
  }
}

/** Keys not found exactly once in their file (exact links are checked by the scorer instead). */
export function checkSentenceGold(gold, zhText, enText) {
  const problems = []
  const texts = { zh: norm(zhText), en: norm(enText) }
  for (const l of gold.links) {
    for (const side of /** @type {const} */ (['zh', 'en'])) {
      if (l.exact?.[side]) continue
      for (const keys of l[side]) for (const key of keys) {
        const n = countOccurrences(texts[side], norm(key))
        if (n !== 1) problems.push(`${l.id} ${side} key "${key}" occurs ${n} times`)
      }
    }
  }
  return problems
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const gold = makeSentenceGold()
  const problems = checkSentenceGold(gold, read(gold.zhFile), read(gold.enFile))
  for (const p of problems) process.stderr.write(`${p}\n`)
  const out = `${ROOT}corpus/gold/78-160-sentences.json`
  const json = JSON.stringify(gold, null, 1) + '\n'
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === json
    process.stdout.write(same ? 'corpus/gold/78-160-sentences.json is up to date\n' : 'corpus/gold/78-160-sentences.json differs from the script\n')
    process.exit(same && problems.length === 0 ? 0 : 1)
  }
  writeFileSync(out, json)
  process.stdout.write(`wrote corpus/gold/78-160-sentences.json: ${JSON.stringify(gold.counts)}; ${problems.length} problems\n`)
  process.exit(problems.length ? 1 : 0)
}
