import type { Block, Lang, Link, Part, PartKind } from '../types.js'

/** A link before it gets its id. */
export type DraftLink = Omit<Link, 'id'>

/** The part kind of each side of a link, when the side has blocks. */
export interface PartPair {
  readonly zh: PartKind | null
  readonly en: PartKind | null
}

/** Footnote labels referenced by the blocks of each link (kept out of the contract). */
const REFS = new WeakMap<object, string[]>()

/** One-sided links of a part with no counterpart: reported once, as the part. */
const WHOLE_PART = new WeakSet<object>()

/** Make a link of blocks of both sides; one-sided links score 0 and have method `none`. */
export function makeLink(zh: readonly Block[], en: readonly Block[], score: number, method: Link['method'], parts: PartPair): DraftLink {
  const first = zh[0] ?? en[0]
  const link: DraftLink = {
    zh: { ids: zh.map((b) => b.id), text: zh.map((b) => b.text).join('\n') },
    en: { ids: en.map((b) => b.id), text: en.map((b) => b.text).join('\n') },
    score: zh.length && en.length ? round(score) : 0,
    method: zh.length && en.length ? method : 'none',
    kind: first?.kind ?? 'paragraph',
    number: zh[0]?.number ?? en[0]?.number ?? null,
    part: { zh: zh.length ? parts.zh : null, en: en.length ? parts.en : null },
    lead: { zh: zh[0]?.lead ?? null, en: en[0]?.lead ?? null },
  }
  REFS.set(link, [...zh, ...en].flatMap((b) => b.footnoteRefs.map((r) => r.label)))
  return link
}

/** The one-sided links of a part that found no counterpart. */
export function wholePartLinks(part: Part, side: Lang): DraftLink[] {
  return part.blocks.map((b) => {
    const link = makeLink(side === 'zh' ? [b] : [], side === 'en' ? [b] : [], 0, 'none', { zh: side === 'zh' ? part.kind : null, en: side === 'en' ? part.kind : null })
    WHOLE_PART.add(link)
    return link
  })
}

/** Whether a one-sided link was reported with its whole part. */
export const isWholePart = (l: DraftLink): boolean => WHOLE_PART.has(l)

/** Put each footnote link right after the link holding its first reference. */
export function placeFootnotes(main: DraftLink[], notes: DraftLink[]): DraftLink[] {
  const after = new Map<number, DraftLink[]>()
  const late: DraftLink[] = []
  for (const n of notes) {
    const label = n.number
    const k = label === null ? -1 : main.findIndex((l) => REFS.get(l)?.includes(label) ?? false)
    if (k < 0) late.push(n)
    else after.set(k, [...(after.get(k) ?? []), n])
  }
  return [...main.flatMap((l, k) => [l, ...(after.get(k) ?? [])]), ...late]
}

/** Round a score to three decimals. */
export const round = (x: number): number => Math.round(x * 1000) / 1000
