/**
 * Patterns of the metadata a UN document prints in its front matter, in
 * both languages: document symbols, session, agenda item, resolution
 * number and title, the "[on the report of …]" adoption line, the body
 * that reports or adopts. Data only; read-metadata.ts applies them.
 */

/**
 * A UN document symbol: A/RES/78/160, A/78/462/Add.1, A/C.2/78/L.48,
 * E/2025/31, E/CN.16/2025/4, A/HRC/RES/55/1, S/RES/2719 (2023).
 */
export const SYMBOL = /(?<![\w/])(?:A|E|S)\/(?:(?:RES|DEC|PRST|HRC|C\.\d|CN\.\d{1,2}|AC\.\d{1,3}|CONF\.\d{1,3})\/)*\d{1,4}(?:\/(?:Add|Rev|Corr|Amend|L|SR|PV)\.\d{1,4}|\/\d{1,4})*/g

/** A reference number in running text: resolution 70/1, decision 2023/4 (not inside a symbol). */
export const REFERENCE = /(?<![\w./])\d{1,4}\/\d{1,4}(?![\w/])/g

/** A year in running text (2015 年, 25 September 2015), not inside a symbol. */
export const YEAR = /(?<![\w./])(?:19|20)\d{2}(?![\w/])/g

/** "Seventy-eighth session" / "2025 session". */
export const EN_SESSION = /\b([A-Za-z]+(?:-[A-Za-z]+)?|\d{4})\s+(?:regular\s+|special\s+|resumed\s+)?session\b/i

/** "第七十八届会议" / "2025 年届会". */
export const ZH_SESSION = /第\s*([〇零一二两三四五六七八九十百\d]+)\s*届(?:会议|常会|特别会议|会)?|(\d{4})\s*年\s*届会/

/** "Agenda item 19 (a)", "Item 20 of the provisional agenda". */
export const EN_AGENDA = [
  /\bagenda\s+items?\s+(\d{1,3})\s*(?:\(([a-z])\))?/i,
  /\bitems?\s+(\d{1,3})\s*(?:\(([a-z])\))?\s+of\s+the\s+(?:provisional\s+)?agenda/i,
]

/** "议程项目 19(a)", "临时议程 项目 20". */
export const ZH_AGENDA = [/议程\s*项目\s*(\d{1,3})\s*(?:[(（]\s*([a-z])\s*[)）])?/]

/** "78/160. Title" — the number and title line of an adopted resolution or decision. */
export const NUMBERED_TITLE = /^(\d{1,4}\/\d{1,4})\s*[.．]\s*(.+)$/

/** "[on the report of the Second Committee (A/78/462/Add.1, para. 7)]". */
export const EN_ADOPTED_ON = /\[\s*(?:on the (?:report|recommendation) of the\s+(.+?)|without reference to a Main Committee)\s*\(([^)\]]*)\)\s*\]/i

/** "[根据第二委员会的报告(A/76/534/Add.1, 第 7 段)通过]". */
export const ZH_ADOPTED_ON = /\[\s*(?:根据(.+?)的(?:报告|建议)|未经发交主要委员会而通过)\s*[(（]([^)）\]]*)[)）]\s*(?:通过)?\s*\]/

/** The paragraph cited inside the adoption line: "para. 7", "paras. 7", "第 7 段". */
export const CITED_PARAGRAPH = [/\bparas?\.\s*(\d{1,3})/i, /第\s*(\d{1,3})\s*段/]

/** "Resolution adopted by the General Assembly on 19 December 2023". */
export const EN_DATE = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i

/** "2021 年 12 月 17 日". */
export const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/

/** Lines that carry the adoption date (not any date in the front matter). */
export const ADOPTION_LINE = [/\badopted by\b/i, /(?:大会|理事会|委员会)(?:决议|决定)$/]

/** A UN body that reports or adopts, with its names in both languages. */
export interface Body {
  /** Stable key compared across languages. */
  readonly key: string
  /** Symbol series of its adopted resolutions (`A/RES/`), when it has one. */
  readonly series: string | null
  readonly en: readonly string[]
  readonly zh: readonly string[]
}

/** The bodies, most specific names first within each language. */
export const BODIES: readonly Body[] = [
  { key: 'first-committee', series: null, en: ['First Committee'], zh: ['第一委员会'] },
  { key: 'second-committee', series: null, en: ['Second Committee'], zh: ['第二委员会'] },
  { key: 'third-committee', series: null, en: ['Third Committee'], zh: ['第三委员会'] },
  { key: 'fourth-committee', series: null, en: ['Fourth Committee', 'Special Political and Decolonization Committee'], zh: ['第四委员会', '特别政治和非殖民化委员会'] },
  { key: 'fifth-committee', series: null, en: ['Fifth Committee'], zh: ['第五委员会'] },
  { key: 'sixth-committee', series: null, en: ['Sixth Committee'], zh: ['第六委员会'] },
  { key: 'cstd', series: null, en: ['Commission on Science and Technology for Development'], zh: ['科学和技术促进发展委员会'] },
  { key: 'secretary-general', series: null, en: ['Secretary-General'], zh: ['秘书长'] },
  { key: 'human-rights-council', series: 'A/HRC/RES/', en: ['Human Rights Council'], zh: ['人权理事会'] },
  { key: 'security-council', series: 'S/RES/', en: ['Security Council'], zh: ['安全理事会', '安理会'] },
  { key: 'ecosoc', series: 'E/RES/', en: ['Economic and Social Council'], zh: ['经济及社会理事会', '经社理事会'] },
  { key: 'general-assembly', series: 'A/RES/', en: ['General Assembly'], zh: ['大会'] },
]

/** "Report of the Second Committee" / "第二委员会的报告" — who wrote a report. */
export const REPORT_BY = {
  en: /^Report of the\s+(.+?)(?:\s+on\b.*)?$/i,
  zh: /^(.+?)的报告$/,
} as const

/** Chapeau of an adopted text: "The General Assembly," / "大会，" — who adopted it. */
export const CHAPEAU_BODY = {
  en: /^The\s+(.+?),$/,
  zh: /^(.+?)[，,]$/,
} as const

/** Headings that are only a part label, not a title ("决议草案一", "Draft resolution II"). */
export const LABEL_HEADING = /^(?:决议草案|决定草案|Draft (?:resolution|decision)|附件|Annex)\s*[一二三四五六七八九十\dIVXLCA-Z]*$/i
