/**
 * Translation evidence for a candidate term pair from the general zh–en
 * dictionary (CC-CEDICT, src/lexicon): how much of each side the other
 * translates, and whether the pair is complete.
 *
 * A pair is incomplete when the head of one side (the last Chinese word
 * of two or more characters, the last English word) is a word the
 * dictionary translates, its translation is not on the other side, and
 * the other side is partly translated by the rest: 南南合作 ↔
 * “South-South” (合作 = cooperation is missing, “south” is there),
 * 可持续发展 ↔ “Sustainable Development Goals”. The dictionary may lack
 * a sense (区域举措 ↔ “regional initiatives”: 举措 is glossed “measure”),
 * so this costs a few true pairs; a complete pair is never cut short.
 *
 * Likewise when one side is wholly translated and the other has a word
 * the dictionary knows left untranslated: 快速技术变革 ↔ “impact of rapid
 * technological change”, 经济及社会理事会正式记录 ↔ “Records of the
 * Economic and Social Council”.
 *
 * The pair contradicts the dictionary when nothing on either side is
 * translated although it knows every Chinese word (变化 ↔ “world of
 * work”).
 */
import { loadDictionary, type ZhEnDictionary } from '../lexicon/cedict-dictionary.js'
import { englishContentWords } from '../lexicon/english-content-words.js'
import { longestMatch } from '../lexicon/longest-match.js'
import { createCandidateFinder, type CandidateFinder } from '../lexicon/translation-candidates.js'
import { CHINESE_NAME_LINKS, CHINESE_STOP_WORDS } from '../data/chinese-stop-words.js'

/** What the dictionary says about one candidate pair. */
export interface LexicalEvidence {
  /** Share of content words, both sides together, that have a translation on the other side. */
  readonly coverage: number
  /** False when one side's head is missing on the other (see module comment). */
  readonly complete: boolean
  /** True when the dictionary knows every Chinese word and none is translated. */
  readonly contradicts: boolean
}

/** Judges candidate pairs by their written forms (cached per form). */
export type LexicalCheck = (zhSurface: string, enSurface: string) => LexicalEvidence

/** A check over the CC-CEDICT dictionary (loaded on first use). */
export function createLexicalCheck(dictionary: ZhEnDictionary = loadDictionary()): LexicalCheck {
  const find = createCandidateFinder(dictionary, undefined)
  const zhCache = new Map<string, ZhWord[]>()
  const enCache = new Map<string, string[]>()
  return (zhSurface, enSurface) => {
    let zh = zhCache.get(zhSurface)
    if (zh === undefined) zhCache.set(zhSurface, (zh = chineseWords(zhSurface, dictionary, find)))
    let en = enCache.get(enSurface)
    if (en === undefined) enCache.set(enSurface, (en = englishContentWords(enSurface)))
    return judge(zh, en, dictionary)
  }
}

interface ZhWord {
  /** English stems the word may translate to (itself for Latin and digits). */
  readonly stems: ReadonlySet<string>
  /** Whether the dictionary glosses it (otherwise it cannot be judged). */
  readonly known: boolean
  /** Whether it is a word of two or more characters (a head worth judging). */
  readonly word: boolean
}

function chineseWords(surface: string, dictionary: ZhEnDictionary, find: CandidateFinder): ZhWord[] {
  const words: ZhWord[] = []
  for (const piece of surface.normalize('NFKC').split(/(\p{Script=Han}+)/u)) {
    if (/^\p{Script=Han}+$/u.test(piece)) {
      for (const w of finestWords(piece, dictionary)) {
        if (CHINESE_STOP_WORDS.has(w) || CHINESE_NAME_LINKS.has(w)) continue
        words.push({ stems: new Set(find(w)), known: dictionary.glosses(w) !== undefined, word: w.length >= 2 })
      }
    } else {
      for (const w of englishContentWords(piece)) words.push({ stems: new Set([w]), known: true, word: false })
    }
  }
  return words
}

/**
 * Dictionary words of a Han run, a whole-run headword split again (南南合作
 * → 南南 合作) so that its head can be judged.
 */
function finestWords(run: string, dictionary: ZhEnDictionary): string[] {
  const words = longestMatch(run, dictionary)
  if (words.length !== 1 || run.length < 3) return words
  const inner = longestMatch(run, { ...dictionary, glosses: (w: string) => (w === run ? undefined : dictionary.glosses(w)), maxWordLength: run.length - 1 })
  return inner.every((w) => w.length >= 2) ? inner : words
}

function judge(zh: readonly ZhWord[], en: readonly string[], dictionary: ZhEnDictionary): LexicalEvidence {
  if (zh.length === 0 || en.length === 0) return { coverage: 0, complete: true, contradicts: false }
  const zhCovered = zh.map((w) => en.some((s) => w.stems.has(s)))
  const enCovered = en.map((s) => zh.some((w) => w.stems.has(s)))
  const zhHits = zhCovered.filter(Boolean).length
  const enHits = enCovered.filter(Boolean).length
  const coverage = (zhHits + enHits) / (zh.length + en.length)
  const zhHead = zh[zh.length - 1]!
  const zhHeadMissing = zhHead.word && zhHead.known && !zhCovered[zh.length - 1]! && enHits > 0
  const enHeadMissing = en.length > 1 && dictionary.hasStem(en[en.length - 1]!) && !enCovered[en.length - 1]! && zhHits > 0
  // One side wholly translated, the other with an untranslated word the dictionary knows: extra words (“impact of rapid technological change”).
  const enExtra = zhHits === zh.length && en.some((s, k) => !enCovered[k]! && dictionary.hasStem(s))
  const zhExtra = enHits === en.length && zh.some((w, k) => !zhCovered[k]! && w.known)
  return { coverage, complete: !(zhHeadMissing || enHeadMissing || enExtra || zhExtra), contradicts: zhHits === 0 && zh.every((w) => w.known) }
}
