import { EN_TERMINAL, SECTION_HEADING, ZH_TERMINAL } from '../data/structure-patterns.js'
import type { Issue, Lang } from '../types.js'
import { detectLead } from './detect-lead.js'
import { detectNumber } from './detect-number.js'
import { type Draft, joinDrafts } from './draft.js'

/**
 * Join paragraphs that a page turn or a footnote block broke in two: the
 * first part ends without closing punctuation (or English resumes in lower
 * case), and the second does not open like a paragraph (number, lead verb).
 * Footnotes printed in between stay where they are, after the joined block.
 */
export function joinBroken(drafts: readonly Draft[], lang: Lang, issues?: Issue[]): Draft[] {
  const out: Draft[] = []
  let open: Draft | undefined
  let notesBetween = false
  for (const d of drafts) {
    if (d.hint === 'footnote') {
      out.push(d)
      notesBetween = true
      continue
    }
    // A PDF file's footnotes stand after the paragraph citing them, not where they broke one: only a page turn is a break there.
    const broken = d.page === undefined ? notesBetween || d.afterBreak : d.afterBreak
    if (open && d.hint === 'paragraph' && continues(open, d, lang, broken)) {
      const at = d.spans[0]
      // Say what broke it: only text with pages or footnote blocks has a page turn to blame.
      const cause = notesBetween ? 'broken by a footnote block' : d.afterBreak ? 'broken by a page turn' : 'split where it does not end'
      issues?.push({ code: 'structure/joined', severity: 'info', message: `a paragraph ${cause} was joined again`, ...(at ? { place: { start: at.start, end: at.end } } : {}) })
      joinDrafts(open, d, separator(open, d, lang))
      continue
    }
    out.push(d)
    open = d.hint === 'paragraph' ? d : undefined
    notesBetween = false
  }
  return out
}

function continues(prev: Draft, next: Draft, lang: Lang, broken: boolean): boolean {
  // A footnote marker the layout left after the closing punctuation does not open the paragraph.
  const a = prev.text.text.replace(/(?<=[。；：，！？」』》”).;:,])\s*\d{1,3}$/, '')
  const b = next.text.text
  if (!a || !b || detectNumber(b, null)?.level === 'para' || /^[(（][a-z]{1,2}[)）]/.test(b) || SECTION_HEADING.test(b)) return false
  if (lang === 'en') {
    if (/^[a-z]/.test(b)) return !/[.;:!?]$/.test(a)
    return broken && !EN_TERMINAL.test(a) && /[a-z]$/.test(a) && detectLead(b, 'en') === null && a.length > 80
  }
  if (detectLead(b, 'zh') !== null && ZH_TERMINAL.test(a)) return false
  if (!ZH_TERMINAL.test(a)) return a.length > 40 || broken
  return broken && /[，、]$/.test(a) && detectLead(b, 'zh') === null && !/^[\s《“]*[\u3400-\u9fff]{2,20}[，,]$/.test(b)
}

function separator(a: Draft, b: Draft, lang: Lang): string {
  if (lang === 'en') return ' '
  return /[A-Za-z0-9]$/.test(a.text.text) && /^[A-Za-z0-9]/.test(b.text.text) ? ' ' : ''
}
