import { ResalignError } from '../errors.js'

/** Says what is wrong with an option value, or returns null when it is fine. */
export type OptionCheck = (value: unknown) => string | null

/** One check per option key. */
export type OptionChecks<T> = { readonly [K in keyof T]-?: OptionCheck }

/**
 * Merges `options` over frozen `defaults` (`{ ...defaults, ...options }`) and
 * checks every given value. Keys set to `undefined` count as not given.
 *
 * @throws ResalignError `options/invalid` for an unknown key or a bad value;
 *   values are never clamped or coerced.
 */
export function resolveOptions<T extends object>(
  writer: string,
  defaults: Readonly<T>,
  options: Readonly<Partial<T>> | undefined,
  checks: OptionChecks<T>,
): Readonly<T> {
  if (options === undefined) return defaults
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ResalignError('options/invalid', `${writer}: options must be an object`, {
      hint: 'Pass an options object or leave it out.',
    })
  }
  const given: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (!Object.hasOwn(checks, key)) {
      throw new ResalignError('options/invalid', `${writer}: unknown option "${key}"`, {
        hint: `Known options: ${Object.keys(checks).join(', ')}.`,
      })
    }
    const problem = (checks as Record<string, OptionCheck>)[key]!(value)
    if (problem !== null) {
      throw new ResalignError('options/invalid', `${writer}: option "${key}" ${problem}`, {
        hint: `Default: ${JSON.stringify((defaults as Record<string, unknown>)[key])}.`,
      })
    }
    given[key] = value
  }
  return Object.freeze({ ...defaults, ...given })
}
