import { describe, expect, it } from 'vitest'
import { readDocument } from '../read-document.js'
import { cutGluedUnits } from './cut-glued.js'
import { ingestHtml } from './ingest-html.js'
import { splitLines } from './lines.js'
import { paragraphUnit } from './text-units.js'

/** The title block of 78/160 as one web-page paragraph, its runs glued together. */
const GLUED_TITLE =
  'Globalization and interdependence: science, technology and innovation for sustainable development' +
  'Resolution adopted by the General Assembly on 19 December 2023' +
  '[on the report of the Second Committee (A/78/462/Add.1, para. 7)]' +
  '78/160. Science, technology and <i>innovation</i><sup><a href="#fn1">1</a></sup> for sustainable development' +
  'The General Assembly,'
const PAGE = `<html><body><p>${GLUED_TITLE}</p><p><i>Reaffirming</i> its resolution 70/1,</p><ol class="footnotes"><li id="fn1">A note.</li></ol></body></html>`

describe('cutGluedUnits', () => {
  it('cuts a glued title out of an HTML paragraph: each opener a unit of its own, every cut an issue', () => {
    const { units, issues } = ingestHtml(PAGE)
    expect(units.map((u) => u.body.text.slice(0, 24))).toEqual([
      'Globalization and interde',
      'Resolution adopted by th',
      '[on the report of the Se',
      '78/160. Science, technol',
      'The General Assembly,',
      'Reaffirming its resoluti',
      'A note.',
    ].map((t) => t.slice(0, 24)))
    expect(issues.map((i) => i.code)).toEqual(Array(4).fill('ingest/glued-cut'))
  })

  it('keeps the footnote reference and the emphasis with the piece they stand in, shifted', () => {
    const { units } = ingestHtml(PAGE)
    const number = units[3]
    expect(number?.refs.map((r) => [r.label, number.body.text.slice(0, r.at)])).toEqual([['1', '78/160. Science, technology and innovation']])
    expect(number?.emphasis.map(([a, b]) => number.body.text.slice(a, b))).toEqual(['innovation'])
  })

  it('reads the cut title into the resolution’s blocks, losslessly', async () => {
    const { value, issues } = await readDocument(PAGE, { from: 'html', lang: 'en' })
    expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    const part = value.parts.find((p) => p.blocks.some((b) => b.kind === 'chapeau'))
    expect(part?.blocks.find((b) => b.kind === 'chapeau')?.text).toBe('The General Assembly,')
  })

  it('gives a piece after a page turn (a form feed of rebuilt PDF text) the next page', () => {
    const source = 'Science, technology and innovation for sustainable\n\f\ndevelopmentThe General Assembly,'
    const lines = splitLines(source).filter((l) => !l.blank && l.text.trim() !== '\f')
    const unit = { ...paragraphUnit(source, lines, false, undefined), page: 4 }
    const { units } = cutGluedUnits(source, { format: 'pdf-file', units: [unit], artifacts: [], issues: [] })
    expect(units.map((u) => [u.body.text, u.page])).toEqual([
      ['Science, technology and innovation for sustainable development', 4],
      ['The General Assembly,', 5],
    ])
    expect(units[1]?.spans).toEqual([{ start: source.indexOf('The'), end: source.length }])
  })

  it('leaves a sentence that mentions an opener alone', () => {
    const html = '<p>It recalled the resolution adopted by the General Assembly on 19 December 2023 [on the report of the Second Committee].</p>'
    expect(ingestHtml(html).issues).toEqual([])
  })
})
