/**
 * Shared steps of the glossary readers: split a cell into forms, drop
 * 《》 from Chinese titles, merge rows that share a Chinese term, and
 * report rows that cannot become entries.
 */
import type { Issue, Result } from '../types.js'
import type { GlossaryEntry } from './glossary-types.js'
import { chineseKey } from './normalize-zh.js'

/** One row (CSV) or concept (TBX) before merging. */
export interface GlossaryRow {
  readonly zh: readonly string[]
  readonly en: readonly string[]
  readonly note: string
  readonly domain?: string
  /** Line in the file, for issues. */
  readonly line: number
}

/** Whether a string contains a Chinese character. */
export function hasChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text)
}

/** Forms of a cell: split on `|`, trimmed, empty ones dropped. */
export function splitForms(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Merge rows into entries (rows with a Chinese form in common become one entry). */
export function mergeRows(rows: readonly GlossaryRow[]): Result<GlossaryEntry[]> {
  const issues: Issue[] = []
  const entries: { zh: string[]; en: string[]; note: string; domain?: string }[] = []
  const byKey = new Map<string, number>()
  for (const row of rows) {
    const zh = row.zh.map((z) => z.replace(/[《》〈〉]/g, '').trim()).filter((z) => z.length > 0)
    if (zh.length === 0 || row.en.length === 0) {
      issues.push({
        code: 'glossary/incomplete-row',
        severity: 'warning',
        message: `Line ${row.line}: a glossary entry needs a Chinese and an English term; skipped.`,
      })
      continue
    }
    if (!zh.some(hasChinese)) {
      issues.push({ code: 'glossary/not-chinese', severity: 'warning', message: `Line ${row.line}: “${zh[0]}” has no Chinese characters.`, side: 'zh' })
    }
    const known = zh.map((z) => byKey.get(chineseKey(z))).find((i) => i !== undefined)
    if (known !== undefined) {
      const entry = entries[known]!
      for (const z of zh) if (!entry.zh.includes(z)) entry.zh.push(z)
      for (const e of row.en) if (!entry.en.includes(e)) entry.en.push(e)
      if (row.note && !entry.note) entry.note = row.note
      continue
    }
    const index = entries.length
    entries.push({ zh: [...zh], en: [...row.en], note: row.note, ...(row.domain ? { domain: row.domain } : {}) })
    for (const z of zh) byKey.set(chineseKey(z), index)
  }
  const value = entries.map((e) => Object.freeze({ zh: Object.freeze(e.zh), en: Object.freeze(e.en), ...(e.note ? { note: e.note } : {}), ...(e.domain ? { domain: e.domain } : {}) }))
  return { value, issues }
}
