/**
 * The corpus glossary (run in a worker thread after the pairs): term
 * candidates extracted by `extractGlossary` from the two-sided links of
 * the merged corpus. To keep time and memory bounded whatever the size of
 * the corpus, at most `maxLinks` links are used, taken evenly across it
 * (every k-th two-sided link); the summary says how many.
 */
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import * as glossaryApi from '../glossary/index.js'
import type { Alignment, Link } from '../types.js'
import { ALIGNED_VERSION } from '../types.js'
import type { GlossaryReport } from './corpus-types.js'
import { pairPaths, writeAtomic } from './pair-outputs.js'

/** The glossary step's input. */
export interface GlossaryJob {
  readonly out: string
  /** Pairs' shares (their folder and name), in corpus order. */
  readonly shares: ReadonlyArray<{ readonly folder: string; readonly name: string }>
  /** Most two-sided links to use. */
  readonly maxLinks: number
  /** Two-sided links in the corpus. */
  readonly total: number
  /** User glossary file (CSV, TSV or TBX), or null. */
  readonly glossaryFile: string | null
}

const NO_SOURCE = { name: null, format: 'plain', symbols: [], blocks: 0 } as const

/** Extract the glossary and write `glossary.json` and `glossary.csv`. */
export async function buildGlossary(job: Readonly<GlossaryJob>): Promise<GlossaryReport> {
  const api = glossaryApi as Partial<typeof glossaryApi>
  if (typeof api.extractGlossary !== 'function' || typeof api.writeGlossaryJson !== 'function' || typeof api.writeGlossaryCsv !== 'function') {
    return { status: 'unavailable', reason: 'this build of resalign has no extractGlossary (src/glossary/index.ts does not export it yet); the corpus was written without a glossary' }
  }
  const entries = job.glossaryFile === null ? [] : (api.readGlossary as typeof glossaryApi.readGlossary)(await readFile(job.glossaryFile, 'utf8')).value
  const stride = Math.max(1, Math.ceil(job.total / job.maxLinks))
  const alignments: Alignment[] = []
  const owners: string[] = []
  let seen = 0
  let used = 0
  for (const { folder, name } of job.shares) {
    if (used >= job.maxLinks) break
    const links: Link[] = []
    const lines = createInterface({ input: createReadStream(pairPaths(folder, name, []).units), crlfDelay: Infinity })
    for await (const line of lines) {
      if (line === '') continue
      const link = JSON.parse(line) as Link
      if (link.zh.ids.length === 0 || link.en.ids.length === 0) continue
      if (seen++ % stride === 0 && used < job.maxLinks) {
        links.push(link)
        used++
      }
    }
    if (links.length > 0) {
      alignments.push({ version: ALIGNED_VERSION, source: { zh: NO_SOURCE, en: NO_SOURCE }, pairs: links, issues: [] })
      owners.push(name)
    }
  }
  const { value } = api.extractGlossary(alignments, { glossary: entries, known: true })
  // Evidence reads "<pair name>:<link id>" whatever the number of pairs.
  const terms = value.terms.map((t) => ({ ...t, evidence: t.evidence.map((e) => relabel(e, owners)), examples: t.examples.map((x) => ({ ...x, link: relabel(x.link, owners) })) }))
  const files = [join(job.out, 'glossary.json'), join(job.out, 'glossary.csv')]
  await writeAtomic(files[0] as string, api.writeGlossaryJson(terms))
  await writeAtomic(files[1] as string, api.writeGlossaryCsv(terms))
  return { status: 'written', files: ['glossary.json', 'glossary.csv'], terms: terms.length, links: used, linksTotal: job.total }
}

function relabel(evidence: string, owners: readonly string[]): string {
  const m = /^(\d+):(.+)$/.exec(evidence)
  if (m && owners.length > 1) return `${owners[Number(m[1])] ?? m[1]}:${m[2]}`
  return owners.length === 1 ? `${owners[0]}:${evidence}` : evidence
}
