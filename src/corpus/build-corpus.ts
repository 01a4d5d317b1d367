/**
 * Build a parallel corpus from a folder of UN documents:
 * find → read (workers) → pair → shard → align (workers, streamed to disk)
 * → merge → glossary (a worker) → summary.json.
 * Only small figures stay in memory; each pair's outputs are written by
 * the worker that aligned it, and the merged files are assembled from
 * those by streaming.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { ResalignError } from '../errors.js'
import { readGlossary } from '../glossary/read-glossary.js'
import type { GlossaryEntry } from '../glossary/glossary-types.js'
import type { CorpusSummary, DocumentInfo, FailedPair, GlossaryReport, PairSummary, UnreadableDocument } from './corpus-types.js'
import { resolveCorpusOptions, type CorpusOptions, type ResolvedCorpusOptions } from './corpus-options.js'
import { findDocuments } from './find-documents.js'
import { mergeOutputs } from './merge-outputs.js'
import { pairDocuments } from './pair-documents.js'
import { writeAtomic } from './pair-outputs.js'
import { readPairsFile } from './read-pairs-file.js'
import { describeError } from './run-task.js'
import { inShard } from './shard.js'
import { createTitleSimilarity } from './title-similarity.js'
import { locateWorkerScript, TaskFailure, WorkerPool } from './worker-pool.js'

/**
 * Build the corpus of `dir` into `options.output`.
 *
 * @throws ResalignError `options/invalid` for bad options, `input/not-found`
 *   for a missing folder, pairs file or glossary. Pairs that fail are
 *   listed in the summary's `failed`, not thrown.
 */
export async function buildCorpus(dir: string, options: Readonly<CorpusOptions>): Promise<CorpusSummary> {
  const started = performance.now()
  const o = resolveCorpusOptions(options, availableParallelism())
  const root = resolve(dir)
  const out = resolve(o.output)
  const progress = o.onProgress ?? (() => {})
  const glossary = o.glossary === null ? [] : await loadGlossary(o.glossary)
  const named = o.pairs === null ? [] : readPairsFile(await readText(o.pairs, 'pairs file'), root)
  const found = await findDocuments(root, { exclude: [out] })
  const pool = new WorkerPool(o.jobs, o.workerScript ?? locateWorkerScript())
  try {
    let done = 0
    const documents: DocumentInfo[] = []
    const unreadable: UnreadableDocument[] = []
    await Promise.all(
      found.documents.map(async (file) => {
        try {
          documents.push(await pool.run({ kind: 'read', root, file }))
        } catch (error) {
          unreadable.push({ file, reason: `cannot be read: ${error instanceof TaskFailure ? describeError(error.info) : String(error)}` })
        }
        progress({ phase: 'read', done: ++done, total: found.documents.length, failed: 0, skipped: 0 })
      }),
    )
    documents.sort((a, b) => compare(a.file, b.file))
    const readMs = performance.now() - started
    const pairing = pairDocuments(documents, unreadable, { similarity: createTitleSimilarity(glossary), minScore: o.minPairingScore, named })
    const planned = pairing.pairs.filter((p) => inShard(p, o.shard))
    const pairMs = performance.now() - started - readMs
    await mkdir(join(out, 'pairs'), { recursive: true })
    await mkdir(join(out, '.units'), { recursive: true })
    const results = new Map<string, PairSummary>()
    const failed: FailedPair[] = []
    let skipped = 0
    let alignedBytes = 0
    done = 0
    progress({ phase: 'align', done, total: planned.length, failed: 0, skipped: 0 })
    await Promise.all(
      planned.map(async (pair) => {
        try {
          const outcome = await pool.run({ kind: 'align', job: { root, out, pair, formats: o.formats, force: o.force, unit: o.unit } })
          results.set(pair.name, { ...pair, ...outcome })
          if (outcome.status === 'skipped') skipped++
          else alignedBytes += outcome.bytes
        } catch (error) {
          failed.push({ zh: pair.zh, en: pair.en, name: pair.name, error: error instanceof TaskFailure ? describeError(error.info) : String(error) })
        }
        progress({ phase: 'align', done: ++done, total: planned.length, failed: failed.length, skipped })
      }),
    )
    await pool.close()
    const alignMs = performance.now() - started - readMs - pairMs
    const pairs = planned.flatMap((p) => results.get(p.name) ?? [])
    const names = pairs.map((p) => p.name)
    const mergeStart = performance.now()
    await mergeOutputs(out, names, o.unit)
    const mergeMs = performance.now() - mergeStart
    const glossaryStart = performance.now()
    const glossaryReport = await corpusGlossary(o, out, names, pairs.reduce((n, p) => n + p.twoSided, 0), () => progress({ phase: 'glossary', done: 0, total: 1, failed: failed.length, skipped }))
    const glossaryMs = performance.now() - glossaryStart
    const aligned = pairs.length - skipped
    const summary: CorpusSummary = {
      shard: o.shard,
      pairs,
      unpaired: o.shard === null || o.shard.index === 1 ? pairing.unpaired : [],
      failed: failed.sort((a, b) => compare(a.name, b.name)),
      ignored: o.shard === null || o.shard.index === 1 ? found.ignored : [],
      glossary: glossaryReport,
      timing: {
        jobs: o.jobs,
        readMs: round(readMs),
        pairMs: round(pairMs),
        alignMs: round(alignMs),
        mergeMs: round(mergeMs),
        glossaryMs: round(glossaryMs),
        totalMs: round(performance.now() - started),
        pairsPerSecond: round(alignMs > 0 ? (aligned * 1000) / alignMs : 0),
        megabytesPerSecond: round(alignMs > 0 ? alignedBytes / 1e6 / (alignMs / 1000) : 0),
        skipped,
      },
    }
    await writeAtomic(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
    return summary
  } finally {
    await pool.close()
  }
}

async function corpusGlossary(o: ResolvedCorpusOptions, out: string, names: readonly string[], total: number, starting: () => void): Promise<GlossaryReport> {
  if (o.glossaryLinks === 0) return { status: 'skipped', reason: 'glossary extraction turned off (--glossary-links 0)' }
  if (total === 0) return { status: 'skipped', reason: 'no two-sided links to extract terms from' }
  starting()
  const pool = new WorkerPool(1, o.workerScript ?? locateWorkerScript())
  try {
    return await pool.run({ kind: 'glossary', job: { out, names, maxLinks: o.glossaryLinks, total, glossaryFile: o.glossary === null ? null : resolve(o.glossary) } })
  } catch (error) {
    return { status: 'failed', reason: error instanceof TaskFailure ? describeError(error.info) : String(error) }
  } finally {
    await pool.close()
  }
}

async function loadGlossary(path: string): Promise<GlossaryEntry[]> {
  return readGlossary(await readText(path, 'glossary')).value
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (cause) {
    throw new ResalignError('input/not-found', `cannot read the ${what} ${path}`, { hint: 'check the path', cause })
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const round = (x: number): number => Math.round(x * 100) / 100
