/**
 * `resalign corpus plan`: find the documents of a folder, read their
 * metadata (workers), pair them globally, and return the plan every shard
 * aligns from. Cheap next to aligning: each document's head is read, not
 * the whole document. The plan carries a content id that shard outputs
 * repeat, so that a merge never mixes runs of two plans.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ResalignError } from '../errors.js'
import { RESALIGN_VERSION } from '../export/version.js'
import { readGlossary } from '../glossary/read-glossary.js'
import type { CorpusPlan, DocumentInfo, UnreadableDocument } from './corpus-types.js'
import type { CorpusProgress } from './corpus-options.js'
import { findDocuments } from './find-documents.js'
import { pairDocuments } from './pair-documents.js'
import { readPairsFile } from './read-pairs-file.js'
import { describeError } from './run-task.js'
import { createTitleSimilarity } from './title-similarity.js'
import { locateWorkerScript, TaskFailure, WorkerPool } from './worker-pool.js'
import { resolveCorpusOptions, type CorpusOptions } from './corpus-options.js'
import { availableParallelism } from 'node:os'

/** Layout version of plan files (2: with `unit`). */
export const PLAN_VERSION = 2

/** What planning needs (see CorpusOptions). */
export interface PlanInput {
  /** Output folder of the corpus (not entered when looking for documents). */
  readonly output: string
  readonly formats: readonly string[]
  readonly unit: 'paragraph' | 'sentence'
  readonly glossary: string | null
  readonly pairs: string | null
  readonly minPairingScore: number
  readonly onProgress?: ((progress: CorpusProgress) => void) | undefined
}

/**
 * Read and pair the documents of `dir` on `pool`'s workers (a pool of
 * `options.jobs` workers of its own when none is given).
 *
 * @throws ResalignError `options/invalid`, `input/not-found`.
 */
export async function planCorpus(dir: string, options: Readonly<CorpusOptions>, pool?: WorkerPool): Promise<CorpusPlan> {
  const o = resolveCorpusOptions(options, availableParallelism())
  return withPool(pool, o, (p) => makePlan(dir, o, p))
}

/** Run `work` on `pool`, or on a pool of its own, closed after. */
export async function withPool<T>(pool: WorkerPool | undefined, o: { readonly jobs: number; readonly workerScript?: URL | undefined }, work: (pool: WorkerPool) => Promise<T>): Promise<T> {
  if (pool) return work(pool)
  const own = new WorkerPool(o.jobs, o.workerScript ?? locateWorkerScript())
  try {
    return await work(own)
  } finally {
    await own.close()
  }
}

async function makePlan(dir: string, o: Readonly<PlanInput>, pool: WorkerPool): Promise<CorpusPlan> {
  const started = performance.now()
  const root = resolve(dir)
  const progress = o.onProgress ?? (() => {})
  const glossary = o.glossary === null ? [] : readGlossary(await readText(o.glossary, 'glossary')).value
  const named = o.pairs === null ? [] : readPairsFile(await readText(o.pairs, 'pairs file'), root)
  const found = await findDocuments(root, { exclude: [resolve(o.output)] })
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
  const pairMs = performance.now() - started - readMs
  const id = createHash('sha256').update(JSON.stringify([PLAN_VERSION, RESALIGN_VERSION, o.formats, o.unit, pairing.pairs])).digest('hex').slice(0, 16)
  return {
    format: 'resalign-corpus-plan',
    planVersion: PLAN_VERSION,
    resalign: RESALIGN_VERSION,
    id,
    root,
    formats: [...o.formats],
    unit: o.unit,
    documents: found.documents.length,
    pairs: pairing.pairs,
    unpaired: pairing.unpaired,
    ignored: found.ignored,
    timing: { readMs: round(readMs), pairMs: round(pairMs) },
  }
}

/**
 * Parse a plan file, refusing one made by another version of resalign or
 * in another layout (its pairs or outputs could differ).
 *
 * @throws ResalignError `corpus/plan-version`, `input/unreadable` for what is no plan.
 */
export function parsePlan(text: string, where: string): CorpusPlan {
  let plan: Partial<CorpusPlan>
  try {
    plan = JSON.parse(text) as Partial<CorpusPlan>
  } catch (cause) {
    throw new ResalignError('input/unreadable', `${where} is not a corpus plan (not JSON)`, { hint: 'make one with resalign corpus plan <dir> -o plan.json', cause })
  }
  if (plan?.format !== 'resalign-corpus-plan' || !Array.isArray(plan.pairs) || typeof plan.id !== 'string') {
    throw new ResalignError('input/unreadable', `${where} is not a corpus plan`, { hint: 'make one with resalign corpus plan <dir> -o plan.json' })
  }
  if (plan.planVersion !== PLAN_VERSION || plan.resalign !== RESALIGN_VERSION) {
    throw new ResalignError('corpus/plan-version', `${where} was made by resalign ${String(plan.resalign)} (plan layout ${String(plan.planVersion)}); this is resalign ${RESALIGN_VERSION} (layout ${PLAN_VERSION})`, {
      hint: 'make the plan again with this version: resalign corpus plan <dir> -o plan.json',
    })
  }
  return plan as CorpusPlan
}

/** Read a file the user named. @throws ResalignError `input/not-found`. */
export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (cause) {
    throw new ResalignError('input/not-found', `cannot read the ${what} ${path}`, { hint: 'check the path', cause })
  }
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
export const round = (x: number): number => Math.round(x * 100) / 100
