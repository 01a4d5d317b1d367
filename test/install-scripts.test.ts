// Issue #13: npm 11 warned that nodejs-jieba's install script was "not yet covered by allowScripts".
// Every locked package with an install script is reviewed in package.json's allowScripts, so a fresh
// `npm ci` lists nothing; npm itself is asked where it has the command (npm ≥ 11.16).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, unknown> }
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }> }

describe('install scripts are reviewed', () => {
  it('allowScripts names every locked package that has an install script, and nothing else', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
    expect(withScripts).toContain('nodejs-jieba')
    expect(Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(.)@.*$/, '$1')).sort()).toEqual([...new Set(withScripts)].sort())
  })

  const npm = spawnSync('npm', ['approve-scripts', '--allow-scripts-pending'], { cwd: root, encoding: 'utf8' })
  it.runIf(npm.status === 0)(`npm lists no package with an unreviewed install script${npm.status === 0 ? '' : ' (skipped: this npm has no approve-scripts)'}`, () => {
    expect(npm.stdout).toMatch(/No packages with unreviewed install scripts/)
  })
})
