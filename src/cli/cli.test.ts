// The CLI as a user meets it: one parser, one error form, the same short flags on every command,
// `-` for standard input and output, exit status 2 for unusable input or usage (issue #13).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusText } from '../../test/corpus.js'
import { EN, linesOf, runCli, STACK_LINE, ZH } from '../../test/robustness/helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'resalign-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const zhFile = join(dir, 'zh.txt')
const enFile = join(dir, 'en.txt')
writeFileSync(zhFile, ZH)
writeFileSync(enFile, EN)

/** Exit 2, nothing on stdout, `resalign: <what>` and `resalign: <what to do>` on stderr, no stack trace. */
function expectUsageError(run: { code: number; stdout: string; stderr: string }): string[] {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  const lines = linesOf(run.stderr)
  expect(lines).toHaveLength(2)
  for (const l of lines) expect(l).toMatch(/^resalign: \S/)
  expect(run.stderr).not.toMatch(STACK_LINE)
  expect(run.stderr).not.toMatch(/Usage:/)
  return lines
}

describe('one parser and one error form for every command', () => {
  it.each([
    [['align', zhFile]],
    [['align', zhFile, enFile, '--bogus']],
    [['align', zhFile, enFile, '-f', 'xlsx']],
    [['segment']],
    [['segment', zhFile, '--lang', 'fr']],
    [['glossary']],
    [['glossary', 'a.json', '--limit', '-3']],
    [['glossary', 'a.json', '--min-count', 'x']],
    [['glossary', 'a.json', '--bogus']],
    [['corpus']],
    [['corpus', dir, '-o', join(dir, 'c'), '--jobs', '0']],
    [['demo', 'extra']],
    [['nonsense']],
  ])('%j: two "resalign:" lines, status 2, no usage dump', async (argv) => {
    const [, hint] = expectUsageError(await runCli(argv))
    expect(hint).toMatch(/--help/)
  })

  it('takes the same short flags on every command: -f format, -o output, -q quiet', async () => {
    const align = await runCli(['align', zhFile, enFile, '-f', 'tsv', '-q'])
    expect(align.code).toBe(0)
    expect(align.stdout.split('\n')[0]).toBe('zh\ten\tscore\tmethod\tids')
    const segment = await runCli(['segment', zhFile, '-f', 'text', '-o', join(dir, 'seg.txt'), '-q'])
    expect(segment.code).toBe(0)
    expect(segment.written.get(join(dir, 'seg.txt'))).toMatch(/^zh markdown/)
    expect(segment.stderr).toBe('')
  })

  it('reads standard input and writes standard output for "-"', async () => {
    const run = await runCli(['align', '-', enFile, '-o', '-', '-f', 'moses', '-q'], { '-': ZH })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/==> zh <==/)
    expect(run.written.size).toBe(0)
  })

  it('warns when segment --lang contradicts the text', async () => {
    const run = await runCli(['segment', zhFile, '--lang', 'en'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^resalign: warning: .*Chinese.*--lang en/m)
  })

  it('passes --from to the one reading function and refuses a reader it does not have', async () => {
    const text = await runCli(['segment', zhFile, '--from', 'text', '-q'])
    expect(text.code).toBe(0)
    expect(JSON.parse(text.stdout).format).toBe('plain')
    const bad = await runCli(['segment', zhFile, '--from', 'xlsx'])
    expectUsageError(bad)
  })

  it('keeps command code in src/cli and library code in the library folders', () => {
    const root = join(import.meta.dirname, '..')
    for (const folder of ['corpus', 'glossary', 'export', 'align', 'structure', 'ingest']) {
      expect(readdirSync(join(root, folder)).filter((f) => /command/.test(f)), folder).toEqual([])
    }
    for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith('-command.ts'))) {
      expect(readFileSync(join(import.meta.dirname, file), 'utf8'), file).not.toMatch(/parseArgs/)
    }
  })
})

describe('exit status 2 for unusable input and output', () => {
  it('refuses an output path that is a folder', async () => {
    const cli = await import('../cli.js')
    const { processIo } = await import('./io.js')
    let stderr = ''
    const code = await cli.main(['align', zhFile, enFile, '-o', dir, '-q'], { ...processIo, stdout: () => {}, stderr: (s) => void (stderr += s) })
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp(`^resalign: .*${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*folder`))
    expect(stderr).not.toMatch(/internal error/)
  })

  it('glossary reads every aligned output the project writes: JSON, JSONL, TMX', async () => {
    const outputs: Record<string, string> = {}
    for (const format of ['json', 'jsonl', 'tmx'] as const) {
      const run = await runCli(['align', zhFile, enFile, '-f', format, '-q'])
      expect(run.code).toBe(0)
      outputs[`a.${format}`] = run.stdout
    }
    const results: string[] = []
    for (const file of Object.keys(outputs)) {
      const run = await runCli(['glossary', file, '--limit', '5'], outputs)
      expect(run.code, `${file}: ${run.stderr}`).toBe(0)
      results.push(run.stdout)
    }
    expect(results[0]!.split('\n').length).toBe(7)
    expect(results[1]).toBe(results[0])
    expect(results[2]).toBe(results[0])
  }, 240_000)

  it('glossary answers a file that is not an aligned output with status 2', async () => {
    expectUsageError(await runCli(['glossary', 'x.json'], { 'x.json': '{' }))
    expectUsageError(await runCli(['glossary', 'x.txt'], { 'x.txt': 'hello' }))
  })
})

describe('what align prints on standard error', () => {
  it('prints the warnings grouped and counted, for every format', async () => {
    // 76/213 (zh) against 78/160 (en): a related resolution, 22 paragraphs without a partner.
    const other = join(dir, 'res-76-213-zh.txt')
    writeFileSync(other, corpusText('001'))
    for (const format of ['tmx', 'moses', 'tsv', 'json']) {
      const run = await runCli(['align', other, enFile, '-f', format, '-o', join(dir, `out.${format}`)])
      expect(run.code).toBe(0)
      expect(run.stderr).not.toMatch(/in the output's "issues"/)
      expect(run.stderr).toMatch(/^resalign: \d+ warnings?: .*align\/unpaired-block ×\d+/m)
    }
  })

  it('writes TMX segments as plain text unless --markup is given', async () => {
    const plain = await runCli(['align', zhFile, enFile, '-f', 'tmx', '-q'])
    expect(plain.stdout).not.toMatch(/<hi /)
    const marked = await runCli(['align', zhFile, enFile, '-f', 'tmx', '-q', '--markup'])
    expect(marked.stdout).toMatch(/<hi type="x-lead">/)
  })

  it('leaves one-sided links out of every format unless --unpaired is given', async () => {
    const tsv = await runCli(['align', zhFile, enFile, '-f', 'tsv', '-q'])
    const rows = linesOf(tsv.stdout).slice(1).map((l) => l.split('\t'))
    expect(rows.every((r) => r[0] !== '' && r[1] !== '')).toBe(true)
    const all = await runCli(['align', zhFile, enFile, '-f', 'tsv', '-q', '--unpaired'])
    expect(linesOf(all.stdout).length).toBeGreaterThan(rows.length + 1)
    const moses = await runCli(['align', zhFile, enFile, '-f', 'moses', '-q', '--unpaired'])
    expect(moses.stdout).toMatch(/^$/m)
  })
})
