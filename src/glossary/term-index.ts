/**
 * Tries of glossary forms: one over the code units of Chinese keys, one
 * over the folded words of English keys. A form belongs to the first entry
 * that claims it, so the order of the entries decides precedence.
 */
import type { GlossaryEntry } from './glossary-types.js'
import { englishKey } from './normalize-en.js'
import { chineseKey } from './normalize-zh.js'

/** A trie node; `entry` is -1 when no form ends here. */
export interface TrieNode<K> {
  entry: number
  readonly next: Map<K, TrieNode<K>>
}

/** Tries of the Chinese and English forms of some entries. */
export interface TermIndex {
  readonly zh: TrieNode<number>
  readonly en: TrieNode<string>
  /** Chinese keys with their entry, for callers that need the list (jieba user words). */
  readonly zhKeys: ReadonlyMap<string, number>
  /** English keys with their entry. */
  readonly enKeys: ReadonlyMap<string, number>
}

/** Build the tries of `entries` (index = position in the array). */
export function buildTermIndex(entries: readonly GlossaryEntry[]): TermIndex {
  const zh = node<number>()
  const en = node<string>()
  const zhKeys = new Map<string, number>()
  const enKeys = new Map<string, number>()
  entries.forEach((entry, id) => {
    for (const form of entry.zh) {
      const key = chineseKey(form)
      if (key.length === 0 || zhKeys.has(key)) continue
      zhKeys.set(key, id)
      insert(zh, codeUnits(key), id)
    }
    for (const form of entry.en) {
      const key = englishKey(form)
      if (key.length === 0 || enKeys.has(key)) continue
      enKeys.set(key, id)
      insert(en, key.split(' '), id)
    }
  })
  return { zh, en, zhKeys, enKeys }
}

function codeUnits(key: string): number[] {
  const units: number[] = []
  for (let i = 0; i < key.length; i++) units.push(key.charCodeAt(i))
  return units
}

function node<K>(): TrieNode<K> {
  return { entry: -1, next: new Map() }
}

function insert<K>(root: TrieNode<K>, path: readonly K[], id: number): void {
  let at = root
  for (const step of path) {
    let child = at.next.get(step)
    if (!child) {
      child = node<K>()
      at.next.set(step, child)
    }
    at = child
  }
  if (at.entry < 0) at.entry = id
}
