import { parseArgs } from 'node:util'
import { isResalignError, ResalignError } from '../errors.js'
import { segment } from '../segment.js'
import type { DocumentTree, Issue, Lang } from '../types.js'
import type { CliIo } from './io.js'

export const SEGMENT_HELP = `Usage: resalign segment <file> [--lang zh|en] [--format json|text] [-o file]

Print the structure of one UN document: parts, blocks, artifacts, issues.

Options:
  --lang zh|en        language of the file (detected when absent)
  --format json|text  output format (default json)
  -o, --output file   write to a file instead of standard output
  -h, --help          show this help
`

/** `resalign segment`. */
export async function runSegmentCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { lang: { type: 'string' }, format: { type: 'string', default: 'json' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    io.stdout(SEGMENT_HELP)
    return 0
  }
  if (positionals.length !== 1) throw new ResalignError('options/invalid', 'segment takes one file', { hint: 'resalign segment <file> (see --help)' })
  if (values.format !== 'json' && values.format !== 'text') throw new ResalignError('options/invalid', `--format must be json or text, not ${values.format}`)
  const file = positionals[0] as string
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new ResalignError('options/invalid', `--lang must be zh or en, not ${values.lang}`)
  let result
  try {
    result = segment(await io.readBytes(file), values.lang === undefined ? {} : { lang: values.lang as Lang })
  } catch (error) {
    // Only segment has --lang: say so where it helps.
    if (isResalignError(error) && error.code === 'input/unknown-language') throw new ResalignError(error.code, `${file}: ${error.message}`, { hint: 'pass the Chinese or English version of the document, or set --lang zh|en', cause: error })
    throw error
  }
  const { value, issues } = result
  const out = values.format === 'json' ? `${JSON.stringify(treeJson(value, issues), null, 2)}\n` : treeText(value, issues)
  if (values.output) {
    await io.writeFile(values.output, out)
    io.stderr(`resalign: wrote ${values.output}\n`)
  } else io.stdout(out)
  return 0
}

/** The segment JSON: the tree without the source text. */
export function treeJson(tree: DocumentTree, issues: readonly Issue[]): object {
  const { source: _source, ...rest } = tree
  return { ...rest, issues }
}

function treeText(tree: DocumentTree, issues: readonly Issue[]): string {
  const lines = [`${tree.language} ${tree.format} ${tree.symbols.join(' ')}`]
  for (const p of tree.parts) {
    lines.push(`\n[${p.id}] ${p.kind}${p.ordinal ? ` ${p.ordinal}` : ''}${p.title ? `: ${p.title}` : ''}`)
    for (const b of p.blocks) lines.push(`  ${b.id.padEnd(14)} ${b.kind.padEnd(12)} ${b.lead ? `[${b.lead}] ` : ''}${b.text.length > 90 ? `${b.text.slice(0, 90)}…` : b.text}`)
  }
  lines.push(`\n${tree.artifacts.length} artifacts, ${issues.length} issues`)
  for (const i of issues) lines.push(`  ${i.severity} ${i.code}: ${i.message}`)
  return `${lines.join('\n')}\n`
}
