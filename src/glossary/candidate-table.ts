/**
 * Candidates of one language over all links: for each distinct key, its
 * spans per link and its written forms, with the coverage bookkeeping of
 * competitive linking. An occurrence inside (or cutting across) the span
 * of a term already linked in that link is explained by that term and no
 * longer counts; an occurrence that contains it still counts
 * (可持续发展目标和具体目标 survives the linking of 可持续发展目标).
 */
import type { Candidate } from './candidate.js'

/** One distinct candidate. */
export interface CandidateInfo {
  readonly key: string
  /** Spans per link index. */
  readonly spans: Map<number, [number, number][]>
  /** Written forms and their counts. */
  readonly surfaces: Map<string, number>
  /** Glossary entry when the candidate is exactly one glossary term, else -1. */
  entry: number
  /** Whether the candidate is one word of the tokenizer. */
  readonly single: boolean
  /** Whether every word inside is a content word (Chinese side). */
  readonly plain: boolean
  /** Part-of-speech tag of the first word where first seen (Chinese side). */
  readonly lead: string
}

/**
 * Text after a nested candidate that makes the longer one a coordination
 * of it with something else. (A nested candidate at the end of a
 * coordination usually shares its head with the other conjunct, as in
 * “information and communications technologies”, and is not exempt.)
 */
const COORDINATED_AFTER = /^(?:\s*(?:,|and\b|or\b|as well as\b)|[、和与及或]|以及)/u

/** All candidates of one side, by id. */
export class CandidateTable {
  readonly items: CandidateInfo[] = []
  private readonly ids = new Map<string, number>()
  private readonly covered = new Map<number, [number, number][]>()
  private readonly texts = new Map<number, string>()
  /** Bumped by every `cover`: cached alive lists older than it are stale. */
  private version = 0
  private readonly aliveCache = new Map<number, { version: number; units: number[] }>()
  private readonly positionCache = new Map<number, Map<number, number[]>>()

  /** Record the candidates found in link `unit`, whose text (in the candidates' coordinates) is `text`. */
  add(unit: number, candidates: readonly Candidate[], text: string): void {
    this.texts.set(unit, text)
    for (const c of candidates) {
      let id = this.ids.get(c.key)
      if (id === undefined) {
        id = this.items.length
        this.ids.set(c.key, id)
        this.items.push({ key: c.key, spans: new Map(), surfaces: new Map(), entry: c.entry, single: c.single ?? false, plain: c.plain ?? true, lead: c.lead ?? '' })
      }
      const info = this.items[id]!
      if (info.entry < 0 && c.entry >= 0) info.entry = c.entry
      let list = info.spans.get(unit)
      if (!list) info.spans.set(unit, (list = []))
      list.push([c.start, c.end])
      info.surfaces.set(c.surface, (info.surfaces.get(c.surface) ?? 0) + 1)
    }
  }

  /**
   * Drop from `keep` every candidate all of whose occurrences lie inside
   * occurrences of one longer kept candidate (“Development Goals” inside
   * “Sustainable Development Goals”): it never stands alone, so it only
   * competes with its own superstring. A superstring that begins with it
   * and coordinates it with something else (“gender equality and the
   * empowerment of women”) does not count, nor does one seen in a single
   * link (every candidate of a sentence lies inside its longer ones; once
   * is no evidence that the longer one is the unit), and glossary terms
   * are never dropped.
   */
  dropNested(keep: Set<number>): void {
    const byUnit = new Map<number, { id: number; s: number; e: number }[]>()
    for (const id of keep) {
      for (const [unit, spans] of this.items[id]!.spans) {
        let list = byUnit.get(unit)
        if (!list) byUnit.set(unit, (list = []))
        for (const [s, e] of spans) list.push({ id, s, e })
      }
    }
    const nested: number[] = []
    for (const id of keep) {
      if (this.items[id]!.entry >= 0) continue
      let common: Set<number> | undefined
      for (const [unit, spans] of this.items[id]!.spans) {
        for (const [s, e] of spans) {
          const around = new Set<number>()
          const text = this.texts.get(unit) ?? ''
          for (const o of byUnit.get(unit)!) {
            if (o.id === id || o.s > s || e > o.e || o.e - o.s <= e - s || this.items[o.id]!.spans.size < 2) continue
            if (!COORDINATED_AFTER.test(text.slice(e, o.e))) around.add(o.id)
          }
          common = common === undefined ? around : new Set([...common].filter((x) => around.has(x)))
          if (common.size === 0) break
        }
        if (common?.size === 0) break
      }
      if (common !== undefined && common.size > 0) nested.push(id)
    }
    for (const id of nested) keep.delete(id)
  }

