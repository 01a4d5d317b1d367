import { describe, expect, it } from 'vitest'
import type { PdfItem } from './load-pdf.js'
import { pdfLines } from './pdf-lines.js'

const item = (str: string, x: number, y: number, size = 10, w = str.length * size * 0.5): PdfItem => ({ str, x, y, w, size, rotated: false })
const linesOf = (items: PdfItem[]) => pdfLines({ number: 1, width: 595, height: 842, items })

describe('pdfLines', () => {
  it('builds lines from baselines, top to bottom, items left to right', () => {
    const lines = linesOf([item('second line', 72, 700), item('first', 72, 714), item('line', 100, 714.5)])
    expect(lines.map((l) => l.text)).toEqual(['first line', 'second line'])
  })

  it('joins a raised marker in smaller type to the line below it, as a raised piece', () => {
    const [line] = linesOf([item('Paris Agreement', 72, 700), item('1', 147, 704, 6, 3), item('and its entry', 152, 700)])
    expect(line?.text).toBe('Paris Agreement1 and its entry')
    expect(line?.pieces.filter((p) => p.raised).map((p) => [p.text, p.at])).toEqual([['1', 15]])
  })

  it('joins Chinese items without spaces and reads letter-spaced headings as words', () => {
    const lines = linesOf([
      item('大', 72, 760, 20, 20), item('会', 112, 760, 20, 20),
      item('联 合 国', 72, 800, 10, 40),
      item('G', 72, 730, 10, 6), item('e', 84, 730, 10, 6), item('n', 96, 730, 10, 6), item('A', 130, 730, 10, 6), item('s', 142, 730, 10, 6), item('s', 154, 730, 10, 6),
      item('又重申', 72, 700, 10, 30), item('其决议', 103, 700, 10, 30),
    ])
    expect(lines.map((l) => l.text)).toEqual(['联合国', '大会', 'Gen Ass', '又重申其决议'])
  })

  it('keeps the two columns of a masthead apart as cells', () => {
    const lines = linesOf([item('United Nations', 72, 800, 10, 70), item('A/RES/78/160', 450, 800, 14, 90)])
    expect(lines.map((l) => [l.text, l.size])).toEqual([['United Nations', 10], ['A/RES/78/160', 14]])
  })

  it('keeps small type on a nearby baseline out of a line in large type', () => {
    const lines = linesOf([item('大会', 72, 703.4, 22, 44), item('Chinese', 420, 699.6, 9, 29), item('8 December 2023', 420, 710, 9, 64)])
    expect(lines.map((l) => l.text)).toEqual(['8 December 2023', '大会', 'Chinese'])
  })

  it('puts an item drawn into a blank of another where it was printed', () => {
    const line = linesOf([item('重申', 72, 700, 12, 24), item('其题为 变革', 96, 700, 12, 72), item('“', 132, 700, 12, 6)])[0]
    expect(line?.text).toBe('重申其题为“变革')
  })

  it('reads Kangxi and supplement radicals as the ideographs they print', () => {
    expect(linesOf([item('⼤会（⻅第 7 段）', 72, 700)])[0]?.text).toBe('大会（见第 7 段）')
  })
})
