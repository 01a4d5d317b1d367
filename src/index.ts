/**
 * resalign: align the Chinese and English versions of UN documents.
 * This module only re-exports; see the README for the API.
 */
export { align } from './align/align.js'
export type { AlignInput, AlignOptions } from './align/align.js'
export { segment } from './segment.js'
export type { SegmentOptions } from './segment.js'
export { readDocument, READ_DEFAULTS } from './read-document.js'
export type { ReadOptions, InputType } from './read-document.js'
export { detectFileType } from './ingest/detect-file-type.js'
export type { FileType } from './ingest/detect-file-type.js'
export { decode } from './ingest/decode.js'
export type { Decoded, Encoding } from './ingest/decode.js'
export { detectLanguage } from './ingest/detect-language.js'
export { detectFormat } from './ingest/detect-format.js'
export { checkLossless } from './structure/check-lossless.js'
export { writeTmx, writeJsonl, writeMoses, writeTsv, writeHtml, writeFormat, isFormat, footnoteRefsOf, FORMATS, FORMAT_INFO } from './export/index.js'
export type { TmxOptions, JsonlOptions, MosesOptions, MosesTexts, TsvOptions, HtmlOptions, Format, FormatOptions, OutputFile, FootnoteRefMap } from './export/index.js'
export { UN_GLOSSARY, createTermMatcher, createGlossaryScorer, glossaryScore, readGlossary, extractGlossary, writeTbx, writeGlossaryCsv, writeGlossaryTsv, writeGlossaryJson, isNearMatch, normalizedDistance } from './glossary/index.js'
export type { TermMatcher, TermMatcherOptions, GlossaryScorer, GlossaryScoreOptions, GlossaryFormat, ReadGlossaryOptions, ExtractGlossaryOptions, WriteTbxOptions, GlossaryEntry, TermCandidate, TermMatch } from './glossary/index.js'
export { loadDictionary, isDictionaryLoaded, stemEnglish, englishContentWords, chineseContentWords, longestMatch, learnLexicon, LEARN_LEXICON_DEFAULTS, createLexiconScorer, LEXICON_SCORER_DEFAULTS, lexiconSimilarity } from './lexicon/index.js'
export type { ZhEnDictionary, LearnedLexicon, LearnLexiconOptions, LexiconPair, LexiconScorer, LexiconScorerOptions } from './lexicon/index.js'
export { buildCorpus, CORPUS_DEFAULTS, readMetadata, pairDocuments, planCorpus, alignShard, mergeShards, parsePlan, resolveShard } from './corpus/index.js'
export type { CorpusOptions, CorpusProgress, CorpusSummary, DocumentInfo, PairSummary, UnpairedDocument, FailedPair, Timing, CorpusPlan, ShardManifest, Shard, AlignShardInput, MergeInput } from './corpus/index.js'
export { splitSentences, SPLIT_DEFAULTS, alignBitext, BITEXT_DEFAULTS, alignSentences, ALIGN_SENTENCES_DEFAULTS, sentenceLinks, writeBeads, writeBeadsJson, bitextAlignment } from './sentence/index.js'
export type { Sentence, SplitOptions, BitextOptions, SentenceBead, AlignSentencesOptions } from './sentence/index.js'
export { ResalignError, isResalignError } from './errors.js'
export type { ErrorCode } from './errors.js'
export { ALIGNED_VERSION } from './types.js'
export type {
  Alignment,
  Artifact,
  Block,
  BlockKind,
  DocumentTree,
  FootnoteRef,
  Issue,
  Lang,
  Link,
  LinkMethod,
  LinkSide,
  SentenceLink,
  SentenceMethod,
  Part,
  PartKind,
  Point,
  Position,
  Removal,
  Result,
  Severity,
  SourceFormat,
  SourceInfo,
  Span,
} from './types.js'
