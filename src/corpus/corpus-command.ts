/**
 * `resalign corpus <dir> -o <out>`: build a parallel corpus from a folder
 * of UN documents (see build-corpus.ts). Exit 0 when every pair was
 * written, 1 when some pair failed (the others are still written and the
 * failures listed in summary.json), 2 for usage errors and unusable input.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { CliIo } from '../cli/io.js'
import { ResalignError } from '../errors.js'
import { FORMATS, isFormat, type Format } from '../export/write-format.js'
import { buildCorpus } from './build-corpus.js'
import type { CorpusSummary } from './corpus-types.js'
import { createProgressBar } from './progress-bar.js'
import { resolveShard } from './shard-spec.js'
import { alignShard } from './align-shard.js'
import { CORPUS_DEFAULTS } from './corpus-options.js'
import { mergeShards } from './merge-shards.js'
import { writeAtomic } from './pair-outputs.js'
import { parsePlan, planCorpus, readText } from './plan.js'

export const CORPUS_HELP = `Usage: resalign corpus <dir> -o <out> [options]

Build a zh–en parallel corpus from a folder of UN documents. Finds the
Chinese and English documents (.txt, .md) in <dir> and its sub-folders,
pairs them by the evidence they carry (symbols, the report a resolution
was adopted on, session, agenda item, resolution number, titles), aligns
every pair on worker threads and writes the results to <out>.

Options:
  -o, --output dir     output folder (required)
  -j, --jobs n         worker threads (default: the number of cores, ${availableParallelism()})
  --formats list       formats per pair besides the aligned JSON, comma-separated:
                       ${FORMATS.join(', ')} (default json)
  --glossary file      user glossary (CSV/TSV zh,en[,note] or TBX): used to compare
                       titles when pairing and to mark known terms
  --glossary-links n   most links the glossary is extracted from (default 5000; 0: none)
  --pairs file.tsv     name pairs yourself, "zh-path<TAB>en-path" per line, relative
                       to <dir>; the other documents are paired by evidence
  --min-score x        least pairing score for a pair to be made (default 0.5)
  --shard i/n          align only shard i of n (split by a hash of each pair); auto/n, auto: see below
  --force              align every pair again, even when its outputs are up to date
  -q, --quiet          no progress bar and no summary lines
  -h, --help           show this help

Writes: <out>/summary.json, corpus.jsonl, corpus.tmx, glossary.json, glossary.csv,
pairs/<zh>--<en>.json and one file per extra format.

The same in three steps, for array jobs (Kubernetes, Slurm, AWS Batch):
  resalign corpus plan <dir> -o plan.json [--formats list] [--glossary file]
                       [--pairs file.tsv] [--min-score x] [-j n]
  resalign corpus align --plan plan.json --shard i/n|auto/n|auto -o <out>
                       [--root dir] [-j n] [--force] [-q]
  resalign corpus merge <shard outputs…> -o <out> [--glossary file]
                       [--glossary-links n] [-q]
--shard auto takes the index from JOB_COMPLETION_INDEX (count: auto/n or
RESALIGN_SHARD_COUNT), SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or
AWS_BATCH_JOB_ARRAY_INDEX/AWS_BATCH_JOB_ARRAY_SIZE. --root: the corpus folder
when it is not where the plan was made. A folder named plan, align or merge
is given as ./plan.

Exit status: 0 done, 1 some pair failed (see "failed" in summary.json),
2 unusable input or usage.
`

/** `resalign corpus`. */
export async function runCorpusCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const step = argv[0]
  if (step === 'plan' || step === 'align' || step === 'merge') return runStep(step, argv.slice(1), io)
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      formats: { type: 'string', default: 'json' },
      glossary: { type: 'string' },
      'glossary-links': { type: 'string' },
      pairs: { type: 'string' },
      'min-score': { type: 'string' },
      shard: { type: 'string' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout(CORPUS_HELP)
    return 0
  }
  if (positionals.length !== 1) throw new ResalignError('options/invalid', 'corpus takes one folder', { hint: 'resalign corpus <dir> -o <out> (see --help)' })
  if (!values.output) throw new ResalignError('options/invalid', 'corpus needs an output folder', { hint: 'resalign corpus <dir> -o <out>' })
  const formats = formatsOf(values.formats)
  const bar = io.isTTY && !values.quiet ? createProgressBar(io.stderr) : null
  let summary: CorpusSummary
  try {
    summary = await buildCorpus(positionals[0] as string, {
      output: values.output,
      formats,
      force: values.force ?? false,
      glossary: values.glossary ?? null,
      pairs: values.pairs ?? null,
      shard: values.shard === undefined ? null : resolveShard(values.shard),
      ...(values.jobs === undefined ? {} : { jobs: whole(values.jobs, '--jobs', 1) }),
      ...(values['glossary-links'] === undefined ? {} : { glossaryLinks: whole(values['glossary-links'], '--glossary-links', 0) }),
      ...(values['min-score'] === undefined ? {} : { minPairingScore: unit(values['min-score']) }),
      ...(bar ? { onProgress: bar.update } : {}),
    })
  } finally {
    bar?.done()
  }
  if (!values.quiet) for (const line of report(summary, values.output)) io.stderr(`${line}\n`)
  return summary.failed.length > 0 ? 1 : 0
}

