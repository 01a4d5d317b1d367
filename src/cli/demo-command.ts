import { join, resolve } from 'node:path'
import { Command, Option } from 'commander'
import { align } from '../align/align.js'
import type { CliContext } from './context.js'
import { outputOption } from './common-options.js'
import { packageRoot } from './package-root.js'
import { summary } from './align-command.js'

interface Manifest {
  readonly pairs: ReadonlyArray<{ readonly zh: string; readonly en: string }>
}

interface DemoFlags {
  readonly corpus?: string
  readonly output: string
}

/** `resalign demo`: the main job on the sample pair shipped in the package. */
export function demoCommand(ctx: CliContext): Command {
  return new Command('demo')
    .summary('run on the bundled sample pair and say where the output went')
    .description('Align the pair named in the bundled corpus/manifest.json (resolution 78/160: 000 Chinese ↔ 003 English, shipped in the package) and write the aligned JSON.')
    .addOption(new Option('--corpus <dir>', 'a corpus folder with a manifest.json (default: the one in the package)'))
    .addOption(outputOption('dir', 'output folder').default('out'))
    .action(async (flags: DemoFlags) => {
      ctx.status = await runDemo(flags, ctx)
    })
}

async function runDemo(flags: DemoFlags, { io }: CliContext): Promise<number> {
  const corpus = flags.corpus ?? join(packageRoot(), 'corpus')
  const manifest = JSON.parse(await io.readFile(join(corpus, 'manifest.json'))) as Manifest
  for (const pair of manifest.pairs) {
    const [zh, en] = await Promise.all([io.readBytes(join(corpus, pair.zh)), io.readBytes(join(corpus, pair.en))])
    const { value, issues } = align(zh, en, { names: { zh: pair.zh, en: pair.en } })
    const out = join(flags.output, `${pair.zh.slice(0, 3)}-${pair.en.slice(0, 3)}.aligned.json`)
    await io.writeFile(out, `${JSON.stringify(value, null, 2)}\n`)
    for (const line of summary(value, issues.filter((i) => i.code.startsWith('align/') && i.severity === 'warning'))) io.stdout(`${line}\n`)
    io.stdout(`resalign: wrote ${resolve(out)}\n`)
  }
  return 0
}
