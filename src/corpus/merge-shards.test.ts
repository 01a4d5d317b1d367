// Array jobs: plan once, align shards anywhere, merge. Uses the built
// dist/corpus-worker.js (`npm test` builds first).
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RESALIGN_VERSION } from '../export/version.js'
import { alignShard } from './align-shard.js'
import { buildCorpus } from './build-corpus.js'
import type { CorpusPlan } from './corpus-types.js'
import { copySeeds, tempFolders, writeVariant } from './fixtures/seed-corpus.js'
import { mergeShards } from './merge-shards.js'
import { parsePlan, planCorpus } from './plan.js'

const folder = tempFolders(afterEach)

async function corpus(extra: number): Promise<string> {
  const dir = await folder('corpus')
  await copySeeds(dir)
  for (let k = 0; k < extra; k++) await writeVariant(dir, { report: 700 + k, item: 50 + k, resolution: 500 + k })
  return dir
}

const sorted = async (path: string): Promise<string[]> => (await readFile(path, 'utf8')).split('\n').sort()
const plan = (dir: string, out: string): Promise<CorpusPlan> => planCorpus(dir, { output: out, jobs: 2 })
const shard = (p: CorpusPlan, out: string, index: number, count: number) => alignShard(p, { output: out, shard: { index, count }, force: false, jobs: 2 })
const merge = (inputs: string[], out: string, glossaryLinks = 0) => mergeShards(inputs, { output: out, glossary: null, glossaryLinks })

describe('plan, align shards, merge', () => {
  it('gives, from three shards on three "machines", the corpus and glossary of the one-machine build, byte for byte after sorting', async () => {
    const dir = await corpus(2)
    const whole = await folder('whole')
    const one = await buildCorpus(dir, { output: whole, jobs: 2, glossaryLinks: 5000 })
    const p = await plan(dir, whole)
    expect(p.pairs).toHaveLength(3)
    const outs = [await folder('s1'), await folder('s2'), await folder('s3')]
    const manifests = await Promise.all(outs.map((o, i) => shard(p, o, i + 1, 3)))
    expect(manifests.reduce((n, m) => n + m.planned, 0)).toBe(3)
    const merged = await folder('merged')
    const s = await merge(outs, merged, 5000)
    expect(s.pairs.map((x) => x.name)).toEqual(one.pairs.map((x) => x.name))
    expect(s.unpaired).toEqual(one.unpaired)
    for (const file of ['corpus.jsonl', 'corpus.tmx', 'glossary.csv', 'glossary.json']) {
      expect(await sorted(join(merged, file)), file).toEqual(await sorted(join(whole, file)))
    }
    // Plan order is kept, so the files are equal even unsorted.
    expect(await readFile(join(merged, 'corpus.jsonl'), 'utf8')).toBe(await readFile(join(whole, 'corpus.jsonl'), 'utf8'))
  }, 300_000)

  it('refuses a missing shard, a shard given twice and shards of another plan, and writes nothing', async () => {
    const dir = await corpus(1)
    const p = await plan(dir, await folder('x'))
    const [a, b, again] = [await folder('a'), await folder('b'), await folder('again')]
    await shard(p, a, 1, 2)
    await shard(p, b, 2, 2)
    await shard(p, again, 2, 2)
    const out = await folder('out')
    await expect(merge([a], out)).rejects.toMatchObject({ code: 'corpus/shard-missing', message: 'shard 2 of 2 missing' })
    await expect(merge([a, b, again], out)).rejects.toMatchObject({ code: 'corpus/shard-duplicate', message: expect.stringMatching(/shard 2\/2 was given twice/) })
    const other = await planCorpus(dir, { output: out, jobs: 1, formats: ['json', 'tsv'] })
    expect(other.id).not.toBe(p.id)
    const foreign = await folder('foreign')
    await shard(other, foreign, 2, 2)
    await expect(merge([a, foreign], out)).rejects.toMatchObject({ code: 'corpus/plan-mismatch' })
    await expect(readFile(join(out, 'corpus.jsonl'))).rejects.toThrow(/ENOENT/)
    // The same shard folder named twice is one shard, merged once.
    const s = await merge([a, b, join(b, 'shards', '2-of-2.json')], out)
    expect(s.pairs.map((x) => x.name).sort()).toEqual(p.pairs.map((x) => x.name).sort())
  }, 300_000)

  it('refuses a plan made by another version of resalign', async () => {
    const dir = await corpus(0)
    const p = await plan(dir, await folder('x'))
    const file = join(await folder('plan'), 'plan.json')
    await writeFile(file, JSON.stringify({ ...p, resalign: '0.0.1' }))
    expect(() => parsePlan(JSON.stringify(p), 'plan.json')).not.toThrow()
    expect(() => parsePlan(JSON.stringify({ ...p, resalign: '0.0.1' }), file)).toThrow(expect.objectContaining({ code: 'corpus/plan-version', message: expect.stringContaining(`this is resalign ${RESALIGN_VERSION}`) }))
    expect(() => parsePlan('{"pairs": []}', file)).toThrow(/is not a corpus plan/)
  })
})
