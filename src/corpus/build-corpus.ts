/**
 * Build a parallel corpus from a folder of UN documents on one machine:
 * the three steps of an array job in a row, sharing one pool of workers
 * started once — plan (find, read, pair) → align (one shard of one, or the
 * shard given) → merge (corpus.jsonl, corpus.tmx, glossary, summary.json).
 * Only small figures stay in memory; each pair's outputs are written by
 * the worker that aligned it, and the merged files are assembled from
 * those by streaming.
 */
import { availableParallelism } from 'node:os'
import type { CorpusSummary } from './corpus-types.js'
import { resolveCorpusOptions, type CorpusOptions } from './corpus-options.js'
import { alignShard, manifestPath } from './align-shard.js'
import { mergeShards } from './merge-shards.js'
import { planCorpus } from './plan.js'
import { locateWorkerScript, WorkerPool } from './worker-pool.js'

/**
 * Build the corpus of `dir` into `options.output`.
 *
 * @throws ResalignError `options/invalid` for bad options, `input/not-found`
 *   for a missing folder, pairs file or glossary. Pairs that fail are
 *   listed in the summary's `failed`, not thrown.
 */
export async function buildCorpus(dir: string, options: Readonly<CorpusOptions>): Promise<CorpusSummary> {
  const o = resolveCorpusOptions(options, availableParallelism())
  const shard = o.shard ?? { index: 1, count: 1 }
  const pool = new WorkerPool(o.jobs, o.workerScript ?? locateWorkerScript())
  try {
    const plan = await planCorpus(dir, o, pool)
    await alignShard(plan, { output: o.output, shard, force: o.force, onProgress: o.onProgress, jobs: o.jobs }, pool)
    // The glossary step loads jieba (~250 MB): the aligning workers are gone before it starts.
    await pool.close()
    return await mergeShards([manifestPath(o.output, shard)], { output: o.output, glossaryLinks: o.glossaryLinks, glossary: o.glossary, only: o.shard, onProgress: o.onProgress })
  } finally {
    await pool.close()
  }
}
