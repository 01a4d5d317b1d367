#!/usr/bin/env node
// Writes corpus/gold/78-160-sentences.json: the sentence alignment of the 78/160 pair
// (corpus/000 zh ↔ corpus/003 en), built on the paragraph gold corpus/gold/78-160.json, and
// corpus/gold/76-213-vs-78-160-sentences.json: the sentence alignment of the Chinese 76/213
// (corpus/001) with the English 78/160 (corpus/003), built on corpus/gold/76-213-vs-78-160.json.
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
// - No 1–2 (or 2–1) link in the 78/160 pair, read again sentence by sentence: every resolution
//   paragraph, footnote and heading is one sentence on both sides (the splitter agrees: besides
//   the three above, the only paragraph of several sentences on either side is the zh-only report
//   paragraph 1), and no sentence of one side is rendered by two of the other.
// - So the 1–2 links come from the cross pair 76/213 (zh) ↔ 78/160 (en), whose paragraph gold
//   pairs the units 78/160 carried over from 76/213 (same unit in substance, updated, not a
//   translation; see its description). Read as sentences (CROSS_MULTI below):
//     pre-17 — one 76/213 sentence (the COVID-19 paragraph ending with the Digital Cooperation
//              Organization, "…包括 2020 年成立的数字合作组织，") whose content 78/160 writes as two
//              sentences, pre-21 ("Noting that the coronavirus disease …") and pre-22 ("Noting also
//              the multilateral and regional initiatives …"): a 1–2 link;
//     op-02  — 76/213 lists seven clauses, 78/160 eight: clauses 1–7 one to one (the first one
//              updated: "例如消除贫困的努力" ↔ "such as efforts to eradicate poverty, including extreme
//              poverty"), "foster disaster preparedness …" is new in 78/160: a 0–1 link;
//     op-23  — the same sentence as 78/160 op-28 in both languages: the same 1–4 link;
//     fn-06  — 76/213 cites the reports of 2011–2021, 78/160 those of 2011–2023: eleven 1–1
//              links and two 0–1 links (2022, 2023).
//   Every other pair of that gold is one sentence on each side, its 18 enOnly units 0–1 links;
//   it has no zhOnly unit.
// Keys: one list of keys per sentence; a sentence holds its keys (eval/norm.mjs containment),
// and keys are unique in their file unless the link is marked `exact` (the whole sentence text
// equals the key). Single-sentence paragraphs reuse the paragraph gold's keys.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { countOccurrences, norm } from './norm.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PARAGRAPHS = JSON.parse(readFileSync(`${ROOT}corpus/gold/78-160.json`, 'utf8'))
const CROSS = JSON.parse(readFileSync(`${ROOT}corpus/gold/76-213-vs-78-160.json`, 'utf8'))
const read = (/** @type {string} */ name) => readFileSync(`${ROOT}corpus/${name}`, 'utf8')

const YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
const CORRIGENDUM = new Set([2012, 2013])

/** Paragraph links read as several sentence links: sentence keys per link, in order. */
/** Footnote 6's citations, year by year: zh cites 2011…`zhLast`, en 2011…`enLast`. */
const citations = (/** @type {number} */ zhLast, /** @type {number} */ enLast) => YEARS.filter((y) => y <= enLast).map((y, k) => ({
  zh: y <= zhLast ? [[k === 0 ? '《经济及社会理事会正式记录，2011' : `同上，《${y} 年，补编第 11 号》${CORRIGENDUM.has(y) ? '和更正' : `(E/${y}/31)`}`]] : [],
  en: [[k === 0 ? 'Official Records of the Economic and Social Council, 2011' : `ibid., ${y}, Supplement No. 11${CORRIGENDUM.has(y) ? ' and corrigendum' : ` (E/${y}/31)`}`]],
}))

const OP_28 = [
  {
    zh: [['又促请会员国和联合国发展系统', '并支持在科学、技术和创新方面为发展中国家提供咨询']],
    en: [['Also calls upon Member States and the United Nations development system', 'vocational education and continuing education'], ['business opportunities for the private sector'], ['science, technology and innovation infrastructure'], ['and science, technology and innovation advice for developing countries']],
    note: 'zh joins the four kinds of partnership with commas, en separates them with semicolons: a 1–4 link',
  },
]

/** Paragraph links read as several sentence links: sentence keys per link, in order. */
const MULTI = {
  'fn-06': citations(2023, 2023),
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
  'op-28': OP_28,
}

/** Paragraph links of the cross pair 76/213 (zh) ↔ 78/160 (en) read as several sentence links. */
const CROSS_MULTI = {
  'pre-17': [
    {
      zh: [['注意到冠状病毒病(COVID-19)大流行加', '年成立的数字合作组织']],
      en: [['Noting that the coronavirus disease', 'rights and fundamental freedoms'], ['Noting also the multilateral and', 'Cooperation Organization in 2020']],
      note: 'one 76/213 sentence whose content 78/160 writes as two sentences (pre-21, pre-22): a 1–2 link',
    },
  ],
  'op-02': [
    { zh: [['又重申其承诺继续促进', '例如消除贫困的努力']], en: [['Also reaffirms its commitment to', 'such as efforts to eradicate poverty, including extreme poverty']] },
    ...MULTI['op-02'].slice(1, 7),
    { zh: [], en: MULTI['op-02'][7]?.en ?? [], note: 'a clause 78/160 added to the list' },
  ],
  'op-23': OP_28,
  'fn-06': citations(2021, 2023),
}

