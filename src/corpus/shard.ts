/**
 * `--shard i/n`: a deterministic split of the pairs, by a hash of the pair
 * (its two file paths relative to the corpus folder), so that n machines
 * given the same folder each align a disjoint share and together all.
 */
import { createHash } from 'node:crypto'
import { ResalignError } from '../errors.js'
import type { Shard } from './corpus-types.js'

/**
 * Parse `i/n` (1 ≤ i ≤ n).
 *
 * @throws ResalignError `options/invalid` for anything else.
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ResalignError('options/invalid', `--shard must be i/n with 1 ≤ i ≤ n, not ${JSON.stringify(text)}`, { hint: 'e.g. --shard 2/4 for the second of four shards' })
  }
  return { index, count }
}

/** The shard (1-based) a pair belongs to among `count`. */
export function shardOf(pair: { readonly zh: string; readonly en: string }, count: number): number {
  const digest = createHash('sha256').update(`${pair.zh}\n${pair.en}`).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

/** Whether a pair belongs to `shard` (every pair does when there is none). */
export function inShard(pair: { readonly zh: string; readonly en: string }, shard: Shard | null): boolean {
  return shard === null || shardOf(pair, shard.count) === shard.index
}
