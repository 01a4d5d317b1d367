import { describe, expect, it } from 'vitest'
import { runCli } from '../../test/robustness/helpers.js'
import { resolutionAlignment } from '../glossary/fixtures/resolution-78-160.js'

const aligned = JSON.stringify(resolutionAlignment())

describe('resalign glossary', () => {
  it('prints help', async () => {
    const run = await runCli(['glossary', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: resalign glossary \[options\] <aligned\.\.\.>/)
  })

  it('fails with usage (2) without input or with an unknown format', async () => {
    for (const argv of [['glossary'], ['glossary', 'a.json', '--format', 'xlsx'], ['glossary', 'a.json', '--min-count', 'x'], ['glossary', 'a.json', '--bogus']]) {
      const run = await runCli(argv, { 'a.json': aligned })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^resalign: /)
    }
  })

  it('writes CSV to standard output by default', async () => {
    const run = await runCli(['glossary', 'a.json', '--limit', '3'], { 'a.json': aligned })
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('zh,en,score,count,known,association,zh_frequency,en_frequency,example_link,example_zh,example_en')
    expect(lines).toHaveLength(4)
  })

  it('takes the format from the output file name', async () => {
    const tbx = await runCli(['glossary', 'a.json', '-o', 'terms.tbx', '--limit', '5'], { 'a.json': aligned })
    expect(tbx.written.get('terms.tbx')).toContain('type="TBX-Basic"')
    const json = await runCli(['glossary', 'a.json', '-o', 'terms.json', '--limit', '5'], { 'a.json': aligned })
    expect(JSON.parse(json.written.get('terms.json')!).terms).toHaveLength(5)
  })

  it('uses a user glossary, lists its terms with --known, and reports its bad rows', async () => {
    const run = await runCli(['glossary', 'a.json', '-g', 'user.csv', '-f', 'json', '--no-builtin', '--known'], { 'a.json': aligned, 'user.csv': 'zh,en\n数字鸿沟,digital divide\n孤行,\n' })
    expect(run.code).toBe(0)
    const terms = JSON.parse(run.stdout).terms as { zh: string; known: boolean }[]
    expect(terms.filter((t) => t.known).map((t) => t.zh)).toEqual(['数字鸿沟'])
    expect(run.stderr).toContain('glossary/incomplete-row')
  })

  it('fails (2) on unreadable or non-aligned input', async () => {
    const files = { 'bad.json': '{"no": "pairs"}', 'broken.json': '{' }
    for (const file of ['bad.json', 'broken.json', 'missing.json']) expect((await runCli(['glossary', file], files)).code).toBe(2)
    expect((await runCli(['glossary', 'bad.json'], files)).stderr).toContain('no "pairs" array')
  })
})
