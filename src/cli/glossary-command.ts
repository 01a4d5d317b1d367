/**
 * `resalign glossary`: extract zh–en term candidates from aligned outputs
 * (JSON, JSONL or TMX, as `align` and `corpus` write them) and write them
 * as CSV, TSV, TBX or JSON.
 */
import { Command, Option } from 'commander'
import { readAligned } from '../export/read-aligned.js'
import { extractGlossary } from '../glossary/extract-glossary.js'
import type { TermCandidate } from '../glossary/glossary-types.js'
import { readGlossary, type GlossaryFormat } from '../glossary/read-glossary.js'
import { writeGlossaryCsv, writeGlossaryTsv } from '../glossary/write-glossary-csv.js'
import { writeGlossaryJson } from '../glossary/write-glossary-json.js'
import { writeTbx } from '../glossary/write-tbx.js'
import type { Issue } from '../types.js'
import { formatOption, glossaryOption, outputOption, quietOption, wholeNumber } from './common-options.js'
import type { CliContext } from './context.js'
import { wroteLine } from './outputs.js'

const FORMATS = ['csv', 'tsv', 'tbx', 'json'] as const
type OutputFormat = (typeof FORMATS)[number]

interface GlossaryFlags {
  readonly format?: OutputFormat
  readonly output?: string
  readonly glossary?: string
  readonly builtin: boolean
  readonly minCount: number
  readonly limit?: number
  readonly known?: boolean
  readonly leadVerbs?: boolean
  readonly quiet?: boolean
}

/** `resalign glossary <aligned...>`. */
export function glossaryCommand(ctx: CliContext): Command {
  return new Command('glossary')
    .summary('extract zh–en term candidates from aligned outputs')
    .description('Extract zh–en term candidates, best first, from the aligned JSON, JSONL or TMX files that resalign align and resalign corpus write.')
    .argument('<aligned...>', 'aligned JSON, JSONL or TMX files ("-": standard input)')
    .addOption(formatOption(FORMATS).default(undefined, 'from the -o name, else csv'))
    .addOption(outputOption())
    .addOption(glossaryOption())
    .addOption(new Option('--no-builtin', 'do not use the built-in UN glossary'))
    .addOption(new Option('--min-count <n>', 'units (sentence links, else links) a pair must share; a pair seen once must look like a term and be translated word for word').argParser(wholeNumber(1)).default(1))
    .addOption(new Option('--limit <n>', 'write at most n terms').argParser(wholeNumber(0)))
    .addOption(new Option('--known', 'also write terms the glossary holds, after the new ones'))
    .addOption(new Option('--lead-verbs', 'also write lead verbs (Encourages, 鼓励)'))
    .addOption(quietOption())
    .action(async (files: string[], flags: GlossaryFlags) => {
      ctx.status = await runGlossary(files, flags, ctx)
    })
}

async function runGlossary(files: readonly string[], flags: GlossaryFlags, { io }: CliContext): Promise<number> {
  const format = flags.format ?? formatOf(flags.output) ?? 'csv'
  const alignments = []
  for (const file of files) alignments.push(readAligned(await io.readFile(file), file))
  const issues: string[] = []
  let glossary = undefined
  if (flags.glossary) {
    const read = readGlossary(await io.readFile(flags.glossary), { format: glossaryFormatOf(flags.glossary) })
    issues.push(...lines(read.issues, flags.glossary))
    glossary = read.value
  }
  const result = extractGlossary(alignments, { ...(glossary ? { glossary } : {}), builtIn: flags.builtin, minCount: flags.minCount, known: flags.known === true, leadVerbs: flags.leadVerbs === true, ...(flags.limit === undefined ? {} : { limit: flags.limit }) })
  issues.push(...lines(result.issues, 'glossary'))
  const text = render(result.value.terms, format)
  const toFile = flags.output !== undefined && flags.output !== '-'
  if (toFile) await io.writeFile(flags.output as string, text)
  else io.stdout(text)
  if (!flags.quiet) for (const line of [...issues, ...wroteLine(toFile ? [flags.output as string] : [])]) io.stderr(`${line}\n`)
  return 0
}

function render(terms: readonly TermCandidate[], format: OutputFormat): string {
  if (format === 'tbx') return writeTbx(terms)
  if (format === 'json') return writeGlossaryJson(terms)
  if (format === 'tsv') return writeGlossaryTsv(terms)
  return writeGlossaryCsv(terms)
}

function formatOf(path: string | undefined): OutputFormat | undefined {
  const ext = path?.toLowerCase().match(/\.(csv|tsv|tbx|json)$/)?.[1]
  return ext as OutputFormat | undefined
}

function glossaryFormatOf(path: string): GlossaryFormat | undefined {
  const ext = path.toLowerCase().match(/\.(csv|tsv|tab|txt|tbx|xml)$/)?.[1]
  if (ext === 'csv') return 'csv'
  if (ext === 'tsv' || ext === 'tab' || ext === 'txt') return 'tsv'
  if (ext === 'tbx' || ext === 'xml') return 'tbx'
  return undefined
}

function lines(issues: readonly Issue[], where: string): string[] {
  return issues.map((issue) => `resalign: ${where}: ${issue.severity} ${issue.code}: ${issue.message}`)
}
