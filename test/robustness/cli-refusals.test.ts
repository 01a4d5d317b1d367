import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { processIo } from '../../src/cli/io.js'
import { EN, linesOf, runCli, STACK_LINE, ZH } from './helpers.js'
import { UNUSABLE } from './unusable-cases.js'

// `resalign segment` and `resalign align` answer unusable input with exit status 2 and one or
// two `resalign:` lines on stderr (what is wrong, what to do), never a stack trace unless --debug.

// Files on disk for the CLI: the real reading path (missing file, folder, permissions).
const dir = mkdtempSync(join(tmpdir(), 'resalign-robustness-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const zhFile = join(dir, 'zh.txt')
const enFile = join(dir, 'en.txt')
writeFileSync(zhFile, ZH)
writeFileSync(enFile, EN)
const files = UNUSABLE.map((u, i) => {
  const path = join(dir, `unusable-${i}.txt`)
  writeFileSync(path, u.input)
  return { ...u, path }
})
const folder = join(dir, 'a-folder')
mkdirSync(folder)
const locked = join(dir, 'locked.txt')
writeFileSync(locked, EN)
chmodSync(locked, 0o000)
/** Root reads a file whatever its mode: then the permission case cannot be made. */
const canDenyRead = (() => {
  try {
    readFileSync(locked)
    return false
  } catch {
    return true
  }
})()

/** Exit status 2, nothing on stdout, one or two `resalign:` lines on stderr, no stack trace. */
function expectRefusal(run: { code: number; stdout: string; stderr: string }): string[] {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  const lines = linesOf(run.stderr)
  expect(lines.length).toBeGreaterThanOrEqual(1)
  expect(lines.length).toBeLessThanOrEqual(2)
  for (const l of lines) expect(l).toMatch(/^resalign: \S/)
  expect(run.stderr).not.toMatch(STACK_LINE)
  return lines
}

describe('the CLI answers unusable input with status 2 and a short message', () => {
  it.each(files)('segment: $name', async ({ path }) => {
    const lines = expectRefusal(await runCli(['segment', path]))
    expect(lines, 'says what is wrong and what to do').toHaveLength(2)
  })

  it.each(files)('align: $name as the Chinese or the English file', async ({ path }) => {
    expect(expectRefusal(await runCli(['align', path, enFile]))).toHaveLength(2)
    expect(expectRefusal(await runCli(['align', zhFile, path]))).toHaveLength(2)
  })

  it('names a missing file', async () => {
    const missing = join(dir, 'no-such-file.txt')
    for (const argv of [['segment', missing], ['align', missing, enFile], ['align', zhFile, missing]]) {
      const [what] = expectRefusal(await runCli(argv))
      expect(what).toContain(missing)
    }
    await expect(processIo.readBytes(missing)).rejects.toMatchObject({ code: 'input/not-found' })
  })

  it('names a folder given as a file', async () => {
    const [what] = expectRefusal(await runCli(['align', folder, enFile]))
    expect(what).toContain(folder)
    await expect(processIo.readBytes(folder)).rejects.toMatchObject({ code: 'input/unreadable' })
  })

  it.skipIf(!canDenyRead)('names a file it may not read (skipped as root, who reads any file)', async () => {
    const [what] = expectRefusal(await runCli(['segment', locked]))
    expect(what).toContain(locked)
    await expect(processIo.readBytes(locked)).rejects.toMatchObject({ code: 'input/unreadable' })
  })

  it('refuses two documents in the same language', async () => {
    const lines = expectRefusal(await runCli(['align', zhFile, zhFile]))
    expect(lines[0]).toMatch(/both inputs are Chinese/)
  })

  it('prints the stack trace only with --debug', async () => {
    const run = await runCli(['segment', files[0]?.path as string, '--debug'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^resalign: /)
    expect(run.stderr).toMatch(STACK_LINE)
  })

  // Regression (was a bug): align-command.ts passed both files to segment() without saying which one failed:
  // "resalign: input is a PDF file, not text" leaves the user to guess between the two paths.
  // Fix: catch ResalignError around each segment() call and prefix the message with the path.
  it('names the file at fault when one of the two files of align is unusable', async () => {
    const pdf = files.find((f) => f.name === 'a PDF file')?.path as string
    const [what] = expectRefusal(await runCli(['align', zhFile, pdf]))
    expect(what).toContain(pdf)
  })

  // Regression (was a bug): segment.ts's hint for input/unknown-language says "or set --lang", but `resalign align`
  // has no --lang option (parseArgs then fails with an unknown-option error). The hint should
  // only name options the running command accepts (or align should accept --zh-lang/--en-lang).
  it('suggests only options that the align command accepts', async () => {
    const french = files.find((f) => f.name === 'French')?.path as string
    const [, hint] = expectRefusal(await runCli(['align', french, enFile]))
    for (const option of (hint ?? '').match(/--[a-z-]+/g) ?? []) {
      const run = await runCli(['align', zhFile, enFile, option, 'en'])
      expect(run.stderr, `${option} is an option of align`).not.toMatch(/Unknown option/)
    }
  })
})

describe('the built CLI as a process', () => {
  const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')
  const run = (args: string[]) => {
    try {
      return { status: 0, stderr: execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe' }) }
    } catch (e) {
      const err = e as { status: number; stderr: string }
      return { status: err.status, stderr: err.stderr }
    }
  }

  it.runIf(existsSync(cli))('exits with status 2 and no stack trace for an empty file; --debug adds the trace', () => {
    const empty = files.find((f) => f.code === 'input/empty')?.path as string
    const plain = run(['align', empty, enFile])
    expect(plain.status).toBe(2)
    expect(linesOf(plain.stderr)).toHaveLength(2)
    expect(plain.stderr).not.toMatch(STACK_LINE)
    const debug = run(['align', empty, enFile, '--debug'])
    expect(debug.status).toBe(2)
    expect(debug.stderr).toMatch(STACK_LINE)
  })

  it.runIf(existsSync(cli))('ends quietly when the reader closes the pipe early (resalign align a b | head -1)', async () => {
    const child = spawn(process.execPath, [cli, 'align', zhFile, enFile, '--format', 'tsv'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => void (stderr += d))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(STACK_LINE)
    expect(stderr).not.toMatch(/EPIPE/)
    expect(status).toBe(0)
  })
})
