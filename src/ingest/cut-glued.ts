import { GLUED_OPENERS } from '../data/structure-patterns.js'
import type { Issue } from '../types.js'
import type { Line } from './lines.js'
import { splitUnit } from './split-unit.js'
import type { Ingested, Unit } from './unit.js'

/** Clause punctuation: text before a cut that holds it is a sentence, not a title. */
const CLAUSE = /[，。；,.;]/

/**
 * Cut title lines glued inside a longer line back out (a title, an adoption
 * line, "[on the report …]", the resolution number, the chapeau: see
 * GLUED_OPENERS). Each piece after a cut is a line of its own that starts a
 * paragraph (`starts`); every cut is recorded as an `ingest/glued-cut` issue
 * at its offset. Nothing is removed: the pieces cover the line.
 */
export function cutGlued(lines: readonly Line[]): { lines: Line[]; starts: Set<Line>; issues: Issue[] } {
  const out: Line[] = []
  const starts = new Set<Line>()
  const issues: Issue[] = []
  for (const line of lines) {
    const cuts = line.blank ? [] : cutsOf(line.text)
    if (cuts.length === 0) {
      out.push(line)
      continue
    }
    let from = 0
    for (const at of [...cuts, line.text.length]) {
      const text = line.text.slice(from, at)
      const indent = /^[\s\u00a0\u3000]*/.exec(text)?.[0].length ?? 0
      const piece: Line = { start: line.start + from, end: line.start + at, text, indent, blank: indent === text.length }
      out.push(piece)
      if (from > 0) {
        starts.add(piece)
        issues.push(gluedCut(text, piece.start, piece.end))
      }
      from = at
    }
  }
  return { lines: out, starts, issues }
}

/**
 * The same cut for the paragraphs a file ingest built (PDF, HTML, Word),
 * where a title run glued to the text before it can wrap over lines: each
 * paragraph or heading is split where a glued opener starts (`splitUnit`),
 * every cut recorded as an `ingest/glued-cut` issue. Footnotes are left whole.
 */
export function cutGluedUnits(source: string, ingested: Ingested): Ingested {
  const units: Unit[] = []
  const issues: Issue[] = []
  for (const unit of ingested.units) {
    const cuts = unit.hint === 'footnote' ? [] : cutsOf(unit.body.text).filter((at) => (unit.body.map[at] ?? -1) >= 0)
    if (cuts.length === 0) {
      units.push(unit)
      continue
    }
    const pieces = splitUnit(source, unit, cuts)
    units.push(...pieces)
    for (const piece of pieces.slice(1)) {
      const first = piece.spans[0]
      const last = piece.spans[piece.spans.length - 1]
      if (first && last) issues.push(gluedCut(piece.body.text, first.start, last.end))
    }
  }
  return issues.length === 0 ? ingested : { ...ingested, units, issues: [...ingested.issues, ...issues] }
}

const gluedCut = (text: string, start: number, end: number): Issue => ({
  code: 'ingest/glued-cut',
  severity: 'info',
  message: `a title line glued to the text before it was cut out: ${JSON.stringify(text.trim().slice(0, 60))}`,
  place: { start, end },
})

/** What every glued opener holds: lines without it are not searched. */
const TRIGGER = /adopted by|\[(?:on|without|根据|未经)|\d\/\d{1,4}\.|(?:Assembly|Council|Commission),|(?:大会|理事会)[，,]|日\s*(?:大会|经济及社会理事会|安全理事会)/

function cutsOf(text: string): number[] {
  if (!TRIGGER.test(text)) return []
  const found = new Set<number>()
  for (const { re, prose } of GLUED_OPENERS) {
    for (const m of text.matchAll(re)) {
      if (m.index === 0 || /^\s*$/.test(text.slice(0, m.index))) continue
      if (prose && CLAUSE.test(text.slice(0, m.index))) continue
      found.add(m.index)
    }
  }
  return [...found].sort((a, b) => a - b)
}
