import type { Alignment, Link } from '../types.js'
import { isBoolean, isUnitInterval } from './option-checks.js'
import { resolveOptions, type OptionChecks } from './resolve-options.js'
import { tsvText } from './tsv-text.js'
import { isTwoSided } from './two-sided.js'

/** Options of `writeTsv`. */
export interface TsvOptions {
  /** Also write one-sided links, the missing side empty (default false, as Moses and TMX). */
  readonly unpaired: boolean
  /** Leave out two-sided links scoring below this (default 0: keep all). */
  readonly minScore: number
}

/** Defaults of `writeTsv`. */
export const TSV_DEFAULTS: Readonly<TsvOptions> = Object.freeze({ unpaired: false, minScore: 0 })

const CHECKS: OptionChecks<TsvOptions> = { unpaired: isBoolean, minScore: isUnitInterval }

/** Column names, in order. */
export const TSV_COLUMNS = ['zh', 'en', 'score', 'method', 'ids'] as const

/**
 * `ids` column: the link id, then the block ids of each side:
 * `l12 zh:p2.op17,p2.op17b en:p1.op17` (a side without blocks is left out).
 */
function idsCell(link: Link): string {
  const side = (name: 'zh' | 'en') => (link[name].ids.length > 0 ? [`${name}:${link[name].ids.join(',')}`] : [])
  return [link.id, ...side('zh'), ...side('en')].join(' ')
}

/**
 * Writes links as tab-separated values with a header line
 * (`zh, en, score, method, ids`). Tabs and line breaks inside text become
 * a space, so no quoting is needed: split each line on "\t".
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeTsv(alignment: Alignment, options?: Readonly<Partial<TsvOptions>>): string {
  const opts = resolveOptions('writeTsv', TSV_DEFAULTS, options, CHECKS)
  const rows = alignment.pairs
    .filter((link) => (isTwoSided(link) ? link.score >= opts.minScore : opts.unpaired))
    .map((link) => [link.zh.text, link.en.text, String(link.score), link.method, idsCell(link)])
  return tsvText([[...TSV_COLUMNS], ...rows])
}
