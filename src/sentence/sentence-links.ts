import type { Alignment, Link, LinkMethod, SentenceLink } from '../types.js'

/**
 * The alignment with sentence links as its links, for writers that write
 * one unit per link (TMX with `segtype: 'sentence'`, JSONL, Moses, TSV):
 * each sentence link of a two-sided link becomes a link `l12.s1`, `l12.s2`…
 * with the block ids, kind, number, part and lead of its paragraph link; a
 * link without `sentences` (one-sided, or not aligned by sentence) stays as
 * it is. Sentences of one side are joined by a space in English and by
 * nothing in Chinese. Nothing is lost: the sentences of a link hold all of
 * its text but the white space between them.
 */
export function sentenceLinks(alignment: Alignment): Alignment {
  const pairs: Link[] = []
  for (const link of alignment.pairs) {
    if (!link.sentences) {
      pairs.push(link)
      continue
    }
    link.sentences.forEach((s, k) => pairs.push(fromSentence(link, s, k)))
  }
  return { ...alignment, pairs }
}

const METHOD: Readonly<Record<SentenceLink['method'], LinkMethod | null>> = { paragraph: null, lexicon: 'lexicon', length: 'length', none: 'none' }

function fromSentence(link: Link, s: SentenceLink, k: number): Link {
  const { sentences: _sentences, ...rest } = link
  return {
    ...rest,
    id: `${link.id}.s${k + 1}`,
    zh: { ids: s.zh.length ? link.zh.ids : [], text: s.zh.join('') },
    en: { ids: s.en.length ? link.en.ids : [], text: s.en.join(' ') },
    score: s.score,
    method: METHOD[s.method] ?? link.method,
  }
}
