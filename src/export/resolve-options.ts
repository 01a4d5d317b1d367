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
  return Object.freeze({ ...defaults, ...checkOptions(writer, options, checks, defaults) })
}

/**
 * Checks `options` without merging: unknown keys and bad values throw, keys
 * set to `undefined` are dropped. For functions whose defaults depend on
 * other options (`align`'s glossary, `segment`'s detected language).
 *
 * @throws ResalignError `options/invalid`.
 */
export function checkOptions<T extends object>(
  fn: string,
  options: Readonly<Partial<T>> | undefined,
  checks: OptionChecks<T>,
  defaults?: Readonly<Partial<T>>,
): Readonly<Partial<T>> {
  if (options === undefined) return {} as Partial<T>
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ResalignError('options/invalid', `${fn}: options must be an object`, {
      hint: 'Pass an options object or leave it out.',
    })
  }
  const given: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (!Object.hasOwn(checks, key)) {
      throw new ResalignError('options/invalid', `${fn}: unknown option "${key}"`, {
        hint: `Known options: ${Object.keys(checks).join(', ')}.`,
      })
    }
    const problem = (checks as Record<string, OptionCheck>)[key]!(value)
    if (problem !== null) {
      const fallback = defaults === undefined ? undefined : (defaults as Record<string, unknown>)[key]
      throw new ResalignError('options/invalid', `${fn}: option "${key}" ${problem}`, {
        hint: fallback === undefined ? 'Leave it out for the default.' : `Default: ${JSON.stringify(fallback)}.`,
      })
    }
    given[key] = value
  }
  return given as Partial<T>
}
