import { type LearnedLexicon, learnLexicon } from '../lexicon/learn-lexicon.js'
import type { LexiconScorer } from '../lexicon/lexicon-scorer.js'
import type { Block, Lang } from '../types.js'
import { type DraftLink, isWholePart } from './link-draft.js'

/** A link is certain enough to learn from at this score. */
const CERTAIN = 0.7
/** Fewer certain links than this teach nothing reliable. */
const MIN_PAIRS = 5

/** Share of the body paragraphs left unsure by a first pass that calls for a second. */
const UNSURE_SHARE = 0.05

/**
 * Whether another pass can change anything: a paragraph of the last one was
 * left alone, or a share of them linked with less than certainty (parts with
 * no counterpart aside).
 *
 * A footnote left alone counts only when the other side has a footnote left
 * alone too: notes are a stream of their own, linked by their markers, so a
 * note alone against none is a note one version has and the other has not
 * (a report's notes, a note the page layout put in another part), which no
 * lexicon can pair.
 */
export function needsSecondPass(links: readonly DraftLink[]): boolean {
  const body = links.filter((l) => l.kind !== 'heading' && l.kind !== 'meta' && !isWholePart(l))
  const alone = (l: DraftLink) => l.zh.ids.length === 0 || l.en.ids.length === 0
  const notesAlone = (side: Lang) => body.some((l) => l.kind === 'footnote' && alone(l) && l[side].ids.length > 0)
  // A paragraph left without a partner may have been moved or renumbered: words can find it.
  if (body.some((l) => l.kind !== 'footnote' && alone(l))) return true
  if (notesAlone('zh') && notesAlone('en')) return true
  const unsure = body.filter((l) => l.score < CERTAIN).reduce((n, l) => n + l.zh.ids.length + l.en.ids.length, 0)
  const all = body.reduce((n, l) => n + l.zh.ids.length + l.en.ids.length, 0)
  return all > 0 && unsure > UNSURE_SHARE * all
}

/**
 * Learn a lexicon from the two-sided links of a first pass that are
 * certain: their blocks' content words, side by side. Null when the pass
 * has too few of them.
 */
export function learnFromLinks(links: readonly DraftLink[], scorer: LexiconScorer, zhIndex: ReadonlyMap<Block, number>, enIndex: ReadonlyMap<Block, number>, blockOf: (id: string, side: Lang) => Block): LearnedLexicon | null {
  const pairs = links
    .filter((l) => l.score >= CERTAIN && l.zh.ids.length > 0 && l.en.ids.length > 0)
    .map((l) => ({
      zh: l.zh.ids.flatMap((id) => scorer.zhWords(zhIndex.get(blockOf(id, 'zh')) as number)),
      en: l.en.ids.flatMap((id) => scorer.enWords(enIndex.get(blockOf(id, 'en')) as number)),
    }))
  return pairs.length >= MIN_PAIRS ? learnLexicon(pairs) : null
}
