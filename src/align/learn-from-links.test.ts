import { describe, expect, it } from 'vitest'
import type { Block, BlockKind } from '../types.js'
import { needsSecondPass } from './learn-from-links.js'
import { type DraftLink, makeLink } from './link-draft.js'

let next = 0
const block = (kind: BlockKind, number: string | null = null): Block => ({
  type: 'block',
  id: `b${next++}`,
  kind,
  number,
  parent: null,
  lead: null,
  leadClass: null,
  text: 'text',
  footnoteRefs: [],
  spans: [],
  removed: [],
  position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
})
const parts = { zh: 'resolution', en: 'resolution' } as const
const linked = (kind: BlockKind, score = 0.9): DraftLink => makeLink([block(kind)], [block(kind)], score, 'number', parts)
const alone = (kind: BlockKind, side: 'zh' | 'en', number: string | null = null): DraftLink =>
  side === 'zh' ? makeLink([block(kind, number)], [], 0, 'none', parts) : makeLink([], [block(kind, number)], 0, 'none', parts)
const certain = Array.from({ length: 40 }, () => linked('operative'))

describe('whether the lexicon passes can change anything', () => {
  it('settles a pair whose paragraphs are all linked with certainty', () => {
    expect(needsSecondPass(certain)).toBe(false)
  })

  it('asks again when a paragraph was left without a partner (moved, renumbered)', () => {
    expect(needsSecondPass([...certain, alone('operative', 'en')])).toBe(true)
  })

  it('does not ask again for footnotes one version has and the other has not (a report part’s notes)', () => {
    expect(needsSecondPass([...certain, alone('footnote', 'zh', '*'), alone('footnote', 'zh', '1')])).toBe(false)
  })

  it('asks again when footnotes are left alone on both sides (they might pair)', () => {
    expect(needsSecondPass([...certain, alone('footnote', 'zh', '1'), alone('footnote', 'en', '2')])).toBe(true)
  })

  it('asks again when a share of the paragraphs is linked with less than certainty', () => {
    expect(needsSecondPass([...certain, ...Array.from({ length: 4 }, () => linked('preambular', 0.6))])).toBe(true)
  })
})
