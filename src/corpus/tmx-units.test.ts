import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from '../align/align.js'
import { footnoteRefsOf } from '../export/footnote-refs.js'
import { sampleAlignment } from '../export/fixtures/sample-alignment.js'
import { writeTmx } from '../export/write-tmx.js'
import { segment } from '../segment.js'
import { ALIGNED_VERSION, type Alignment, type Link } from '../types.js'
import { CORPUS, SEEDS } from './fixtures/seed-corpus.js'
import { writeTmxUnits } from './tmx-units.js'

/** What writeTmx writes between `<body>` and `</body>`. */
function bodyOf(xml: string): string {
  return xml.slice(xml.indexOf('\n', xml.indexOf('<body>')) + 1, xml.lastIndexOf('  </body>'))
}

const SPECIAL = ['&', '<', '>', '"', "'", '\r', '\n', '\t', ' ', '\u0007', '\uD800', '\uFFFE', ']]>', '🌍', '中', 'a', '\u2028']
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.array(fc.constantFrom(...SPECIAL), { maxLength: 12 }).map((a) => a.join('')))
const side = fc.record({ ids: fc.array(fc.constantFrom('p1.op1', 'p2.fn1', 'p&"<>'), { maxLength: 2 }), text })
const link = fc.record({
  id: text,
  zh: side,
  en: side,
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  method: fc.constantFrom('number', 'signature', 'glossary', 'length', 'none'),
  kind: fc.constantFrom('operative', 'footnote', 'heading'),
  number: fc.option(text, { nil: null }),
  part: fc.record({ zh: fc.constantFrom('resolution', null), en: fc.constantFrom('draft-resolution', null) }),
  lead: fc.option(fc.record({ zh: fc.option(text, { nil: null }), en: fc.option(text, { nil: null }) }), { nil: undefined }),
}) as fc.Arbitrary<Link>

function alignmentOf(pairs: Link[], symbols: string[]): Alignment {
  const source = { name: null, format: 'plain' as const, symbols, blocks: 0 }
  return { version: ALIGNED_VERSION, source: { zh: source, en: source }, pairs, issues: [] }
}

// Issue #13: a second TMX serializer lived here beside writeTmx. One streaming writer (xmlbuilder2's callback
// API, writeTmxUnit) now serves both; this file keeps no escaping or markup of its own.
describe('one TMX writer', () => {
  it('writes the corpus units with writeTmx\'s unit writer, with no escaping of its own', async () => {
    const source = await readFile(join(import.meta.dirname, 'tmx-units.ts'), 'utf8')
    expect(source).toMatch(/writeTmxUnit/)
    expect(source).not.toMatch(/&amp;|&lt;|<tu |<seg/)
  })
})

describe('writeTmxUnits', () => {
  it('writes exactly the units writeTmx writes for the sample alignment, with and without footnote references', () => {
    const a = sampleAlignment()
    const refs = { zh: { 'p2.op1': ['12'], 'p2.op17b': ['3', '4'] }, en: { 'p1.op1': ['12'] } }
    expect(writeTmxUnits(a)).toBe(bodyOf(writeTmx(a)))
    expect(writeTmxUnits(a, refs)).toBe(bodyOf(writeTmx(a, { footnoteRefs: refs })))
  })

  it('writes exactly the units writeTmx writes for the 000/003 seed pair', async () => {
    const zh = segment(await readFile(join(CORPUS, SEEDS.report78)))
    const en = segment(await readFile(join(CORPUS, SEEDS.res78en)))
    const a = align(zh.value, en.value).value
    const refs = { zh: footnoteRefsOf(zh.value), en: footnoteRefsOf(en.value) }
    expect(writeTmxUnits(a, refs)).toBe(bodyOf(writeTmx(a, { footnoteRefs: refs })))
  })

  it('escapes and strips like writeTmx on any text', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 4 }), fc.array(text, { maxLength: 2 }), (pairs, symbols) => {
        const a = alignmentOf(pairs, symbols)
        expect(writeTmxUnits(a)).toBe(bodyOf(writeTmx(a)))
      }),
      { numRuns: 300 },
    )
  })
})
