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
  'ods-html-chromium-pdf-pdftotext': { f1: 0.9, why: 'a paragraph number printed on the line before its text is lost in the Chinese draft (operative count 46 but not 1–46); endnotes printed as a list after the last page are not linked' },
  'pandoc-docx-soffice-pdf-pdftotext': { f1: 0.88, why: 'pandoc’s DOCX has no running header: page turns without furniture split paragraphs that end a page with a full line' },
  'pandoc-docx-soffice-pdf-pdftotext-layout': { f1: 0.96, why: 'one Chinese preambular paragraph runs into the next' },
  'pandoc-html-chromium-pdf-pdftotext': { f1: 0.96, why: 'Chinese preambular paragraphs split where the browser’s page turn falls' },
  'pandoc-html-chromium-pdf-pdftotext-layout': { f1: 0.97, why: 'preambular paragraphs split where the browser’s page turn falls (51 zh, 48 en)' },
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
