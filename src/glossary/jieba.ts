/**
 * nodejs-jieba, loaded lazily once per process. On first use the Chinese
 * forms of the built-in glossary are added as user words so that long
 * names (科学和技术促进发展委员会) come out as one token. User glossaries
 * are not added (that would change results for every caller); extraction
 * keeps their matches whole itself.
 */
import { requireModule } from './load-module.js'
import { UN_GLOSSARY } from './data/un-glossary.js'
import { chineseKey } from './normalize-zh.js'

/** A token of jieba's tagger. */
export interface TaggedWord {
  readonly word: string
  readonly tag: string
}

interface JiebaModule {
  cut(content: string, strict?: boolean): string[]
  tag(content: string): TaggedWord[]
  insertWord(word: string): boolean
}

let jieba: JiebaModule | undefined

/** The loaded jieba module (loads it and adds the glossary words on first call). */
export function loadJieba(): JiebaModule {
  if (jieba === undefined) {
    const module = requireModule('nodejs-jieba') as JiebaModule
    for (const entry of UN_GLOSSARY) {
      for (const form of entry.zh) {
        const key = chineseKey(form)
        if (/^\p{Script=Han}{2,}$/u.test(key)) module.insertWord(key)
      }
    }
    jieba = module
  }
  return jieba
}

/** Words of a Chinese text with jieba's part-of-speech tags. */
export function tagChinese(text: string): TaggedWord[] {
  return text.length === 0 ? [] : loadJieba().tag(text)
}

/** Words of a Chinese text. */
export function cutChinese(text: string): string[] {
  return text.length === 0 ? [] : loadJieba().cut(text)
}
