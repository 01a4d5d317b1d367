import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segment } from '../segment.js'
import type { Block, DocumentTree } from '../types.js'

const blocks = (tree: DocumentTree): Block[] => tree.parts.flatMap((p) => p.blocks)
const page = (body: string, head = '<meta charset="utf-8"><title>A/RES/78/1</title>'): string => `<!DOCTYPE html>\n<html><head>${head}</head><body>\n${body}\n</body></html>\n`

const RESOLUTION = (ref: string, notes: string, op = '<p>1. <em>Reaffirms</em> the Agenda;</p>\n<p>2. <em>Requests</em> a report.</p>'): string =>
  page(`<p><b>Resolution adopted by the General Assembly on 19 December 2023</b></p>
<p><i>The General Assembly,</i></p>
<p><i>Recalling</i> the Paris Agreement${ref} and its entry into force,</p>
${op}
${notes}`)

/** Each producer's footnote markup, as its documentation and output show it. */
const PRODUCERS: Record<string, readonly [string, string]> = {
  pandoc: ['<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>', '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol><li id="fn1"><p>Adopted under the UNFCCC.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'],
  mammoth: ['<sup><a href="#footnote-20" id="footnote-ref-20">[1]</a></sup>', '<ol><li id="footnote-20"><p> Adopted under the UNFCCC. <a href="#footnote-ref-20">↑</a></p></li></ol>'],
  word: [
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style=\'mso-special-character:footnote\'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a>',
    '<div style=\'mso-element:footnote-list\'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]><div style=\'mso-element:footnote\' id=ftn1><p class=MsoFootnoteText><a style=\'mso-footnote-id:ftn1\' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style=\'mso-special-character:footnote\'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> Adopted under the UNFCCC.</p></div></div>',
  ],
  libreoffice: ['<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>', '<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Adopted under the UNFCCC.</p></div>'],
  'page-foot paragraph': ['<sup><a href="#fn1" id="fnref1">1</a></sup>', '<hr class="footnote-rule"><p class="footnote" id="fn1"><sup>1</sup> Adopted under the UNFCCC.</p>'],
}

describe('ingestHtml', () => {
  for (const [producer, [ref, notes]] of Object.entries(PRODUCERS)) {
    it(`links ${producer} footnotes to their reference and keeps their text`, () => {
      const { value, issues } = segment(RESOLUTION(ref, notes))
      expect(value.format).toBe('html')
      expect(issues.filter((i) => i.severity === 'error')).toEqual([])
      const all = blocks(value)
      const note = all.find((b) => b.kind === 'footnote')
      expect(note).toMatchObject({ number: '1', text: 'Adopted under the UNFCCC.', referencedBy: [all.find((b) => b.kind === 'preambular')?.id] })
      expect(all.find((b) => b.kind === 'preambular')).toMatchObject({ text: 'Recalling the Paris Agreement and its entry into force,', lead: 'Recalling', footnoteRefs: [{ label: '1' }] })
      expect(all.filter((b) => b.kind === 'operative').map((b) => `${b.number} ${b.lead}`)).toEqual(['1 Reaffirms', '2 Requests'])
    })
  }

  it('keeps scripts, styles and navigation out of the text, as artifacts', () => {
    const html = page('<nav><a href="/">Home</a> | <a href="/ga">General Assembly</a></nav><script>var x = "<p>no</p>"</script><p><i>Recalling</i> its resolution 70/1,</p>', '<style>p { margin: 0 }</style><title>Home</title>')
    const { value, issues } = segment(html, { lang: 'en' })
    expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    expect(blocks(value).map((b) => b.text)).toEqual(['Recalling its resolution 70/1,'])
    expect(value.artifacts.map((a) => a.kind)).toEqual(expect.arrayContaining(['other', 'markup']))
    expect(value.artifacts.find((a) => a.kind === 'other')?.text).toContain('General Assembly')
  })

  it('gives headings their level and resolves character references', () => {
    const { value, issues } = segment(page('<h2>Science &amp; technology</h2><p>The &ldquo;Agenda&rdquo;&nbsp;2030 &#x2013; adopted.</p>'), { lang: 'en' })
    expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    expect(blocks(value).map((b) => [b.kind, b.text, b.data?.level])).toEqual([['heading', 'Science & technology', 2], ['paragraph', 'The “Agenda” 2030 – adopted.', undefined]])
  })

  it('restores the numbers an ordered list prints', () => {
    const op = '<ol><li><em>Decides</em> to act:<ol type="a"><li>at once;</li><li>together;</li></ol></li><li><em>Requests</em> a report.</li></ol>'
    const { value, issues } = segment(RESOLUTION('', '', op))
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(blocks(value).filter((b) => b.kind === 'operative' || b.kind === 'subparagraph').map((b) => `${b.number} ${b.text}`)).toEqual(['1 Decides to act:', '1(a) at once;', '1(b) together;', '2 Requests a report.'])
  })

  it('cuts lines a conversion glued into back-to-back emphasis runs', () => {
    const glued = page('<p><strong>78/160. Science, technology and innovation</strong><em>The General Assembly,</em></p><p><em>Recalling</em> its resolution 70/1,</p><p>1. <em>Decides</em> to act.</p>')
    const { value } = segment(glued)
    expect(blocks(value).map((b) => b.kind)).toEqual(['heading', 'chapeau', 'preambular', 'operative'])
  })

  it('reads table cells and text directly in a div as paragraphs', () => {
    const { value, issues } = segment(page('<table><tr><td>United Nations</td><td>A/RES/78/160</td></tr></table><div>Distr.: General<p>Seventy-eighth session</p>Agenda item 19</div>'), { lang: 'en' })
    expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    expect(blocks(value).map((b) => b.text)).toEqual(['United Nations', 'A/RES/78/160', 'Distr.: General', 'Seventy-eighth session', 'Agenda item 19'])
  })

  it('loses no text of any HTML made of document pieces', () => {
    const pieces = ['<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<sup>2</sup>', '<a href="#fn1" id="fnref1">1</a>', '<li id="fn1">', '<ol>', '</ol>', '<br>', '<div>', '</div>', '<h3>', '</h3>', '<!-- c -->', '&amp;', '&#x4E2D;', '<script>x</script>', '<td>', 'Recalling ', 'the Agenda; ', '1. ', '(a) ', '重申', '\n', ' ', '大会，']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = `<!DOCTYPE html><html><body>Recalling ${parts.join('')}</body></html>`
        const { issues } = segment(html, { lang: 'en', format: 'html' })
        expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
