/**
 * `resalign corpus merge <shard outputs…> -o <out>`: check that the shard
 * manifests given are every shard of one plan, each once, then write the
 * merged corpus.jsonl and corpus.tmx (plan order, streamed from the
 * shards' folders), the glossary and summary.json into `<out>`. Nothing is
 * written when a shard is missing, repeated, or from another plan or
 * version. The shards' per-pair files stay in their folders.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { ResalignError } from '../errors.js'
import { RESALIGN_VERSION } from '../export/version.js'
import { buildGlossary } from './corpus-glossary.js'
import type { CorpusSummary, GlossaryReport, Shard, ShardManifest } from './corpus-types.js'
import { mergeOutputs, type Share } from './merge-outputs.js'
import { writeAtomic } from './pair-outputs.js'
import { compare, round } from './plan.js'

/** What merging needs besides the shard outputs. */
export interface MergeInput {
  readonly output: string
  /** Most two-sided links the glossary is extracted from (0: none). */
  readonly glossaryLinks: number
  /** User glossary file, or null. */
  readonly glossary: string | null
  /** Merge one shard alone (what `buildCorpus` with `shard` does); default: all shards required. */
  readonly only?: Shard | null
  readonly onProgress?: ((progress: { phase: 'glossary'; done: number; total: number; failed: number; skipped: number }) => void) | undefined
}

interface Located extends ShardManifest {
  /** The shard's output folder. */
  readonly folder: string
  readonly file: string
}

/**
 * Merge shard outputs (folders holding `shards/<i>-of-<n>.json`, or those
 * files).
 *
 * @throws ResalignError `corpus/plan-mismatch` (shards of two plans or
 *   splits), `corpus/plan-version`, `corpus/shard-duplicate`,
 *   `corpus/shard-missing`, `input/not-found`.
 */
