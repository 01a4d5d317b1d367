// End-to-end runs on worker threads: they use the built dist/corpus-worker.js
// (`npm test` builds first; by hand, run `npm run build` before vitest).
import { writeFileSync } from 'node:fs'
import { copyFile, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HAS_XMLLINT, validateTmx } from '../export/fixtures/external-tools.js'
import type { Alignment } from '../types.js'
import { buildCorpus } from './build-corpus.js'
import type { CorpusOptions } from './corpus-options.js'
import type { CorpusSummary } from './corpus-types.js'
import { copySeeds, CORPUS, SEEDS, tempFolders, writeVariant } from './fixtures/seed-corpus.js'

const folder = tempFolders(afterEach)

/** The seeds plus `extra` translation pairs made from 000/003 with other numbers. */
async function corpusWith(extra: number): Promise<string> {
  const dir = await folder('corpus')
  await copySeeds(dir)
  for (let k = 0; k < extra; k++) await writeVariant(dir, { report: 600 + k, item: 40 + k, resolution: 400 + k })
  return dir
}

const build = (dir: string, out: string, options?: Partial<CorpusOptions>): Promise<CorpusSummary> => buildCorpus(dir, { output: out, jobs: 2, glossaryLinks: 0, ...options })
const lines = async (path: string): Promise<string[]> => (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '')