/** `resalign corpus plan|align|merge`: argument handling around planCorpus, alignShard, mergeShards. */
async function runStep(step: 'plan' | 'align' | 'merge', argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      ...(step === 'plan' ? { formats: { type: 'string', default: 'json' }, pairs: { type: 'string' }, 'min-score': { type: 'string' } } : {}),
      ...(step !== 'align' ? { glossary: { type: 'string' } } : {}),
      ...(step === 'align' ? { plan: { type: 'string' }, shard: { type: 'string' }, root: { type: 'string' }, force: { type: 'boolean' } } : {}),
      ...(step === 'merge' ? { 'glossary-links': { type: 'string' } } : {}),
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const v = values as Record<string, string | boolean | undefined>
  const text = (name: string): string | undefined => (typeof v[name] === 'string' ? (v[name] as string) : undefined)
  if (v.help) {
    io.stdout(CORPUS_HELP)
    return 0
  }
  const output = text('output')
  if (!output) throw new ResalignError('options/invalid', `corpus ${step} needs -o`, { hint: `resalign corpus ${step} … -o <${step === 'plan' ? 'plan.json' : 'out'}> (see --help)` })
  const jobs = text('jobs') === undefined ? {} : { jobs: whole(text('jobs') as string, '--jobs', 1) }
  const bar = io.isTTY && !v.quiet ? createProgressBar(io.stderr) : null
  const onProgress = bar ? { onProgress: bar.update } : {}
  try {
    if (step === 'plan') {
      if (positionals.length !== 1) throw new ResalignError('options/invalid', 'corpus plan takes one folder', { hint: 'resalign corpus plan <dir> -o plan.json' })
      const plan = await planCorpus(positionals[0] as string, { output, formats: formatsOf(text('formats') ?? 'json'), glossary: text('glossary') ?? null, pairs: text('pairs') ?? null, ...jobs, ...onProgress, ...(text('min-score') === undefined ? {} : { minPairingScore: unit(text('min-score') as string) }) })
      await writeAtomic(output, `${JSON.stringify(plan, null, 1)}\n`)
      bar?.done()
      if (!v.quiet) io.stderr(`resalign: planned ${plan.pairs.length} pairs of ${plan.documents} documents (${plan.unpaired.length} unpaired), plan ${plan.id}; wrote ${output}\n`)
      return 0
    }
    if (step === 'align') {
      const planFile = text('plan')
      if (!planFile || positionals.length > 0) throw new ResalignError('options/invalid', 'corpus align takes --plan and no folder', { hint: 'resalign corpus align --plan plan.json --shard i/n -o <out>' })
      if (text('shard') === undefined) throw new ResalignError('options/invalid', 'corpus align needs --shard', { hint: '--shard i/n, --shard auto/n or --shard auto (array jobs)' })
      const plan = parsePlan(await readText(planFile, 'plan'), planFile)
      const shard = resolveShard(text('shard') as string)
      const m = await alignShard(plan, { output, shard, force: v.force === true, root: text('root') ?? null, jobs: availableParallelism(), ...jobs, ...onProgress })
      bar?.done()
      if (!v.quiet) io.stderr(`resalign: shard ${shard.index}/${shard.count}: ${m.pairs.length - m.timing.skipped} pairs aligned, ${m.timing.skipped} up to date, ${m.failed.length} failed of ${m.planned}; wrote ${join(output, 'shards', `${shard.index}-of-${shard.count}.json`)}\n`)
      for (const f of m.failed) io.stderr(`resalign: failed: ${f.zh} + ${f.en}: ${f.error}\n`)
      return m.failed.length > 0 ? 1 : 0
    }
    if (positionals.length === 0) throw new ResalignError('options/invalid', 'corpus merge takes the shard outputs', { hint: 'resalign corpus merge out-1 out-2 … -o <out>' })
    const summary = await mergeShards(positionals, { output, glossary: text('glossary') ?? null, glossaryLinks: text('glossary-links') === undefined ? CORPUS_DEFAULTS.glossaryLinks : whole(text('glossary-links') as string, '--glossary-links', 0), ...onProgress })
    bar?.done()
    if (!v.quiet) for (const line of report(summary, output)) io.stderr(`${line}\n`)
    return summary.failed.length > 0 ? 1 : 0
  } finally {
    bar?.done()
  }
}

