import { copyFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentInfo } from './corpus-types.js'
import { findDocuments } from './find-documents.js'
import { CORPUS, copySeeds, retitleEnglish, SEEDS, seedText, tempDir, writeVariant } from './fixtures/seed-corpus.js'
import { segment } from '../segment.js'
import { pairDocuments } from './pair-documents.js'
import { readDocument } from './read-document.js'
import { createTitleSimilarity } from './title-similarity.js'

const similarity = createTitleSimilarity()
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function folder(): Promise<string> {
  const dir = await tempDir('pair')
  dirs.push(dir)
  return dir
}

/** The five seeds alone (corpus/ also holds their renderings by other tools). */
async function seeds(): Promise<string> {
  const dir = await folder()
  await copySeeds(dir)
  return dir
}

async function readAll(dir: string): Promise<DocumentInfo[]> {
  // The five seed documents: corpus/renderings holds the same documents as other tools print them.
  const { documents } = await findDocuments(dir, { exclude: [join(dir, 'renderings')] })
  return Promise.all(documents.map((f) => readDocument(dir, f)))
}

/** The English 78/160 made into another resolution of the same session, on the same topic. */
const DECOY = { report: 462, addendum: 3, item: 19, letter: 'c', resolution: 213, paragraph: 9 }

describe('pairDocuments', () => {
  it('pairs the Chinese report holding the draft of 78/160 with the English 78/160, by the report it was adopted on', async () => {
    const { pairs, unpaired } = pairDocuments(await readAll(await seeds()), [], { similarity })
    expect(pairs.map((p) => [p.zh, p.en])).toEqual([[SEEDS.report78, SEEDS.res78en]])
    expect(pairs[0]?.pairingScore).toBeGreaterThan(0.8)
    expect(pairs[0]?.reasons.join('\n')).toMatch(/adopted on the report A\/78\/462\/Add\.1.*names in its front matter/)
    expect(unpaired.map((u) => u.file)).toEqual([SEEDS.res76zh, SEEDS.ecosoc, SEEDS.sgReport])
  })

  // Issue #13: corpus.tmx gave the drafts the report cites (A/C.2/78/L.12, L.48) as its own symbols while
  // align gave none. One definition: the symbols segment() reads as the document's own (what align writes in
  // source.symbols), plus the report the partner says it was adopted on when this document is that report.
  it('gives each side the symbols align gives it, and the report its partner was adopted on', async () => {
    const { pairs } = pairDocuments(await readAll(CORPUS), [], { similarity })
    const own = async (file: string) => segment(await seedText(file)).value.symbols
    expect(await own(SEEDS.report78)).toEqual([])
    expect(pairs[0]?.documents).toEqual({ zh: ['A/78/462/Add.1', ...(await own(SEEDS.report78))], en: await own(SEEDS.res78en) })
    expect(pairs[0]?.documents.en).toEqual(['A/RES/78/160'])
  })

  it('says why each unpaired document has no partner', async () => {
    const { unpaired } = pairDocuments(await readAll(await seeds()), [], { similarity })
    const reason = (f: string) => unpaired.find((u) => u.file === f)?.reason ?? ''
    expect(reason(SEEDS.res76zh)).toMatch(/different resolution numbers \(76\/213 vs 78\/160\).*different sessions \(76 vs 78\)/)
    expect(reason(SEEDS.sgReport)).toMatch(/different sessions \(80 vs 78\)/)
    expect(reason(SEEDS.ecosoc)).toMatch(/^no convincing partner/)
  })

  it('prefers the translation over an English decoy on the same topic, and says why the decoy lost', async () => {
    const dir = await folder()
    await copySeeds(dir)
    await writeFile(join(dir, 'decoy.txt'), retitleEnglish(await seedText(SEEDS.res78en), DECOY))
    const { pairs, unpaired } = pairDocuments(await readAll(dir), [], { similarity })
    expect(pairs.map((p) => [p.zh, p.en])).toEqual([[SEEDS.report78, SEEDS.res78en]])
    expect(unpaired.find((u) => u.file === 'decoy.txt')?.reason).toMatch(/different agenda items \(19\(a\) vs 19\(c\)\)/)
  })

  it('does not force a partner: without the translation, the decoy and the report stay unpaired', async () => {
    const dir = await folder()
    await copySeeds(dir)
    await rm(join(dir, SEEDS.res78en))
    await writeFile(join(dir, 'decoy.txt'), retitleEnglish(await seedText(SEEDS.res78en), DECOY))
    const { pairs, unpaired } = pairDocuments(await readAll(dir), [], { similarity })
    expect(pairs).toEqual([])
    expect(unpaired.map((u) => u.file)).toContain('decoy.txt')
    expect(unpaired.map((u) => u.file)).toContain(SEEDS.report78)
  })

  it('pairs translations by their evidence, not by their file names', async () => {
    const dir = await folder()
    const made = await Promise.all([501, 502, 503, 504].map((report, k) => writeVariant(dir, { report, item: 30 + k, resolution: 300 + k })))
    const { pairs, unpaired } = pairDocuments(await readAll(dir), [], { similarity })
    expect(unpaired).toEqual([])
    expect(pairs.map((p) => `${p.zh} ${p.en}`).sort()).toEqual(made.map((m) => `${m.zh} ${m.en}`).sort())
  })

  it('pairs one to one: of two identical English copies only one gets the report; the other is told who won', async () => {
    const dir = await folder()
    await copySeeds(dir)
    await copyFile(join(CORPUS, SEEDS.res78en), join(dir, 'copy.txt'))
    const { pairs, unpaired } = pairDocuments(await readAll(dir), [], { similarity })
    expect(pairs).toHaveLength(1)
    const loser = pairs[0]?.en === 'copy.txt' ? SEEDS.res78en : 'copy.txt'
    expect(unpaired.find((u) => u.file === loser)?.reason).toMatch(/was paired with/)
  })

  it('takes the pairs the user names as given, with their evidence score', async () => {
    const documents = await readAll(await seeds())
    const { pairs, unpaired } = pairDocuments(documents, [], { similarity, named: [{ zh: SEEDS.res76zh, en: SEEDS.res78en }] })
    expect(pairs.map((p) => [p.zh, p.en])).toEqual([[SEEDS.res76zh, SEEDS.res78en]])
    expect(pairs[0]?.reasons[0]).toBe('named in the pairs file')
    expect(pairs[0]?.pairingScore).toBeLessThan(0.5)
    expect(unpaired.map((u) => u.file)).toContain(SEEDS.report78)
  })

  it('lists unreadable documents as unpaired with their reason', () => {
    const { unpaired } = pairDocuments([], [{ file: 'scan.txt', reason: 'cannot be read: input is a PDF file, not text (input/binary)' }], { similarity })
    expect(unpaired).toEqual([{ file: 'scan.txt', language: null, reason: 'cannot be read: input is a PDF file, not text (input/binary)' }])
  })
})
