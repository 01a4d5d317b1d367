/**
 * Align one pair of a corpus and write its outputs (run in a worker
 * thread): the aligned JSON as `resalign align` writes it, the extra
 * formats, and the pair's share of the merged corpus. A pair whose outputs
 * are newer than its inputs is skipped (unless `force`); its figures are
 * read back from its aligned JSON.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { align } from '../align/align.js'
import { ResalignError } from '../errors.js'
import { footnoteRefsOf } from '../export/footnote-refs.js'
import { writeFormat, type Format, type FormatOptions } from '../export/write-format.js'
import { alignSentences } from '../sentence/align-sentences.js'
import { sentenceLinks } from '../sentence/sentence-links.js'
import type { Alignment, DocumentTree, Issue } from '../types.js'
import type { AlignOutcome, PlannedPair } from './corpus-types.js'
import { tmxUnits, unitsJsonl } from './corpus-units.js'
import { documentTree } from '../document-tree.js'
import { allPaths, isFresh, pairPaths, writeAtomic } from './pair-outputs.js'

/** A pair to align. */
export interface AlignJob {
  /** Corpus folder. */
  readonly root: string
  /** Output folder. */
  readonly out: string
  readonly pair: PlannedPair
  /** Formats written per pair (`json` is always written). */
  readonly formats: readonly Format[]
  /** Align even when the outputs are up to date. */
  readonly force: boolean
  /** `sentence`: align the sentences inside each link, and write one unit per sentence link (default `paragraph`). */
  readonly unit?: 'paragraph' | 'sentence'

}


/** Align a pair and write its outputs, or skip it when they are up to date. */
export async function alignPair(job: Readonly<AlignJob>): Promise<AlignOutcome> {
  const paths = pairPaths(job.out, job.pair.name, job.formats)
  const inputs = [join(job.root, job.pair.zh), join(job.root, job.pair.en)]
  if (!job.force && (await isFresh(allPaths(paths), inputs))) {
    const stored = JSON.parse(await readFile(paths.json, 'utf8')) as Alignment
    return { status: 'skipped', ...figures(stored), bytes: await sizeOf(inputs) }
  }
  const [zhBytes, enBytes] = await Promise.all(inputs.map(readInput))
  const [zh, en] = await Promise.all([documentTree(zhBytes as Uint8Array), documentTree(enBytes as Uint8Array)])
  const { value, issues } = align(zh.value, en.value, { names: { zh: job.pair.zh, en: job.pair.en } })
  const swapped = issues.some((i) => i.code === 'align/swapped')
  const sided = (list: readonly Issue[], side: 'zh' | 'en'): Issue[] => list.map((i) => ({ ...i, side: swapped ? (side === 'zh' ? 'en' : 'zh') : side }))
  const aligned: Alignment = { ...value, issues: [...sided(zh.issues, 'zh'), ...sided(en.issues, 'en'), ...issues] }
  const sentences = job.unit === 'sentence' ? alignSentences(aligned) : null
  const result: Alignment = sentences ? { ...sentences.value, issues: [...aligned.issues, ...sentences.issues] } : aligned
  const units = sentences ? sentenceLinks(result) : result
  const trees: { zh: DocumentTree; en: DocumentTree } = swapped ? { zh: en.value, en: zh.value } : { zh: zh.value, en: en.value }
  const footnoteRefs = { zh: footnoteRefsOf(trees.zh), en: footnoteRefsOf(trees.en) }
  const writes: Array<Promise<void>> = []
  for (const format of new Set(paths.extras.map((e) => e.format))) {
    const files = format === 'json' || format === 'html'
      ? writeFormat(result, format)
      : writeFormat(units, format, (format === 'tmx' ? { footnoteRefs, ...(sentences ? { segtype: 'sentence' } : {}) } : undefined) as FormatOptions[typeof format])
    for (const f of files) {
      const target = paths.extras.find((e) => e.format === format && e.suffix === f.suffix)
      if (target) writes.push(writeAtomic(target.path, f.content))
    }
  }
  writes.push(writeAtomic(paths.units, unitsJsonl(units, job.pair)))
  writes.push(writeAtomic(paths.tmxUnits, tmxUnits(units, job.pair, footnoteRefs)))
  await Promise.all(writes)
  // The aligned JSON last: it is what a later run reads back when it skips the pair.
  await writeAtomic(paths.json, `${JSON.stringify(result, null, 2)}\n`)
  return { status: 'aligned', ...figures(result), bytes: zhBytes!.byteLength + enBytes!.byteLength }
}

function figures(a: Alignment): Omit<AlignOutcome, 'status' | 'bytes'> {
  const two = a.pairs.filter((l) => l.zh.ids.length > 0 && l.en.ids.length > 0)
  const issues: Record<string, number> = {}
  for (const i of a.issues) issues[i.code] = (issues[i.code] ?? 0) + 1
  const mean = two.length ? two.reduce((s, l) => s + l.score, 0) / two.length : 0
  return { links: a.pairs.length, twoSided: two.length, meanScore: Math.round(mean * 1000) / 1000, issues }
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    throw new ResalignError(code === 'ENOENT' ? 'input/not-found' : 'input/unreadable', `cannot read ${path} (${code ?? 'error'})`, { cause })
  }
}

async function sizeOf(paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size))
  return sizes.reduce((a, b) => a + b, 0)
}
