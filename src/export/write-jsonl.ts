import type { Alignment } from '../types.js'
import { isBoolean } from './option-checks.js'
import { resolveOptions, type OptionChecks } from './resolve-options.js'
import { isTwoSided } from './two-sided.js'

/** Options of `writeJsonl`. */
export interface JsonlOptions {
  /** Write only links with text on both sides (default false: every link). */
  readonly twoSidedOnly: boolean
}

/** Defaults of `writeJsonl`. */
export const JSONL_DEFAULTS: Readonly<JsonlOptions> = Object.freeze({ twoSidedOnly: false })

const CHECKS: OptionChecks<JsonlOptions> = { twoSidedOnly: isBoolean }

/**
 * Writes one link per line as JSON, with the same fields as the links of
 * the aligned JSON (`Alignment.pairs`). Every line ends with "\n". U+2028
 * and U+2029 are written as `\u2028`/`\u2029` escapes (same value once
 * parsed), so readers that split on every Unicode line break see one line
 * per link.
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeJsonl(alignment: Alignment, options?: Readonly<Partial<JsonlOptions>>): string {
  const opts = resolveOptions('writeJsonl', JSONL_DEFAULTS, options, CHECKS)
  return alignment.pairs
    .filter((link) => !opts.twoSidedOnly || isTwoSided(link))
    .map((link) => `${JSON.stringify(link).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`)
    .join('')
}
