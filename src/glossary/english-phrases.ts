/**
 * Judge short English candidate phrases with compromise's tagger: is this
 * a noun phrase? compromise is loaded lazily, run only on short phrases
 * (it tags about 0.1 MB/s, never give it a document) and every verdict is
 * cached. Rules: the last word must be a noun; the first may not be a
 * finite or infinitive verb (“promote digital inclusion”, “Encourages
 * Member States”); gerunds and participles used as modifiers pass
 * (“developing countries”, “working conditions”).
 */
import { requireModule } from './load-module.js'
import { ResalignError } from '../errors.js'

interface CompromiseTerm {
  readonly text: string
  readonly tags: ReadonlySet<string>
}
type Compromise = (text: string) => { readonly document: readonly (readonly CompromiseTerm[])[] }

/** Longest phrase (in characters) the tagger is given. */
export const MAX_PHRASE_LENGTH = 160

const NOUN_SUFFIX = /(?:tion|sion|ment|ity|ness|ance|ence|ship|ism|acy|ogy|ure|age|ery|ics|ing)s?$/i
const verdicts = new Map<string, boolean>()
const CACHE_LIMIT = 100_000
let nlp: Compromise | undefined

function loadCompromise(): Compromise {
  if (nlp === undefined) {
    nlp = requireModule('compromise') as Compromise
  }
  return nlp
}

/** Whether `phrase` (a few words) reads as a noun phrase. */
export function isNounPhrase(phrase: string): boolean {
  if (phrase.length > MAX_PHRASE_LENGTH) {
    throw new ResalignError('options/invalid', `isNounPhrase: phrase longer than ${MAX_PHRASE_LENGTH} characters`)
  }
  let verdict = verdicts.get(phrase)
  if (verdict === undefined) {
    verdict = judge(phrase)
    if (verdicts.size >= CACHE_LIMIT) verdicts.clear()
    verdicts.set(phrase, verdict)
  }
  return verdict
}

function judge(phrase: string): boolean {
  const terms = loadCompromise()(phrase).document.flat()
  const first = terms[0]
  const last = terms[terms.length - 1]
  if (!first || !last) return false
  if (terms.length === 1) {
    // A finite verb is no term (“complements”), except a capitalised one: the lead
    // verb that opens a resolution paragraph (“Encourages”), which terminologists list.
    if (finiteVerb(first) && !/^\p{Lu}/u.test(first.text)) return false
    return first.tags.has('Noun') || first.tags.has('Acronym') || (NOUN_SUFFIX.test(first.text) && !first.tags.has('Adjective'))
  }
  if (!(last.tags.has('Noun') || last.tags.has('Acronym') || last.tags.has('Value'))) return false
  // A possessive (“women's”) is a determiner of a noun that follows, never a head.
  if (last.tags.has('Possessive') || /['’]s?$/u.test(last.text)) return false
  // A word directly followed by “of” heads a noun phrase (“means of implementation”);
  // finite verbs hardly ever take “of” as their object.
  return !finiteVerb(first) || terms[1]!.text.toLowerCase() === 'of'
}

function finiteVerb(term: CompromiseTerm): boolean {
  const t = term.tags
  if (!t.has('Verb') || t.has('Noun') || t.has('Adjective') || t.has('Gerund')) return false
  return t.has('Infinitive') || t.has('Imperative') || t.has('PresentTense') || t.has('PastTense')
}
