/**
 * Put user entries and the built-in glossary in precedence order. The
 * tries give each form to the first entry that has it, so with
 * `userFirst` a user entry overrides the built-in rendering of any form it
 * shares, and the built-in entry keeps its other forms.
 */
import { ResalignError } from '../errors.js'
import { UN_GLOSSARY } from './data/un-glossary.js'
import type { GlossaryEntry } from './glossary-types.js'

/** How to merge. */
export interface MergeOptions {
  /** User entries before built-in ones (default `true`). */
  readonly userFirst?: boolean
  /** Include the built-in UN glossary (default `true`). */
  readonly builtIn?: boolean
}

/** The entries a matcher searches, in precedence order, frozen. */
export function mergeGlossaries(user: readonly GlossaryEntry[], options?: Readonly<MergeOptions>): readonly GlossaryEntry[] {
  const userFirst = options?.userFirst ?? true
  const builtIn = options?.builtIn ?? true
  const base = builtIn ? UN_GLOSSARY : []
  user.forEach((entry, i) => {
    if (!isUsable(entry)) {
      throw new ResalignError('options/invalid', `glossary entry ${i} must have string arrays zh and en`, {
        hint: 'Read user glossaries with readGlossary(), which reports bad rows as issues.',
      })
    }
  })
  const cleaned = [...user]
  return Object.freeze(userFirst ? [...cleaned, ...base] : [...base, ...cleaned])
}

function isUsable(entry: GlossaryEntry): boolean {
  return (
    entry !== null &&
    typeof entry === 'object' &&
    Array.isArray(entry.zh) &&
    Array.isArray(entry.en) &&
    entry.zh.every((s) => typeof s === 'string') &&
    entry.en.every((s) => typeof s === 'string')
  )
}
