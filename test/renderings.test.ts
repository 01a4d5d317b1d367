import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goldCarried, resolutionFigures, textRenderingPairs } from '../benchmarks/lib/renderings.mjs'
import { score } from '../eval/score.mjs'
import { align } from '../src/align/align.js'
import { segment } from '../src/segment.js'

/**
 * The corpus documents as real tools render them (corpus/renderings/, made by
 * scripts/renderings/make.mjs with pandoc, LibreOffice, Chromium, mammoth and
 * pdftotext; never edited by hand): the text of every rendering keeps the
 * structure of the Markdown, and the 78/160 pair aligns as well as from it.
 */
const root = new URL('../corpus/renderings/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as { files: Array<{ file: string; lang: 'zh' | 'en' }> }
const gold = JSON.parse(readFileSync(new URL('../corpus/gold/78-160.json', import.meta.url), 'utf8'))
const pairs = textRenderingPairs()

/**
 * Renderings resalign does not yet read to the full target (F1 ≥ 0.98 and the
 * Markdown's counts): their floor today, and what still goes wrong. Each is a
 * known gap, reported, not a property of the rendering; raise the floor as
 * they are fixed.
 */
const KNOWN_GAPS: Readonly<Record<string, { readonly f1: number; readonly why: string }>> = {
  'ods-html-chromium-pdf-pdftotext': { f1: 0.92, why: 'Chromium prints some paragraph numbers and endnote labels at a page foot, away from their paragraphs and notes: the Chinese endnotes are not found and operative 6 and 37 lose their numbers (46 operative, not 1–46)' },
  'pandoc-docx-soffice-pdf-pdftotext': { f1: 0.9, why: 'a page foot’s footnote label printed after its text: those notes run into the paragraph above; Chinese preambular paragraphs whose last line fills the measure run into the next (pandoc’s DOCX sets no first-line indent)' },
  'pandoc-docx-soffice-pdf-pdftotext-layout': { f1: 0.98, why: 'a Chinese preambular paragraph whose last line fills the measure runs into the next: no indent, number or short line marks the break (46 preambular)' },
  'pandoc-html-chromium-pdf-pdftotext': { f1: 0.98, why: 'two Chinese preambular paragraphs whose last line fills the measure run into the next: no indent, number or short line marks the break (45 preambular)' },
  'pandoc-html-chromium-pdf-pdftotext-layout': { f1: 0.98, why: 'two Chinese preambular paragraphs whose last line fills the measure run into the next: no indent, number or short line marks the break (45 preambular)' },
}

describe('text renderings of the 78/160 pair', () => {
  it('covers every producer chain that rendered the pair as text', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(15)
  })

  for (const r of pairs) {
    // Scored on the gold units the text carries: mammoth's raw text and LibreOffice's text export leave footnotes out.
    const carried = goldCarried(gold, r.zh, r.en)
    const notes = carried.gold.pairs.filter((p: { kind: string }) => p.kind === 'footnote').length

    const gap = KNOWN_GAPS[r.chain]
    it(`aligns ${r.chain} at F1 ≥ ${gap ? `${gap.f1} (known gap: ${gap.why})` : '0.98'}`, () => {
      expect(score(carried.gold, align(r.zh, r.en).value).f1).toBeGreaterThanOrEqual(gap?.f1 ?? 0.98)
    })

    for (const [lang, text] of [['zh', r.zh], ['en', r.en]] as const) {
      if (gap) {
        it.todo(`finds the Markdown's counts in ${r.chain} (${lang}): ${gap.why}`)
        continue
      }
      it(`finds 47 preambular, operative 1–46 and the ${notes} footnotes the text carries, linked, in ${r.chain} (${lang})`, () => {
        const figures = resolutionFigures(segment(text, { lang }).value)
        expect(figures.preambular).toBe(47)
        expect(figures.operative).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)))
        expect(figures.footnotesLinked).toBe(notes)
      })
    }
  }
})

describe('every text rendering of every corpus document', () => {
  for (const f of manifest.files.filter((x) => x.file.endsWith('.txt'))) {
    it(`segments ${f.file} losslessly`, () => {
      const text = readFileSync(new URL(f.file, root), 'utf8')
      const internal = segment(text, { lang: f.lang }).issues.filter((i) => i.code.startsWith('internal/'))
      expect(internal).toEqual([])
    })
  }
})
