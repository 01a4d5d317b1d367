import { Command, Option } from 'commander'
import { isResalignError, ResalignError } from '../errors.js'
import type { DocumentTree, Issue, Lang } from '../types.js'
import { formatOption, fromOption, outputOption, quietOption, type FromFormat } from './common-options.js'
import type { CliContext } from './context.js'
import { wroteLine } from './outputs.js'
import { issueLines } from './print-issues.js'
import { readTree } from './read-input.js'

interface SegmentFlags {
  readonly lang?: Lang
  readonly format: 'json' | 'text'
  readonly output?: string
  readonly from?: FromFormat
  readonly quiet?: boolean
}

/** `resalign segment <file>`. */
export function segmentCommand(ctx: CliContext): Command {
  return new Command('segment')
    .summary('print the structure of one document')
    .description('Print the structure of one UN document: parts, blocks, artifacts, issues ("-": standard input).')
    .argument('<file>', 'the document')
    .addOption(new Option('--lang <lang>', 'language of the file (default: detected)').choices(['zh', 'en']))
    .addOption(formatOption(['json', 'text'], 'json'))
    .addOption(outputOption())
    .addOption(fromOption())
    .addOption(quietOption())
    .action(async (file: string, flags: SegmentFlags) => {
      ctx.status = await runSegment(file, flags, ctx)
    })
}

async function runSegment(file: string, flags: SegmentFlags, { io }: CliContext): Promise<number> {
  let result
  try {
    result = await readTree(file, io, { from: flags.from, lang: flags.lang })
  } catch (error) {
    // Only segment has --lang: say so where it helps.
    if (isResalignError(error) && error.code === 'input/unknown-language') throw new ResalignError(error.code, error.message, { hint: 'pass the Chinese or English version of the document, or set --lang zh|en', cause: error })
    throw error
  }
  const { value, issues } = result
  const out = flags.format === 'json' ? `${JSON.stringify(treeJson(value, issues), null, 2)}\n` : treeText(value, issues)
  const toFile = flags.output !== undefined && flags.output !== '-'
  if (toFile) await io.writeFile(flags.output as string, out)
  else io.stdout(out)
  if (!flags.quiet) {
    const mismatch = issues.filter((i) => i.code === 'ingest/language-mismatch')
    for (const line of [...mismatch.map((i) => `resalign: warning: ${i.message}`), ...issueLines(issues.filter((i) => !mismatch.includes(i))), ...wroteLine(toFile ? [flags.output as string] : [])]) io.stderr(`${line}\n`)
  }
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
    for (const b of p.blocks) lines.push(`  ${b.id.padEnd(14)} ${b.kind.padEnd(12)} ${typeof b.data?.page === 'number' ? `p.${b.data.page} ` : ''}${b.lead ? `[${b.lead}] ` : ''}${b.text.length > 90 ? `${b.text.slice(0, 90)}…` : b.text}`)
  }
  lines.push(`\n${tree.artifacts.length} artifacts, ${issues.length} issues`)
  for (const i of issues) lines.push(`  ${i.severity} ${i.code}: ${i.message}`)
  return `${lines.join('\n')}\n`
}