/** zh-only paragraphs of several sentences: keys per sentence. */
const ZH_ONLY_MULTI = {
  'rep-01': [['第二委员会就议程项目', '(见 A/78/462，第 2 段)'], ['委员会审议该项目的情况载于相关简要记录']],
}

/**
 * Sentence gold from a paragraph gold: each pair one sentence link unless `multi` reads it as several.
 * @param {any} paragraphs @param {Record<string, any[]>} multi @param {Record<string, string[][]>} zhOnlyMulti @param {string} description
 */
function sentenceGold(paragraphs, multi, zhOnlyMulti, description) {
  /** @type {any[]} */
  const links = []
  for (const p of paragraphs.pairs) {
    const exact = Object.fromEntries((p.exactMatch ?? []).map((/** @type {any} */ e) => [e.side, true]))
    const m = multi[p.id]
    if (m) m.forEach((s, k) => links.push({ id: `${p.id}.s${k + 1}`, paragraph: p.id, kind: p.kind, ...s }))
    else links.push({ id: `${p.id}.s1`, paragraph: p.id, kind: p.kind, zh: [p.zh], en: [p.en], ...(Object.keys(exact).length ? { exact } : {}) })
  }
  for (const u of paragraphs.zhOnly) {
    const sentences = zhOnlyMulti[u.id] ?? [u.keys]
    sentences.forEach((keys, k) => links.push({ id: `${u.id}.s${k + 1}`, paragraph: u.id, kind: u.kind, zh: [keys], en: [] }))
  }
  for (const u of paragraphs.enOnly) links.push({ id: `${u.id}.s1`, paragraph: u.id, kind: u.kind, zh: [], en: [u.keys] })
  const count = (/** @type {(l: any) => boolean} */ f) => links.filter(f).length
  const shape = (/** @type {number} */ z, /** @type {number} */ e) => count((l) => l.zh.length === z && l.en.length === e)
  return {
    zhFile: paragraphs.zhFile, enFile: paragraphs.enFile,
    description,
    keyPolicy: 'A sentence link has, per side, one list of keys per sentence in order; a predicted sentence link matches when it has as many sentences on each side and sentence k holds every key of list k (norm containment, eval/norm.mjs), or equals it when the side is marked exact.',
    counts: { links: links.length, twoSided: count((l) => l.zh.length && l.en.length), oneSided: count((l) => !l.zh.length || !l.en.length), multiSentenceParagraphs: Object.keys(multi).length, oneToMany: count((l) => l.zh.length !== l.en.length && l.zh.length && l.en.length), oneToTwo: shape(1, 2), twoToOne: shape(2, 1) },
    links,
  }
}

export function makeSentenceGold() {
  return sentenceGold(PARAGRAPHS, MULTI, ZH_ONLY_MULTI, 'Sentence alignment of the 78/160 pair (zh: A/78/462/Add.1 with the draft; en: A/RES/78/160), made by reading both files on the paragraph gold 78-160.json (eval/make-gold-78-160-sentences.mjs records the decisions).')
}

export function makeCrossSentenceGold() {
  return sentenceGold(CROSS, CROSS_MULTI, {}, 'Sentence alignment of the Chinese 76/213 (corpus/001) with the English 78/160 (corpus/003): the units 78/160 carried over from 76/213, updated, not translated (see 76-213-vs-78-160.json), read as sentences on that paragraph gold (eval/make-gold-78-160-sentences.mjs records the decisions). It holds the 1–2 link the 78/160 pair lacks.')
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
  let ok = true
  for (const [name, gold] of /** @type {const} */ ([['78-160-sentences.json', makeSentenceGold()], ['76-213-vs-78-160-sentences.json', makeCrossSentenceGold()]])) {
    const problems = checkSentenceGold(gold, read(gold.zhFile), read(gold.enFile))
    for (const p of problems) process.stderr.write(`${name}: ${p}\n`)
    const out = `${ROOT}corpus/gold/${name}`
    const json = JSON.stringify(gold, null, 1) + '\n'
    if (process.argv.includes('--check')) {
      const same = readFileSync(out, 'utf8') === json
      process.stdout.write(same ? `corpus/gold/${name} is up to date\n` : `corpus/gold/${name} differs from the script\n`)
      ok &&= same && problems.length === 0
    } else {
      writeFileSync(out, json)
      process.stdout.write(`wrote corpus/gold/${name}: ${JSON.stringify(gold.counts)}; ${problems.length} problems\n`)
      ok &&= problems.length === 0
    }
  }
  process.exit(ok ? 0 : 1)
}
