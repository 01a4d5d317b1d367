import { SENTENCE_BEADS } from '../data/sentence-beads.js'
import { ResalignError } from '../errors.js'
import { loadDictionary } from '../lexicon/cedict-dictionary.js'
import type { Alignment, Issue, Link, Result, SentenceLink } from '../types.js'
import { bandDp, type SpanBead } from './band-dp.js'
import type { Hits, LexicalMatch } from './lexical-match.js'
import { chanceOf, SentenceModel, type Chance } from './sentence-model.js'
import { splitSentences } from './split-sentences.js'

/** Options of `alignSentences`. */
export interface AlignSentencesOptions {
  /** Weight of the lexical match (in sentences) against the length model. */
  readonly lexicalWeight: number
  /** Add the CC-CEDICT dictionary to the lexicon learned from the links (loaded once per process: 1–2 s, about 140 MB). */
  readonly dictionary: boolean
}

export const ALIGN_SENTENCES_DEFAULTS: AlignSentencesOptions = Object.freeze({ lexicalWeight: 12, dictionary: false })

interface Stretch {
  readonly link: Link
  readonly zh: readonly string[]
  readonly en: readonly string[]
  /** First sentence of the link in the document-wide arrays. */
  readonly z0: number
  readonly e0: number
}

/**
 * Align the sentences inside every two-sided link of an alignment: each
 * side is split (`splitSentences`), a link with one sentence on a side is
 * one bead (`method: 'paragraph'`), and the others are aligned by dynamic
 * programming over the bead shapes, scored by the document's own length
 * ratio, shared numbers and a lexicon learned from the links themselves
 * (every link is a pair known to be right) and then from the confident
 * sentence beads. Adds `sentences` to every link (each sentence of a
 * one-sided link is a one-sided sentence link).
 */
export function alignSentences(alignment: Alignment, options?: Partial<AlignSentencesOptions>): Result<Alignment> {
  const o = checkOptions(options)
  const stretches: Stretch[] = []
  let z0 = 0
  let e0 = 0
  for (const link of alignment.pairs) {
    if (!link.zh.text || !link.en.text) continue
    const zh = splitSentences(link.zh.text, 'zh').map((s) => s.text)
    const en = splitSentences(link.en.text, 'en').map((s) => s.text)
    stretches.push({ link, zh, en, z0, e0 })
    z0 += zh.length
    e0 += en.length
  }
  const model = new SentenceModel(stretches.flatMap((s) => s.zh), stretches.flatMap((s) => s.en), o.lexicalWeight, o.dictionary ? loadDictionary() : null)
  const rows = rowsOfStretches(stretches, z0)
  const certain: SpanBead[] = stretches.map((s) => ({ zh0: s.z0, zh1: s.z0 + s.zh.length, en0: s.e0, en1: s.e0 + s.en.length }))
  let beads = new Map<Stretch, SpanBead[]>()
  let match = model.matcher(rows)
  for (let pass = 0; pass < 2; pass++) {
    match = model.matcher(rows)
    const chance = chanceOf(model, match, acrossLinks(stretches))
    beads = new Map(stretches.map((s) => [s, alignStretch(model, match, chance, s)]))
    model.refit([...beads.values()].flat(), certain)
  }
  const issues: Issue[] = []
  const sentencesOf = new Map<Link, SentenceLink[]>()
  for (const s of stretches) {
    const list = (beads.get(s) ?? []).map((b): SentenceLink => {
      const zh = s.zh.slice(b.zh0 - s.z0, b.zh1 - s.z0)
      const en = s.en.slice(b.en0 - s.e0, b.en1 - s.e0)
      if (!zh.length || !en.length) {
        issues.push({ code: 'sentence/unpaired', severity: 'info', side: zh.length ? 'zh' : 'en', block: s.link[zh.length ? 'zh' : 'en'].ids[0] ?? '', message: `a sentence of link ${s.link.id} has no counterpart in the other language` })
        return { zh, en, score: 0, method: 'none' }
      }
      if (s.zh.length === 1 || s.en.length === 1) return { zh, en, score: s.link.score, method: 'paragraph' }
      const lexical = !match.silent(b.zh0, b.zh1, b.en0, b.en1)
      return { zh, en, score: model.confidence(match, b), method: lexical ? 'lexicon' : 'length' }
    })
    sentencesOf.set(s.link, list)
  }
  const pairs = alignment.pairs.map((link) => ({ ...link, sentences: sentencesOf.get(link) ?? oneSided(link) }))
  return { value: { ...alignment, pairs }, issues }
}

/** Each sentence of a one-sided link is a one-sided sentence link. */
function oneSided(link: Link): SentenceLink[] {
  const side = link.zh.text ? 'zh' : 'en'
  return splitSentences(link[side].text, side).map((s) => ({ zh: side === 'zh' ? [s.text] : [], en: side === 'en' ? [s.text] : [], score: 0, method: 'none' }))
}

function alignStretch(model: SentenceModel, match: LexicalMatch, chance: Chance, s: Stretch): SpanBead[] {
  const n = s.zh.length
  const m = s.en.length
  if (n === 1 || m === 1) return [{ zh0: s.z0, zh1: s.z0 + n, en0: s.e0, en1: s.e0 + m }]
  const h: Hits = { en: 0, zh: 0, enTotal: 0, zhTotal: 0 }
  const band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) }
  return bandDp(n, m, SENTENCE_BEADS, band, (k, a0, a1, b0, b1) => model.gain(match, chance, k, s.z0 + a0, s.z0 + a1, s.e0 + b0, s.e0 + b1, h))
    .map((b) => ({ zh0: s.z0 + b.zh0, zh1: s.z0 + b.zh1, en0: s.e0 + b.en0, en1: s.e0 + b.en1 }))
}

/** Each zh sentence is compared with the en sentences of its own link only. */
function rowsOfStretches(stretches: readonly Stretch[], n: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n)
  const hi = new Int32Array(n)
  for (const s of stretches) {
    for (let i = s.z0; i < s.z0 + s.zh.length; i++) {
      lo[i] = s.e0
      hi[i] = s.e0 + s.en.length - 1
    }
  }
  return { lo, hi }
}

/** Sentence pairs from links three apart: not translations of each other. */
function* acrossLinks(stretches: readonly Stretch[]): Generator<readonly [number, number]> {
  for (let k = 0; k + 3 < stretches.length; k++) yield [(stretches[k] as Stretch).z0, (stretches[k + 3] as Stretch).e0]
}

function checkOptions(options: Partial<AlignSentencesOptions> | undefined): AlignSentencesOptions {
  for (const key of Object.keys(options ?? {})) if (!(key in ALIGN_SENTENCES_DEFAULTS)) throw new ResalignError('options/invalid', `unknown option "${key}" of alignSentences`)
  const o = { ...ALIGN_SENTENCES_DEFAULTS, ...options }
  if (typeof o.dictionary !== 'boolean') throw new ResalignError('options/invalid', `dictionary must be true or false, not ${String(o.dictionary)}`)
  if (!(typeof o.lexicalWeight === 'number' && Number.isFinite(o.lexicalWeight) && o.lexicalWeight >= 0)) throw new ResalignError('options/invalid', `lexicalWeight must be a number ≥ 0, not ${String(o.lexicalWeight)}`)
  return o
}
