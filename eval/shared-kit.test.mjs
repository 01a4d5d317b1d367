import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sharedKit } from './shared-kit.mjs'

const root = mkdtempSync(join(tmpdir(), 'resalign-kit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the shared evaluation kit is optional and its absence is said', () => {
  it('says why a cross-check is skipped when the kit is absent', () => {
    const kit = sharedKit('score.mjs', {}, join(root, 'checkout'))
    expect(kit.dir).toBeNull()
    expect(kit.note).toMatch(/skipped: no shared evaluation kit with score\.mjs; set SHARED_EVAL_DIR/)
  })

  it('finds the kit beside the checkout or where SHARED_EVAL_DIR says, and then says nothing', () => {
    mkdirSync(join(root, 'shared', 'eval'), { recursive: true })
    writeFileSync(join(root, 'shared', 'eval', 'score.mjs'), '')
    expect(sharedKit('score.mjs', {}, join(root, 'checkout'))).toEqual({ dir: join(root, 'shared', 'eval'), note: '' })
    expect(sharedKit('score.mjs', { SHARED_EVAL_DIR: join(root, 'shared', 'eval') }, '/nowhere').dir).toBe(join(root, 'shared', 'eval'))
  })
})
