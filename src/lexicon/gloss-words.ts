/**
 * Content words of a dictionary gloss. CC-CEDICT glosses read
 * `to develop; development (of sth)`, `lit. …`, `surname Li`: each sense
 * is cut at `;`, parentheticals and `lit.`/`fig.` labels are dropped,
 * meta glosses (variant of, used in, classifiers) are skipped, and long
 * explanations (more than `maxWords` content words) are left out, since
 * their words describe the headword rather than translate it.
 */
import { META_GLOSS } from '../data/english-stop-words.js'
import { englishContentWords } from './english-content-words.js'

/** Stemmed content words of the senses of one gloss; empty for meta glosses. */
export function glossWords(gloss: string, maxWords: number): string[] {
  const words: string[] = []
  for (const raw of gloss.split(/[;/]/)) {
    const sense = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\b(?:lit|fig|esp|sb|sth|abbr)\.\s*/gi, ' ').trim()
    if (sense.length === 0 || META_GLOSS.test(sense) || /\p{Script=Han}/u.test(sense)) continue
    const content = englishContentWords(sense)
    if (content.length > 0 && content.length <= maxWords) words.push(...content)
  }
  return words
}
