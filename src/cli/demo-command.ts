import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { align } from '../align/align.js'
import type { CliIo } from './io.js'
import { summary } from './align-command.js'

export const DEMO_HELP = `Usage: resalign demo [--corpus dir] [-o dir]

Align the parallel pair named in the bundled corpus's manifest.json
(resolution 78/160: 000 Chinese ↔ 003 English) and write the aligned JSON.

Options:
  --corpus dir       corpus folder (default: corpus)
  -o, --output dir   output folder (default: out)
`

interface Manifest {
  readonly pairs: ReadonlyArray<{ readonly zh: string; readonly en: string }>
}

/** `resalign demo`: the main job on the bundled corpus. */
export async function runDemoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { corpus: { type: 'string', default: 'corpus' }, output: { type: 'string', short: 'o', default: 'out' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    io.stdout(DEMO_HELP)
    return 0
  }
  const manifest = JSON.parse(await readFile(join(values.corpus, 'manifest.json'), 'utf8')) as Manifest
  for (const pair of manifest.pairs) {
    const [zh, en] = await Promise.all([io.readBytes(join(values.corpus, pair.zh)), io.readBytes(join(values.corpus, pair.en))])
    const { value, issues } = align(zh, en, { names: { zh: pair.zh, en: pair.en } })
    const out = join(values.output, `${pair.zh.slice(0, 3)}-${pair.en.slice(0, 3)}.aligned.json`)
    await io.writeFile(out, `${JSON.stringify(value, null, 2)}\n`)
    for (const line of summary(value, issues.filter((i) => i.code.startsWith('align/') && i.severity === 'warning'))) io.stdout(`${line}\n`)
    io.stdout(`resalign: wrote ${resolve(out)}\n`)
  }
  return 0
}
