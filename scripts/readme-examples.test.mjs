// Issue #13: the README's aligned-JSON example was stale (ids and scores from an older run). The examples are
// generated from a real run by scripts/readme-examples.mjs; this checks the README holds exactly that.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { examples, withExamples } from './readme-examples.mjs'

const root = join(import.meta.dirname, '..')

describe('README examples', () => {
  it('are marked in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain('<!-- example:aligned-json -->')
    expect(readme).toContain('<!-- example:tmx-unit -->')
  })

  it('match a real run of the built package (regenerate: npm run build && node scripts/readme-examples.mjs)', async () => {
    expect(existsSync(join(root, 'dist', 'index.js')), 'npm test builds dist first').toBe(true)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(withExamples(readme, await examples())).toBe(readme)
  })
})
