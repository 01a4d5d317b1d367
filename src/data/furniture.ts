/**
 * Patterns of page furniture in text extracted from UN PDFs: what a line
 * looks like when it is not part of the document's text.
 */

/** Footnote separator rule. */
export const SEPARATOR = /^[\s\u00a0]*(?:_{5,}|-{8,}|—{4,})[\s\u00a0]*$/

/** A line holding only URLs (the link lists some extractors append to a page). */
export const URL_LINE = /^[\s\u00a0]*(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff0c\uff1b]+[\s\u00a0]*$/

/** Page numbers: `12`, `- 12 -`, `2/13`, `Page 3`, `第 3 页`. */
export const PAGE_NUMBER = /^[\s\u00a0]*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4}|(?:Page|page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4})[\s\u00a0]*$/

/** Running header/footer: a lone document symbol or job number, optionally with a page number. */
export const RUNNING_LINE =
  /^[\s\u00a0]*(?:(?:\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})\s+)?(?:(?:A|E|S|ST|TD|UNEP|FCCC|CRC|CEDAW|HRC)\/[\w.()-]+(?:\/[\w.()-]+)*(?:\s*-\s*(?:A|E|S)\/[\w./()-]+)?|\d{2}-\d{5}(?:\s*\([A-Z]\))?|[\dA-Z]{2}-\d{5}\s*\S*)(?:\s+(?:\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}))?[\s\u00a0]*$/

/** A paragraph number left alone on its line (`12.`, `(a)`). */
export const DETACHED_NUMBER = /^[\s\u00a0]*(?:\d{1,3}\.|\([a-z]{1,4}\)|\([ivxlc]{1,6}\)|[\u3220-\u3229])[\s\u00a0]*$/

/** A footnote line in a footnote block: label, space, text. */
export const FOOTNOTE_LINE = /^[\s\u00a0]*(\d{1,3}|\*{1,3}|[†‡])(?:[\s\u00a0]+|(?=[\u3400-\u9fff《“(（]))(\S.*)$/

/** A label alone on its line in a footnote block. */
export const FOOTNOTE_LABEL_ONLY = /^[\s\u00a0]*(\d{1,3}|\*{1,3}|[†‡])[\s\u00a0]*$/

/**
 * A running header that carries the title beside the symbol
 * ("Science, technology and innovation … A/RES/78/160"): recognised when the
 * same line recurs on several pages, with a document symbol at either end.
 */
export const TITLED_RUNNING_LINE = /^[\s\u00a0]*(?:(?:A|E|S)\/[\w./()-]+\s+\S.{0,140}|.{1,140}\S\s+(?:A|E|S)\/[\w./()-]+)[\s\u00a0]*$/

/** How often a titled running line must recur to be taken for page furniture. */
export const RUNNING_LINE_MIN_REPEATS = 3

/** Codes printed at the foot of a UN document's first page: the date code (`080124`) and the barcode (`*2325367*`). */
export const FRONT_PAGE_CODE = /^[\s\u00a0]*(?:\d{6}|\*\d{6,9}\*)[\s\u00a0]*$/

/** The distribution line that ends the first page's masthead (`Distr.: General`). */
export const DISTRIBUTION_LINE = /^[\s\u00a0]*Distr\.?\s*[:：]/

/** Masthead cells of a first page: the organisation and the organ. */
export const MASTHEAD_LINE = /^[\s\u00a0]*(?:United Nations|联合国|Nations Unies|General Assembly|大会|Security Council|安全理事会|Economic and Social Council|经济及社会理事会|Human Rights Council|人权理事会)[\s\u00a0]*$/

/** How many non-blank lines at the top and at the foot of a page may be page furniture. */
export const PAGE_EDGE_LINES = 4

/** Share of pages an edge line must recur on (at least twice) to be a running header or footer. */
export const RUNNING_SHARE = 0.25

/** Document symbols and job numbers, the tokens running lines are made of. */
export const RUNNING_TOKEN = /(?:A|E|S|ST|TD|UNEP|FCCC|CRC|CEDAW|HRC)\/[\w.()-]*\w(?:\/[\w.()-]*\w)*|\b\d{2}-\d{5}\b/g

/**
 * Lines of the first page's masthead (organisation, organ, distribution,
 * date, languages, symbol), each cell of a line on its own: "United Nations
 * A/RES/78/160", "Distr.: General", "8 December 2023", "Original: English",
 * "大　会" (letter-spaced, sometimes one character a line).
 */
export const MASTHEAD_CELL = new RegExp(
  '^(?:United Nations|联\\s*合\\s*国|General Assembly|Security Council|Economic and Social Council|Human Rights Council|' +
    '大\\s*会|安\\s*全\\s*理\\s*事\\s*会|经\\s*济\\s*及\\s*社\\s*会\\s*理\\s*事\\s*会|[大会]|' +
    'Distr\\.?:?\\s*(?:General|Limited|Restricted)|Original:\\s*\\w+|Chinese|English|French|Spanish|Russian|Arabic|中文|' +
    '\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|' +
    '(?:A|E|S)\\/[\\w./()-]*\\w)$',
)

/** A footnote line with its label in brackets, as pandoc's plain text prints notes ("[3] Resolution 70/1."). */
export const BRACKET_FOOTNOTE_LINE = /^[\s\u00a0]*\[(\d{1,3})\](?:[\s\u00a0]+|(?=[\u3400-\u9fff《“(（]))(\S.*)$/

/** How far back (non-label lines) a footnote block at a page foot may reach from its next label. */
export const FOOTNOTE_LINES_PER_NOTE = 16