function formatsOf(text: string): Format[] {
  const formats = text.split(',').map((f) => f.trim()).filter((f) => f !== '')
  const unknown = formats.filter((f) => !isFormat(f))
  if (unknown.length > 0) throw new ResalignError('options/invalid', `unknown format ${unknown.join(', ')} in --formats`, { hint: `use one or more of ${FORMATS.join(', ')}` })
  return formats as Format[]
}

function whole(text: string, name: string, least: number): number {
  const n = Number(text)
  if (!/^\d+$/.test(text.trim()) || n < least) throw new ResalignError('options/invalid', `${name} must be a whole number ≥ ${least}, not ${text}`)
  return n
}

function unit(text: string): number {
  const x = Number(text)
  if (text.trim() === '' || !(x >= 0 && x <= 1)) throw new ResalignError('options/invalid', `--min-score must be a number from 0 to 1, not ${text}`)
  return x
}

/** The lines printed when the run ends. */
export function report(s: CorpusSummary, out: string): string[] {
  const t = s.timing
  const aligned = s.pairs.length - t.skipped
  const lines = [
    `resalign: ${aligned} pairs aligned, ${t.skipped} up to date, ${s.failed.length} failed, ${s.unpaired.length} documents unpaired${s.shard ? ` (shard ${s.shard.index}/${s.shard.count})` : ''} in ${(t.totalMs / 1000).toFixed(1)} s with ${t.jobs} workers`,
  ]
  for (const f of s.failed) lines.push(`resalign: failed: ${f.zh} + ${f.en}: ${f.error}`)
  for (const u of s.unpaired.slice(0, 5)) lines.push(`resalign: unpaired: ${u.file}: ${u.reason.length > 160 ? `${u.reason.slice(0, 160)}…` : u.reason}`)
  if (s.unpaired.length > 5) lines.push(`resalign: ${s.unpaired.length - 5} more unpaired documents in summary.json`)
  if (s.glossary.status !== 'written' && s.glossary.status !== 'skipped') lines.push(`resalign: glossary ${s.glossary.status}: ${s.glossary.reason}`)
  lines.push(`resalign: wrote ${join(out, 'summary.json')}, ${join(out, 'corpus.jsonl')}, ${join(out, 'corpus.tmx')}${s.glossary.status === 'written' ? `, ${join(out, 'glossary.json')}` : ''}`)
  return lines
}
