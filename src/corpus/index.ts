/**
 * The corpus builder: from a folder of UN documents to a parallel corpus.
 * Re-exports only; `src/index.ts` may re-export what it wants public.
 */
export { buildCorpus } from './build-corpus.js'
export { CORPUS_DEFAULTS } from './corpus-options.js'
export type { CorpusOptions, CorpusProgress } from './corpus-options.js'
export { parseShard, shardOf } from './shard.js'
export { readMetadata } from './read-metadata.js'
export { pairDocuments } from './pair-documents.js'
export type {
  AdoptedOn,
  CorpusSummary,
  DocumentInfo,
  DraftInfo,
  FailedPair,
  GlossaryReport,
  PairSummary,
  PlannedPair,
  Shard,
  Timing,
  UnpairedDocument,
} from './corpus-types.js'
