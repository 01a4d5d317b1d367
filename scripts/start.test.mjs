// Issue #13: `npm start` rebuilt the type declarations (24 of its 30 s) on every run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReason } from './start.mjs'

const root = mkdtempSync(join(tmpdir(), 'resalign-start-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const touch = (path, seconds) => {
  writeFileSync(path, '')
  utimesSync(path, seconds, seconds)
}

describe('npm start', () => {
  it('runs the demo through scripts/start.mjs, not after an unconditional build', () => {
    const { scripts } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'))
    expect(scripts.start).toBe('node scripts/start.mjs')
  })

  it('builds only when dist/ is missing or older than the sources, and says why', () => {
    mkdirSync(join(root, 'src'))
    touch(join(root, 'src', 'a.ts'), 1000)
    touch(join(root, 'package.json'), 1000)
    touch(join(root, 'tsup.config.ts'), 1000)
    expect(buildReason(root)).toMatch(/not built yet/)
    mkdirSync(join(root, 'dist'))
    touch(join(root, 'dist', 'cli.js'), 2000)
    expect(buildReason(root)).toBeNull()
    touch(join(root, 'src', 'a.ts'), 3000)
    expect(buildReason(root)).toMatch(/sources changed/)
  })
})
