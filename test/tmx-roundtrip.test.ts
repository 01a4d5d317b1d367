import { describe, expect, it } from 'vitest'
import { buildCases } from '../benchmarks/lib/cases.mjs'
import { align } from '../src/align/align.js'
import { readTmx } from '../src/export/read-tmx.js'
import { HAS_XMLLINT, validateTmx } from '../src/export/fixtures/external-tools.js'
import { writeTmx } from '../src/export/write-tmx.js'

/** JSON → TMX → read back gives the same pairs, for 78/160 and every case of the perturbation suite. */
describe('TMX round trip on the 78/160 pair and the perturbation suite', () => {
  for (const c of buildCases()) {
    it(`keeps every two-sided link of ${c.name}, in order, with its text`, () => {
      const alignment = JSON.parse(JSON.stringify(align(c.zh, c.en).value)) as ReturnType<typeof align>['value']
      const xml = writeTmx(alignment)
      const two = alignment.pairs.filter((p) => p.zh.text !== '' && p.en.text !== '')
      const units = readTmx(xml).units
      expect(units.map((u) => u.tuid)).toEqual(two.map((p) => p.id))
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim()
      expect(units.map((u) => [flat(u.segs['zh-CN'] ?? ''), flat(u.segs['en'] ?? '')])).toEqual(two.map((p) => [flat(p.zh.text), flat(p.en.text)]))
      if (HAS_XMLLINT || process.env.CI === 'true') expect(validateTmx(xml).valid).toBe(true)
    })
  }
})
