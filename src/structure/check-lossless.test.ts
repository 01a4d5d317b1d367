import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { corpusText } from '../../test/corpus.js'
import { segment } from '../segment.js'
import type { DocumentTree } from '../types.js'
import { checkLossless } from './check-lossless.js'

const SEEDS = ['000', '001', '002', '003', '004'].map((p) => ({ name: p, text: corpusText(p) }))
const FURNITURE = ['A/RES/78/160', '23-25123 (E)', '3/13', '- 7 -', 'E/2025/31', '25-06123']

const internal = (text: string): string[] => segment(text).issues.filter((i) => i.code.startsWith('internal/')).map((i) => i.message)

/** A layout mutation: CRLF, extra blank lines, page furniture inserted, long lines re-wrapped. */
const mutation = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  crlf: fc.boolean(),
  blanks: fc.integer({ min: 0, max: 2 }),
  furniture: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FURNITURE)), { maxLength: 6 }),
  wraps: fc.array(fc.tuple(fc.nat(), fc.double({ min: 0.2, max: 0.8, noNaN: true })), { maxLength: 8 }),
})

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(m: Mutation): string {
  const base = (SEEDS[m.seed] as (typeof SEEDS)[number]).text
  const lines = base.split('\n')
  for (const [at, width] of m.wraps) {
    const k = at % lines.length
    const line = lines[k] as string
    if (line.length < 40) continue
    const cut = Math.floor(line.length * width)
    lines.splice(k, 1, line.slice(0, cut), line.slice(cut))
  }
  for (const [at, text] of m.furniture) lines.splice(at % lines.length, 0, '', text, '')
  let out = lines.join('\n')
  if (m.blanks) out = out.replace(/\n\n/g, '\n'.repeat(2 + m.blanks))
  return m.crlf ? out.replace(/\n/g, '\r\n') : out
}

describe('the lossless check', () => {
  for (const { name, text } of SEEDS) {
    it(`holds on seed ${name}`, () => {
      expect(internal(text)).toEqual([])
    })
  }

  it('holds under re-wrapping, inserted page headers, CRLF and extra blank lines', () => {
    fc.assert(fc.property(mutation, (m) => {
      expect(internal(mutate(m))).toEqual([])
    }), { numRuns: 40 })
  })

  it('holds for an unclosed code fence over mixed CR, LF and CRLF line ends (found by fast-check)', () => {
    let k = 0
    const mixed = `\`\`\`\n${corpusText('000').slice(0, 3000).replace(/\n/g, () => ['\n', '\r\n', '\r'][k++ % 3] as string)}`
    expect(internal(mixed)).toEqual([])
  })

  it('catches a character dropped from a block', () => {
    const { value } = segment(corpusText('003'))
    const [part] = value.parts
    const tampered: DocumentTree = {
      ...value,
      parts: [{ ...(part as DocumentTree['parts'][number]), blocks: (part as DocumentTree['parts'][number]).blocks.map((b, i) => (i === 0 ? { ...b, text: b.text.slice(1) } : b)) }, ...value.parts.slice(1)],
    }
    expect(checkLossless(tampered).map((i) => i.code)).toContain('internal/text-mismatch')
  })

  it('catches an artifact that was not recorded', () => {
    const { value } = segment(corpusText('002'))
    const codes = checkLossless({ ...value, artifacts: value.artifacts.slice(1) }).map((i) => i.code)
    expect(codes).toContain('internal/lost-text')
  })
})
