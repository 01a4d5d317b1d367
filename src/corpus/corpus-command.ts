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
import { parseShard } from './shard.js'

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
  --shard i/n          align only shard i of n (split by a hash of each pair)
  --force              align every pair again, even when its outputs are up to date
  --unit u             paragraph (default) or sentence: units are the sentence links inside each link
  -q, --quiet          no progress bar and no summary lines
  -h, --help           show this help

Writes: <out>/summary.json, corpus.jsonl, corpus.tmx, glossary.json, glossary.csv,
pairs/<zh>--<en>.json and one file per extra format.

Exit status: 0 done, 1 some pair failed (see "failed" in summary.json),
2 unusable input or usage.
`

/** `resalign corpus`. */
export async function runCorpusCommand(argv: readonly string[], io: CliIo): Promise<number> {
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
      unit: { type: 'string', default: 'paragraph' },
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
  const formats = values.formats.split(',').map((f) => f.trim()).filter((f) => f !== '')
  const unknown = formats.filter((f) => !isFormat(f))
  if (unknown.length > 0) throw new ResalignError('options/invalid', `unknown format ${unknown.join(', ')} in --formats`, { hint: `use one or more of ${FORMATS.join(', ')}` })
  const bar = io.isTTY && !values.quiet ? createProgressBar(io.stderr) : null
  let summary: CorpusSummary
  try {
    summary = await buildCorpus(positionals[0] as string, {
      output: values.output,
      formats: formats as Format[],
      force: values.force ?? false,
      unit: values.unit as 'paragraph' | 'sentence',
      glossary: values.glossary ?? null,
      pairs: values.pairs ?? null,
      shard: values.shard === undefined ? null : parseShard(values.shard),
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
