// Finds paragraphs in a markdown-ish or plain text and the paragraphs a gold
// unit occupies, by its keys.
import { norm } from '../norm.mjs'

/**
 * @typedef {{ start: number, end: number }} Span  offsets into the text
 * @typedef {{ name: string, zh: string, en: string, gold: any, note?: string }} Case
 */

/**
 * Paragraph spans: text between blank lines; a line starting with "n. " also
 * starts a paragraph (corpus/003 prints operative paragraphs 1–9 on
 * consecutive lines). Spans exclude the line breaks around them.
 * @param {string} text @returns {Span[]}
 */
export function paragraphSpans(text) {
  /** @type {Span[]} */
  const spans = []
  let start = -1, end = -1, offset = 0
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length
    const blank = line.trim() === ''
    if (blank || (start >= 0 && /^\s*\d+\.\s/.test(line))) {
      if (start >= 0) spans.push({ start, end })
      start = blank ? -1 : offset
    } else if (start < 0) start = offset
    if (!blank) end = line.endsWith('\r') ? lineEnd - 1 : lineEnd
    offset = lineEnd + 1
  }
  if (start >= 0) spans.push({ start, end })
  return spans
}

/**
 * Index of the paragraph holding a key (norm substring), or -1.
 * @param {string} text @param {Span[]} spans @param {string} key raw key
 */
export function paragraphOf(text, spans, key) {
  const k = norm(key)
  return spans.findIndex((s) => norm(text.slice(s.start, s.end)).includes(k))
}

/**
 * Paragraph indices a gold unit occupies on one side: from the paragraph of
 * its first key to that of its last key (a paragraph split by a footnote
 * block yields its two pieces and the block between them).
 * @param {string} text @param {Span[]} spans @param {string[]} keys
 * @returns {number[]} first and last index, or [] when a key is missing
 */
export function unitParagraphs(text, spans, keys) {
  const at = keys.map((k) => paragraphOf(text, spans, k))
  if (at.length === 0 || at.some((i) => i < 0)) return []
  return [Math.min(...at), Math.max(...at)]
}

/**
 * Apply replacements (non-overlapping spans) to a text.
 * @param {string} text @param {Array<Span & { by: string }>} edits
 */
export function applyEdits(text, edits) {
  let out = text
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.by + out.slice(e.end)
  return out
}

/** The gold entry of a pair id. @param {any} gold @param {string} id */
export function pairById(gold, id) {
  const p = gold.pairs.find((/** @type {any} */ x) => x.id === id)
  if (!p) throw new Error(`no gold pair ${id}`)
  return p
}
