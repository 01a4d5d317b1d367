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
import { isNounPhrase } from './english-phrases.js'
import { EN_EVALUATIVE, EN_EVENT_HEADS, ZH_EVALUATIVE, ZH_STOP_WORDS } from './data/stop-words.js'
import { tagChinese } from './jieba.js'

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

/** One side of a candidate pair as the single-link test sees it (English: `bare` is the text with glossary terms blanked, so that the list of a known term is no clause). */
export interface SideShape {
  /** Chinese key or English surface. */
  readonly text: string
  /** The text just before and after each occurrence. */
  readonly edges: readonly { readonly before: string; readonly after: string }[]
}

const ZH_CONJUNCT_AFTER = /^[和与及或、]/u
const EN_CONJUNCT_BEFORE = /([\p{L}-]+),?\s+(?:and|or)\s+$/iu

/** Whether an English phrase (glossary terms blanked) holds clause words or a list: no term when seen once. */
export function isClauseLike(bare: string): boolean {
  return EN_CLAUSE.test(bare)
}

/** jieba tags of nouns (x: a word of the glossary, inserted untagged). */
const ZH_NOUN_TAGS = /^(?:n|nz|ng|vn|x)$/

/** Whether a Chinese phrase goes straight on with a noun (发展优先 in 发展优先事项): it modifies that noun, it is no term. */
function nounFollows(after: string): boolean {
  const next = tagChinese(/^\p{Script=Han}*/u.exec(after)![0].slice(0, 8))[0]
  return next !== undefined && ZH_NOUN_TAGS.test(next.tag) && !ZH_STOP_WORDS.has(next.word)
}

/** Whether the text before a phrase ends with a modifier and a conjunction (“technological and”): the phrase shares that modifier's head. */
function modifierConjunct(before: string): boolean {
  const word = EN_CONJUNCT_BEFORE.exec(before)?.[1]
  return word !== undefined && !isNounPhrase(word)
}
const EN_NAME_BEFORE = /(?:^|[^.;:]\s)\p{Lu}[\p{L}\p{N}'’-]*\s+$/u
const EN_NAME_AFTER = /^\s*(?:and|or|of|for|on|in)\s+(?:the\s+)?\p{Lu}/u
const EN_CLAUSE = /[,;:()]|['’]s\b|\b(?:and|or|that|which|who|whom|whose|to|is|are|be|been|has|have)\b/i

/**
 * Whether a pair seen in a single link has the shape of a term on both
 * sides. Seen once, a pair has no frequency to tell a unit from a stretch
 * of its sentence, so it must look like a term by itself:
 *
 * - `zhPlain`: only content words inside the Chinese (no 的, preposition,
 *   verb or list: 缺乏数字技能, 数字技术对可持续发展), and no clause words
 *   in the English (“policies that increase…”, “parties to fully
 *   implement…”); a coordination seen once joins separate terms;
 * - no conjunct cut out of a coordination that shares its head or name
 *   (南南 in 南南和三方合作, “digital change” in “technological and
 *   digital change”, “Digital Society” in “Digital Society and Economy”;
 *   “Summit on Science, Technology and Innovation” before “of the Group
 *   of 77”: a name goes on after a preposition and a capital),
 *   and no piece of a name (“online platform” in “2030 Connect online
 *   platform”), no Chinese modifier of a noun that follows (发展优先 in
 *   发展优先事项); no possessive (“Africa's citizens”);
 * - no event of something (“dissemination of knowledge”, “lack of digital
 *   skills”, “scope of education”): the event is said of a term, it is
 *   none itself; no verb with its object (应用科学 ↔ “applying science”);
 * - no evaluative modifier in front (重要行动 ↔ “important action”,
 *   “serious challenges”): it qualifies one use, it names no concept.
 */
export function isSingleLinkShape(zh: SideShape & { readonly plain: boolean; readonly single: boolean; readonly lead?: string }, en: SideShape & { readonly bare: string }): boolean {
  if (!zh.plain || EN_CLAUSE.test(en.bare)) return false
  if (zh.edges.some((x) => zh.single && ZH_CONJUNCT_AFTER.test(x.after)) || zh.edges.every((x) => nounFollows(x.after))) return false
  const name = /^\p{Lu}/u.test(en.text)
  if (en.edges.some((x) => modifierConjunct(x.before) || EN_NAME_BEFORE.test(x.before) || (name && EN_NAME_AFTER.test(x.after)))) return false
  const [first = '', second = ''] = en.text.toLowerCase().split(/\s+/)
  if (EN_EVENT_HEADS.has(first) && /^(?:of|for|in|to|on)$/.test(second)) return false
  // A verb and its object on both sides (应用科学 ↔ “applying science”, 调动资源 ↔ “mobilizing resources”).
  if (second !== '' && /ing$/.test(first) && zh.lead === 'v') return false
  return !EN_EVALUATIVE.has(first) && !ZH_EVALUATIVE.some((w) => zh.text.startsWith(w))
}

/**
 * Whether a pair is a modifier on both sides, whatever its frequency: a
 * Chinese phrase that only ever stands before a conjunction or a noun, and an English phrase that only ever stands before “and”/“or” or
 * another word (南南 ↔ “South-South” in 南南合作 and 南南和三方合作,
 * “South-South cooperation” and “South-South and triangular
 * cooperation”). The term is the whole phrase, never its modifier.
 */
export function isModifierPair(zh: SideShape, en: SideShape): boolean {
  if (zh.edges.length === 0 || en.edges.length === 0) return false
  return zh.edges.every((x) => ZH_CONJUNCT_AFTER.test(x.after) || nounFollows(x.after)) && en.edges.every((x) => /^\s*(?:and\b|or\b|\p{L})/u.test(x.after))
}
