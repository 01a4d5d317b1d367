import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import { isBoolean, isLanguageTag, isUnitInterval } from './option-checks.js'
import { resolveOptions } from './resolve-options.js'

interface Opts {
  readonly flag: boolean
  readonly ratio: number
  readonly lang: string
}
const DEFAULTS: Readonly<Opts> = Object.freeze({ flag: false, ratio: 0.5, lang: 'zh-CN' })
const CHECKS = { flag: isBoolean, ratio: isUnitInterval, lang: isLanguageTag }

function failure(options: unknown): { code: unknown; message: string } {
  try {
    resolveOptions('test', DEFAULTS, options as Partial<Opts>, CHECKS)
  } catch (error) {
    return { code: isResalignError(error) ? error.code : error, message: (error as Error).message }
  }
  throw new Error('expected a throw')
}

describe('resolveOptions', () => {
  it('merges given options over the defaults and freezes the result', () => {
    const merged = resolveOptions('test', DEFAULTS, { ratio: 1, lang: undefined }, CHECKS)
    expect(merged).toEqual({ flag: false, ratio: 1, lang: 'zh-CN' })
    expect(Object.isFrozen(merged)).toBe(true)
    expect(resolveOptions('test', DEFAULTS, undefined, CHECKS)).toBe(DEFAULTS)
  })

  it('throws options/invalid for bad values, never clamping them', () => {
    expect(failure({ ratio: 1.01 })).toEqual({ code: 'options/invalid', message: 'test: option "ratio" must be a number from 0 to 1, got 1.01' })
    expect(failure({ flag: 'true' }).code).toBe('options/invalid')
    expect(failure({ lang: 'Chinese (simplified)' }).code).toBe('options/invalid')
  })

  it('throws options/invalid for unknown keys and for options that are not an object', () => {
    expect(failure({ flags: true }).message).toContain('unknown option "flags"')
    expect(failure([]).code).toBe('options/invalid')
    expect(failure(null).code).toBe('options/invalid')
  })
})
