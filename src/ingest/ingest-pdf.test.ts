import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolutionFigures } from '../../benchmarks/lib/renderings.mjs'
import { CORPUS, corpusText } from '../../test/corpus.js'
import { score } from '../../eval/score.mjs'
import { align } from '../align/align.js'
import { segment, structureOf } from '../segment.js'
import type { Block, DocumentTree, Issue } from '../types.js'
import { ingestPdf, type PdfIngested } from './ingest-pdf.js'
import { openPdf } from './load-pdf.js'

/**
 * Every producer chain that printed the 78/160 pair to PDF (corpus/renderings/<chain>/000.pdf and 003.pdf,
 * made by scripts/renderings/make.mjs): the Official Document System's layout printed by LibreOffice and by
 * Chromium, pandoc's Word file printed by LibreOffice, pandoc's web page printed by Chromium.
 */
const RENDERINGS = join(CORPUS, 'renderings')
const CHAINS = readdirSync(RENDERINGS).filter((chain) => ['000', '003'].every((d) => existsSync(join(RENDERINGS, chain, `${d}.pdf`)))).sort()
/** The single Chinese documents of the corpus, printed by the same chains. */
const SINGLES = CHAINS.flatMap((chain) => ['001', '002', '004'].filter((d) => existsSync(join(RENDERINGS, chain, `${d}.pdf`))).map((doc) => ({ chain, doc })))
const pdfBytes = (chain: string, doc: string): Uint8Array => new Uint8Array(readFileSync(join(RENDERINGS, chain, `${doc}.pdf`)))
const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', '78-160.json'), 'utf8')) as unknown

const blocks = (tree: DocumentTree): Block[] => tree.parts.flatMap((p) => p.blocks)
const resolutionPart = (tree: DocumentTree) => tree.parts.find((p) => p.kind === 'resolution' || p.kind === 'draft-resolution')

/** Every character of the text layer (spaces aside) is in the rebuilt text. */
async function textLayerKept(bytes: Uint8Array, source: string): Promise<void> {
  const pdf = await openPdf(bytes, 100)
  const printed = pdf.pages.flatMap((p) => p.items.map((it) => it.str)).join('').replace(/\s+/g, '')
  await pdf.close()
  expect([...source.replace(/\s+/g, '')].length).toBe([...printed].length)
}

/** The lines a page of the text layer prints, spaces aside (to ask whether a rendering has a masthead, page numbers …). */
async function printedLines(bytes: Uint8Array, page: number): Promise<string[]> {
  const pdf = await openPdf(bytes, 100)
  const items = pdf.pages[page - 1]?.items ?? []
  await pdf.close()
  return items.map((it) => it.str.trim()).filter(Boolean)
}

it('finds the PDF renderings of the 78/160 pair', () => {
  expect(CHAINS.length).toBeGreaterThanOrEqual(4)
})

