import type { Alignment } from '../types.js'
import { flattenLine } from './flatten-line.js'
import { isBoolean, isUnitInterval } from './option-checks.js'
import { resolveOptions, type OptionChecks } from './resolve-options.js'
import { isTwoSided } from './two-sided.js'

/** Options of `writeMoses`. */
export interface MosesOptions {
  /** Leave out links scoring below this (default 0: keep all). */
  readonly minScore: number
  /** Also write one-sided links, the missing side an empty line (default false, as TSV and TMX). */
  readonly unpaired: boolean
}

/** Defaults of `writeMoses`. */
export const MOSES_DEFAULTS: Readonly<MosesOptions> = Object.freeze({ minScore: 0, unpaired: false })

const CHECKS: OptionChecks<MosesOptions> = { minScore: isUnitInterval, unpaired: isBoolean }

/** The two texts of a Moses-style parallel corpus. */
export interface MosesTexts {
  /** Chinese, one link per line. */
  readonly zh: string
  /** English, line i the translation of line i of `zh`. */
  readonly en: string
}

/**
 * Writes two-sided links (all links with `unpaired`) as a Moses-style parallel corpus: line i of `en`
 * translates line i of `zh`; every line ends with "\n". Line breaks and tabs
 * inside a link's text (including U+2028, U+2029, NEL, VT, FF, CR) become
 * one space, so both texts always have the same number of lines.
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeMoses(alignment: Alignment, options?: Readonly<Partial<MosesOptions>>): MosesTexts {
  const opts = resolveOptions('writeMoses', MOSES_DEFAULTS, options, CHECKS)
  const links = alignment.pairs.filter((link) => (isTwoSided(link) ? link.score >= opts.minScore : opts.unpaired))
  const lines = (side: 'zh' | 'en') => links.map((link) => `${flattenLine(link[side].text).trim()}\n`).join('')
  return { zh: lines('zh'), en: lines('en') }
}
