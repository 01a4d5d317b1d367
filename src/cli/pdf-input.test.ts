// PDF files on the command line, as the README shows them: `resalign segment x.pdf --format text`
// prints each block's page, `resalign align zh.pdf en.pdf` aligns the two files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { score } from '../../eval/score.mjs'
import { CORPUS } from '../../test/corpus.js'
import { linesOf, runCli } from '../../test/robustness/helpers.js'

/** The 78/160 pair in the Official Document System's layout, printed to PDF by LibreOffice (corpus/renderings). */
const ZH_PDF = join(CORPUS, 'renderings', 'ods-fodt-soffice-pdf', '000.pdf')
const EN_PDF = join(CORPUS, 'renderings', 'ods-fodt-soffice-pdf', '003.pdf')
const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', '78-160.json'), 'utf8')) as unknown

describe('PDF files on the command line', () => {
  it('segment --format text shows the page each block starts on', async () => {
    const run = await runCli(['segment', EN_PDF, '--format', 'text'])
    expect(run.code).toBe(0)
    const blockLines = linesOf(run.stdout).filter((l) => /^ {2}p\d+\.\S+/.test(l))
    expect(blockLines.length).toBeGreaterThan(100)
    const pages = blockLines.map((l) => Number(/ p\.(\d+) /.exec(l)?.[1]))
    expect(pages.every((p) => Number.isInteger(p) && p >= 1)).toBe(true)
    // Pages never go back, and the blocks reach the last pages.
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(9)
    expect(blockLines.find((l) => /operative/.test(l))).toMatch(/ p\.\d+ /)
  })

  it('align zh.pdf en.pdf writes the aligned JSON of the pair', async () => {
    const run = await runCli(['align', ZH_PDF, EN_PDF])
    expect(run.code).toBe(0)
    const aligned = JSON.parse(run.stdout) as { source: { zh: { format: string } }; pairs: unknown[] }
    expect(aligned.source.zh.format).toBe('pdf-file')
    expect((score(gold, aligned) as { f1: number }).f1).toBeGreaterThanOrEqual(0.98)
  })
})
