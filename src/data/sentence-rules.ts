/**
 * Sentence-break rules for UN Chinese and English, as data (after SRX, the
 * Segmentation Rules eXchange format): at each candidate position the rules
 * of the text's language are tried in order and the first whose `before`
 * matches the text up to the position and whose `after` matches the text
 * from it decides (`break: false` is an exception, listed before the breaks
 * it overrides). No break is ever made inside brackets （）《》() or [],
 * inside a number, a document symbol or a footnote reference: the
 * patterns below only fire after a terminator and its closing marks.
 */
export interface SentenceRule {
  /** What the rule is for (shown by tests). */
  readonly name: string
  readonly break: boolean
  /** Must match the text just before the position (anchored at its end). */
  readonly before: RegExp
  /** Must match the text just after the position (anchored at its start). */
  readonly after: RegExp
}

/** Closing marks that stay with the sentence they end. */
const CLOSE = `["”’»」』）)\\]]*`
/** A footnote reference that stays with the sentence it follows: superscript digits, <sup>n</sup>, [^n]. */
const REF = `(?:[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]+|<sup>[^<]{1,6}</sup>|\\[\\^[^\\]]{1,6}\\])?`
/** A sub-item label: (a), (ii), （b）, a), 1. */
const ITEM = `\\s*(?:[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[0-9]{1,2})[)）])`

/** Abbreviations after which a full stop ends no sentence. */
export const EN_ABBREVIATIONS: readonly string[] = Object.freeze([
  'No', 'Nos', 'no', 'nos', 'para', 'paras', 'Para', 'Paras', 'vol', 'vols', 'Vol', 'chap', 'chaps', 'Chap', 'sect', 'sects', 'Sect',
  'art', 'arts', 'Art', 'Arts', 'p', 'pp', 'ann', 'Add', 'Corr', 'Rev', 'Amend', 'Suppl', 'Mr', 'Ms', 'Mrs', 'Messrs', 'Dr', 'Prof',
  'St', 'cf', 'Cf', 'e\\.g', 'i\\.e', 'viz', 'op', 'loc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'U\\.S', 'U\\.K', 'U\\.N', 'a\\.m', 'p\\.m', 'approx', 'fig', 'figs', 'ed', 'eds', 'Inc', 'Ltd', 'Co', 'Jr', 'Sr', 'Gen', 'Lt', 'Col',
  'Capt', 'Hon', 'Rt', 'Amb',
])

export const SENTENCE_RULES: Readonly<Record<'zh' | 'en', readonly SentenceRule[]>> = Object.freeze({
  en: Object.freeze([
    { name: 'abbreviation', break: false, before: new RegExp(`(?:^|[\\s(])(?:${EN_ABBREVIATIONS.join('|')})\\.$`), after: /\s/ },
    { name: 'section letter', break: true, before: /(?:^|\s)(?:sect|chap|annex|part|Sect|Chap|Annex|Part)\.?\s+[A-Z]\.$/, after: /\s+(?=["“‘(\[]?[\p{Lu}0-9])/u },
    { name: 'initial', break: false, before: /(?:^|\s)[A-Z]\.$/, after: /\s+[A-Z]/ },
    { name: 'numbered title', break: false, before: /^\s*(?:[A-Z]\/)?[0-9]+(?:\/[0-9]+)*\.$/, after: /\s(?![A-Z]+\/)/ },
    { name: 'full stop', break: true, before: new RegExp(`[.!?…]${CLOSE}${REF}$`), after: /\s+(?=["“‘(\[]?[\p{Lu}0-9])/u },
    { name: 'list clause', break: true, before: new RegExp(`;${REF}$`), after: /\s+\S/ },
    { name: 'sub-items', break: true, before: /:$/, after: new RegExp(`(?=${ITEM})`) },
  ]),
  zh: Object.freeze([
    { name: 'full stop', break: true, before: new RegExp(`[。！？!?…]${CLOSE}${REF}$`), after: /(?![⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]|<sup>|\[\^)\s*[^\s。！？!?…”’」』）)\]]/ },
    { name: 'list clause', break: true, before: new RegExp(`[；;]${REF}$`), after: /(?![⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]|<sup>|\[\^)\s*[^\s”’」』）)\]]/ },
    { name: 'sub-items', break: true, before: /[：:]$/, after: new RegExp(`(?=${ITEM})`) },
  ]),
})

/** Brackets inside which no sentence ends (a pair left open longer than `BRACKET_REACH` characters is ignored). */
export const SENTENCE_BRACKETS: readonly (readonly [string, string])[] = Object.freeze([
  ['（', '）'], ['(', ')'], ['《', '》'], ['[', ']'], ['〈', '〉'],
])

export const BRACKET_REACH = 400
