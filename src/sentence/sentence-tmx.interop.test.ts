// Sentence TMX of `resalign sentences --format tmx` and `resalign align --unit sentence --format tmx` (the CLI's
// own paths) against the LISA TMX 1.4b DTD with xmllint, and read back by translate-toolkit (issue #14).
// The writer's own cases are in src/export/write-tmx.interop.test.ts; the merged corpus TMX in
// test/omegat.test.ts and src/corpus/build-corpus.test.ts. Each tool's tests skip, saying why, when it is absent.
import { describe, expect, it } from 'vitest'
import { HAS_XMLLINT, readWithTranslateToolkit, TRANSLATE_PYTHON, validateTmx } from '../export/fixtures/external-tools.js'
import { corpusText } from '../../test/corpus.js'
import { runCli } from '../../test/robustness/helpers.js'

const files = { 'zh.txt': corpusText('000'), 'en.txt': corpusText('003') }

/** The TMX a command writes, and the sentence pairs it should hold (from its own TSV: zh, en per two-sided unit). */
async function written(args: readonly string[]): Promise<{ tmx: string; pairs: [string, string][] }> {
  const tmx = await runCli([...args, '--format', 'tmx', '-o', 'out.tmx'], files)
  expect(tmx.code).toBe(0)
  const tsv = await runCli([...args, '--format', 'tsv', '-o', 'out.tsv'], files)
  const rows = (tsv.written.get('out.tsv') as string).split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'))
  return { tmx: tmx.written.get('out.tmx') as string, pairs: rows.filter((r) => r[0] && r[1]).map((r) => [r[0] as string, r[1] as string]) }
}

const COMMANDS: [string, string[]][] = [
  ['resalign sentences (the texts split by the rules)', ['sentences', 'zh.txt', 'en.txt']],
  ['resalign align --unit sentence', ['align', 'zh.txt', 'en.txt', '--unit', 'sentence']],
]

const noXmllint = HAS_XMLLINT ? '' : ' — skipped: xmllint is not installed (apt-get install libxml2-utils)'
const noToolkit = TRANSLATE_PYTHON ? '' : ' — skipped: no python3 with translate-toolkit (apt-get install python3-translate, or set RESALIGN_PYTHON)'

describe('sentence TMX from the CLI', () => {
  it.skipIf(!HAS_XMLLINT).each(COMMANDS)(`%s: valid against tmx14.dtd, segtype="sentence"${noXmllint}`, async (_name, args) => {
    const { tmx } = await written(args)
    expect(tmx).toContain('segtype="sentence"')
    const result = validateTmx(tmx)
    expect(result.messages).toBe('')
    expect(result.valid).toBe(true)
  }, 120_000)

  it.skipIf(!TRANSLATE_PYTHON).each(COMMANDS)(`%s: read back by translate-toolkit, one unit per two-sided sentence link with its texts${noToolkit}`, async (_name, args) => {
    const { tmx, pairs } = await written(args)
    const units = readWithTranslateToolkit(tmx)
    expect(units.length).toBeGreaterThan(100)
    expect(units.every((u) => u.langs.join() === 'zh-CN,en')).toBe(true)
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim()
    expect(units.map((u) => [flat(u.source), flat(u.target)])).toEqual(pairs.map(([zh, en]) => [flat(zh), flat(en)]))
  }, 120_000)
})
