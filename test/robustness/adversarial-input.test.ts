import { describe, expect, it } from 'vitest'
import { isResalignError } from '../../src/errors.js'
import { detectFormat } from '../../src/ingest/detect-format.js'
import { segment } from '../../src/segment.js'
import { ADVERSARIES } from './gen/adversarial.mjs'
import { internalIssues } from './helpers.js'

// Untrusted text must not make a regular expression backtrack without end. Sizes here are
// modest so the suite stays fast; benchmarks/fuzz.mjs --adversarial runs them at 10–40× and
// prints the times (a quadratic pattern shows as ~4× time per doubling there).

/** Segment, accepting only a result without lossless-check failures or a ResalignError. */
function segmentSafely(text: string, lang: 'zh' | 'en'): void {
  try {
    const { issues } = segment(text, { lang })
    expect(internalIssues(issues)).toEqual([])
  } catch (error) {
    if (!isResalignError(error)) throw error
  }
}

/** Adversaries that lose text today (none). */
const LOSES_TEXT = new Set<string>()

describe('segment returns on adversarial text', () => {
  it.each(ADVERSARIES.filter((a) => !LOSES_TEXT.has(a.name)).map((a) => ({ ...a, text: a.make(3000) })))('$name (3,000 characters)', ({ text }) => {
    segmentSafely(text, 'en')
    segmentSafely(text, 'zh')
  })

  // Regression (was a bug): src/ingest/ingest-text.ts keeps one `pendingNumber`: a line holding only a paragraph
  // number ("12.", "(a)") waits for the next line, and a second such line overwrites the first,
  // which is then in no block or artifact. "1.\n1.\n1.\n" keeps only the last "1." and segment
  // reports internal/lost-text. Fix: when a detached number arrives while one is pending, emit
  // the pending one as its own unit first.
  it('keeps every line of consecutive lines that hold only a paragraph number', () => {
    for (const text of ['1.\n2.\n3.\n', 'The General Assembly,\n\n12.\n(a)\nDecides to remain seized of the matter.\n']) {
      expect(internalIssues(segment(text, { lang: 'en', format: 'plain' }).issues)).toEqual([])
    }
  })

  it.each([
    ['one line of 100,000 English words characters', 'one long line of English words'],
    ['one line of 100,000 Chinese characters', 'one long line of Chinese'],
    ['100,000 spaces after a paragraph number', 'spaces after a paragraph number'],
    ['100,000 dots', 'dots'],
  ])('%s', (_title, name) => {
    const adversary = ADVERSARIES.find((a) => a.name === name)
    expect(adversary).toBeDefined()
    segmentSafely(adversary?.make(100_000) ?? '', 'en')
  })
})

describe('the lossless check holds on Markdown character references', () => {
  // Regression (was a bug): a character reference in Markdown (`&lt;`, `&#x3C;`, `&copy;`, `&ndash;`) puts a character
  // in the block text that is not in the input: TextBuilder.copyValue (src/ingest/source-text.ts)
  // maps it to -1 and records the reference's letters as removed markup, and checkLossless
  // (src/structure/check-lossless.ts) then finds text ≠ input minus removals:
  // internal/text-mismatch. `&amp;` passes only because its "&" is found in the input.
  // Fix: record a reference as one Removal of kind 'markup' holding its decoded value (or map the
  // decoded character onto the reference's first offset) and let the check accept it.
  it('accepts &lt;, &#x3C; and &copy; inside a paragraph', () => {
    const doc = (x: string) => `## Draft resolution\n\nThe General Assembly,\n\n**Recalling** its resolution 70/1,\n\n1. *Requests* the Secretary-General ${x} to report.\n\n2. *Decides* to remain seized.\n`
    for (const x of ['&lt;b&gt;', '&#x3C;', '&copy; 2023', 'pages 3&ndash;5']) {
      expect(internalIssues(segment(doc(x), { lang: 'en', format: 'markdown' }).issues), x).toEqual([])
    }
  })

  it('accepts &amp; and a bare & (control case)', () => {
    const { issues } = segment('## Draft resolution\n\nThe General Assembly,\n\n1. *Requests* AT&amp;T and R&D to report.\n\n2. *Decides* to remain seized.\n', { lang: 'en', format: 'markdown' })
    expect(internalIssues(issues)).toEqual([])
  })
})

// Patterns that were quadratic (fixed in src/ingest/detect-format.ts): before the fix each of
// these took minutes; the timeout only guards the suite, the assertion is the result.
describe('format detection is linear on the inputs that used to make it backtrack', () => {
  it('200,000 blank lines (a leading \\s* rescanned the run from every line start)', { timeout: 30_000 }, () => {
    expect(detectFormat(`The General Assembly,\n${'\n'.repeat(200_000)}1. Decides.\n`)).toMatch(/^(plain|markdown|pdf)$/)
  })

  it('100,000 unclosed Markdown links "[a](" (each link target scanned to the end of the text)', { timeout: 30_000 }, () => {
    expect(detectFormat('[a]('.repeat(100_000))).toMatch(/^(plain|markdown|pdf)$/)
  })

  it('still tells Markdown from plain text by the same signs', () => {
    const md = '## Title\n\n- item\n\n> quote\n\n**Bold** text and a [link](#).\n\n<sup>1</sup> note\n'
    expect(detectFormat(md)).toBe('markdown')
    expect(detectFormat('The General Assembly,\n\n1. Decides to remain seized of the matter.\n\n2. Requests a report.\n')).toBe('plain')
  })
})
