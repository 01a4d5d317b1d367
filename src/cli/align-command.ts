import { basename } from 'node:path'
import { Command, Option } from 'commander'
import { align } from '../align/align.js'
import { isResalignError, ResalignError } from '../errors.js'
import { FORMATS } from '../export/write-format.js'
import type { Alignment, Issue } from '../types.js'
import { formatOption, fromOption, outputOption, quietOption, strictOption, type FromFormat } from './common-options.js'
import type { CliContext } from './context.js'
import { writeOutputs, wroteLine } from './outputs.js'
import { issueLines } from './print-issues.js'
import { readTree } from './read-input.js'
import { alignSentences } from '../sentence/align-sentences.js'

interface AlignFlags {
  readonly format: (typeof FORMATS)[number]
  readonly output?: string
  readonly from?: FromFormat
  readonly strict?: boolean
  readonly quiet?: boolean
  readonly markup?: boolean
  readonly unpaired?: boolean
  readonly unit: 'paragraph' | 'sentence'
}

/** `resalign align <zh-file> <en-file>`. */
export function alignCommand(ctx: CliContext): Command {
  return new Command('align')
    .summary('align a Chinese and an English document')
    .description('Align the Chinese and English versions of a UN document ("-": standard input).')
    .argument('<zh-file>', 'the Chinese document')
    .argument('<en-file>', 'the English document')
    .addOption(formatOption(FORMATS, 'json'))
    .addOption(outputOption('file', 'write to a file (moses: file.zh and file.en; "-": standard output, the default)'))
    .addOption(fromOption())
    .addOption(new Option('--markup', 'TMX: mark lead verbs in segments (<hi type="x-lead">); default plain text'))
    .addOption(new Option('--unit <unit>', 'paragraph, or sentence: align the sentences inside each link; JSON links carry them, other formats write one unit per sentence link').choices(['paragraph', 'sentence']).default('paragraph'))
    .addOption(new Option('--unpaired', 'TSV, Moses, TMX: also write one-sided links (default: two-sided only)'))
    .addOption(strictOption())
    .addOption(quietOption())
    .action(async (zhPath: string, enPath: string, flags: AlignFlags) => {
      ctx.status = await runAlign(zhPath, enPath, flags, ctx)
    })
}

async function runAlign(zhPath: string, enPath: string, flags: AlignFlags, { io }: CliContext): Promise<number> {
  if (zhPath === '-' && enPath === '-') throw new ResalignError('options/invalid', 'only one of the two documents can come from standard input', { hint: 'give a file name for the other one' })
  // One after the other: pdf.js keeps state per process, and a document at a time bounds the memory.
  const zh = await readTree(zhPath, io, { from: flags.from })
  const en = await readTree(enPath, io, { from: flags.from })
  const paragraphs = align(zh.value, en.value, { names: { zh: nameOf(zhPath), en: nameOf(enPath) } })
  const { value, issues } = flags.unit === 'sentence' ? alignSentences(paragraphs.value) : paragraphs
  const all = [...zh.issues.map((i) => ({ ...i, side: 'zh' as const })), ...en.issues.map((i) => ({ ...i, side: 'en' as const })), ...issues]
  const swapped = issues.some((i) => i.code === 'align/swapped')
  const trees = swapped ? { zh: en.value, en: zh.value } : { zh: zh.value, en: en.value }
  const written = await writeOutputs({ ...value, issues: all }, flags.format, flags.output, io, { trees, markup: flags.markup ?? false, unpaired: flags.unpaired ?? false, unit: flags.unit })
  const warnings = all.filter((i) => i.severity !== 'info' && (i.code.startsWith('align/') || i.severity === 'error'))
  if (!flags.quiet) for (const line of [...summary(value, warnings), ...wroteLine(written)]) io.stderr(`${line}\n`)
  return flags.strict && warnings.length > 0 ? 3 : 0
}

const nameOf = (path: string): string => (path === '-' ? 'stdin' : basename(path))


/** A few lines for the terminal: counts, then the warnings. */
export function summary(a: Alignment, warnings: readonly Issue[]): string[] {
  const two = a.pairs.filter((p) => p.zh.ids.length && p.en.ids.length)
  const mean = two.length ? two.reduce((s, p) => s + p.score, 0) / two.length : 0
  return [`resalign: ${two.length} links, ${a.pairs.length - two.length} unpaired blocks, mean score ${mean.toFixed(2)}`, ...issueLines(warnings)]
}
