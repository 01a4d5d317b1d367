import { ZH_JOINING_MODIFIERS } from '../data/lead-verbs.js'
import { detectLead } from '../structure/detect-lead.js'
import { asciiHead } from '../structure/detect-number.js'
import { displayWidth, type Line } from './lines.js'

/** A paragraph number or list mark opening a line. */
export const NUMBERED = /^[\s\u00a0]*(?:\d{1,3}\.\s|\d{1,3}\.(?=[\u3400-\u9fff*])|\([a-z]{1,4}\)\s|\([ivxlc]{1,6}\)\s|[\u3220-\u3229]|[(（][一二三四五六七八九十]{1,3}[)）]|[A-Z]\.\s|[一二三四五六七八九十]+[.、]|第[一二三四五六七八九十]+章)/
const TERMINAL = /[。；：，！？.;:,!?)）”’」』》\]]\s*$/

/** Columns a line may fall short of the measure and still be full (one character pushed down by the line-breaking rules). */
const FULL_SLACK = 4
/** Columns a first line is set in, at most (a paragraph indent of two to five characters). */
const MAX_INDENT = 12

/**
 * Chinese text without indentation: a paragraph ends at `last` and one opens
 * at `line` when `last` falls short of the measure, or when `line` goes on to
 * the next line yet is shorter than the measure by about an indent (a first
 * line set in). The measure is the widest wrapped line around (a line that
 * leaves its sentence open fills it, unless it opens a paragraph), since a hanging number or digits
 * change it from paragraph to paragraph; with none around, the text's.
 */
export function cjkBreak(body: readonly Line[], line: Line, after: readonly Line[], fullWidth: number): boolean {
  if (ZH_JOINING_MODIFIERS.some((m) => line.text.trimStart().startsWith(m))) return false
  // Lines that leave their sentence open fill the measure, unless they open a paragraph (set in); a hanging number stands outside it.
  const witness = (l: Line | undefined, before: Line | undefined): number => (l === undefined || endsClause(l.text) || (opensWithLead(l.text) && (before === undefined || endsClause(before.text))) ? 0 : textWidth(l.text))
  const last = body[body.length - 1] as Line
  const own = displayWidth(last.text.replace(/(?<=[。；：，！？”)）])[\s\u00a0]*\d{1,3}[\s\u00a0]*$/, ''))
  // (No wider than the text's full lines: Latin letters and digits set narrower than the columns counted for them.)
  const around = [...body.slice(-3, -1).map((l, k, a) => witness(l, k > 0 ? a[k - 1] : undefined)), witness(after[0], line), witness(after[1], after[0])]
  const others = Math.min(fullWidth, Math.max(0, ...around))
  if (others === 0 ? own < fullWidth * 0.95 : own <= others - FULL_SLACK) return true
  const measure = Math.max(others, own)
  const w = displayWidth(line.text)
  const next = after[0]
  return next !== undefined && !endsClause(line.text) && !startsLikeParagraph(next.text) && w <= measure - FULL_SLACK && w >= measure - MAX_INDENT
}

/** Display width of a line's text, a paragraph number before it left out. */
function textWidth(text: string): number {
  const number = NUMBERED.exec(asciiHead(text))
  return displayWidth(number ? text.trimStart().slice(number[0].trimStart().length) : text)
}

/** The line opens like a paragraph: a number or a lead verb. */
function startsLikeParagraph(text: string): boolean {
  return NUMBERED.test(asciiHead(text)) || opensWithLead(text)
}

/** The next `n` content lines after line `i`. */
export function nextContent(lines: readonly Line[], i: number, n: number): Line[] {
  const out: Line[] = []
  for (let k = i + 1; k < lines.length && out.length < n; k++) if (!(lines[k] as Line).blank) out.push(lines[k] as Line)
  return out
}

/** The line ends a clause, a footnote marker left after the punctuation aside (`决议，3`). */
export function endsClause(text: string): boolean {
  return TERMINAL.test(text.replace(/(?<=[。；：，！？”)）.;:,])[\s\u00a0]*\d{1,3}[\s\u00a0]*$/, ''))
}

/** The line opens with a lead verb or phrase (`Recalling`, `又重申`): a preambular or operative paragraph starts. */
export function opensWithLead(text: string): boolean {
  const t = text.trim()
  return (detectLead(t, 'en') ?? detectLead(t, 'zh')) !== null
}
