import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CORPUS } from '../../test/corpus.js'
import { score } from '../../eval/score.mjs'
import { align } from '../align/align.js'
import { structureOf } from '../segment.js'
import type { Block, DocumentTree, Issue } from '../types.js'
import { ingestPdf, type PdfIngested } from './ingest-pdf.js'
import { openPdf } from './load-pdf.js'

/** The 78/160 pair in the Official Document System's layout, printed by LibreOffice and by Chromium (corpus/renderings). */
const CHAINS = ['ods-fodt-soffice-pdf', 'ods-html-chromium-pdf'] as const
const pdfBytes = (chain: string, doc: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS, 'renderings', chain, `${doc}.pdf`)))
const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', '78-160.json'), 'utf8')) as unknown

const blocks = (tree: DocumentTree): Block[] => tree.parts.flatMap((p) => p.blocks)
const resolutionPart = (tree: DocumentTree) => tree.parts.find((p) => p.kind === 'resolution' || p.kind === 'draft-resolution')

describe.each(CHAINS)('the 78/160 pair printed to PDF (%s)', (chain) => {
  const read: Record<'zh' | 'en', { pdf: PdfIngested; tree: DocumentTree; issues: readonly Issue[] }> = {} as never
  beforeAll(async () => {
    for (const [lang, doc] of [['zh', '000'], ['en', '003']] as const) {
      const pdf = await ingestPdf(pdfBytes(chain, doc))
      const { value, issues } = structureOf(pdf.source, pdf.ingested, lang)
      read[lang] = { pdf, tree: value, issues }
    }
  })

  it.each(['zh', 'en'] as const)('segments the %s resolution like the Markdown: 47 preambular, operative 1–46, 15 footnotes linked to references', (lang) => {
    const part = resolutionPart(read[lang].tree)
    const of = (kind: string) => part?.blocks.filter((b) => b.kind === kind) ?? []
    expect(of('chapeau')).toHaveLength(1)
    expect(of('preambular')).toHaveLength(47)
    expect(of('operative').map((b) => b.number)).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)))
    // Footnotes printed at the page foot, or gathered at the end (a browser's print has no page footnotes).
    const notes = blocks(read[lang].tree).filter((b) => b.kind === 'footnote')
    expect(notes).toHaveLength(lang === 'zh' ? 17 : 15)
    const ids = new Set(part?.blocks.map((b) => b.id))
    expect(notes.filter((n) => n.referencedBy?.some((id) => ids.has(id)))).toHaveLength(15)
  })

  it('aligns the Chinese and English PDFs at F1 ≥ 0.98 against the gold alignment', () => {
    const result = score(gold, align(read.zh.tree, read.en.tree).value) as { f1: number }
    expect(result.f1).toBeGreaterThanOrEqual(0.98)
  })

  it.each(['zh', 'en'] as const)('loses nothing of the %s text layer: every item is in the rebuilt text, which the lossless check covers', async (lang) => {
    expect(read[lang].issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
    const pdf = await openPdf(pdfBytes(chain, lang === 'zh' ? '000' : '003'), 100)
    const printed = pdf.pages.flatMap((p) => p.items.map((it) => it.str)).join('').replace(/\s+/g, '')
    await pdf.close()
    expect([...read[lang].pdf.source.replace(/\s+/g, '')].length).toBe([...printed].length)
  })

  it.each(['zh', 'en'] as const)('records the %s page furniture as artifacts with their page, never a footnote', (lang) => {
    const { tree, pdf } = read[lang]
    const texts = tree.artifacts.map((a) => `${a.page}:${a.text}`)
    expect(texts).toContain('1:Distr.: General')
    expect(texts).toContain(`2:2/${pdf.pages}`)
    expect(tree.artifacts.some((a) => a.page === 2 && /^\d{2}-\d{5}$/.test(a.text))).toBe(true)
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
