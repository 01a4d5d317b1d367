// Runs the command through the CLI's main() with an injected CliIo; the
// runs that align use the built dist/corpus-worker.js (npm run build).
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../cli.js'
import type { CliIo } from '../cli/io.js'
import { copySeeds, SEEDS, tempFolders } from '../corpus/fixtures/seed-corpus.js'

const folder = tempFolders(afterEach)

function fakeIo(isTTY: boolean): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readBytes: async (p) => readFile(p),
    readFile: async (p) => readFile(p, 'utf8'),
    writeFile: async (p, d) => writeFile(p, d),
    isTTY,
  }
}

describe('resalign corpus', () => {
  it.each([
    [['corpus'], /required option '-o, --output <dir>' not specified|missing required argument 'dir'/],
    [['corpus', '.'], /required option '-o, --output <dir>' not specified/],
    [['corpus', '.', '-o', 'x', '--shard', '3/2'], /--shard must be i\/n/],
    [['corpus', '.', '-o', 'x', '--formats', 'json,pdf'], /unknown format pdf/],
    [['corpus', '.', '-o', 'x', '--jobs', '0'], /--jobs <n>' argument '0' is invalid\. must be a whole number ≥ 1/],
    [['corpus', '.', '-o', 'x', '--min-score', '1.5'], /--min-score <x>' argument '1\.5' is invalid\. must be a number from 0 to 1/],
    [['corpus', '/no/such/folder', '-o', 'x'], /no such folder/],
  ])('exits 2 with a "resalign:" message for %j', async (argv, message) => {
    const io = fakeIo(false)
    expect(await main(argv, io)).toBe(2)
    expect(io.err.join('')).toMatch(message)
    expect(io.err.join('')).toMatch(/^resalign: /)
  })

  it('prints its help', async () => {
    const io = fakeIo(false)
    expect(await main(['corpus', '--help'], io)).toBe(0)
    expect(io.out.join('')).toMatch(/Usage: resalign corpus <dir> -o <out>/)
  })

  it('exits 1 when a pair fails, naming it, and draws no progress bar when standard error is not a terminal', async () => {
    const dir = await folder('cli')
    await copySeeds(dir)
    await writeFile(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    await writeFile(join(dir, 'pairs.tsv'), `broken.txt\t${SEEDS.res78en}\n`)
    const out = await folder('cli-out')
    const io = fakeIo(false)
    expect(await main(['corpus', dir, '-o', out, '--pairs', join(dir, 'pairs.tsv'), '--glossary-links', '0', '-j', '1'], io)).toBe(1)
    const err = io.err.join('')
    expect(err).toMatch(/resalign: failed: broken\.txt \+ 003_1fa2410106587f34\.txt: input is a PNG image/)
    expect(err).not.toMatch(/\r/)
  })

  it('draws a progress bar on a terminal and is silent with --quiet', async () => {
    const dir = await folder('cli')
    await copySeeds(dir)
    const tty = fakeIo(true)
    expect(await main(['corpus', dir, '-o', await folder('cli-out'), '--glossary-links', '0', '-j', '1'], tty)).toBe(0)
    expect(tty.err.join('')).toMatch(/resalign: aligning \[#+\] 1\/1 pairs/)
    const quiet = fakeIo(true)
    expect(await main(['corpus', dir, '-o', await folder('cli-out'), '--glossary-links', '0', '-j', '1', '-q'], quiet)).toBe(0)
    expect(quiet.err).toEqual([])
  })

  it('lists its array-job subcommands in its help', async () => {
    const io = fakeIo(false)
    expect(await main(['corpus', '--help'], io)).toBe(0)
    expect(io.out.join('')).toMatch(/plan \[options\] <dir>[\s\S]*align \[options\][\s\S]*merge \[options\] <shards\.\.\.>/)
    const sub = fakeIo(false)
    expect(await main(['corpus', 'align', '--help'], sub)).toBe(0)
    expect(sub.out.join('')).toMatch(/--shard <i\/n>[\s\S]*SLURM_ARRAY_TASK_ID/)
  })

  it('runs plan, align --shard and merge as subcommands, with the plan’s --unit sentence in every shard, and refuses a missing shard writing nothing', async () => {
    const dir = await folder('cli')
    await copySeeds(dir)
    const work = await folder('cli-steps')
    const plan = join(work, 'plan.json')
    const run = async (argv: string[]) => main(argv, fakeIo(false))
    expect(await run(['corpus', 'plan', dir, '-o', plan, '--unit', 'sentence', '-j', '1', '-q'])).toBe(0)
    expect(JSON.parse(await readFile(plan, 'utf8'))).toMatchObject({ unit: 'sentence', pairs: [expect.anything()] })
    for (const i of [1, 2]) expect(await run(['corpus', 'align', '--plan', plan, '--shard', `${i}/2`, '-o', join(work, `s${i}`), '-j', '1', '-q'])).toBe(0)
    const missing = fakeIo(false)
    expect(await main(['corpus', 'merge', join(work, 's1'), '-o', join(work, 'half')], missing)).toBe(2)
    expect(missing.err.join('')).toMatch(/^resalign: shard 2 of 2 missing/)
    await expect(readFile(join(work, 'half', 'corpus.tmx'))).rejects.toThrow(/ENOENT/)
    expect(await run(['corpus', 'merge', join(work, 's1'), join(work, 's2'), '-o', join(work, 'out'), '--glossary-links', '0', '-q'])).toBe(0)
    const tmx = await readFile(join(work, 'out', 'corpus.tmx'), 'utf8')
    expect(tmx).toMatch(/segtype="sentence"/)
    expect(tmx).toMatch(/tuid="[^"]*\.s1"/)
  })
})
