/**
 * `resalign corpus align --plan plan.json --shard i/n`: align the pairs of
 * one shard of a plan on `pool`'s workers, each pair written as soon as it
 * is done (align-pair.ts), then the shard's manifest
 * `<out>/shards/<i>-of-<n>.json`, written last and atomically: a shard
 * that stopped half-way has no manifest, and a merge refuses to go without
 * it. Running a shard again into the same folder redoes nothing that is up
 * to date and replaces its manifest; nothing is counted twice.
 */
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Format } from '../export/write-format.js'
import type { CorpusPlan, FailedPair, PairSummary, Shard, ShardManifest } from './corpus-types.js'
import type { CorpusProgress } from './corpus-options.js'
import { writeAtomic } from './pair-outputs.js'
import { compare, round, withPool } from './plan.js'
import { ResalignError } from '../errors.js'
import { describeError } from './run-task.js'
import { inShard } from './shard.js'
import { TaskFailure, type WorkerPool } from './worker-pool.js'

/** What aligning a shard needs besides the plan. */
export interface AlignShardInput {
  /** Output folder of the shard. */
  readonly output: string
  readonly shard: Shard
  /** Align even pairs whose outputs are up to date. */
  readonly force: boolean
  /** Corpus folder, when it is not where the plan was made (another machine). */
  readonly root?: string | null | undefined
  readonly onProgress?: ((progress: CorpusProgress) => void) | undefined
  /** Worker threads. */
  readonly jobs: number
  /** The built worker script (default: dist/corpus-worker.js). */
  readonly workerScript?: URL | undefined
}

/** Where a shard's manifest goes. */
export function manifestPath(out: string, shard: Shard): string {
  return join(out, 'shards', `${shard.index}-of-${shard.count}.json`)
}

/**
 * Align the shard's pairs on `pool` (a pool of `o.jobs` workers of its own
 * when none is given) and write its manifest.
 */
export async function alignShard(plan: CorpusPlan, o: Readonly<AlignShardInput>, pool?: WorkerPool): Promise<ShardManifest> {
  if (!(Number.isInteger(o.jobs) && o.jobs >= 1 && o.jobs <= 1024)) throw new ResalignError('options/invalid', `jobs must be a whole number from 1 to 1024, not ${String(o.jobs)}`)
  return withPool(pool, o, (p) => alignOn(plan, o, p))
}

async function alignOn(plan: CorpusPlan, o: Readonly<AlignShardInput>, pool: WorkerPool): Promise<ShardManifest> {
  const started = performance.now()
  const out = resolve(o.output)
  const root = o.root ? resolve(o.root) : plan.root
  const progress = o.onProgress ?? (() => {})
  const order = plan.pairs.flatMap((p, i) => (inShard(p, o.shard) ? [i] : []))
  const planned = order.map((i) => plan.pairs[i] as CorpusPlan['pairs'][number])
  await Promise.all(['pairs', '.units', 'shards'].map((d) => mkdir(join(out, d), { recursive: true })))
  const results = new Map<string, PairSummary>()
  const failed: FailedPair[] = []
  let skipped = 0
  let alignedBytes = 0
  let done = 0
  progress({ phase: 'align', done, total: planned.length, failed: 0, skipped: 0 })
  await Promise.all(
    planned.map(async (pair) => {
      try {
        const outcome = await pool.run({ kind: 'align', job: { root, out, pair, formats: plan.formats as Format[], force: o.force, unit: plan.unit } })
        results.set(pair.name, { ...pair, ...outcome })
        if (outcome.status === 'skipped') skipped++
        else alignedBytes += outcome.bytes
      } catch (error) {
        failed.push({ zh: pair.zh, en: pair.en, name: pair.name, error: error instanceof TaskFailure ? describeError(error.info) : String(error) })
      }
      progress({ phase: 'align', done: ++done, total: planned.length, failed: failed.length, skipped })
    }),
  )
  const manifest: ShardManifest = {
    format: 'resalign-corpus-shard',
    resalign: plan.resalign,
    plan: plan.id,
    shard: o.shard,
    unit: plan.unit,
    pairs: planned.flatMap((p) => results.get(p.name) ?? []),
    order: order.filter((i) => results.has((plan.pairs[i] as CorpusPlan['pairs'][number]).name)),
    planned: planned.length,
    failed: failed.sort((a, b) => compare(a.name, b.name)),
    whole: o.shard.index === 1 ? { unpaired: plan.unpaired, ignored: plan.ignored, readMs: plan.timing.readMs, pairMs: plan.timing.pairMs } : null,
    timing: { jobs: o.jobs, alignMs: round(performance.now() - started), alignedBytes, skipped },
  }
  await writeAtomic(manifestPath(out, o.shard), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
