import type { Block, BlockKind, FootnoteRef, Issue, Part, Position } from '../types.js'
import type { Draft } from './draft.js'
import type { FootnoteLinks } from './link-footnotes.js'
import type { DraftPart } from './partition.js'

const RESOLUTION_LIKE = new Set(['resolution', 'draft-resolution', 'decision', 'draft-decision'])
const ID_PREFIX: Record<BlockKind, string> = {
  heading: 'h', chapeau: 'c', preambular: 'pp', operative: 'op', subparagraph: 'op', paragraph: 'para', footnote: 'fn', meta: 'm',
}

/**
 * Give every block its final kind (preambular, operative, sub-paragraph or
 * report paragraph, by part), its full number (`1(a)(ii)`), parent and id,
 * and report numbering problems.
 */
export function buildBlocks(parts: readonly DraftPart[], links: FootnoteLinks, source: string): { parts: Part[]; issues: Issue[] } {
  const issues: Issue[] = []
  const ids = new Map<Draft, string>()
  const lineStarts = lineTable(source)
  const built = parts.map((p, pi) => {
    const partId = `p${pi + 1}`
    const resolution = RESOLUTION_LIKE.has(p.kind)
    let seenChapeau = !p.drafts.some((d) => d.kind === 'chapeau')
    let para = null as { id: string; number: string } | null
    let letter = null as { id: string; number: string } | null
    let lastPara = 0
    const used = new Set<string>()
    const counters = new Map<string, number>()
    const out: Array<{ d: Draft; kind: BlockKind; number: string | null; parent: string | null; id: string }> = []
    for (const d of p.drafts) {
      let kind: BlockKind = d.kind ?? 'paragraph'
      let number = d.number
      let parent: string | null = null
      if (kind === 'chapeau') seenChapeau = true
      if (kind === 'paragraph') {
        if (d.numbering === 'para') {
          kind = resolution ? 'operative' : 'paragraph'
          const n = Number(d.number)
          if (lastPara && n !== lastPara + 1) {
            issues.push({ code: 'structure/number-gap', severity: 'warning', message: `paragraph ${n} follows ${lastPara} in ${p.kind}`, place: d.spans[0] })
          }
          lastPara = n
        } else if (d.numbering === 'letter' || d.numbering === 'roman') {
          kind = 'subparagraph'
          const base: { id: string; number: string } | null = d.numbering === 'letter' ? para : (letter ?? para)
          number = `${base?.number ?? ''}(${d.number})`
          parent = base?.id ?? null
        } else kind = resolution && seenChapeau && lastPara === 0 ? 'preambular' : 'paragraph'
      }
      const prefix = ID_PREFIX[kind]
      let id: string
      if ((kind === 'operative' || kind === 'subparagraph' || kind === 'footnote' || (kind === 'paragraph' && d.numbering === 'para')) && number) {
        id = `${partId}.${prefix}${number}`
      } else {
        const c = (counters.get(prefix) ?? 0) + 1
        counters.set(prefix, c)
        id = `${partId}.${prefix}${kind === 'paragraph' ? 'u' : ''}${c}`
      }
      while (used.has(id)) id += "'"
      used.add(id)
      ids.set(d, id)
      if (d.numbering === 'para') {
        para = { id, number: number ?? '' }
        letter = null
      } else if (d.numbering === 'letter') letter = { id, number: number ?? '' }
      out.push({ d, kind, number, parent, id })
    }
    return { p, partId, out }
  })
  const result: Part[] = built.map(({ p, partId, out }) => ({
    type: 'part',
    id: partId,
    kind: p.kind,
    title: p.title,
    ordinal: p.ordinal,
    blocks: out.map(({ d, kind, number, parent, id }): Block => {
      const refs: FootnoteRef[] = d.refs.map((r) => ({ label: r.label, at: r.at, place: { start: r.start, end: r.end } }))
      const referencedBy = kind === 'footnote' ? (links.get(d) ?? []).map((x) => ids.get(x) ?? '') : undefined
      return {
        type: 'block',
        id,
        kind,
        number,
        parent,
        lead: d.lead,
        leadClass: d.leadClass,
        text: d.text.text,
        footnoteRefs: refs,
        ...(referencedBy ? { referencedBy } : {}),
        spans: d.spans,
        removed: d.removed,
        position: position(lineStarts, d.spans[0]?.start ?? 0, d.spans[d.spans.length - 1]?.end ?? 0),
        ...(d.level || d.page !== undefined ? { data: { ...(d.level ? { level: d.level } : {}), ...(d.page !== undefined ? { page: d.page } : {}) } } : {}),
      }
    }),
  }))
  return { parts: result, issues }
}

function lineTable(source: string): number[] {
  const starts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1)
  return starts
}

function point(starts: readonly number[], offset: number): Position['start'] {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset }
}

function position(starts: readonly number[], start: number, end: number): Position {
  return { start: point(starts, start), end: point(starts, end) }
}
