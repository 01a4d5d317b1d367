import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { segment } from '../segment.js'
import type { CliIo } from './io.js'
import { treeJson } from './segment-command.js'

export const DEMO_HELP = `Usage: resalign demo [--corpus dir] [-o dir]

Segment every document of the bundled corpus and write the trees.

Options:
  --corpus dir       corpus folder (default: corpus)
  -o, --output dir   output folder (default: out)
`

/** `resalign demo`: the main job on the bundled corpus. */
export async function runDemoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { corpus: { type: 'string', default: 'corpus' }, output: { type: 'string', short: 'o', default: 'out' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    io.stdout(DEMO_HELP)
    return 0
  }
  const files = (await readdir(values.corpus)).filter((f) => f.endsWith('.txt')).sort()
  for (const f of files) {
    const { value, issues } = segment(await io.readBytes(join(values.corpus, f)))
    const out = join(values.output, f.replace(/\.txt$/, '.structure.json'))
    await io.writeFile(out, `${JSON.stringify(treeJson(value, issues), null, 2)}\n`)
    const counts = value.parts.map((p) => `${p.kind}:${p.blocks.length}`).join(' ')
    io.stdout(`${f}: ${value.language} ${value.format}, ${counts}\n`)
  }
  io.stdout(`resalign: wrote ${files.length} structure files to ${resolve(values.output)}\n`)
  return 0
}
