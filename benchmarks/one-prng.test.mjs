// Issue #13: copies of a seeded random generator in benchmarks/ and eval/. One module, eval/perturb/prng.mjs,
// serves both; no other file defines its own.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { prng } from '../eval/perturb/prng.mjs'

const root = join(import.meta.dirname, '..')
/** mulberry32's increment, the mark of a copy (spelled in two pieces so this file is not one). */
const MULBERRY_STEP = new RegExp(['0x6d2b', '79f5'].join(''), 'i')

/** Script files under `dir`, recursively. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : /\.(mjs|ts)$/.test(e.name) ? [join(dir, e.name)] : []))
}

describe('one seeded random generator', () => {
  it('is defined once, in eval/perturb/prng.mjs, for benchmarks/, eval/ and the tests', () => {
    const defining = ['benchmarks', 'eval', 'test', 'scripts'].flatMap((d) => scripts(join(root, d))).filter((f) => MULBERRY_STEP.test(readFileSync(f, 'utf8')))
    expect(defining.map((f) => relative(root, f))).toEqual([join('eval', 'perturb', 'prng.mjs')])
  })

  it('is reproducible from its seed', () => {
    const a = prng(78160)
    const b = prng(78160)
    expect(Array.from({ length: 5 }, a.next)).toEqual(Array.from({ length: 5 }, b.next))
  })
})
