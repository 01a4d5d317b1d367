/**
 * Shapes of candidates that are not terms, whatever their association:
 *
 * - a coordination of terms (会员国和联合国发展系统 ↔ “Member States and
 *   the United Nations development system”): its conjuncts are the terms.
 *   A list of three or more (科学、技术和创新, “science, technology and
 *   innovation strategies”) is one unit and stays; so does a name and any
 *   glossary term.
 * - a pair where only one side is a coordination (发达国家 ↔ “developed and
 *   developing countries”);
 * - a Chinese phrase that points into its text (这一议题);
 * - a lead verb or a phrase opened by one (“Requests the Secretary-General”),
 *   unless lead verbs are asked for.
 */
import { LEAD_CLASSES, EN_LEAD_ADVERBS } from '../data/lead-verbs.js'
import { isProperForm } from './citation-form.js'

/** Conjunctions between conjuncts, each language. */
const ZH_AND = /[和与及或]|以及/u
const EN_AND = /\s(?:and|or|as well as)\s/i

/** Whether a Chinese candidate points into its text (这一议题, 该文件): a phrase, not a term. */
export function isChineseDeictic(key: string): boolean {
  return /[这那该此]/u.test(key)
}

/**
 * Whether a Chinese candidate is a coordination of terms: two
 * conjunctions (a list joined to something else), or, without a list
 * comma, a conjunct of 3+ characters before 和/与/及/或 (会员国和联合国发展系统)
 * or two words joined (社会和经济). A conjunction inside a name that goes
 * on after it (经济及社会理事会) is no coordination of terms.
 */
export function isChineseCoordination(key: string): boolean {
  if ((key.match(/[和与及或]|以及/gu)?.length ?? 0) >= 2) return true
  if (key.includes('、')) return false
  const m = ZH_AND.exec(key)
  return m !== null && (m.index >= 3 || key.length - m.index - m[0].length <= 2)
}

/**
 * Whether an English candidate is a coordination of terms: two
 * conjunctions, or and/or without a list comma (“societies and
 * economies”, “Member States and the United Nations development
 * system”). A name (every content word capitalised: “Economic and Social
 * Council”) is none.
 */
export function isEnglishCoordination(surface: string): boolean {
  if (isProperForm(surface)) return false
  if ((` ${surface} `.match(/\s(?:and|or)\s/gi)?.length ?? 0) >= 2) return true
  return !surface.includes(',') && EN_AND.test(surface)
}

/** Whether exactly one side of a pair coordinates. */
export function coordinationMismatch(zh: string, en: string): boolean {
  return ZH_AND.test(zh.replace(/、/g, '和')) !== (EN_AND.test(` ${en} `) || /,/.test(en))
}

const LEAD_WORDS: ReadonlySet<string> = new Set(
  LEAD_CLASSES.flatMap((c) => c.en.map((form) => form.split(' ')[0]!)).concat(EN_LEAD_ADVERBS.map((a) => a.split(' ')[0]!)),
)
const ZH_LEADS: readonly string[] = LEAD_CLASSES.flatMap((c) => c.zh)

/** Whether an English candidate is or opens with a lead verb (“Encourages”, “requests the Secretary-General”). */
export function isEnglishLead(surface: string): boolean {
  const first = /^\p{L}+/u.exec(surface)?.[0].toLowerCase() ?? ''
  return LEAD_WORDS.has(first) && !/^(?:support|concern|resolution|commitment)s?$/i.test(surface)
}

/** Whether a Chinese candidate is a lead verb, with or without a modifier (又重申). */
export function isChineseLead(key: string): boolean {
  const bare = key.replace(/^(?:又|还|并|再次|继续|也|同时|进一步|强烈)/u, '')
  return ZH_LEADS.includes(bare)
}
