import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { score } from '../eval/score.mjs'
import { align } from '../src/align/align.js'
import { readDocument } from '../src/read-document.js'
import type { Block, DocumentTree } from '../src/types.js'
import { CORPUS } from './corpus.js'

/**
 * The 78/160 pair as HTML and Word files made by real producers
 * (`corpus/renderings/<chain>/000.<ext>` and `003.<ext>`, written by
 * `scripts/renderings/`): read as files, they give the structure the
 * Markdown gives, and align at F1 ≥ 0.98 against the gold.
 */
const RENDERINGS = process.env.RENDERINGS_DIR ?? join(CORPUS, 'renderings')
const GOLD = JSON.parse(readFileSync(join(CORPUS, 'gold', '78-160.json'), 'utf8')) as unknown
const chains = existsSync(RENDERINGS)
  ? readdirSync(RENDERINGS).flatMap((chain) => ['html', 'docx'].filter((ext) => ['000', '003'].every((d) => existsSync(join(RENDERINGS, chain, `${d}.${ext}`)))).map((ext) => ({ chain, ext })))
  : []

const all = (t: DocumentTree): Block[] => t.parts.flatMap((p) => p.blocks)

describe.runIf(chains.length > 0)('78/160 read from HTML and Word renderings', () => {
  it('has HTML and Word renderings to read', () => {
    expect(chains.some((c) => c.ext === 'html')).toBe(true)
    expect(chains.some((c) => c.ext === 'docx')).toBe(true)
  })

  for (const { chain, ext } of chains) {
    it(`${chain}: 47 preambular, operative 1–46, 15 linked footnotes, F1 ≥ 0.98`, async () => {
      const read = async (d: string): Promise<DocumentTree> => {
        const { value, issues } = await readDocument(readFileSync(join(RENDERINGS, chain, `${d}.${ext}`)))
        expect(value.format).toBe(ext)
        expect(issues.filter((i) => i.code.startsWith('internal/'))).toEqual([])
        return value
      }
      const zh = await read('000')
      const en = await read('003')
      const blocks = all(en)
      expect(blocks.filter((b) => b.kind === 'preambular')).toHaveLength(47)
      expect(blocks.filter((b) => b.kind === 'operative').map((b) => b.number)).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)))
      const notes = blocks.filter((b) => b.kind === 'footnote')
      expect(notes).toHaveLength(15)
      expect(notes.every((n) => (n.referencedBy ?? []).length > 0)).toBe(true)
      const { f1 } = score(GOLD, align(zh, en).value)
      console.log(`${chain} (${ext}): F1 ${f1.toFixed(3)}`)
      expect(f1).toBeGreaterThanOrEqual(0.98)
    })
  }
})
