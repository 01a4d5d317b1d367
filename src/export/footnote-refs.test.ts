import { describe, expect, it } from 'vitest'
import type { Block, DocumentTree } from '../types.js'
import { footnoteRefsOf } from './footnote-refs.js'

const point = { line: 1, column: 1, offset: 0 }

function block(id: string, labels: string[]): Block {
  return {
    type: 'block', id, kind: 'operative', number: null, parent: null, lead: null, leadClass: null, text: 'x',
    footnoteRefs: labels.map((label) => ({ label, at: 0, place: { start: 0, end: 1 } })),
    spans: [], removed: [], position: { start: point, end: point },
  }
}

describe('footnoteRefsOf', () => {
  it('maps each block that refers to footnotes to their labels, in order', () => {
    const tree: DocumentTree = {
      type: 'document', language: 'zh', format: 'markdown', symbols: [], artifacts: [], source: '',
      parts: [
        { type: 'part', id: 'p1', kind: 'report', title: null, ordinal: null, blocks: [block('p1.p1', ['1'])] },
        { type: 'part', id: 'p2', kind: 'draft-resolution', title: null, ordinal: null, blocks: [block('p2.op1', []), block('p2.op4', ['13', '14'])] },
      ],
    }
    expect(footnoteRefsOf(tree)).toEqual({ 'p1.p1': ['1'], 'p2.op4': ['13', '14'] })
  })
})
