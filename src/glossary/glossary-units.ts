/**
 * The units terms are counted over: the two-sided sentence links of a
 * link where the aligner gave them (`align --unit sentence`,
 * `alignSentences`), the link itself otherwise.
 *
 * Why sentences: a paragraph of a resolution runs to several hundred
 * words, so every term in it co-occurs with every English phrase of the
 * paragraph; inside a sentence link a Chinese term meets a tenth of
 * them, and a term seen once can already be told apart from its
 * neighbours. A sentence the aligner left without a partner co-occurs
 * with nothing and is skipped, as are one-sided links.
 */
import type { Alignment } from '../types.js'

/** One aligned unit. */
export interface GlossaryUnit {
  /** Id of the link it belongs to (`l12`, or `2:l12` over several alignments). */
  readonly link: string
  /** Chinese text. */
  readonly zh: string
  /** English text. */
  readonly en: string
}

/** The units of `alignments`, in document order. */
export function glossaryUnits(alignments: readonly Alignment[]): GlossaryUnit[] {
  const units: GlossaryUnit[] = []
  alignments.forEach((alignment, a) => {
    for (const link of alignment.pairs ?? []) {
      if (!link.zh?.text || !link.en?.text) continue
      const id = alignments.length > 1 ? `${a}:${link.id}` : link.id
      const sentences = (link.sentences ?? []).filter((s) => s.zh.length > 0 && s.en.length > 0)
      if (sentences.length > 0) {
        for (const s of sentences) units.push({ link: id, zh: s.zh.join(''), en: s.en.join(' ') })
      } else {
        units.push({ link: id, zh: link.zh.text, en: link.en.text })
      }
    }
  })
  return units
}
