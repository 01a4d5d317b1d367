import type { Lang } from '../types.js'

/** Counts of script characters in a text. */
export interface ScriptCounts {
  readonly han: number
  readonly latin: number
}


/** Count Han and Latin letters (at most the first `limit` characters). */
export function countScripts(text: string, limit = 200_000): ScriptCounts {
  let han = 0
  let latin = 0
  const end = Math.min(text.length, limit)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++
  }
  return { han, latin }
}

/**
 * Detect whether a text is Chinese or English. A Chinese UN text still holds
 * Latin symbols (A/78/462, URLs), so one Han character weighs as a word
 * (about five Latin letters). Returns null when neither script dominates.
 */
export function detectLanguage(text: string): Lang | null {
  const { han, latin } = countScripts(text)
  if (han < 5 && latin < 20) return null
  if (han * 10 >= latin) return han >= 5 ? 'zh' : null
  return latin >= 20 && looksEnglish(text) ? 'en' : null
}

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'for', 'on', 'its', 'that', 'with', 'by', 'as', 'is', 'be', 'are'])

/** Whether common English function words make up a plausible share of the words. */
function looksEnglish(text: string): boolean {
  const words = text.slice(0, 50_000).toLowerCase().match(/[a-z]+/g) ?? []
  if (words.length === 0) return false
  let common = 0
  for (const w of words) if (ENGLISH_WORDS.has(w)) common++
  return words.length < 12 ? common >= 1 : common / words.length >= 0.08
}
