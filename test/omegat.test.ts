// A real client for our TMX (issue #13): OmegaT, the Debian `omegat` package, in console mode.
// An OmegaT project with paragraph segmentation, the Chinese paragraphs as its source, our TMX
// in tm/auto: OmegaT fills every segment it finds an exact match for. At least 95 % of the aligned
// Chinese paragraphs must come out as their English. In CI (CI=true) a missing OmegaT fails the test.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { align } from '../src/align/align.js'
import { isTwoSided } from '../src/export/two-sided.js'
import { writeTmx } from '../src/export/write-tmx.js'
import { corpusText } from './corpus.js'

const hasOmegat = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' }).status === 0
const inCi = process.env.CI === 'true'
const work = mkdtempSync(join(tmpdir(), 'resalign-omegat-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
<project version="1.0">
<source_dir>__DEFAULT__</source_dir>
<target_dir>__DEFAULT__</target_dir>
<tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir>
<glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>zh-CN</source_lang>
<target_lang>en</target_lang>
<source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>false</sentence_seg>
<support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags>
</project>
</omegat>
`

/** Run OmegaT on a project of the Chinese paragraphs with `tmx` in tm/auto; the target lines. */
function translate(name: string, paragraphs: readonly string[], tmx: string): string[] {
  const project = join(work, name)
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(project, folder), { recursive: true })
  writeFileSync(join(project, 'omegat.project'), PROJECT)
  writeFileSync(join(project, 'source', 'doc.txt'), `${paragraphs.join('\n\n')}\n`)
  writeFileSync(join(project, 'tm', 'auto', 'resalign.tmx'), tmx)
  execFileSync('omegat', [project, '--mode=console-translate'], { stdio: 'ignore', timeout: 300_000 })
  return readFileSync(join(project, 'target', 'doc.txt'), 'utf8').split('\n\n').map((p) => p.trim())
}

describe('OmegaT fills a project from our TMX', () => {
  it.runIf(!hasOmegat && inCi)('OmegaT is installed in CI (.ci/run installs the Debian package)', () => {
    expect.fail('omegat is not on PATH: .ci/run should have installed it')
  })

  it.skipIf(!hasOmegat)(`replaces at least 95 % of the aligned Chinese paragraphs by their English (paragraph segmentation)${hasOmegat ? '' : ' — skipped: omegat is not installed'}`, () => {
    const { value } = align(corpusText('000'), corpusText('003'))
    const links = value.pairs.filter(isTwoSided).filter((l) => !l.zh.text.includes('\n') && !l.en.text.includes('\n'))
    expect(links.length).toBeGreaterThan(100)
    const target = translate('default', links.map((l) => l.zh.text), writeTmx(value))
    expect(target).toHaveLength(links.length)
    const filled = links.filter((l, i) => target[i] === l.en.text.trim()).length
    console.log(`OmegaT filled ${filled} of ${links.length} paragraphs from the default TMX`)
    expect(filled / links.length).toBeGreaterThanOrEqual(0.95)
  }, 600_000)
})
