/**
 * How specific a Chinese word is: its inverse document frequency in
 * general Chinese, from the IDF table that ships with jieba (the one its
 * keyword extraction uses). A word of everyday prose (社会 4.5, 条件 4.9,
 * 活动 4.7) scores low; a word that names a narrower concept (雇主 9.2,
 * 灵活性 7.9, 生态系统 8.6) scores high. The table (about 6 MB) is read on
 * first use, once.
 */
import { readFileSync } from 'node:fs'
import { requireModule } from './load-module.js'

let table: Map<string, number> | undefined

/** IDF of a word in general Chinese, or undefined when jieba's table lacks it. */
export function wordSpecificity(word: string): number | undefined {
  table ??= readTable()
  return table.get(word)
}

function readTable(): Map<string, number> {
  const { DEFAULT_IDF_DICT } = requireModule('nodejs-jieba') as { DEFAULT_IDF_DICT: string }
  const out = new Map<string, number>()
  for (const line of readFileSync(DEFAULT_IDF_DICT, 'utf8').split('\n')) {
    const space = line.lastIndexOf(' ')
    if (space > 0) out.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return out
}
