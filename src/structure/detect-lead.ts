import { EN_LEAD_ADVERBS, LEAD_CLASSES, ZH_LEAD_MODIFIERS } from '../data/lead-verbs.js'
import type { Lang } from '../types.js'

/** A lead verb found at the start of a paragraph. */
export interface Lead {
  /** The phrase as printed. */
  readonly text: string
  /** Class id shared by both languages (`reaffirm`). */
  readonly cls: string
}

interface Entry {
  readonly form: string
  readonly cls: string
}

let zhTable: Map<string, Entry[]> | undefined
let enTable: Map<string, Entry[]> | undefined

/** Entries by first character, longest first. */
function index(entries: Entry[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>()
  for (const e of entries.sort((a, b) => b.form.length - a.form.length)) {
    const k = e.form[0] as string
    const list = m.get(k)
    if (list) list.push(e)
    else m.set(k, [e])
  }
  return m
}

function tables(): { zh: Map<string, Entry[]>; en: Map<string, Entry[]> } {
  if (!zhTable || !enTable) {
    const zh: Entry[] = []
    const en: Entry[] = []
    for (const c of LEAD_CLASSES) {
      for (const base of c.zh) {
        zh.push({ form: base, cls: c.id })
        for (const m of ZH_LEAD_MODIFIERS) zh.push({ form: m + base, cls: c.id })
      }
      for (const base of c.en) {
        en.push({ form: base, cls: c.id })
        for (const a of EN_LEAD_ADVERBS) {
          en.push({ form: `${a} ${base}`, cls: c.id })
          const [verb, ...rest] = base.split(' ')
          en.push({ form: [verb, a, ...rest].join(' '), cls: c.id })
          en.push({ form: `${base} ${a}`, cls: c.id })
        }
      }
    }
    zhTable = index(zh)
    enTable = index(en)
  }
  return { zh: zhTable, en: enTable }
}

/**
 * Find the lead verb at the start of a paragraph. `emphasis` (bold or italic
 * text at the start, as Markdown renders it) wins when present; else the
 * longest phrase of the lead-verb table.
 */
export function detectLead(text: string, lang: Lang, emphasized?: string): Lead | null {
  const t = tables()
  if (lang === 'zh') {
    const probe = emphasized && emphasized.length <= 12 ? emphasized : text
    const hit = t.zh.get(probe[0] ?? '')?.find((e) => probe.startsWith(e.form))
    if (hit) return { text: emphasized && emphasized.length <= 12 ? emphasized : hit.form, cls: hit.cls }
    return emphasized && emphasized.length <= 12 ? { text: emphasized, cls: 'other' } : null
  }
  const lower = text.slice(0, 80).toLowerCase()
  const hit = t.en.get(lower[0] ?? '')?.find((e) => lower.startsWith(e.form) && !/[a-z]/.test(lower[e.form.length] ?? ''))
  if (emphasized && emphasized.length <= 60 && /^[A-Z]/.test(emphasized)) {
    return { text: emphasized.replace(/[\s,]+$/, ''), cls: hit && emphasized.toLowerCase().startsWith(hit.form.split(' ')[0] as string) ? hit.cls : (hit?.cls ?? 'other') }
  }
  if (!hit) return null
  return { text: text.slice(0, hit.form.length), cls: hit.cls }
}