describe('buildCorpus', () => {
  it('pairs 000 with 003, lists 001, 002 and 004 as unpaired, and writes the pair, the merged corpus and the glossary', async () => {
    const dir = await corpusWith(0)
    const out = await folder('out')
    const s = await build(dir, out, { formats: ['json', 'tmx'], glossaryLinks: 5000 })
    expect(s.pairs.map((p) => [p.zh, p.en, p.status])).toEqual([[SEEDS.report78, SEEDS.res78en, 'aligned']])
    expect(s.unpaired.map((u) => u.file)).toEqual([SEEDS.res76zh, SEEDS.ecosoc, SEEDS.sgReport])
    for (const u of s.unpaired) expect(u.reason).not.toBe('')
    expect(s.failed).toEqual([])
    const pair = s.pairs[0]!
    const aligned = JSON.parse(await readFile(join(out, 'pairs', `${pair.name}.json`), 'utf8')) as Alignment
    expect(aligned.pairs).toHaveLength(pair.links)
    expect((await stat(join(out, 'pairs', `${pair.name}.tmx`))).size).toBeGreaterThan(0)
    const units = (await lines(join(out, 'corpus.jsonl'))).map((l) => JSON.parse(l) as { pair: string; documents: { zh: string[]; en: string[] } })
    expect(units).toHaveLength(pair.links)
    for (const u of units) expect(u).toMatchObject({ pair: pair.name, documents: { en: ['A/RES/78/160'] } })
    const tmx = await readFile(join(out, 'corpus.tmx'), 'utf8')
    expect(tmx.match(/<tu /g)).toHaveLength(pair.twoSided)
    if (HAS_XMLLINT) expect(validateTmx(tmx)).toMatchObject({ valid: true })
    expect(JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(s)))
    expect(s.glossary).toMatchObject({ status: 'written', links: pair.twoSided })
    const glossary = JSON.parse(await readFile(join(out, 'glossary.json'), 'utf8')) as { terms: Array<{ evidence: string[] }> }
    expect(glossary.terms.length).toBeGreaterThan(0)
    expect(glossary.terms[0]?.evidence[0]).toMatch(new RegExp(`^${pair.name}:l\\d+$`))
  })

  it('writes sentence units with unit "sentence": the links of a pair carry sentences, the merged TMX has segtype="sentence" and one unit per two-sided sentence link', async () => {
    const dir = await corpusWith(0)
    const out = await folder('out')
    await build(dir, out, { unit: 'sentence' })
    const pair = JSON.parse(await readFile(join(out, 'pairs', '000_6de2d6a488ce5ea8--003_1fa2410106587f34.json'), 'utf8')) as Alignment
    const sentenceLinks = pair.pairs.flatMap((l) => l.sentences ?? []).filter((s) => s.zh.length && s.en.length)
    const tmx = await readFile(join(out, 'corpus.tmx'), 'utf8')
    expect(tmx).toContain('segtype="sentence"')
    expect(tmx.match(/<tu /g)?.length).toBe(sentenceLinks.length)
    expect(sentenceLinks.length).toBeGreaterThan(pair.pairs.filter((l) => l.zh.text && l.en.text).length)
    if (HAS_XMLLINT) expect(validateTmx(tmx).valid).toBe(true)
    expect((await lines(join(out, 'corpus.jsonl'))).some((l) => /"id":"l\d+\.s\d+"/.test(l))).toBe(true)
  })

  it('resumes: a second run skips pairs whose outputs are newer than their inputs, --force and a newer input redo them', async () => {
    const dir = await corpusWith(1)
    const out = await folder('out')
    const first = await build(dir, out)
    expect(first.pairs.map((p) => p.status)).toEqual(['aligned', 'aligned'])
    const jsonOf = (s: CorpusSummary, k: number) => join(out, 'pairs', `${s.pairs[k]!.name}.json`)
    const before = (await stat(jsonOf(first, 0))).mtimeMs
    const corpus = await readFile(join(out, 'corpus.jsonl'), 'utf8')
    const second = await build(dir, out)
    expect(second.pairs.map((p) => p.status)).toEqual(['skipped', 'skipped'])
    expect(second.timing.skipped).toBe(2)
    expect(second.pairs.map((p) => p.links)).toEqual(first.pairs.map((p) => p.links))
    expect((await stat(jsonOf(second, 0))).mtimeMs).toBe(before)
    expect(await readFile(join(out, 'corpus.jsonl'), 'utf8')).toBe(corpus)
    const later = new Date(Date.now() + 60_000)
    await utimes(join(dir, second.pairs[1]!.zh), later, later)
    const third = await build(dir, out)
    expect(third.pairs.map((p) => p.status)).toEqual(['skipped', 'aligned'])
    const forced = await build(dir, out, { force: true })
    expect(forced.pairs.map((p) => p.status)).toEqual(['aligned', 'aligned'])
    expect((await stat(jsonOf(forced, 0))).mtimeMs).toBeGreaterThan(before)
  })

  it('lists a failing pair with its error and still writes the others (a truncated PDF, known by its bytes whatever its name)', async () => {
    const dir = await corpusWith(1)
    const out = await folder('out')
    await writeFile(join(dir, 'broken.txt'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'))
    await writeFile(join(dir, 'pairs.tsv'), `broken.txt\t${SEEDS.res78en}\n`)
    const s = await build(dir, out, { pairs: join(dir, 'pairs.tsv') })
    expect(s.failed).toEqual([expect.objectContaining({ zh: 'broken.txt', en: SEEDS.res78en, error: expect.stringMatching(/PDF cannot be read.*input\/corrupt/) })])
    expect(s.pairs).toHaveLength(1)
    expect(s.pairs[0]?.status).toBe('aligned')
    expect(await lines(join(out, 'corpus.jsonl'))).toHaveLength(s.pairs[0]!.links)
    expect(JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')).failed).toHaveLength(1)
  })

  it('fails a pair whose file turns binary after pairing, and aligns the others', async () => {
    const dir = await corpusWith(1)
    const out = await folder('out')
    const s = await build(dir, out, {
      onProgress: (p) => {
        if (p.phase === 'align' && p.done === 0) writeFileSync(join(dir, SEEDS.report78), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      },
    })
    expect(s.failed).toEqual([expect.objectContaining({ zh: SEEDS.report78, en: SEEDS.res78en, error: 'input is a PNG image, not text (input/binary)' })])
    expect(s.pairs.map((p) => p.status)).toEqual(['aligned'])
  })

  it('splits the pairs into shards whose union is the whole corpus, without overlap, and whose outputs concatenate', async () => {
    const dir = await corpusWith(3)
    const wholeOut = await folder('whole')
    const whole = await build(dir, wholeOut)
    const outs = [await folder('shard1'), await folder('shard2')]
    const shards = [await build(dir, outs[0]!, { shard: { index: 1, count: 2 } }), await build(dir, outs[1]!, { shard: { index: 2, count: 2 } })]
    const names = shards.map((s) => s.pairs.map((p) => p.name))
    expect(whole.pairs).toHaveLength(4)
    expect(names[0]!.filter((n) => names[1]!.includes(n))).toEqual([])
    expect([...names[0]!, ...names[1]!].sort()).toEqual(whole.pairs.map((p) => p.name).sort())
    const wholeLines = await lines(join(wholeOut, 'corpus.jsonl'))
    const shardLines = [...(await lines(join(outs[0]!, 'corpus.jsonl'))), ...(await lines(join(outs[1]!, 'corpus.jsonl')))]
    expect(shardLines.sort()).toEqual(wholeLines.sort())
    expect(shards[0]!.unpaired).toEqual(whole.unpaired)
    expect(shards[1]!.unpaired).toEqual([])
  })

  it('reads PDF, Word and HTML files of the folder (type from the bytes) and pairs them by what they say', async () => {
    const dir = await folder('renderings')
    const files = [['ods-fodt-soffice-pdf/000.pdf', 'pdf/000.pdf'], ['ods-fodt-soffice-pdf/003.pdf', 'pdf/003.pdf'], ['ods-fodt-soffice-docx/000.docx', 'word/000.docx'], ['pandoc-html/003.html', 'web/003.htm']]
    for (const [from, to] of files) {
      await mkdir(join(dir, to!, '..'), { recursive: true })
      await copyFile(join(CORPUS, 'renderings', from!), join(dir, to!))
    }
    const out = await folder('out')
    const s = await build(dir, out)
    expect(s.failed).toEqual([])
    expect(s.unpaired).toEqual([])
    // Every pair is a rendering of the 78/160 report (000) with one of the resolution (003), whatever the producers.
    expect(s.pairs.map((p) => [/\/000\.(?:pdf|docx)$/.test(p.zh), /\/003\.(?:pdf|htm)$/.test(p.en)])).toEqual([[true, true], [true, true]])
    const formats = new Set<string>()
    for (const p of s.pairs) {
      const aligned = JSON.parse(await readFile(join(out, 'pairs', `${p.name}.json`), 'utf8')) as Alignment
      formats.add(aligned.source.zh.format).add(aligned.source.en.format)
      // 47 preambular and 46 operative paragraphs and 15 footnotes: most of them linked.
      expect(p.twoSided).toBeGreaterThanOrEqual(100)
    }
    expect([...formats].sort()).toEqual(['docx', 'html', 'pdf-file'])
  }, 300_000)
})
