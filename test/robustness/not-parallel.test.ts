import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import type { Alignment } from '../../src/types.js'
import { corpusText } from '../corpus.js'
import { EN, runCli, ZH } from './helpers.js'

// Documents that are not translations of each other: the ECOSOC report E/2025/31 (002, zh) and
// the Secretary-General's report (004, zh) against resolution 78/160 (003, en). They share the
// subject and much vocabulary, and no paragraph.

const twoSided = (a: Alignment) => a.pairs.filter((p) => p.zh.ids.length > 0 && p.en.ids.length > 0)
/** At most this many links may be made between unrelated documents (a chance title or heading). */
const HANDFUL = 5

describe.each([
  { name: 'E/2025/31 (002) against 78/160 (003)', zh: corpusText('002') },
  { name: 'the Secretary-General report (004) against 78/160 (003)', zh: corpusText('004') },
])('$name', ({ zh }) => {
  const { value, issues } = align(zh, EN)

  it('carries an align/not-parallel warning', () => {
    const found = issues.filter((i) => i.code === 'align/not-parallel')
    expect(found).toHaveLength(1)
    expect(found[0]?.severity).toBe('warning')
  })

  it('still holds every block, most of them unpaired', () => {
    expect(value.pairs.filter((p) => p.zh.ids.length === 0 || p.en.ids.length === 0).length).toBeGreaterThan(100)
  })

  it('gives every link a low confidence (under 0.5)', () => {
    for (const p of twoSided(value)) expect(p.score, `${p.zh.ids.join('+')} ↔ ${p.en.ids.join('+')} (${p.method})`).toBeLessThan(0.5)
  })

  it('makes at most a handful of links', () => {
    expect(twoSided(value).length).toBeLessThanOrEqual(HANDFUL)
  })
})

describe('the not-parallel warning is kept for documents that are not parallel', () => {
  it('is not raised for the real pair 000 ↔ 003', () => {
    expect(align(ZH, EN).issues.some((i) => i.code === 'align/not-parallel')).toBe(false)
  })

  it('is not raised for resolution 76/213 (001, zh) against 78/160 (003, en), which share most paragraphs', () => {
    expect(align(corpusText('001'), EN).issues.some((i) => i.code === 'align/not-parallel')).toBe(false)
  })
})

describe('the CLI on documents that are not parallel', () => {
  const files = { 'e-2025-31.zh.txt': corpusText('002'), 'a-res-78-160.en.txt': EN }

  it('exits 0 with the warning on stderr', async () => {
    const run = await runCli(['align', 'e-2025-31.zh.txt', 'a-res-78-160.en.txt'], files)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^resalign: warning: .*\(align\/not-parallel\)$/m)
    expect((JSON.parse(run.stdout) as Alignment).issues.some((i) => i.code === 'align/not-parallel')).toBe(true)
  })

  it('exits 3 with --strict', async () => {
    expect((await runCli(['align', 'e-2025-31.zh.txt', 'a-res-78-160.en.txt', '--strict'], files)).code).toBe(3)
  })
})