  /** The word right after each occurrence of candidate `id` ('' when none follows in the clause). */
  nextWords(id: number): string[] {
    const out: string[] = []
    for (const [unit, spans] of this.items[id]!.spans) {
      const text = this.texts.get(unit) ?? ''
      for (const [, e] of spans) out.push(/^\s*(\p{L}+)/u.exec(text.slice(e, e + 40))?.[1] ?? '')
    }
    return out
  }

  /** The text just before and just after each occurrence of candidate `id` (`radius` characters each side). */
  edges(id: number, radius: number): { before: string; after: string }[] {
    const out: { before: string; after: string }[] = []
    for (const [unit, spans] of this.items[id]!.spans) {
      const text = this.texts.get(unit) ?? ''
      for (const [s, e] of spans) out.push({ before: text.slice(Math.max(0, s - radius), s), after: text.slice(e, e + radius) })
    }
    return out
  }

  /** Relative positions (0 = start, 1 = end) of the occurrences of candidate `id` in link `unit`. */
  positions(id: number, unit: number): readonly number[] {
    // Computed once per candidate and link: linking asks for them for every pair the candidate is in.
    let byUnit = this.positionCache.get(id)
    if (!byUnit) this.positionCache.set(id, (byUnit = new Map()))
    let out = byUnit.get(unit)
    if (!out) {
      const length = Math.max(1, this.texts.get(unit)?.length ?? 1)
      out = (this.items[id]!.spans.get(unit) ?? []).map(([s, e]) => (s + e) / 2 / length)
      byUnit.set(unit, out)
    }
    return out
  }

  /**
   * Links where candidate `id` has an occurrence not explained by a linked
   * term. Cached until the next `cover` (the first scoring of every pair
   * asks for each candidate many times with nothing covered in between).
   */
  aliveUnits(id: number): readonly number[] {
    const hit = this.aliveCache.get(id)
    if (hit && hit.version === this.version) return hit.units
    const units: number[] = []
    for (const [unit, spans] of this.items[id]!.spans) if (this.alive(spans, unit)) units.push(unit)
    this.aliveCache.set(id, { version: this.version, units })
    return units
  }

  /** Whether candidate `id` still counts in link `unit`. */
  aliveIn(id: number, unit: number): boolean {
    const spans = this.items[id]!.spans.get(unit)
    return spans !== undefined && this.alive(spans, unit)
  }

  /** Mark the occurrences of candidate `id` in link `unit` as explained. */
  cover(id: number, unit: number): void {
    const spans = this.items[id]!.spans.get(unit) ?? []
    if (spans.length > 0) this.version++
    let list = this.covered.get(unit)
    if (!list) this.covered.set(unit, (list = []))
    list.push(...spans)
  }

  /** Text of link `unit` around the first occurrence of candidate `id` (`radius` characters each side, … where cut). */
  context(id: number, unit: number, radius: number): string {
    const text = this.texts.get(unit) ?? ''
    const [s, e] = this.items[id]!.spans.get(unit)?.[0] ?? [0, 0]
    const from = Math.max(0, s - radius)
    const to = Math.min(text.length, e + radius)
    return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`
  }

  /** Occurrences of candidate `id` in all links. */
  frequency(id: number): number {
    let n = 0
    for (const spans of this.items[id]!.spans.values()) n += spans.length
    return n
  }

  /** The written form seen most often. */
  surface(id: number): string {
    let best = ''
    let count = -1
    for (const [form, n] of this.items[id]!.surfaces) if (n > count) [best, count] = [form, n]
    return best
  }

  private alive(spans: readonly [number, number][], unit: number): boolean {
    const covered = this.covered.get(unit)
    if (!covered) return true
    return spans.some(([s, e]) => covered.every(([cs, ce]) => e <= cs || s >= ce || (s <= cs && ce <= e)))
  }
}
