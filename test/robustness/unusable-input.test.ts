import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/align.js'
import { segment } from '../../src/segment.js'
import { EN, thrownBy, ZH } from './helpers.js'
import { UNUSABLE } from './unusable-cases.js'

// Codes this suite relies on (src/errors.ts): input/empty, input/binary, input/decode,
// input/unknown-language, input/same-language, options/invalid; the CLI tests add
// input/not-found and input/unreadable.

describe('the library refuses unusable input with a stable code', () => {
  it.each(UNUSABLE)('segment: $name → $code', ({ input, code }) => {
    const e = thrownBy(() => segment(input))
    expect(e.code).toBe(code)
    expect(e.hint, 'a hint says what to do').toMatch(/\w/)
  })

  it.each(UNUSABLE)('align: $name on either side → $code', ({ input, code }) => {
    expect(thrownBy(() => align(input, EN)).code).toBe(code)
    expect(thrownBy(() => align(ZH, input)).code).toBe(code)
  })

  it('refuses two Chinese or two English documents with input/same-language', () => {
    const half = (t: string) => t.slice(0, Math.floor(t.length / 2))
    expect(thrownBy(() => align(ZH, half(ZH))).code).toBe('input/same-language')
    expect(thrownBy(() => align(half(EN), EN)).code).toBe('input/same-language')
  })

  it('refuses a bad option with options/invalid', () => {
    expect(thrownBy(() => segment(ZH, { lang: 'fr' as never })).code).toBe('options/invalid')
    expect(thrownBy(() => segment(ZH, { format: 'docx' as never })).code).toBe('options/invalid')
  })
})
