/**
 * Types of the corpus builder: what is read from each document, how
 * documents are paired, and the summary written beside the corpus.
 */
import type { Lang, SourceFormat } from '../types.js'

/** The "[on the report of the Second Committee (A/78/462/Add.1, para. 7)]" line. */
export interface AdoptedOn {
  /** Key of the body whose report it was (`second-committee`), or null (no Main Committee). */
  readonly body: string | null
  /** Symbol of the report or draft cited, or null. */
  readonly report: string | null
  /** Paragraph of the report cited (`7`), or null. */
  readonly paragraph: string | null
  /** The line as printed. */
  readonly text: string
}

/** A draft resolution or decision inside a report. */
export interface DraftInfo {
  /** Its title, or null. */
  readonly title: string | null
  /** Number of the report paragraph just before it (the one recommending it), or null. */
  readonly paragraph: string | null
}

/** What the corpus builder reads from one document (its front matter and references). */
export interface DocumentInfo {
  /** Path relative to the corpus folder, with `/` separators. */
  readonly file: string
  readonly language: Lang
  readonly format: SourceFormat
  /** Size in bytes. */
  readonly bytes: number
  /** `resolution` (adopted text), `report`, or `other`. */
  readonly kind: 'resolution' | 'report' | 'other'
  /**
   * The document's own symbols as `segment` reads them (`DocumentTree.symbols`,
   * what `align` writes in `source.symbols`): printed in its front matter, or
   * derived from its resolution number; never the ones it only cites.
   */
  readonly own: readonly string[]
  /** Symbols printed in the front matter (headings and meta lines), cited ones too: pairing evidence. */
  readonly symbols: readonly string[]
  /** Symbols the document does not print but that follow from it (A/RES/78/160 from "78/160." adopted by the General Assembly). */
  readonly derived: readonly string[]
  /** Symbols named in front-matter footnotes (the parts of a report series). */
  readonly mentioned: readonly string[]
  /** Session number (`78`) or year (`2025`), or null. */
  readonly session: string | null
  /** Agenda item, normalised (`19(a)`), or null. */
  readonly agendaItem: string | null
  /** Resolution or decision number (`78/160`), or null. */
  readonly resolution: string | null
  /** Main title, or null. */
  readonly title: string | null
  /** Every title found: front headings, resolution title, draft titles. */
  readonly titles: readonly string[]
  /** Key of the body that adopted or wrote it, or null. */
  readonly body: string | null
  /** Adoption date `YYYY-MM-DD`, or null. */
  readonly date: string | null
  /** The adoption line, or null. */
  readonly adoptedOn: AdoptedOn | null
  /** Draft resolutions and decisions inside a report. */
  readonly drafts: readonly DraftInfo[]
  /** Reference numbers and years in the text (70/1, 2015), sorted, distinct. */
  readonly references: readonly string[]
}

/** A document that could not be read as a UN document. */
export interface UnreadableDocument {
  readonly file: string
  /** Why (the error message and its code). */
  readonly reason: string
}

/** A pair chosen for alignment. */
export interface PlannedPair {
  /** Chinese file, relative to the corpus folder. */
  readonly zh: string
  /** English file, relative to the corpus folder. */
  readonly en: string
  /** Output name of the pair (file-system safe, unique in the corpus). */
  readonly name: string
  /** Confidence that the two are translations of each other, in [0, 1]. */
  readonly pairingScore: number
  /** Evidence for (and against) the pairing, readable. */
  readonly reasons: readonly string[]
  /** Document symbols of each side, carried by every unit of the merged corpus. */
  readonly documents: { readonly zh: readonly string[]; readonly en: readonly string[] }
}

/** A document left without a partner. */
export interface UnpairedDocument {
  readonly file: string
  /** Its language, or null when it could not be read. */
  readonly language: Lang | null
  readonly reason: string
}

/** Figures of an aligned (or skipped) pair. */
export interface AlignOutcome {
  /** `aligned` now, or `skipped` because its outputs were newer than its inputs. */
  readonly status: 'aligned' | 'skipped'
  /** Number of links (one-sided included). */
  readonly links: number
  /** Two-sided links. */
  readonly twoSided: number
  /** Mean score of the two-sided links. */
  readonly meanScore: number
  /** Issue counts by code. */
  readonly issues: Readonly<Record<string, number>>
  /** Bytes of input (both files). */
  readonly bytes: number
}

