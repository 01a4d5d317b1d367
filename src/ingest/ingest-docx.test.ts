import { describe, expect, it } from 'vitest'
import { lyingZip, listDefinition, makeDocx, paragraph } from '../../test/docx-fixture.js'
import { readDocument } from '../read-document.js'
import type { Block } from '../types.js'

const blocks = (parts: ReadonlyArray<{ blocks: readonly Block[] }>): Block[] => parts.flatMap((p) => p.blocks)

const RESOLUTION = [
  paragraph('The General Assembly,', { italicLead: '' }),
  paragraph(' its resolution 70/1 of 25 September 2015,', { italicLead: 'Recalling' }),
  paragraph(' the importance of science, technology and innovation;', { numId: 1, italicLead: 'Reaffirms' }),
  paragraph(' Member States:', { numId: 1, italicLead: 'Encourages' }),
  paragraph('to strengthen research;', { numId: 1, ilvl: 1 }),
  paragraph('to promote local innovation;', { numId: 1, ilvl: 1 }),
  paragraph(' the Secretary-General to report at its eightieth session.', { numId: 1, italicLead: 'Requests' }),
].join('')

describe('ingestDocx', () => {
  it('writes automatic paragraph numbers in as printed, by list level and format', async () => {
    const docx = await makeDocx(RESOLUTION, { numbering: listDefinition(1, [['decimal', '%1.'], ['lowerLetter', '(%2)']]) })
    const { value, issues } = await readDocument(docx)
    expect(value.format).toBe('docx')
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    const numbered = blocks(value.parts).filter((b) => b.kind === 'operative' || b.kind === 'subparagraph')
    expect(numbered.map((b) => `${b.kind} ${b.number}`)).toEqual(['operative 1', 'operative 2', 'subparagraph 2(a)', 'subparagraph 2(b)', 'operative 3'])
    expect(numbered[0]?.lead).toBe('Reaffirms')
    expect(value.source).toContain('3.')
  })

  it('numbers paragraphs whose style carries the numbering', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
    const body = [paragraph('The General Assembly,'), paragraph('Decides to continue;', { style: 'Numbered' }), paragraph('Requests a report;', { style: 'Numbered' })].join('')
    const { value } = await readDocument(await makeDocx(body, { numbering: listDefinition(4, [['decimal', '%1.']]), styles }))
    expect(blocks(value.parts).filter((b) => b.kind === 'operative').map((b) => b.number)).toEqual(['1', '2'])
  })

  it('leaves paragraphs with empty properties as they are', async () => {
    const body = `<w:p><w:pPr/><w:r><w:t>The General Assembly,</w:t></w:r></w:p>${paragraph('Decides to continue;', { numId: 2 })}<w:p><w:pPr/><w:r><w:t>Requests a report;</w:t></w:r></w:p>${paragraph('Invites all States;', { numId: 2 })}`
    const { value, issues } = await readDocument(await makeDocx(body, { numbering: listDefinition(2, [['decimal', '%1.']]) }))
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(blocks(value.parts).map((b) => `${b.number ?? '-'} ${b.text}`)).toEqual(['- The General Assembly,', '1 Decides to continue;', '- Requests a report;', '2 Invites all States;'])
  })

  it('rejects a truncated archive as input/corrupt', async () => {
    const docx = await makeDocx(RESOLUTION)
    await expect(readDocument(docx.subarray(0, Math.floor(docx.length / 2)), { from: 'docx' })).rejects.toMatchObject({ code: 'input/corrupt' })
  })

  it('rejects damaged compressed data as input/corrupt', async () => {
    const docx = await makeDocx(RESOLUTION.repeat(20))
    const broken = docx.slice()
    const at = new TextDecoder('latin1').decode(broken).indexOf('word/document.xml') + 'word/document.xml'.length
    for (let i = at; i < at + 64; i++) broken[i] = 0xff
    await expect(readDocument(broken)).rejects.toMatchObject({ code: 'input/corrupt' })
  })

  it('rejects a zip without a Word document as input/corrupt', async () => {
    const zip = await lyingZip(10, 10)
    const other = new TextEncoder().encode('not a zip')
    await expect(readDocument(other, { from: 'docx' })).rejects.toMatchObject({ code: 'input/corrupt' })
    await expect(readDocument(zip, { from: 'docx' })).rejects.toMatchObject({ code: 'input/corrupt' })
  })

  it('refuses an archive that declares more than maxBytes, before inflating it', async () => {
    const bomb = await lyingZip(4 * 1024 * 1024, 4 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(64 * 1024)
    await expect(readDocument(bomb, { from: 'docx', maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'input/too-large' })
  })

  it('stops an archive that lies about its size at the size it declares', async () => {
    const bomb = await lyingZip(8 * 1024 * 1024, 1000)
    await expect(readDocument(bomb, { from: 'docx' })).rejects.toMatchObject({ code: 'input/too-large' })
  })

  it('takes a DOCX only as bytes', async () => {
    await expect(readDocument('PK', { from: 'docx' })).rejects.toMatchObject({ code: 'options/invalid' })
  })
})
