import type { DocumentTree, Issue } from '../types.js'

const SPACE = /[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]/

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
      if (SPACE.test(source[i] as string)) continue
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
    if (owner[i] === -1 && !SPACE.test(source[i] as string)) {
      issues.push({ code: 'internal/lost-text', severity: 'error', message: `input offset ${i} (${JSON.stringify(source.slice(i, i + 20))}) is in no block or artifact`, place: { start: i, end: i + 1 } })
      break
    }
  }
  return issues
}

function checkBlock(source: string, block: DocumentTree['parts'][number]['blocks'][number]): Issue[] {
  const removed = [...block.removed].sort((a, b) => a.start - b.start)
  const expected: string[] = []
  let r = 0
  for (const s of block.spans) {
    for (let i = s.start; i < s.end; i++) {
      while (r < removed.length && (removed[r] as { end: number }).end <= i) r++
      let inRemoved = false
      for (let k = r; k < removed.length && (removed[k] as { start: number }).start <= i; k++) {
        if ((removed[k] as { end: number }).end > i) { inRemoved = true; break }
      }
      const ch = source[i] as string
      if (!inRemoved && !SPACE.test(ch)) expected.push(ch)
    }
  }
  const a = expected.join('')
  const b = [...block.text].filter((ch) => !SPACE.test(ch)).join('')
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