describe.each(CHAINS)('the 78/160 pair printed to PDF (%s)', (chain) => {
  const read: Record<'zh' | 'en', { pdf: PdfIngested; tree: DocumentTree; issues: readonly Issue[] }> = {} as never
  beforeAll(async () => {
    for (const [lang, doc] of [['zh', '000'], ['en', '003']] as const) {
      const pdf = await ingestPdf(pdfBytes(chain, doc))
      const { value, issues } = structureOf(pdf.source, pdf.ingested, lang)
      read[lang] = { pdf, tree: value, issues }
    }
  })

  it.each(['zh', 'en'] as const)('segments the %s resolution like the Markdown: its preambular and operative paragraphs, its footnotes linked to references', (lang) => {
    const markdown = segment(corpusText(lang === 'zh' ? '000' : '003'), { lang }).value
    const figures = resolutionFigures(read[lang].tree)
    expect(figures).toEqual(resolutionFigures(markdown))
    expect(figures.preambular).toBe(47)
    expect(figures.operative).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)))
    expect(figures.footnotesLinked).toBe(15)
    expect(resolutionPart(read[lang].tree)?.blocks.filter((b) => b.kind === 'chapeau')).toHaveLength(1)
    // Footnotes printed at the page foot, or gathered at the end (a browser's print of a web page).
    const notes = (tree: DocumentTree) => blocks(tree).filter((b) => b.kind === 'footnote').length
    expect(notes(read[lang].tree)).toBe(notes(markdown))
  })

  it('aligns the Chinese and English PDFs at F1 ≥ 0.98 against the gold alignment', () => {
    const result = score(gold, align(read.zh.tree, read.en.tree).value) as { f1: number }
    expect(result.f1).toBeGreaterThanOrEqual(0.98)
  })

  it.each(['zh', 'en'] as const)('loses nothing of the %s text layer: every item is in the rebuilt text, which the lossless check covers', async (lang) => {
    expect(read[lang].issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    await textLayerKept(pdfBytes(chain, lang === 'zh' ? '000' : '003'), read[lang].pdf.source)
  })

  it.each(['zh', 'en'] as const)('records the %s page furniture the pages print as artifacts with their page, never a footnote', async (lang) => {
    const { tree, pdf } = read[lang]
    const bytes = pdfBytes(chain, lang === 'zh' ? '000' : '003')
    const texts = tree.artifacts.map((a) => `${a.page}:${a.text}`)
    if ((await printedLines(bytes, 1)).includes('Distr.: General')) expect(texts).toContain('1:Distr.: General')
    const second = await printedLines(bytes, 2)
    if (second.includes(`2/${pdf.pages}`)) expect(texts).toContain(`2:2/${pdf.pages}`)
    for (const job of second.filter((t) => /^\d{2}-\d{5}$/.test(t))) expect(texts).toContain(`2:${job}`)
    expect(tree.artifacts.every((a) => a.page !== undefined && a.page >= 1 && a.page <= pdf.pages)).toBe(true)
    // Short footnotes that read like a running line ("7 A/78/232.") are footnotes.
    const notes = blocks(tree).filter((b) => b.kind === 'footnote').map((b) => b.text)
    expect(notes).toContain(lang === 'zh' ? 'A/78/232。' : 'A/78/232.')
    expect(tree.artifacts.filter((a) => a.text.includes('A/78/232'))).toEqual([])
    // No running header or page number is glued into a paragraph.
    for (const b of blocks(tree)) expect(b.text).not.toMatch(/A\/RES\/78\/160|A\/78\/462\/Add\.1 *$|\b\d+\/\d+$/)
  })

  it.each(['zh', 'en'] as const)('gives each %s block its page and each footnote reference the marker it removed', (lang) => {
    const { tree, pdf } = read[lang]
    const all = blocks(tree)
    expect(all.every((b) => typeof b.data?.page === 'number')).toBe(true)
    // Every page but perhaps the last (which may hold only the end of a paragraph) starts a block.
    expect(new Set(all.map((b) => b.data?.page)).size).toBeGreaterThanOrEqual(pdf.pages - 1)
    const refs = all.flatMap((b) => b.footnoteRefs)
    expect(refs.length).toBeGreaterThanOrEqual(15)
    for (const r of refs) expect(tree.source.slice(r.place.start, r.place.end)).toBe(r.label)
  })
})

describe('footnotes set in body type (pandoc → Word → LibreOffice)', () => {
  it('are found by their raised labels and the rule drawn above them, and linked to their references', async () => {
    const pdf = await ingestPdf(pdfBytes('pandoc-docx-soffice-pdf', '000'))
    const tree = structureOf(pdf.source, pdf.ingested, 'zh').value
    const notes = blocks(tree).filter((b) => b.kind === 'footnote')
    expect(notes).toHaveLength(17)
    expect(notes[0]?.text).toMatch(/^委员会关于本项目的报告将分四部分发布/)
    for (const n of notes) expect(n.referencedBy?.length, `footnote ${n.number}`).toBeGreaterThan(0)
  })
})

describe.each(SINGLES)('the single Chinese document $doc printed to PDF ($chain)', ({ chain, doc }) => {
  it('segments without internal errors and loses nothing of the text layer', async () => {
    const bytes = pdfBytes(chain, doc)
    const pdf = await ingestPdf(bytes)
    const { value, issues } = structureOf(pdf.source, pdf.ingested, 'zh')
    expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    expect(blocks(value).length).toBeGreaterThan(0)
    await textLayerKept(bytes, pdf.source)
  })
})
