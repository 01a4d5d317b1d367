/**
 * `resalign glossary`: extract zh–en term candidates from aligned JSON
 * files and write them as CSV, TSV, TBX or JSON. All input and output go
 * through `io`, so the command runs the same in tests and in the CLI.
 * Exit codes: 0 done, 1 unreadable input, 2 bad usage.
 */
import { parseArgs } from 'node:util'
import { isResalignError } from '../errors.js'
import type { Alignment, Issue } from '../types.js'
import { extractGlossary } from './extract-glossary.js'
import type { GlossaryEntry, TermCandidate } from './glossary-types.js'
import { readGlossary, type GlossaryFormat } from './read-glossary.js'
import { writeGlossaryCsv, writeGlossaryTsv } from './write-glossary-csv.js'
import { writeGlossaryJson } from './write-glossary-json.js'
import { writeTbx } from './write-tbx.js'

/** What the command may touch. */
export interface GlossaryCommandIo {
  readonly stdout: (s: string) => void
  readonly stderr: (s: string) => void
  readonly readFile: (p: string) => Promise<string>
  readonly writeFile: (p: string, s: string) => Promise<void>
}

export const GLOSSARY_USAGE = `Usage: resalign glossary <aligned.json ...> [options]

Extract zh–en term candidates from aligned JSON files (the output of
resalign align): terms not in the glossary used, best first.

Options:
  -f, --format <csv|tsv|tbx|json>  output format (default: from -o, else csv)
  -o, --output <file>              write to a file instead of standard output
  -g, --glossary <file>            user glossary (CSV/TSV zh,en[,note] or TBX);
                                   its entries take precedence over the built-in ones
      --no-builtin                 do not use the built-in UN glossary
      --min-count <n>              links a pair must share (default 2)
      --limit <n>                  write at most n terms
      --known                      also write terms the glossary holds, after the new ones
      --lead-verbs                 also write lead verbs (Encourages, 鼓励)
  -h, --help                       show this help
`

const FORMATS = ['csv', 'tsv', 'tbx', 'json'] as const
type OutputFormat = (typeof FORMATS)[number]

/** Run `resalign glossary` with `argv` (the arguments after the command name). */
export async function runGlossaryCommand(argv: string[], io: GlossaryCommandIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        glossary: { type: 'string', short: 'g' },
        'no-builtin': { type: 'boolean' },
        'min-count': { type: 'string' },
        limit: { type: 'string' },
        known: { type: 'boolean' },
        'lead-verbs': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return usage(io, (error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(GLOSSARY_USAGE)
    return 0
  }
  if (positionals.length === 0) return usage(io, 'no aligned JSON file given')
  const format = (values.format ?? formatOf(values.output) ?? 'csv') as OutputFormat
  if (!FORMATS.includes(format)) return usage(io, `unknown format "${format}" (csv, tsv, tbx or json)`)
  const minCount = count(values['min-count'], 2)
  const limit = count(values.limit, Infinity)
  if (minCount === undefined || minCount < 1) return usage(io, '--min-count must be a positive integer')
  if (limit === undefined) return usage(io, '--limit must be a non-negative integer')
  try {
    const alignments: Alignment[] = []
    for (const file of positionals) alignments.push(parseAlignment(await io.readFile(file), file))
    let glossary: GlossaryEntry[] = []
    if (values.glossary) {
      const read = readGlossary(await io.readFile(values.glossary), { format: glossaryFormatOf(values.glossary) })
      report(io, read.issues, values.glossary)
      glossary = read.value
    }
    const result = extractGlossary(alignments, { glossary, builtIn: !values['no-builtin'], minCount, limit, known: values.known === true, leadVerbs: values['lead-verbs'] === true })
    report(io, result.issues, 'glossary')
    const text = render(result.value.terms, format)
    if (values.output) await io.writeFile(values.output, text)
    else io.stdout(text)
    return 0
  } catch (error) {
    const message = isResalignError(error) || error instanceof Error ? error.message : String(error)
    io.stderr(`resalign glossary: ${message}\n`)
    return 1
  }
}

function render(terms: readonly TermCandidate[], format: OutputFormat): string {
  if (format === 'tbx') return writeTbx(terms)
  if (format === 'json') return writeGlossaryJson(terms)
  if (format === 'tsv') return writeGlossaryTsv(terms)
  return writeGlossaryCsv(terms)
}

function parseAlignment(text: string, file: string): Alignment {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`)
  }
  const pairs = (data as { pairs?: unknown })?.pairs
  if (!Array.isArray(pairs)) throw new Error(`${file}: not an aligned JSON file (no "pairs" array)`)
  return data as Alignment
}

function count(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback
  return /^\d+$/.test(value) ? Number(value) : undefined
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

function report(io: GlossaryCommandIo, issues: readonly Issue[], where: string): void {
  for (const issue of issues) io.stderr(`${where}: ${issue.severity} ${issue.code}: ${issue.message}\n`)
}

function usage(io: GlossaryCommandIo, message: string): number {
  io.stderr(`resalign glossary: ${message}\n\n${GLOSSARY_USAGE}`)
  return 2
}