export async function mergeShards(inputs: readonly string[], o: Readonly<MergeInput>): Promise<CorpusSummary> {
  const started = performance.now()
  const shards = checkShards(await locate(inputs), o.only ?? null)
  const out = resolve(o.output)
  await mkdir(out, { recursive: true })
  const merged = shards.flatMap((s) => s.pairs.map((pair, k) => ({ pair, at: s.order[k] as number, folder: s.folder })))
  merged.sort((a, b) => a.at - b.at)
  const shares: Share[] = merged.map((m) => ({ folder: m.folder, name: m.pair.name }))
  const mergeStart = performance.now()
  await mergeOutputs(out, shares, shards[0]?.unit ?? 'paragraph')
  const mergeMs = performance.now() - mergeStart
  const total = merged.reduce((n, m) => n + m.pair.twoSided, 0)
  const skipped = shards.reduce((n, s) => n + s.timing.skipped, 0)
  const failed = shards.flatMap((s) => s.failed).sort((a, b) => compare(a.name, b.name))
  const glossaryStart = performance.now()
  let glossary: GlossaryReport
  if (o.glossaryLinks === 0) glossary = { status: 'skipped', reason: 'glossary extraction turned off (--glossary-links 0)' }
  else if (total === 0) glossary = { status: 'skipped', reason: 'no two-sided links to extract terms from' }
  else {
    o.onProgress?.({ phase: 'glossary', done: 0, total: 1, failed: failed.length, skipped })
    try {
      glossary = await buildGlossary({ out, shares, maxLinks: o.glossaryLinks, total, glossaryFile: o.glossary === null ? null : resolve(o.glossary) })
    } catch (error) {
      glossary = { status: 'failed', reason: error instanceof Error ? error.message : String(error) }
    }
  }
  const glossaryMs = performance.now() - glossaryStart
  const whole = shards.find((s) => s.whole !== null)?.whole ?? null
  const alignMs = Math.max(...shards.map((s) => s.timing.alignMs))
  const alignedBytes = shards.reduce((n, s) => n + s.timing.alignedBytes, 0)
  const aligned = merged.length - skipped
  const summary: CorpusSummary = {
    shard: o.only ?? null,
    pairs: merged.map((m) => m.pair),
    unpaired: whole?.unpaired ?? [],
    failed,
    ignored: whole?.ignored ?? [],
    glossary,
    timing: {
      jobs: Math.max(...shards.map((s) => s.timing.jobs)),
      readMs: whole?.readMs ?? 0,
      pairMs: whole?.pairMs ?? 0,
      alignMs,
      mergeMs: round(mergeMs),
      glossaryMs: round(glossaryMs),
      totalMs: round((whole?.readMs ?? 0) + (whole?.pairMs ?? 0) + alignMs + performance.now() - started),
      pairsPerSecond: round(alignMs > 0 ? (aligned * 1000) / alignMs : 0),
      megabytesPerSecond: round(alignMs > 0 ? alignedBytes / 1e6 / (alignMs / 1000) : 0),
      skipped,
    },
  }
  await writeAtomic(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

/** The manifests named by `inputs` (folders are searched for `shards/*.json`), each file once. */
async function locate(inputs: readonly string[]): Promise<Located[]> {
  const files = new Set<string>()
  for (const input of inputs) {
    const path = resolve(input)
    const info = await stat(path).catch((cause: unknown) => {
      throw new ResalignError('input/not-found', `no such shard output: ${input}`, { hint: 'give the folders the shards wrote (resalign corpus align -o <folder>)', cause })
    })
    if (info.isFile()) files.add(path)
    else {
      const names = await readdir(join(path, 'shards')).catch(() => [] as string[])
      const found = names.filter((n) => /^\d+-of-\d+\.json$/.test(n))
      if (found.length === 0) throw new ResalignError('input/not-found', `${input} holds no shard manifest (shards/<i>-of-<n>.json)`, { hint: 'was the shard run to the end? a shard writes its manifest last' })
      for (const n of found) files.add(join(path, 'shards', n))
    }
  }
  return Promise.all([...files].map(async (file) => {
    let m: ShardManifest
    try {
      m = JSON.parse(await readFile(file, 'utf8')) as ShardManifest
    } catch (cause) {
      throw new ResalignError('input/unreadable', `${file} is not a shard manifest`, { cause })
    }
    if (m?.format !== 'resalign-corpus-shard' || !Array.isArray(m.pairs) || !Array.isArray(m.order)) throw new ResalignError('input/unreadable', `${file} is not a shard manifest`)
    return { ...m, file, folder: dirname(dirname(file)) }
  }))
}

/** Every shard of one plan, once, in index order; or `only` alone. */
function checkShards(found: readonly Located[], only: Shard | null): Located[] {
  const versions = found.filter((s) => s.resalign !== RESALIGN_VERSION)
  if (versions.length > 0) throw new ResalignError('corpus/plan-version', `${versions[0]!.file} was aligned by resalign ${versions[0]!.resalign}; this is ${RESALIGN_VERSION}`, { hint: 'align every shard with the same version' })
  const plans = [...new Set(found.map((s) => s.plan))]
  if (plans.length > 1) throw new ResalignError('corpus/plan-mismatch', `the shards come from ${plans.length} different plans (${plans.join(', ')})`, { hint: 'merge the shards of one plan; align the others again with --plan' })
  const counts = [...new Set(found.map((s) => s.shard.count))]
  if (counts.length > 1) throw new ResalignError('corpus/plan-mismatch', `the shards split the plan in different ways (${counts.map((n) => `of ${n}`).join(', ')})`, { hint: 'give the shards of one run (--shard i/n with the same n)' })
  const wanted = only === null ? Array.from({ length: counts[0] ?? 0 }, (_, i) => i + 1) : [only.index]
  if (only !== null && counts[0] !== undefined && counts[0] !== only.count) throw new ResalignError('corpus/shard-missing', `no shard ${only.index}/${only.count} here`)
  const byIndex = new Map<number, Located[]>()
  for (const s of found) byIndex.set(s.shard.index, [...(byIndex.get(s.shard.index) ?? []), s])
  const twice = [...byIndex].filter(([, list]) => list.length > 1)
  if (twice.length > 0) {
    const [index, list] = twice[0]!
    throw new ResalignError('corpus/shard-duplicate', `shard ${index}/${counts[0]} was given twice (${list.map((s) => s.file).join(', ')})`, { hint: 'give each shard once; nothing was merged' })
  }
  const missing = wanted.filter((i) => !byIndex.has(i))
  if (missing.length > 0 || found.length === 0) {
    throw new ResalignError('corpus/shard-missing', `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${counts[0] ?? '?'} missing`, { hint: 'run the missing shards (or wait for them to finish); nothing was merged' })
  }
  return wanted.map((i) => byIndex.get(i)![0]!)
}
