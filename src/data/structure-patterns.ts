/** Patterns of UN document structure: chapeaus, meta lines, part openers, numbering. */

/** "大会，" / "The General Assembly," (a chapeau stands alone). */
export const CHAPEAU = [
  /^(?:大会|经济及社会理事会|经社理事会|安全理事会|人权理事会|理事会|委员会)[，,：:]$/,
  /^The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Council|Commission),$/,
]

/** Adoption and meeting lines. */
export const META = [
  /^\[?(?:根据|未经).{0,80}(?:通过|发交)\]?$/,
  /^\[(?:on the report|without reference).{0,120}\]$/i,
  /^Resolution adopted by the (?:General Assembly|Economic and Social Council|Security Council)\b.{0,60}$/i,
  /^(?:Decision|Resolution) adopted by .{0,80}$/i,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:大会|经济及社会理事会|安全理事会)(?:决议|决定)$/,
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?第\s*\d+\s*次全体会议(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$/,
  /^\d+(?:st|nd|rd|th) plenary meeting(?:\s+\d{1,2} \w+ \d{4})?$/i,
  /^报告员[：:].{1,60}$/,
  /^Rapporteur:.{1,80}$/,
]

/** Headings that open a part, with the part kind and an ordinal group. */
export const PART_OPENERS: ReadonlyArray<{ readonly re: RegExp; readonly kind: 'draft-resolution' | 'draft-decision' | 'resolution' | 'decision' | 'annex' | 'report' }> = [
  { re: /^决议草案\s*([一二三四五六七八九十\dA-Z]*)$/, kind: 'draft-resolution' },
  { re: /^决定草案\s*([一二三四五六七八九十\dA-Z]*)$/, kind: 'draft-decision' },
  { re: /^Draft resolution\s*([IVXLC\d]*|[A-Z]?)$/i, kind: 'draft-resolution' },
  { re: /^Draft decision\s*([IVXLC\d]*|[A-Z]?)$/i, kind: 'draft-decision' },
  { re: /^附件\s*([一二三四五六七八九十\d]*)$/, kind: 'annex' },
  { re: /^Annex\s*([IVXLC\d]*)$/i, kind: 'annex' },
  { re: /^(?:第.{1,12}的报告|秘书长的报告|Report of the .{3,80})$/, kind: 'report' },
]

/** Meta lines that open an adopted resolution (it starts there). */
export const RESOLUTION_OPENERS = [
  /^Resolution adopted by the (?:General Assembly|Economic and Social Council|Security Council)/i,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:大会|经济及社会理事会|安全理事会)决议$/,
]

/** Section headings that end a draft part and return to the report (第二章, Chapter II, B. …). */
export const SECTION_HEADING = /^(?:第[一二三四五六七八九十]+章|Chapter\s+[IVXLC]+\b|[A-H]\.\s|[IVX]{1,5}\.\s|[一二三四五六七八九十]+[.、．]\s?)/

/** Paragraph numbering at the start of a block, most specific first. */
export const NUMBERING: ReadonlyArray<{ readonly re: RegExp; readonly level: 'para' | 'letter' | 'roman' }> = [
  { re: /^(\d{1,3})\.(?:\s+|(?=\S))/, level: 'para' },
  { re: /^[(（]([a-z]{1,2})[)）]\s*/, level: 'letter' },
  { re: /^[(（]([ivxlc]{1,6})[)）]\s*/, level: 'roman' },
  { re: /^([\u3220-\u3229])\s*/, level: 'roman' },
  { re: /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/, level: 'roman' },
]

/** Terminal punctuation: a paragraph that ends without it continues elsewhere. */
export const ZH_TERMINAL = /[。；：！？，、.;:!?)）”’」』》\]]$/
export const EN_TERMINAL = /[.;:!?,)\]”’"]$/

/**
 * Title lines that some producers glue to the line before them (a web page
 * or a Word file where the title, the adoption line, "[on the report …]",
 * the resolution number and the chapeau are runs of one paragraph:
 * "…for sustainable developmentResolution adopted by the General Assembly
 * on 19 December 2023[on the report …]78/160. Science …The General
 * Assembly,"). Each pattern matches the empty string where the glued line
 * starts; `prose` says whether it may only cut a line whose text before the
 * cut holds no clause punctuation (a title, not a sentence).
 */
export const GLUED_OPENERS: ReadonlyArray<{ readonly re: RegExp; readonly prose: boolean }> = [
  // (The organ may wrap to the next line: "…developmentResolution adopted by the" / "General Assembly on …".)
  { re: /(?<=[a-z\d\])])(?=(?:Resolution|Decision) adopted by the(?: (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council)\b|\s*$))/g, prose: false },
  { re: /(?<=[^\s[])(?=\[(?:on the report|without reference|根据|未经))/g, prose: false },
  { re: /(?<=[a-z\]])(?=\d{1,4}\/\d{1,4}\.\s+[A-Z])/g, prose: false },
  { re: /(?<=[a-z\])])(?=The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council),\s*$)/g, prose: false },
  { re: /(?<=[\u4e00-\u9fff）)\]])(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:大会|经济及社会理事会|安全理事会)(?:决议|决定)\s*(?:\[|$))/g, prose: true },
  { re: /(?<=[\]）)])(?=\d{1,4}\/\d{1,4}\.\s*[\u4e00-\u9fff])/g, prose: true },
  { re: /(?<=[\u4e00-\u9fff）)\]])(?=(?:大会|经济及社会理事会|安全理事会|人权理事会)[，,]\s*$)/g, prose: true },
]
