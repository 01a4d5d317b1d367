/** Options of `buildCorpus`, their defaults and their checks. */
import { ResalignError } from '../errors.js'
import { isFormat, type Format } from '../export/write-format.js'
import type { Shard } from './corpus-types.js'
import { MIN_PAIRING_SCORE } from './pairing-weights.js'

/** Where a run is, for a progress bar. */
export interface CorpusProgress {
  readonly phase: 'read' | 'align' | 'glossary'
  readonly done: number
  readonly total: number
  readonly failed: number
  readonly skipped: number
}

/** Options of `buildCorpus`. */
export interface CorpusOptions {
  /** Output folder (created when missing). */
  readonly output: string
  /** Worker threads (default: the number of cores, `os.availableParallelism()`). */
  readonly jobs?: number
  /** Formats written per pair besides the aligned JSON (default `['json']`). */
  readonly formats?: readonly Format[]
  /** User glossary file (CSV, TSV or TBX), for pairing titles and marking known terms; null by default. */
  readonly glossary?: string | null
  /** Align every pair even when its outputs are newer than its inputs (default false). */
  readonly force?: boolean
  /** `paragraph` (default) or `sentence`: align the sentences inside each link; JSONL, TMX (segtype="sentence"), Moses and TSV get one unit per sentence link. */
  readonly unit?: 'paragraph' | 'sentence'

  /** Align only this shard of the pairs; null (default) for all. */
  readonly shard?: Shard | null
  /** TSV file naming pairs (zh path, en path per line); null by default. */
  readonly pairs?: string | null
  /** Most two-sided links the glossary is extracted from (default 5000; 0 for no glossary). */
  readonly glossaryLinks?: number
  /** Least pairing score for a pair to be made (default 0.5). */
  readonly minPairingScore?: number
  /** Called as documents are read and pairs are aligned. */
  readonly onProgress?: (progress: CorpusProgress) => void
  /** The built worker script (default: dist/corpus-worker.js, found next to this module). */
  readonly workerScript?: URL
}

/** Defaults of `buildCorpus` (`jobs` defaults to the number of cores). */
export const CORPUS_DEFAULTS = Object.freeze({
  formats: Object.freeze(['json']) as readonly Format[],
  glossary: null,
  force: false,
  unit: 'paragraph' as 'paragraph' | 'sentence',
  shard: null,
  pairs: null,
  glossaryLinks: 5000,
  minPairingScore: MIN_PAIRING_SCORE,
})

/** Options after defaults, checked. */
export type ResolvedCorpusOptions = Required<Omit<CorpusOptions, 'onProgress' | 'workerScript'>> & Pick<CorpusOptions, 'onProgress' | 'workerScript'>

const KNOWN: Readonly<Record<keyof CorpusOptions, true>> = { output: true, jobs: true, formats: true, glossary: true, force: true, shard: true, pairs: true, glossaryLinks: true, minPairingScore: true, onProgress: true, workerScript: true, unit: true }

/**
 * Merge `options` over the defaults and check them.
 *
 * @throws ResalignError `options/invalid`; values are never clamped.
 */
export function resolveCorpusOptions(options: Readonly<CorpusOptions>, cores: number): ResolvedCorpusOptions {
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined))
  const unknown = Object.keys(given).filter((key) => !Object.hasOwn(KNOWN, key))
  if (unknown.length > 0) throw new ResalignError('options/invalid', `buildCorpus: unknown option "${unknown[0]}"`, { hint: `Known options: ${Object.keys(KNOWN).join(', ')}.` })
  const o = { ...CORPUS_DEFAULTS, jobs: cores, ...given } as ResolvedCorpusOptions
  const bad = (message: string, hint?: string): never => {
    throw new ResalignError('options/invalid', message, hint === undefined ? undefined : { hint })
  }
  if (typeof o.output !== 'string' || o.output === '') bad('an output folder is required', 'resalign corpus <dir> -o <out>')
  if (!Number.isInteger(o.jobs) || o.jobs < 1 || o.jobs > 1024) bad(`jobs must be a whole number from 1 to 1024, not ${String(o.jobs)}`)
  if (!Array.isArray(o.formats) || o.formats.length === 0) bad('formats must be a non-empty list')
  for (const f of o.formats) if (!isFormat(f)) bad(`unknown format ${JSON.stringify(f)}`, 'formats: json, jsonl, tmx, moses, tsv, html')
  if (!Number.isInteger(o.glossaryLinks) || o.glossaryLinks < 0) bad(`glossaryLinks must be a whole number ≥ 0, not ${String(o.glossaryLinks)}`)
  if (typeof o.minPairingScore !== 'number' || !(o.minPairingScore >= 0 && o.minPairingScore <= 1)) bad(`minPairingScore must be in [0, 1], not ${String(o.minPairingScore)}`)
  if (o.shard !== null && !(Number.isInteger(o.shard.count) && Number.isInteger(o.shard.index) && o.shard.index >= 1 && o.shard.index <= o.shard.count)) bad('shard must be { index, count } with 1 ≤ index ≤ count')
  if (typeof o.force !== 'boolean') bad('force must be a boolean')
  if (o.unit !== 'paragraph' && o.unit !== 'sentence') bad(`unit must be "paragraph" or "sentence", not ${String(o.unit)}`)
  return o
}
