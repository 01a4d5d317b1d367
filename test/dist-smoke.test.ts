import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusText } from './corpus.js'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')

describe('the built package', () => {
  it('is built (npm test builds it first)', () => {
    expect(existsSync(join(dist, 'index.js'))).toBe(true)
  })

  it('imports as ESM the way a user would and segments a document', async () => {
    const mod = await import(join(dist, 'index.js'))
    const { value } = mod.segment(corpusText('003'))
    expect(value.parts.at(-1).kind).toBe('resolution')
  })

  it('requires as CommonJS and aligns Markdown with it', () => {
    const require = createRequire(import.meta.url)
    const mod = require(join(dist, 'index.cjs'))
    const { value } = mod.align(corpusText('000'), corpusText('003'))
    expect(value.pairs.filter((p: { kind: string; en: { ids: string[] } }) => p.kind === 'operative' && p.en.ids.length === 1)).toHaveLength(46)
    expect(existsSync(join(dist, 'index.d.cts'))).toBe(true)
  })

  it('runs the CLI with --help and exits 2 with one line for a missing file', () => {
    const help = execFileSync(process.execPath, [join(dist, 'cli.js'), '--help'], { encoding: 'utf8' })
    expect(help).toMatch(/Usage: resalign <command>/)
    let status = 0
    let stderr = ''
    try {
      execFileSync(process.execPath, [join(dist, 'cli.js'), 'segment', 'no/such/file.txt'], { encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      const err = e as { status: number; stderr: string }
      status = err.status
      stderr = err.stderr
    }
    expect(status).toBe(2)
    expect(stderr.split('\n')[0]).toMatch(/^resalign: no such file/)
    expect(stderr).not.toMatch(/at .*\.js:\d+/)
  })
})
