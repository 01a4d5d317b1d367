import { EN_STOPWORDS } from '../data/en-stopwords.js'
import { stemEnglish } from '../lexicon/stem-english.js'

/**
 * The units two sentences are compared by. Chinese: every Han character and
 * every pair of adjacent Han characters (no word segmentation needed, so no
 * dictionary decides what a word is); English: content words, folded to a
 * short stem. Numbers (`#2015`), `?`, `!` and Latin words written in the
 * Chinese text (`w:unctad`) are shared units: they translate to themselves.
 */
export interface SentenceUnits {
  /** Length of each sentence in characters, white space excluded. */
  readonly lengths: Float64Array
  /** Of those, characters that are not Han (Latin, digits, punctuation): in a Chinese text they stand for as many English characters. */
  readonly other: Float64Array
  /** Number units of each sentence (`#2015`), which a translation keeps. */
  readonly numbers: readonly Int32Array[]
  /** Unit ids of each sentence, each id once. */
  readonly units: readonly Int32Array[]
}

/** Interns unit strings as ids; one per alignment, shared by both sides. */
export class UnitVocabulary {
  readonly ids = new Map<string, number>()
  readonly shared: boolean[] = []
  /** English unit of each word stem as the lexicon module stems it (`stemEnglish`), to read a dictionary's glosses. */
  readonly enStems = new Map<string, number>()

  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
      this.shared.push(key.startsWith('#') || key === '?' || key === '!' || key.startsWith('w:'))
    }
    return id
  }

  get size(): number {
    return this.ids.size
  }
}

const HAN = /\p{Script=Han}/u
const SHARED = /[0-9]+(?:[.,][0-9]+)*|[A-Za-z][A-Za-z-]*[A-Za-z]|[?!]/g
const EN_WORD = /[\p{L}][\p{L}'’-]*|[0-9]+(?:[.,][0-9]+)*|[?!]/gu

/** Units of Chinese sentences. */
export function zhUnits(sentences: readonly string[], vocabulary: UnitVocabulary): SentenceUnits {
  const lengths = new Float64Array(sentences.length)
  const other = new Float64Array(sentences.length)
  const units = sentences.map((raw, k) => {
    const text = raw.normalize('NFKC')
    const out = new Set<number>()
    let previous = ''
    let length = 0
    for (const ch of text) {
      if (/\s/.test(ch)) continue
      length++
      if (HAN.test(ch)) {
        out.add(vocabulary.id(`c${ch}`))
        if (previous) out.add(vocabulary.id(`b${previous}${ch}`))
        previous = ch
      } else {
        previous = ''
        other[k] = (other[k] as number) + 1
      }
    }
    for (const m of text.matchAll(SHARED)) out.add(vocabulary.id(sharedKey(m[0])))
    lengths[k] = length
    return Int32Array.from(out)
  })
  return { lengths, other, units, numbers: numbersOf(units, vocabulary) }
}

/** Units of English sentences. */
export function enUnits(sentences: readonly string[], vocabulary: UnitVocabulary): SentenceUnits {
  const lengths = new Float64Array(sentences.length)
  const units = sentences.map((raw, k) => {
    const text = raw.normalize('NFKC')
    const out = new Set<number>()
    for (const m of text.matchAll(EN_WORD)) {
      const word = m[0]
      if (/^[0-9?!]/.test(word)) out.add(vocabulary.id(sharedKey(word)))
      else {
        const lower = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '')
        if (/^[A-Z][A-Z-]*[A-Z]$/.test(word)) out.add(vocabulary.id(`w:${lower}`))
        if (!EN_STOPWORDS.has(lower)) {
          const id = vocabulary.id(`e${stem(lower)}`)
          out.add(id)
          if (/^[a-z]+$/.test(lower)) {
            const gloss = stemEnglish(lower)
            if (!vocabulary.enStems.has(gloss)) vocabulary.enStems.set(gloss, id)
          }
        }
      }
    }
    lengths[k] = text.replace(/\s+/g, '').length
    return Int32Array.from(out)
  })
  return { lengths, other: lengths, units, numbers: numbersOf(units, vocabulary) }
}

function numbersOf(units: readonly Int32Array[], vocabulary: UnitVocabulary): Int32Array[] {
  const isNumber = new Set([...vocabulary.ids].filter(([key]) => key.startsWith('#')).map(([, id]) => id))
  return units.map((u) => u.filter((id) => isNumber.has(id)))
}

function sharedKey(token: string): string {
  if (token === '?' || token === '!') return token
  if (/^[0-9]/.test(token)) return `#${token.replace(/,(?=[0-9]{3})/g, '')}`
  return `w:${token.toLowerCase()}`
}

/** A crude stem: enough to meet "waters" with "water" and "created" with "creation". */
function stem(word: string): string {
  const w = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
  return w.slice(0, 6)
}
