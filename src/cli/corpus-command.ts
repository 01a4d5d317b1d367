/**
 * `resalign corpus <dir> -o <out>`: build a parallel corpus from a folder
 * of UN documents (see src/corpus/build-corpus.ts), and its three steps
 * for array jobs — `corpus plan`, `corpus align --plan … --shard …`,
 * `corpus merge` — as subcommands over planCorpus, alignShard and
 * mergeShards. Exit 0 when every pair was written, 1 when some pair failed
 * (the others are still written and the failures listed), 2 for usage
 * errors and unusable input.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Command, Option } from 'commander'
import { alignShard } from '../corpus/align-shard.js'
import { buildCorpus } from '../corpus/build-corpus.js'
import { CORPUS_DEFAULTS, type CorpusProgress } from '../corpus/corpus-options.js'
import type { CorpusSummary } from '../corpus/corpus-types.js'
import { mergeShards } from '../corpus/merge-shards.js'
import { writeAtomic } from '../corpus/pair-outputs.js'
import { parsePlan, planCorpus, readText } from '../corpus/plan.js'
import { resolveShard } from '../corpus/shard-spec.js'
import { ResalignError } from '../errors.js'
import { FORMATS, isFormat, type Format } from '../export/write-format.js'
import { glossaryOption, outputOption, quietOption, unitNumber, wholeNumber } from './common-options.js'
import type { CliContext } from './context.js'
import type { CliIo } from './io.js'
import { createProgressBar } from './progress-bar.js'

interface CorpusFlags {
  readonly output?: string
  readonly jobs?: number
  readonly formats: string
  readonly glossary?: string
  readonly glossaryLinks?: number
  readonly pairs?: string
  readonly minScore?: number
  readonly unit?: 'paragraph' | 'sentence'
  readonly shard?: string
  readonly plan?: string
  readonly root?: string
  readonly force?: boolean
  readonly quiet?: boolean
}

/** The corpus options, each defined once; every command takes the ones it names. */
const OPTIONS = {
  jobs: () => new Option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()})`).argParser(wholeNumber(1)),
  formats: () => new Option('-f, --formats <list>', `formats per pair besides the aligned JSON, comma-separated: ${FORMATS.join(', ')}`).default('json'),
  unit: () => new Option('--unit <unit>', 'paragraph, or sentence: sentence units in JSONL, Moses, TSV and TMX').choices(['paragraph', 'sentence']),
  glossary: glossaryOption,
  glossaryLinks: () => new Option('--glossary-links <n>', `most links the glossary is extracted from (default ${CORPUS_DEFAULTS.glossaryLinks}; 0: none)`).argParser(wholeNumber(0)),
  pairs: () => new Option('--pairs <file.tsv>', 'name pairs yourself, "zh-path<TAB>en-path" per line, relative to <dir>'),
  minScore: () => new Option('--min-score <x>', 'least pairing score for a pair to be made (default 0.5)').argParser(unitNumber),
  force: () => new Option('--force', 'align every pair again, even when its outputs are up to date'),
  quiet: quietOption,
} as const

type OptionName = keyof typeof OPTIONS

const SHARD_HELP = `--shard auto takes the index from JOB_COMPLETION_INDEX (count: auto/n or
RESALIGN_SHARD_COUNT), SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or
AWS_BATCH_JOB_ARRAY_INDEX/AWS_BATCH_JOB_ARRAY_SIZE.`

/** `resalign corpus` and its subcommands. */
export function corpusCommand(ctx: CliContext): Command {
  const command = new Command('corpus')
    .summary('pair, align and merge a folder of documents into a corpus')
    .description('Build a zh–en parallel corpus from a folder of UN documents: find the Chinese and English documents (.md, .txt, .pdf, .docx, .html) in <dir> and its sub-folders, pair them by the evidence they carry (symbols, the report a resolution was adopted on, session, agenda item, resolution number, titles), align every pair on worker threads and write the results to <out>. The same as `corpus plan`, `corpus align` and `corpus merge` in a row.')
    .usage('<dir> -o <out> [options]\n       resalign corpus plan|align|merge … (array jobs; see their --help)')
    .argument('<dir>', 'folder of documents (a folder named plan, align or merge: ./plan)')
    .enablePositionalOptions()
    .addOption(outputOption('dir', 'output folder (required)'))
    .addHelpText('after', `\nWrites: <out>/summary.json, corpus.jsonl, corpus.tmx, glossary.json, glossary.csv,\npairs/<zh>--<en>.json and one file per extra format.\n\nArray jobs (Kubernetes, Slurm, AWS Batch):\n  resalign corpus plan <dir> -o plan.json\n  resalign corpus align --plan plan.json --shard i/n|auto/n|auto -o <shard out>\n  resalign corpus merge <shard outs…> -o <out>\n${SHARD_HELP}\n\nExit status: 0 done, 1 some pair failed (see "failed" in summary.json), 2 unusable input or usage.\n`)
    .action(async (dir: string, flags: CorpusFlags) => {
      if (flags.output === undefined) command.error("error: required option '-o, --output <dir>' not specified", { code: 'commander.missingMandatoryOptionValue', exitCode: 2 })
      ctx.status = await runBuild(dir, flags as CorpusFlags & { output: string }, ctx.io)
    })
  add(command, ['jobs', 'formats', 'unit', 'glossary', 'glossaryLinks', 'pairs', 'minScore', 'force', 'quiet'])
  command.addOption(new Option('--shard <i/n>', 'align and merge only shard i of n (auto/n, auto: from the array job)'))
  command.addCommand(planCommand(ctx)).addCommand(alignCommand(ctx)).addCommand(mergeCommand(ctx))
  return command
}

function add(command: Command, names: readonly OptionName[]): Command {
  for (const name of names) command.addOption(OPTIONS[name]())
  return command
}

function planCommand({ io }: CliContext): Command {
  const command = new Command('plan')
    .summary('read and pair the documents of a folder into plan.json')
    .description('Find the documents of <dir>, read their metadata on worker threads, pair them over the whole folder and write the plan every shard aligns from (cheap next to aligning).')
    .argument('<dir>', 'folder of documents')
    .addOption(outputOption('plan.json', 'plan file to write').makeOptionMandatory())
    .action(async (dir: string, flags: CorpusFlags & { output: string }) => {
      const plan = await withBar(io, flags, (onProgress) => planCorpus(dir, { output: flags.output, formats: formatsOf(flags.formats), glossary: flags.glossary ?? null, pairs: flags.pairs ?? null, ...given(flags), ...onProgress }))
      await writeAtomic(flags.output, `${JSON.stringify(plan, null, 1)}\n`)
      if (!flags.quiet) io.stderr(`resalign: planned ${plan.pairs.length} pairs of ${plan.documents} documents (${plan.unpaired.length} unpaired), plan ${plan.id}; wrote ${flags.output}\n`)
    })
  return add(command, ['jobs', 'formats', 'unit', 'glossary', 'pairs', 'minScore', 'quiet'])
}

function alignCommand(ctx: CliContext): Command {
  const command = new Command('align')
    .summary('align one shard of a plan')
    .description('Align the pairs of shard i of n of a plan into <out>: pairs/, .units/ and, written last, the manifest shards/<i>-of-<n>.json that `corpus merge` reads.')
    .addOption(new Option('--plan <plan.json>', 'the plan (resalign corpus plan)').makeOptionMandatory())
    .addOption(new Option('--shard <i/n>', 'i/n, auto/n or auto').makeOptionMandatory())
    .addOption(outputOption('dir', 'the shard\'s output folder').makeOptionMandatory())
    .addOption(new Option('--root <dir>', 'the corpus folder, when it is not where the plan was made'))
    .addHelpText('after', `\n${SHARD_HELP}\nExit status: 0 done, 1 some pair failed, 2 unusable input or usage.\n`)
    .action(async (flags: CorpusFlags & { output: string; plan: string; shard: string }) => {
      const plan = parsePlan(await readText(flags.plan, 'plan'), flags.plan)
      const shard = resolveShard(flags.shard)
      const m = await withBar(ctx.io, flags, (onProgress) => alignShard(plan, { output: flags.output, shard, force: flags.force ?? false, root: flags.root ?? null, jobs: flags.jobs ?? availableParallelism(), ...onProgress }))
      if (!flags.quiet) ctx.io.stderr(`resalign: shard ${shard.index}/${shard.count}: ${m.pairs.length - m.timing.skipped} pairs aligned, ${m.timing.skipped} up to date, ${m.failed.length} failed of ${m.planned}; wrote ${join(flags.output, 'shards', `${shard.index}-of-${shard.count}.json`)}\n`)
      for (const f of m.failed) ctx.io.stderr(`resalign: failed: ${f.zh} + ${f.en}: ${f.error}\n`)
      ctx.status = m.failed.length > 0 ? 1 : 0
    })
  return add(command, ['jobs', 'force', 'quiet'])
}

function mergeCommand(ctx: CliContext): Command {
  const command = new Command('merge')
    .summary('merge every shard of a plan into one corpus')
    .description('Check that the shard outputs given (folders, or their shards/<i>-of-<n>.json) are every shard of one plan, each once, then write corpus.jsonl, corpus.tmx, the glossary and summary.json into <out>. Nothing is written when a shard is missing, repeated, or from another plan or version.')
    .argument('<shards...>', 'shard output folders or manifests')
    .addOption(outputOption('dir', 'output folder').makeOptionMandatory())
    .action(async (shards: string[], flags: CorpusFlags & { output: string }) => {
      const summary = await withBar(ctx.io, flags, (onProgress) => mergeShards(shards, { output: flags.output, glossary: flags.glossary ?? null, glossaryLinks: flags.glossaryLinks ?? CORPUS_DEFAULTS.glossaryLinks, ...onProgress }))
      ctx.status = finish(summary, flags, ctx.io)
    })
  return add(command, ['glossary', 'glossaryLinks', 'quiet'])
}

async function runBuild(dir: string, flags: CorpusFlags & { output: string }, io: CliIo): Promise<number> {
  const summary = await withBar(io, flags, (onProgress) =>
    buildCorpus(dir, {
      output: flags.output,
      formats: formatsOf(flags.formats),
      force: flags.force ?? false,
      glossary: flags.glossary ?? null,
      pairs: flags.pairs ?? null,
      shard: flags.shard === undefined ? null : resolveShard(flags.shard),
      ...(flags.glossaryLinks === undefined ? {} : { glossaryLinks: flags.glossaryLinks }),
      ...given(flags),
      ...onProgress,
    }),
  )
  return finish(summary, flags, io)
}

/** The options given that planning and building take as they are. */
function given(flags: CorpusFlags): { minPairingScore?: number; unit?: 'paragraph' | 'sentence'; jobs?: number } {
  return { ...(flags.minScore === undefined ? {} : { minPairingScore: flags.minScore }), ...(flags.unit === undefined ? {} : { unit: flags.unit }), ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }) }
}

/** Run `work` with a progress bar on a terminal (unless --quiet), erased when it ends. */
async function withBar<T>(io: CliIo, flags: CorpusFlags, work: (onProgress: { onProgress?: (p: CorpusProgress) => void }) => Promise<T>): Promise<T> {
  const bar = io.isTTY && !flags.quiet ? createProgressBar(io.stderr) : null
  try {
    return await work(bar ? { onProgress: bar.update } : {})
  } finally {
    bar?.done()
  }
}

function finish(summary: CorpusSummary, flags: CorpusFlags & { output: string }, io: CliIo): number {
  if (!flags.quiet) for (const line of report(summary, flags.output)) io.stderr(`${line}\n`)
  return summary.failed.length > 0 ? 1 : 0
}

function formatsOf(text: string): Format[] {
  const formats = text.split(',').map((f) => f.trim()).filter((f) => f !== '')
  const unknown = formats.filter((f) => !isFormat(f))
  if (unknown.length > 0) throw new ResalignError('options/invalid', `unknown format ${unknown.join(', ')} in --formats`, { hint: `use one or more of ${FORMATS.join(', ')}` })
  return formats as Format[]
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
