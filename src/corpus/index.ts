/**
 * The corpus builder: from a folder of UN documents to a parallel corpus.
 * Re-exports only; `src/index.ts` may re-export what it wants public.
 */
export { buildCorpus } from './build-corpus.js'
export { CORPUS_DEFAULTS } from './corpus-options.js'
export type { CorpusOptions, CorpusProgress } from './corpus-options.js'
export { parseShard, shardOf } from './shard.js'
export { resolveShard } from './shard-spec.js'
export { planCorpus, parsePlan, PLAN_VERSION } from './plan.js'
export { alignShard, manifestPath } from './align-shard.js'
export type { AlignShardInput } from './align-shard.js'
export { mergeShards } from './merge-shards.js'
export type { MergeInput } from './merge-shards.js'
export { readMetadata } from './read-metadata.js'
export { pairDocuments } from './pair-documents.js'
export type {
  AdoptedOn,
  CorpusPlan,
  CorpusSummary,
  ShardManifest,
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
