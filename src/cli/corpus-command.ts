/**
 * `resalign corpus <dir> -o <out>`: build a parallel corpus from a folder
 * of UN documents (see src/corpus/build-corpus.ts). Exit 0 when every pair
 * was written, 1 when some pair failed (the others are still written and
 * the failures listed in summary.json), 2 for usage errors and unusable
 * input.
 *
 * All of the corpus command's parsing lives in this file. Subcommands
 * (`corpus plan|align|merge`) are added in `corpusCommand` below with
 * `.addCommand(...)`, each beside the default action; options they share
 * are the `corpusOptions` list.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Command, Option } from 'commander'
import { buildCorpus } from '../corpus/build-corpus.js'
import type { CorpusSummary } from '../corpus/corpus-types.js'
import { parseShard } from '../corpus/shard.js'
import { ResalignError } from '../errors.js'
import { FORMATS, isFormat, type Format } from '../export/write-format.js'
import { glossaryOption, outputOption, quietOption, unitNumber, wholeNumber } from './common-options.js'
import type { CliContext } from './context.js'
import { createProgressBar } from './progress-bar.js'

interface CorpusFlags {
  readonly output: string
  readonly jobs?: number
  readonly formats: string
  readonly glossary?: string
  readonly glossaryLinks?: number
  readonly pairs?: string
  readonly minScore?: number
  readonly unit?: 'paragraph' | 'sentence'
  readonly shard?: string
  readonly force?: boolean
  readonly quiet?: boolean
}

/** The options of the corpus build, shared by its subcommands. */
function corpusOptions(): Option[] {
  return [
    outputOption('dir', 'output folder').makeOptionMandatory(),
    new Option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()})`).argParser(wholeNumber(1)),
    new Option('-f, --formats <list>', `formats per pair besides the aligned JSON, comma-separated: ${FORMATS.join(', ')}`).default('json'),
    glossaryOption(),
    new Option('--glossary-links <n>', 'most links the glossary is extracted from (default 5000; 0: none)').argParser(wholeNumber(0)),
    new Option('--pairs <file.tsv>', 'name pairs yourself, "zh-path<TAB>en-path" per line, relative to <dir>'),
    new Option('--min-score <x>', 'least pairing score for a pair to be made (default 0.5)').argParser(unitNumber),
    new Option('--shard <i/n>', 'align only shard i of n (split by a hash of each pair)'),
    new Option('--unit <unit>', 'paragraph, or sentence: sentence units in JSONL, Moses, TSV and TMX').choices(['paragraph', 'sentence']),
    new Option('--force', 'align every pair again, even when its outputs are up to date'),
    quietOption(),
  ]
}

/** `resalign corpus`. */
export function corpusCommand(ctx: CliContext): Command {
  const command = new Command('corpus')
    .summary('pair, align and merge a folder of documents into a corpus')
    .description('Build a zh–en parallel corpus from a folder of UN documents: find the Chinese and English documents (.txt, .md) in <dir> and its sub-folders, pair them by the evidence they carry (symbols, the report a resolution was adopted on, session, agenda item, resolution number, titles), align every pair on worker threads and write the results to <out>.')
    .usage('<dir> -o <out> [options]')
    .argument('<dir>', 'folder of documents')
    .addHelpText('after', '\nWrites: <out>/summary.json, corpus.jsonl, corpus.tmx, glossary.json, glossary.csv,\npairs/<zh>--<en>.json and one file per extra format.\n\nExit status: 0 done, 1 some pair failed (see "failed" in summary.json), 2 unusable input or usage.\n')
    .action(async (dir: string, flags: CorpusFlags) => {
      ctx.status = await runBuild(dir, flags, ctx)
    })
  for (const option of corpusOptions()) command.addOption(option)
  // Subcommands go here: command.addCommand(planCommand(ctx)), …
  return command
}

async function runBuild(dir: string, flags: CorpusFlags, { io }: CliContext): Promise<number> {
  const formats = flags.formats.split(',').map((f) => f.trim()).filter((f) => f !== '')
  const unknown = formats.filter((f) => !isFormat(f))
  if (unknown.length > 0) throw new ResalignError('options/invalid', `unknown format ${unknown.join(', ')} in --formats`, { hint: `use one or more of ${FORMATS.join(', ')}` })
  const bar = io.isTTY && !flags.quiet ? createProgressBar(io.stderr) : null
  let summary: CorpusSummary
  try {
    summary = await buildCorpus(dir, {
      output: flags.output,
      formats: formats as Format[],
      force: flags.force ?? false,
      glossary: flags.glossary ?? null,
      pairs: flags.pairs ?? null,
      shard: flags.shard === undefined ? null : parseShard(flags.shard),
      ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
      ...(flags.glossaryLinks === undefined ? {} : { glossaryLinks: flags.glossaryLinks }),
      ...(flags.minScore === undefined ? {} : { minPairingScore: flags.minScore }),
      ...(flags.unit === undefined ? {} : { unit: flags.unit }),
      ...(bar ? { onProgress: bar.update } : {}),
    })
  } finally {
    bar?.done()
  }
  if (!flags.quiet) for (const line of report(summary, flags.output)) io.stderr(`${line}\n`)
  return summary.failed.length > 0 ? 1 : 0
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
