import type { ZhEnDictionary } from '../lexicon/cedict-dictionary.js'
import type { UnitLexicon } from './learn-dice.js'
import type { UnitVocabulary } from './sentence-units.js'

/** At most this many dictionary partners per unit (a character with many senses says little). */
const MAX_PARTNERS = 8

/**
 * A dictionary read into the units of one alignment: every Chinese
 * character and character pair of the texts that is a headword meets the
 * English units of its glosses found in the texts. Work is linear in the
 * vocabulary of the two texts, not in the dictionary.
 */
export function dictionaryUnits(vocabulary: UnitVocabulary, dictionary: ZhEnDictionary): UnitLexicon {
  const zhToEn = new Map<number, Int32Array>()
  const enToZh = new Map<number, number[]>()
  for (const [key, id] of vocabulary.ids) {
    if (key[0] !== 'c' && key[0] !== 'b') continue
    const glosses = dictionary.glosses(key.slice(1))
    if (!glosses) continue
    const partners = [...new Set(glosses.map((g) => vocabulary.enStems.get(g)).filter((e): e is number => e !== undefined))].slice(0, MAX_PARTNERS)
    if (!partners.length) continue
    zhToEn.set(id, Int32Array.from(partners))
    for (const e of partners) {
      const list = enToZh.get(e) ?? []
      if (list.length < MAX_PARTNERS) list.push(id)
      enToZh.set(e, list)
    }
  }
  return { zhToEn, enToZh: new Map([...enToZh].map(([k, v]) => [k, Int32Array.from(v)])) }
}

/** Both lexicons' partners, the first's first. */
export function mergeLexicons(a: UnitLexicon, b: UnitLexicon): UnitLexicon {
  const merge = (x: ReadonlyMap<number, Int32Array>, y: ReadonlyMap<number, Int32Array>): Map<number, Int32Array> => {
    const out = new Map(x)
    for (const [k, v] of y) {
      const have = out.get(k)
      out.set(k, have ? Int32Array.from(new Set([...have, ...v])) : v)
    }
    return out
  }
  return { enToZh: merge(a.enToZh, b.enToZh), zhToEn: merge(a.zhToEn, b.zhToEn) }
}
