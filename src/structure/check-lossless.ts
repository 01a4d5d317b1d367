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
  // Walks the input (less removals, plus entity replacements) and the block's
  // text side by side, blanks skipped on both, comparing code units: no string
  // is built unless they differ.
  const text = block.text
  let j = 0
  let k = 0
  let mismatch = false
  const expect = (c: number): void => {
    if (mismatch) return
    while (j < text.length && blank(text.charCodeAt(j))) j++
    if (j < text.length && text.charCodeAt(j) === c) {
      j++
      k++
    } else mismatch = true
  }
  walkInput(source, block, (c) => expect(c))
  while (!mismatch && j < text.length && blank(text.charCodeAt(j))) j++
  if (!mismatch && j === text.length) return []
  const a = inputText(source, block)
  let b = ''
  for (let i = 0; i < text.length; i++) if (!blank(text.charCodeAt(i))) b += text[i]
  return [{
    code: 'internal/text-mismatch',
    severity: 'error',
    message: `block ${block.id}: text differs from its input at character ${k}: input ${JSON.stringify(a.slice(k, k + 20))}, text ${JSON.stringify(b.slice(k, k + 20))}`,
    block: block.id,
  }]
}

/** The non-blank code units of a block's input, removals left out and entities replaced, in order. */
function walkInput(source: string, block: DocumentTree['parts'][number]['blocks'][number], visit: (c: number) => void): void {
  const removed = [...block.removed].sort((a, b) => a.start - b.start)
  let r = 0
  for (const s of block.spans) {
    for (let i = s.start; i < s.end; i++) {
      while (r < removed.length && (removed[r] as { end: number }).end <= i) r++
      let inRemoved = false
      for (let q = r; q < removed.length && (removed[q] as { start: number }).start <= i; q++) {
        const rm = removed[q] as (typeof removed)[number]
        if (rm.end > i) {
          inRemoved = true
          // A character reference stands in the text as its replacement.
          if (rm.kind === 'entity' && rm.start === i && rm.replacement && !blank(rm.replacement.charCodeAt(0))) {
            for (let u = 0; u < rm.replacement.length; u++) visit(rm.replacement.charCodeAt(u))
          }
          break
        }
      }
      if (!inRemoved) {
        const c = source.charCodeAt(i)
        if (!blank(c)) visit(c)
      }
    }
  }
}

/** The block's input as a string (for the message of a mismatch only). */
function inputText(source: string, block: DocumentTree['parts'][number]['blocks'][number]): string {
  const units: number[] = []
  walkInput(source, block, (c) => units.push(c))
  let out = ''
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096))
  return out
}
