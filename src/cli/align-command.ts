import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { align } from '../align/align.js'
import { isResalignError, ResalignError } from '../errors.js'
import { segment } from '../segment.js'
import { alignSentences } from '../sentence/align-sentences.js'
import type { Alignment, Issue, Result } from '../types.js'
import type { CliIo } from './io.js'
import { FORMATS, writeOutputs } from './outputs.js'

export const ALIGN_HELP = `Usage: resalign align <zh-file> <en-file> [--format ${FORMATS.join('|')}] [--unit paragraph|sentence] [-o file] [--strict]

Align the Chinese and English versions of a UN document.

Options:
  --format f          output format (default json): ${FORMATS.join(', ')}
  --unit u            paragraph (default) or sentence: align the sentences inside each link;
                      JSON links carry their sentences, other formats write one unit per sentence link
  -o, --output file   write to a file (moses writes file.zh and file.en); default standard output
  --strict            exit 3 when the alignment has warnings (e.g. the documents are not parallel)
  -q, --quiet         print no warnings
  -h, --help          show this help

Exit status: 0 aligned, 2 unusable input or usage, 3 warnings with --strict, 1 internal error.
`

/** `resalign align`. */
export async function runAlignCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      unit: { type: 'string', default: 'paragraph' },
      output: { type: 'string', short: 'o' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout(ALIGN_HELP)
    return 0
  }
  if (positionals.length !== 2) throw new ResalignError('options/invalid', 'align takes two files: the Chinese and the English document', { hint: 'resalign align <zh-file> <en-file> (see --help)' })
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new ResalignError('options/invalid', `--format must be one of ${FORMATS.join(', ')}, not ${values.format}`)
  if (values.unit !== 'paragraph' && values.unit !== 'sentence') throw new ResalignError('options/invalid', `--unit must be paragraph or sentence, not ${values.unit}`)
  const [zhPath, enPath] = positionals as [string, string]
  const [zhBytes, enBytes] = await Promise.all([io.readBytes(zhPath), io.readBytes(enPath)])
  const zh = atFile(zhPath, () => segment(zhBytes))
  const en = atFile(enPath, () => segment(enBytes))
  const aligned = align(zh.value, en.value, { names: { zh: basename(zhPath), en: basename(enPath) } })
  const { value, issues } = values.unit === 'sentence' ? withSentences(aligned) : aligned
  const all = [...zh.issues.map((i) => ({ ...i, side: 'zh' as const })), ...en.issues.map((i) => ({ ...i, side: 'en' as const })), ...issues]
  const result = { ...value, issues: all }
  const swapped = issues.some((i) => i.code === 'align/swapped')
  await writeOutputs(result, values.format as (typeof FORMATS)[number], values.output, io, swapped ? { zh: en.value, en: zh.value } : { zh: zh.value, en: en.value }, values.unit)
  const warnings = all.filter((i) => i.severity !== 'info' && (i.code.startsWith('align/') || i.severity === 'error'))
  if (!values.quiet) for (const line of summary(value, warnings)) io.stderr(`${line}\n`)
  return values.strict && warnings.length > 0 ? 3 : 0
}

/** Sentence links inside each link (`--unit sentence`); their issues follow the alignment's. */
function withSentences(aligned: Result<Alignment>): Result<Alignment> {
  const sentences = alignSentences(aligned.value)
  return { value: sentences.value, issues: [...aligned.issues, ...sentences.issues] }
}

/** Say which file an unusable-input error is about. */
function atFile<T>(path: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (isResalignError(error)) throw new ResalignError(error.code, `${path}: ${error.message}`, { ...(error.hint ? { hint: error.hint } : {}), cause: error })
    throw error
  }
}

/** A few lines for the terminal: counts and the warnings that matter. */
export function summary(a: Alignment, warnings: readonly Issue[]): string[] {
  const two = a.pairs.filter((p) => p.zh.ids.length && p.en.ids.length)
  const mean = two.length ? two.reduce((s, p) => s + p.score, 0) / two.length : 0
  const lines = [`resalign: ${two.length} links, ${a.pairs.length - two.length} unpaired blocks, mean score ${mean.toFixed(2)}`]
  const shown = warnings.filter((w) => w.code === 'align/not-parallel' || w.code === 'align/swapped' || w.severity === 'error')
  for (const w of shown) lines.push(`resalign: warning: ${w.message} (${w.code})`)
  const rest = warnings.length - shown.length
  if (rest > 0) lines.push(`resalign: ${rest} more warnings in the output's "issues"`)
  return lines
}
