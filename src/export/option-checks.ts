import type { OptionCheck } from './resolve-options.js'

/** BCP 47 language tag, loosely: `zh`, `zh-CN`, `zh-Hans`, `zh-Hans-CN`, `en-GB`. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/** Accepts `true` and `false`. */
export const isBoolean: OptionCheck = (value) =>
  typeof value === 'boolean' ? null : `must be true or false, got ${describe(value)}`

/** Accepts a number in [0, 1]. */
export const isUnitInterval: OptionCheck = (value) =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? null
    : `must be a number from 0 to 1, got ${describe(value)}`

/** Accepts a non-empty string with no line break. */
export const isSingleLine: OptionCheck = (value) =>
  typeof value === 'string' && value.trim() !== '' && !/[\r\n]/.test(value)
    ? null
    : `must be a non-empty single-line string, got ${describe(value)}`

/** Accepts a BCP 47 language tag. */
export const isLanguageTag: OptionCheck = (value) =>
  typeof value === 'string' && LANGUAGE_TAG.test(value)
    ? null
    : `must be a language tag such as "zh-CN", "zh-Hans" or "en", got ${describe(value)}`

/** Accepts one of `values`. */
export function isOneOf(...values: readonly unknown[]): OptionCheck {
  return (value) =>
    values.includes(value)
      ? null
      : `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`
}

/** Accepts null or what `check` accepts. */
export function orNull(check: OptionCheck): OptionCheck {
  return (value) => (value === null ? null : check(value))
}

/** Short description of a bad value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

/** Accepts a number (range checks are the caller's). */
export const isNumber: OptionCheck = (value) => (typeof value === 'number' && !Number.isNaN(value) ? null : `must be a number, got ${describe(value)}`)

/** Accepts a string. */
export const isString: OptionCheck = (value) => (typeof value === 'string' ? null : `must be a string, got ${describe(value)}`)

/** Accepts a function. */
export const isFunction: OptionCheck = (value) => (typeof value === 'function' ? null : `must be a function, got ${describe(value)}`)

/** Accepts a plain object (not null, not an array). */
export const isObject: OptionCheck = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? null : `must be an object, got ${describe(value)}`

/** Accepts an array. */
export const isArray: OptionCheck = (value) => (Array.isArray(value) ? null : `must be an array, got ${describe(value)}`)

/** Accepts what any of `checks` accepts; the message of the first otherwise. */
export function either(...checks: readonly OptionCheck[]): OptionCheck {
  return (value) => {
    const problems = checks.map((check) => check(value))
    return problems.includes(null) ? null : problems.join('; or ')
  }
}
