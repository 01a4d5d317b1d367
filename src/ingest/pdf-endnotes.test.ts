import { describe, expect, it } from 'vitest'
import { structureOf } from '../segment.js'
import type { Block } from '../types.js'
import { textOp, tinyPdf } from './fixtures/tiny-pdf.js'
import { ingestPdf } from './ingest-pdf.js'

/**
 * A resolution printed from a web page: footnote markers raised in the text,
 * the notes as a numbered list after the last paragraph, below a rule drawn
 * across the column (`rule`), in body type.
 */
function webPrint(rule: boolean, marker = '2'): Uint8Array {
  const lines = [
    textOp('The General Assembly,', 72, 720),
    textOp('Recalling its resolution 70/1,', 90, 696),
    textOp('1', 245, 701, 7),
    textOp('Noting the report of the Secretary-General,', 90, 672),
    textOp(marker, 318, 677, 7),
    textOp('1. Decides to continue its work;', 72, 648),
    textOp('2. Requests a report at its next session.', 72, 624),
    rule ? '0.5 w 72 604 m 300 604 l S' : '',
    textOp('1. Resolution 70/1, annex.', 72, 584),
    textOp('2. A/78/232.', 72, 560),
  ]
  return tinyPdf({ pages: [lines.join('\n')] })
}

const read = async (bytes: Uint8Array): Promise<Block[]> => {
  const pdf = await ingestPdf(bytes)
  return structureOf(pdf.source, pdf.ingested, 'en').value.parts.flatMap((p) => p.blocks)
}

describe('notes gathered at the end of a printed web page', () => {
  it('reads the numbered list below the rule as the footnotes the raised markers cite', async () => {
    const blocks = await read(webPrint(true))
    const notes = blocks.filter((b) => b.kind === 'footnote')
    expect(notes.map((n) => [n.number, n.text])).toEqual([['1', 'Resolution 70/1, annex.'], ['2', 'A/78/232.']])
    expect(notes.every((n) => (n.referencedBy ?? []).length === 1)).toBe(true)
    expect(blocks.filter((b) => b.kind === 'operative').map((b) => b.number)).toEqual(['1', '2'])
  })

  it('leaves numbered paragraphs alone without the rule above them', async () => {
    const blocks = await read(webPrint(false))
    expect(blocks.filter((b) => b.kind === 'footnote')).toEqual([])
  })

  it('leaves them alone when a number is no marker of the text', async () => {
    const blocks = await read(webPrint(true, '3'))
    expect(blocks.filter((b) => b.kind === 'footnote')).toEqual([])
  })
})
