import { ALIGNED_VERSION, type Alignment, type Link } from '../types.js'
import type { SentenceBead } from './bitext.js'

/** One bead per line, `[zh ids]:[en ids]` with 0-based sentence numbers (`[3]:[]` for 1–0): the convention of vecalign and bertalign. */
export function writeBeads(beads: readonly SentenceBead[]): string {
  return beads.map((b) => `[${b.zh.join(', ')}]:[${b.en.join(', ')}]\n`).join('')
}

/** Beads with their text, as JSON: `{ "beads": [ { "zh": [0], "en": [0], "score", "text": { "zh", "en" } } ] }`. */
export function writeBeadsJson(beads: readonly SentenceBead[], zh: readonly string[], en: readonly string[]): string {
  const rows = beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score, text: { zh: b.zh.map((i) => zh[i]).join(''), en: b.en.map((j) => en[j]).join(' ') } }))
  return `${JSON.stringify({ beads: rows }, null, 1)}\n`
}

/**
 * Beads as an aligned-JSON alignment of sentences (ids `s0`, `s1`… are the
 * 0-based sentence numbers), so the TMX, TSV, JSONL and Moses writers take
 * them: one link per bead, kind `paragraph`, method `lexicon` when the bead
 * scores above zero on both sides, else `none`.
 */
export function bitextAlignment(beads: readonly SentenceBead[], zh: readonly string[], en: readonly string[], names: { readonly zh?: string; readonly en?: string } = {}): Alignment {
  const pairs: Link[] = beads.map((b, k) => ({
    id: `l${k + 1}`,
    zh: { ids: b.zh.map((i) => `s${i}`), text: b.zh.map((i) => zh[i]).join('') },
    en: { ids: b.en.map((j) => `s${j}`), text: b.en.map((j) => en[j]).join(' ') },
    score: b.score,
    method: b.zh.length && b.en.length ? 'lexicon' : 'none',
    kind: 'paragraph',
    number: null,
    part: { zh: b.zh.length ? 'report' : null, en: b.en.length ? 'report' : null },
  }))
  const info = (name: string | undefined, blocks: number) => ({ name: name ?? null, format: 'plain' as const, symbols: [], blocks })
  return { version: ALIGNED_VERSION, source: { zh: info(names.zh, zh.length), en: info(names.en, en.length) }, pairs, issues: [] }
}
