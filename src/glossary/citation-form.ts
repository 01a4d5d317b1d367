/**
 * Citation forms of extracted terms, as a term base lists them:
 *
 * - English: a common noun phrase — one seen in lower case — with its
 *   head in the singular (“policies” → “policy”, “Road Maps” → “road
 *   map” when the phrase also occurs in lower case); a lead verb in the
 *   infinitive (“Encourages” → “encourage”). A phrase never seen in lower
 *   case is a proper noun, title or acronym (“Sustainable Development
 *   Goals”, “Member States”, “ICT”) and is kept as written. compromise gives the singular and the infinitive; a form
 *   is only accepted when it folds to the same key (normalize-en), so a
 *   wrong guess can never change which term it is.
 * - Chinese: NFKC for Latin letters, digits and brackets, no white space
 *   or title marks.
 */
import { englishKey } from './normalize-en.js'
import { requireModule } from './load-module.js'

interface CompromiseDoc {
  nouns(): { toSingular(): CompromiseDoc }
  verbs(): { toInfinitive(): CompromiseDoc }
  text(): string
}
type Compromise = (text: string) => CompromiseDoc

const SMALL_WORDS = /^(?:of|for|on|and|the|in|to|a|an|with|at|by|or)$/i
let nlp: Compromise | undefined

/** Whether a written form is a proper noun, title or acronym (every content word capitalised). */
export function isProperForm(surface: string): boolean {
  const words = surface.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w))
  return words.length > 0 && words.every((w) => SMALL_WORDS.test(w) || /^\P{Ll}/u.test(w)) && (words.length > 1 || /^\p{Lu}{2,}/u.test(words[0]!))
}

/**
 * Citation form of an English term from its written forms (with counts).
 * `verb`: the term is a lead verb.
 */
export function englishCitationForm(forms: ReadonlyMap<string, number>, verb = false): string {
  const ranked = [...forms].sort((a, b) => b[1] - a[1])
  const lower = ranked.find(([f]) => /^\P{Lu}/u.test(f))?.[0]
  const written = lower ?? ranked[0]![0]
  // Never seen in lower case: a name or title, as written (a lead verb is only capitalised as the opening word).
  if (lower === undefined && !verb) return written
  const base = lower ?? lowerFirst(written)
  // A coordination of single words (“women and girls”) keeps its number; a shared head is made singular.
  const coordination = /\b(?:and|or) [\p{L}-]+$/u.test(base)
  const guess = verb ? infinitive(base) : coordination ? base : singularHead(base)
  return englishKey(guess) === englishKey(base) || verb ? guess : base
}

/** Chinese citation form: NFKC Latin letters, digits and brackets; no spaces or title marks. */
export function chineseCitationForm(surface: string): string {
  return surface.replace(/[\s《》〈〉]/gu, '').replace(/[\uFF01-\uFF5E]/gu, (c) => (/[（）\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D\uFF0F]/u.test(c) ? c.normalize('NFKC') : c))
}

function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0]!
  return /^\p{Lu}\p{Ll}/u.test(first) ? text[0]!.toLowerCase() + text.slice(1) : text
}

/** Plural nouns whose singular is the same word or none. */
const INVARIANT = /(?:ss|us|is|ics|means|series|species|news|headquarters|arms)$/

function singularHead(phrase: string): string {
  const m = /(\p{Ll}[\p{L}-]*)$/u.exec(phrase)
  const word = m?.[1]
  if (m === null || word === undefined || !/s$/.test(word) || INVARIANT.test(word)) return phrase
  const tagged = compromise()(word).nouns().toSingular().text()
  const singular = tagged.length > 0 && tagged !== word ? tagged : word.replace(/ies$/, 'y').replace(/(ss|sh|ch|x|z)es$/, '$1').replace(/([^s])s$/, '$1')
  return phrase.slice(0, m.index) + singular
}

function infinitive(phrase: string): string {
  const doc = compromise()(phrase)
  doc.verbs().toInfinitive()
  const text = doc.text()
  return text.length > 0 ? lowerFirst(text) : phrase
}

function compromise(): Compromise {
  nlp ??= requireModule('compromise') as Compromise
  return nlp
}
