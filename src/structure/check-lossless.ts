import { isSpaceCode } from '../ingest/source-text.js'
import type { DocumentTree, Issue } from '../types.js'

/** Whitespace and invisible characters: not text that can be lost. */
const blank = (c: number): boolean => isSpaceCode(c) || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xad

/**
 * Prove that nothing was lost: every non-whitespace character of the input
 * lies in exactly one block or artifact, and inside a block it is either in
 * the block's text (the same character, in order) or in a recorded removal.
 * Returns one issue per problem found (none when the tree is lossless).
 */
export function checkLossless(tree: DocumentTree): Issue[] {
  const { source } = tree
  const owner = new Int32Array(source.length).fill(-1)
  const issues: Issue[] = []
  const claim = (start: number, end: number, who: number, what: string): void => {
    for (let i = Math.max(0, start); i < Math.min(end, source.length); i++) {
      if (blank(source.charCodeAt(i))) continue
      if (owner[i] !== -1 && owner[i] !== who) {
        issues.push({ code: 'internal/overlap', severity: 'error', message: `input offset ${i} belongs to two places (${what})`, place: { start: i, end: i + 1 } })
        return
      }
      owner[i] = who
    }
  }
  let who = 0
  for (const a of tree.artifacts) claim(a.start, a.end, who++, `artifact ${a.kind}`)
  for (const part of tree.parts) {
    for (const block of part.blocks) {
      const id = who++
      for (const s of block.spans) claim(s.start, s.end, id, block.id)
      issues.push(...checkBlock(source, block))
    }
  }
  for (let i = 0; i < source.length; i++) {
    if (owner[i] === -1 && !blank(source.charCodeAt(i))) {
      issues.push({ code: 'internal/lost-text', severity: 'error', message: `input offset ${i} (${JSON.stringify(source.slice(i, i + 20))}) is in no block or artifact`, place: { start: i, end: i + 1 } })
      break
    }
  }
  return issues
}

function checkBlock(source: string, block: DocumentTree['parts'][number]['blocks'][number]): Issue[] {
  const removed = [...block.removed].sort((a, b) => a.start - b.start)
  let a = ''
  let r = 0
  for (const s of block.spans) {
    for (let i = s.start; i < s.end; i++) {
      while (r < removed.length && (removed[r] as { end: number }).end <= i) r++
      let inRemoved = false
      for (let k = r; k < removed.length && (removed[k] as { start: number }).start <= i; k++) {
        const rm = removed[k] as (typeof removed)[number]
        if (rm.end > i) {
          inRemoved = true
          // A character reference stands in the text as its replacement.
          if (rm.kind === 'entity' && rm.start === i && rm.replacement && !blank(rm.replacement.charCodeAt(0))) a += rm.replacement
          break
        }
      }
      if (!inRemoved && !blank(source.charCodeAt(i))) a += source[i]
    }
  }
  let b = ''
  for (let i = 0; i < block.text.length; i++) if (!blank(block.text.charCodeAt(i))) b += block.text[i]
  if (a === b) return []
  let k = 0
  while (k < a.length && a[k] === b[k]) k++
  return [{
    code: 'internal/text-mismatch',
    severity: 'error',
    message: `block ${block.id}: text differs from its input at character ${k}: input ${JSON.stringify(a.slice(k, k + 20))}, text ${JSON.stringify(b.slice(k, k + 20))}`,
    block: block.id,
  }]
}
