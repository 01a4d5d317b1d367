import { PART_OPENERS, RESOLUTION_OPENERS, SECTION_HEADING } from '../data/structure-patterns.js'
import type { PartKind } from '../types.js'
import type { Draft } from './draft.js'
import { zhNumber } from './detect-number.js'

/** A part while the structure stage works on it. */
export interface DraftPart {
  kind: PartKind
  title: string | null
  ordinal: string | null
  drafts: Draft[]
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/**
 * Cut the blocks into parts: front matter, the report, (draft) resolutions
 * and decisions, annexes. Part openers are headings (决议草案一, Draft
 * decision II, Annex), adoption lines, report titles, and the chapeau, which
 * takes the title lines just before it into the part it opens.
 */
export function partition(drafts: readonly Draft[]): DraftPart[] {
  const parts: DraftPart[] = []
  const firstChapeau = drafts.findIndex((d) => d.kind === 'chapeau')
  const beforeChapeau = firstChapeau < 0 ? drafts : drafts.slice(0, firstChapeau)
  const hasReport = drafts.some((d) => d.kind === 'heading' && opener(d)?.kind === 'report') || beforeChapeau.some((d) => d.kind === 'paragraph' && d.numbering === 'para')
  let current: DraftPart | undefined
  const start = (kind: PartKind, title: string | null, ordinal: string | null): DraftPart => {
    current = { kind, title, ordinal, drafts: [] }
    parts.push(current)
    return current
  }
  for (const d of drafts) {
    const open = d.kind === 'heading' || d.kind === 'meta' ? opener(d) : null
    // A report title opens the report only from the front matter (an agenda may list reports).
    if (open && !(open.kind === 'report' && current && current.kind !== 'front')) {
      start(open.kind, d.text.text, open.ordinal).drafts.push(d)
      continue
    }
    if (d.kind === 'chapeau' && (!current || current.kind === 'front' || current.kind === 'report') ) {
      const previous = current
      const part = start(hasReport ? 'draft-resolution' : 'resolution', null, null)
      if (previous) part.drafts.push(...pullTitle(previous))
      part.title = part.drafts.find((x) => x.kind === 'heading')?.text.text ?? null
      part.drafts.push(d)
      continue
    }
    if (current && current.kind !== 'report' && current.kind !== 'front' && d.kind === 'heading' && SECTION_HEADING.test(d.text.text)) {
      start('report', d.text.text, null).drafts.push(d)
      continue
    }
    if (!current) start('front', null, null)
    else if (current.kind === 'front' && d.kind === 'paragraph') start('report', null, null)
    ;(current as DraftPart).drafts.push(d)
  }
  return parts.filter((p) => p.drafts.length > 0)
}

function opener(d: Draft): { kind: PartKind; ordinal: string | null } | null {
  const text = d.text.text
  if (d.kind === 'meta') return RESOLUTION_OPENERS.some((re) => re.test(text)) ? { kind: 'resolution', ordinal: null } : null
  for (const { re, kind } of PART_OPENERS) {
    const m = re.exec(text)
    if (m) return { kind, ordinal: ordinalOf(m[1] ?? '') }
  }
  return null
}

/** Take the title lines at the end of a part: they belong to the next one. */
function pullTitle(part: DraftPart): Draft[] {
  const pulled: Draft[] = []
  while (part.drafts.length > 1) {
    const last = part.drafts[part.drafts.length - 1] as Draft
    const title = (last.kind === 'heading' && !SECTION_HEADING.test(last.text.text) && last.number === null) || (last.kind === 'meta' && last.text.text.startsWith('['))
    if (!title) break
    pulled.unshift(last)
    part.drafts.pop()
  }
  return pulled
}

/** `一`, `II`, `3`, `B` → "1", "2", "3", "B". */
function ordinalOf(raw: string): string | null {
  if (!raw) return null
  if (/^\d+$/.test(raw)) return raw
  if (/^[一二三四五六七八九十]+$/.test(raw)) return String(zhNumber(raw))
  if (/^[IVXLC]+$/i.test(raw)) {
    let n = 0
    const s = raw.toUpperCase()
    for (let i = 0; i < s.length; i++) {
      const v = ROMAN[s[i] as string] as number
      const next = ROMAN[s[i + 1] as string] ?? 0
      n += v < next ? -v : v
    }
    return String(n)
  }
  return raw
}
