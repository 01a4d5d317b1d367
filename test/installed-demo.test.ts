// Issue #13: `npx resalign demo` after `npm install resalign` failed with ENOENT corpus/manifest.json.
// Pack the package as npm publishes it, unpack it elsewhere, and run the demo from a folder that holds nothing.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'resalign-installed-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the demo from an installed package', () => {
  it('runs from the packed files alone, in an empty folder, and fetches nothing', () => {
    expect(existsSync(join(root, 'dist', 'cli.js')), 'npm test builds dist first').toBe(true)
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[]
    execFileSync('tar', ['-xzf', join(work, packed!.filename), '-C', work])
    const installed = join(work, 'package')
    // The dependencies a user's npm install would bring, from this checkout.
    symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'), 'dir')
    const cwd = join(work, 'empty')
    mkdirSync(cwd)
    const out = execFileSync(process.execPath, [join(installed, 'dist', 'cli.js'), 'demo'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out).toMatch(/^resalign: \d+ links/m)
    const written = readdirSync(join(cwd, 'out'))
    expect(written).toEqual(['000-003.aligned.json'])
    const aligned = JSON.parse(readFileSync(join(cwd, 'out', written[0]!), 'utf8')) as { pairs: unknown[] }
    expect(aligned.pairs.length).toBeGreaterThan(100)
  })
})
