import type { Issue, Part } from '../types.js'
import type { DraftLink } from './link-draft.js'
import type { PartLink } from './match-parts.js'

/** Paragraphs left alone on each side of a part pair, or in unpaired parts, before the structure is doubted. */
const ALONE_MIN = 3
/** Share of the paragraphs left alone on both sides that makes the structure doubtful. */
const ALONE_SHARE = 0.1

/** The links of one part pair, or of a part with no counterpart. */
export interface PartAlignment {
  readonly part: PartLink
  readonly links: readonly DraftLink[]
}

/** Kinds that carry the text of a document (headings and meta lines come and go between versions). */
const isBody = (l: DraftLink): boolean => l.kind !== 'heading' && l.kind !== 'meta' && l.kind !== 'footnote'

/**
 * Structure is evidence, not a gate. The part-wise alignment is kept while
 * the two structures agree; when both sides are left with paragraphs that
 * found no partner (a part not recognised on one side, parts labelled or cut
 * differently), the whole block sequences are aligned by content as well and
 * the alignment with more confident evidence wins. Choosing the whole-document
 * alignment is reported as `align/structure-mismatch`, naming the parts that
 * did not meet.
 */
export function structureFallback(parts: readonly PartAlignment[], whole: () => DraftLink[]): { links: DraftLink[]; issue?: Issue } {
  const byParts = parts.flatMap((p) => p.links)
  if (!structureInDoubt(parts)) return { links: byParts }
  const partLinks = parts.map((p) => p.part)
  const content = whole()
  if (evidence(content) <= evidence(byParts)) return { links: byParts }
  return { links: content, issue: mismatchIssue(partLinks, byParts, content) }
}

const alone = (side: 'zh' | 'en', links: readonly DraftLink[]): number => links.filter((l) => isBody(l) && l[side].ids.length > 0 && l[side === 'zh' ? 'en' : 'zh'].ids.length === 0).length

/**
 * The structures disagree when both sides are left with paragraphs that found
 * no partner, in parts with no counterpart or inside paired parts, and they
 * are more than a few strays.
 */
function structureInDoubt(parts: readonly PartAlignment[]): boolean {
  const links = parts.flatMap((p) => p.links)
  const least = Math.min(alone('zh', links), alone('en', links))
  const body = Math.min(links.filter((l) => isBody(l) && l.zh.ids.length > 0).length, links.filter((l) => isBody(l) && l.en.ids.length > 0).length)
  return least >= ALONE_MIN && least >= ALONE_SHARE * body
}

/** Confident evidence of an alignment: the scores of its confident two-sided links, per block linked. */
function evidence(links: readonly DraftLink[]): number {
  let sum = 0
  for (const l of links) if (isBody(l) && l.score >= 0.5) sum += l.score * Math.min(l.zh.ids.length, l.en.ids.length)
  return sum
}

function mismatchIssue(partLinks: readonly PartLink[], byParts: readonly DraftLink[], content: readonly DraftLink[]): Issue {
  const describe = (p: Part, lang: string) => `${lang} ${p.kind}${p.title ? ` "${p.title.slice(0, 60)}"` : ''} (${p.blocks.length} blocks)`
  const zh = partLinks.filter((l) => l.zh && !l.en).map((l) => describe(l.zh as Part, 'Chinese'))
  const en = partLinks.filter((l) => l.en && !l.zh).map((l) => describe(l.en as Part, 'English'))
  const paired = (links: readonly DraftLink[]) => links.filter((l) => isBody(l) && l.zh.ids.length > 0 && l.en.ids.length > 0).length
  const where = [...zh, ...en].join('; ') || 'parts paired by structure whose paragraphs did not meet'
  const first = partLinks.find((l) => l.zh && !l.en)?.zh?.blocks[0]?.id ?? partLinks.find((l) => l.en && !l.zh)?.en?.blocks[0]?.id
  return {
    code: 'align/structure-mismatch',
    severity: 'warning',
    message: `the two documents' structures disagree (${where}); the whole documents were aligned by content: ${paired(content)} paragraph links instead of ${paired(byParts)}`,
    ...(first ? { block: first } : {}),
  }
}