/** One aligned pair in the summary. */
export interface PairSummary extends PlannedPair, AlignOutcome {}

/** A pair whose alignment failed. */
export interface FailedPair {
  readonly zh: string
  readonly en: string
  readonly name: string
  readonly error: string
}

/** `--shard i/n`: this run handles pair i of every n (1-based). */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** The summary written to `summary.json`. */
export interface CorpusSummary {
  /** The shard this summary covers, or null for the whole corpus. */
  readonly shard: Shard | null
  readonly pairs: readonly PairSummary[]
  /** Documents without a partner (listed by shard 1 only when sharded). */
  readonly unpaired: readonly UnpairedDocument[]
  readonly failed: readonly FailedPair[]
  /** Files found but not taken as documents (README, LICENSE …). */
  readonly ignored: readonly string[]
  /** Glossary extraction: what was used, or why there is none. */
  readonly glossary: GlossaryReport
  readonly timing: Timing
}

/** What the glossary step did. */
export type GlossaryReport =
  | { readonly status: 'written'; readonly files: readonly string[]; readonly terms: number; readonly links: number; readonly linksTotal: number }
  | { readonly status: 'skipped' | 'unavailable' | 'failed'; readonly reason: string }

/** Wall-clock figures of a run (milliseconds unless said). */
export interface Timing {
  readonly jobs: number
  readonly readMs: number
  readonly pairMs: number
  readonly alignMs: number
  readonly mergeMs: number
  readonly glossaryMs: number
  readonly totalMs: number
  /** Pairs aligned (not skipped) per second of the align step. */
  readonly pairsPerSecond: number
  /** Input megabytes aligned per second of the align step. */
  readonly megabytesPerSecond: number
  /** Pairs skipped because their outputs were up to date. */
  readonly skipped: number
}

/** `resalign corpus plan`: the pairs of a corpus, made once, aligned by shards anywhere. */
export interface CorpusPlan {
  /** Always `resalign-corpus-plan`. */
  readonly format: 'resalign-corpus-plan'
  /** Version of the plan layout; a plan of another layout is refused. */
  readonly planVersion: number
  /** resalign version that made it; shards and merges of another version refuse it. */
  readonly resalign: string
  /** Content hash of the pairs (and version): ties shard outputs to their plan. */
  readonly id: string
  /** Corpus folder, absolute (shards may read it elsewhere with `root`). */
  readonly root: string
  /** Formats written per pair. */
  readonly formats: readonly string[]
  /** `paragraph`, or `sentence`: units of the merged corpus and the per-pair formats are sentence links. */
  readonly unit: 'paragraph' | 'sentence'
  /** Documents found (read or not). */
  readonly documents: number
  /** Pairs in corpus order. */
  readonly pairs: readonly PlannedPair[]
  readonly unpaired: readonly UnpairedDocument[]
  readonly ignored: readonly string[]
  /** Milliseconds spent reading and pairing. */
  readonly timing: { readonly readMs: number; readonly pairMs: number }
}

/** What one shard wrote: `<out>/shards/<i>-of-<n>.json`. */
export interface ShardManifest {
  /** Always `resalign-corpus-shard`. */
  readonly format: 'resalign-corpus-shard'
  readonly resalign: string
  /** Id of the plan the shard was aligned from. */
  readonly plan: string
  readonly shard: Shard
  /** The plan's unit (the merged TMX says it). */
  readonly unit: 'paragraph' | 'sentence'
  /** Pairs of the shard aligned or up to date, in corpus order. */
  readonly pairs: readonly PairSummary[]
  /** Position of each of `pairs` in the plan (the merged corpus keeps plan order). */
  readonly order: readonly number[]
  /** Pairs of the plan in this shard (aligned, up to date or failed). */
  readonly planned: number
  readonly failed: readonly FailedPair[]
  /** Shard 1 carries what is not split: unpaired documents, ignored files, plan timing. */
  readonly whole: { readonly unpaired: readonly UnpairedDocument[]; readonly ignored: readonly string[]; readonly readMs: number; readonly pairMs: number } | null
  readonly timing: { readonly jobs: number; readonly alignMs: number; readonly alignedBytes: number; readonly skipped: number }
}
