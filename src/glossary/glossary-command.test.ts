import { describe, expect, it } from 'vitest'
import { resolutionAlignment } from './fixtures/resolution-78-160.js'
import { GLOSSARY_USAGE, runGlossaryCommand } from './glossary-command.js'

function memoryIo(files: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const written: Record<string, string> = {}
  return {
    out,
    err,
    written,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: ${p}`)
        return files[p]!
      },
      writeFile: async (p: string, s: string) => void (written[p] = s),
    },
  }
}

const aligned = JSON.stringify(resolutionAlignment())

describe('resalign glossary', () => {
  it('prints help', async () => {
    const m = memoryIo({})
    expect(await runGlossaryCommand(['--help'], m.io)).toBe(0)
    expect(m.out.join('')).toBe(GLOSSARY_USAGE)
  })

  it('fails with usage (2) without input or with an unknown format', async () => {
    const m = memoryIo({ 'a.json': aligned })
    expect(await runGlossaryCommand([], m.io)).toBe(2)
    expect(await runGlossaryCommand(['a.json', '--format', 'xlsx'], m.io)).toBe(2)
    expect(await runGlossaryCommand(['a.json', '--min-count', 'x'], m.io)).toBe(2)
    expect(await runGlossaryCommand(['a.json', '--bogus'], m.io)).toBe(2)
    expect(m.err.join('')).toContain('Usage: resalign glossary')
  })

  it('writes CSV to standard output by default', async () => {
    const m = memoryIo({ 'a.json': aligned })
    expect(await runGlossaryCommand(['a.json', '--limit', '3'], m.io)).toBe(0)
    const lines = m.out.join('').trimEnd().split('\n')
    expect(lines[0]).toBe('zh,en,score,count,known,association,zh_frequency,en_frequency,example_link,example_zh,example_en')
    expect(lines).toHaveLength(4)
  })

  it('takes the format from the output file name', async () => {
    const m = memoryIo({ 'a.json': aligned })
    expect(await runGlossaryCommand(['a.json', '-o', 'terms.tbx', '--limit', '5'], m.io)).toBe(0)
    expect(m.written['terms.tbx']).toContain('type="TBX-Basic"')
    expect(await runGlossaryCommand(['a.json', '-o', 'terms.json', '--limit', '5'], m.io)).toBe(0)
    expect(JSON.parse(m.written['terms.json']!).terms).toHaveLength(5)
  })

  it('uses a user glossary and reports its bad rows', async () => {
    const m = memoryIo({ 'a.json': aligned, 'user.csv': 'zh,en\n数字鸿沟,digital divide\n孤行,\n' })
    expect(await runGlossaryCommand(['a.json', '-g', 'user.csv', '-f', 'json', '--no-builtin', '--known'], m.io)).toBe(0)
    const terms = JSON.parse(m.out.join('')).terms as { zh: string; known: boolean }[]
    expect(terms.filter((t) => t.known).map((t) => t.zh)).toEqual(['数字鸿沟'])
    expect(m.err.join('')).toContain('glossary/incomplete-row')
  })

  it('fails (1) on unreadable or non-aligned input', async () => {
    const m = memoryIo({ 'bad.json': '{"no": "pairs"}', 'broken.json': '{' })
    expect(await runGlossaryCommand(['bad.json'], m.io)).toBe(1)
    expect(await runGlossaryCommand(['broken.json'], m.io)).toBe(1)
    expect(await runGlossaryCommand(['missing.json'], m.io)).toBe(1)
    expect(m.err.join('')).toContain('no "pairs" array')
  })
})
