import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import { segment } from '../../src/segment.js'
import type { Alignment } from '../../src/types.js'
import { AWKWARD, type Variant } from './gen/awkward.mjs'
import { contractProblems, EN, pairTexts, runCli, scoreOf, ZH } from './helpers.js'

// Awkward but valid input must align exactly as the clean pair 000 ↔ 003 does: the same links,
// the same block texts, the same score against the gold.

/** Segment both sides, align the trees: the alignment, every issue, and the contract's problems. */
function run(zhInput: string | Uint8Array, enInput: string | Uint8Array): { value: Alignment; codes: string[]; problems: string[] } {
  const zh = segment(zhInput)
  const en = segment(enInput)
  const { value, issues } = align(zh.value, en.value)
  return { value, codes: [...zh.issues, ...en.issues, ...issues].map((i) => i.code), problems: contractProblems(value, zh.value, en.value) }
}

const clean = run(ZH, EN)
const cleanScore = scoreOf(clean.value)

/** Variants that do not align as the clean file does yet (name|side), each with the bug behind it. */
const KNOWN_BUGS: ReadonlyMap<string, string> = new Map([
  // Empty: the bugs found here (NBSP after numbers, full-width numbers, zero-width characters) are fixed.
])

const cases = AWKWARD.flatMap((variant) => variant.langs.map((side) => ({ variant, side, bug: KNOWN_BUGS.get(`${variant.name}|${side}`) })))

async function expectSameAsClean(a: Alignment): Promise<void> {
  expect(pairTexts(a)).toEqual(pairTexts(clean.value))
  expect(a.pairs.map((p) => p.number)).toEqual(clean.value.pairs.map((p) => p.number))
  expect(await scoreOf(a)).toEqual(await cleanScore)
}

describe('awkward but valid input aligns exactly as the clean file', () => {
  it('starts from a clean alignment that scores F1 1 against the gold', async () => {
    expect((await cleanScore).f1).toBe(1)
    expect(clean.problems).toEqual([])
  })

  for (const { variant, side, bug } of cases) {
    const title = `${variant.name} on the ${side === 'zh' ? 'Chinese' : 'English'} side${bug ? ` (known bug: ${bug})` : ''}`
    ;(bug ? it.fails : it)(title, async () => {
      const a = run(side === 'zh' ? variant.apply(ZH) : ZH, side === 'en' ? variant.apply(EN) : EN)
      expect(a.problems, 'every block in exactly one link').toEqual([])
      await expectSameAsClean(a.value)
      expect(a.codes).toEqual(clean.codes)
    })
  }

  it('every text-level variant that works, combined on both sides, then UTF-16 BE', async () => {
    const works = AWKWARD.filter((v) => typeof v.apply('x') === 'string' && v.langs.every((s) => !KNOWN_BUGS.has(`${v.name}|${s}`)))
    expect(works.length).toBeGreaterThanOrEqual(5)
    const encodeBe = AWKWARD.find((v) => v.name === 'UTF-16 BE with BOM') as Variant
    const damage = (text: string, side: 'zh' | 'en') => encodeBe.apply(works.filter((v) => v.langs.includes(side)).reduce((t, v) => v.apply(t) as string, text) as string)
    await expectSameAsClean(run(damage(ZH, 'zh'), damage(EN, 'en')).value)
  })
})

describe('arguments in the wrong order', () => {
  it('align(en, zh) swaps them back, aligns as the clean pair and says so with align/swapped', async () => {
    const { value, issues } = align(EN, ZH, { names: { zh: 'given-first.txt', en: 'given-second.txt' } })
    await expectSameAsClean(value)
    const swapped = issues.filter((i) => i.code === 'align/swapped')
    expect(swapped).toHaveLength(1)
    expect(swapped[0]?.severity).toBe('warning')
    expect(value.source.zh.name).toBe('given-second.txt')
    expect(value.source.en.name).toBe('given-first.txt')
  })

  it('the CLI aligns swapped files, exits 0 and warns on stderr (3 with --strict)', async () => {
    const files = { 'en.txt': EN, 'zh.txt': ZH }
    const run = await runCli(['align', 'en.txt', 'zh.txt'], files)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^resalign: warning: .*\(align\/swapped\)$/m)
    const out = JSON.parse(run.stdout) as Alignment
    expect(pairTexts(out)).toEqual(pairTexts(clean.value))
    expect(out.source.zh.name).toBe('zh.txt')
    expect((await runCli(['align', 'en.txt', 'zh.txt', '--strict'], files)).code).toBe(3)
  })
})
