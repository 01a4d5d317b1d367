import type { Artifact, Issue, Removal, SourceFormat, Span } from '../types.js'
import type { MappedText } from './source-text.js'

/** A footnote marker found by the ingest, already taken out of the text. */
export interface RawRef {
  readonly label: string
  /** Offset in the unit's text where the marker stood. */
  readonly at: number
  readonly start: number
  readonly end: number
}

/**
 * A physical paragraph as the ingest sees it, before the structure stage
 * gives it a kind. Shared by every input format.
 */
export interface Unit {
  /** Clean text (markup and footnote markers out, wraps joined) and its map. */
  readonly body: MappedText
  /** Input pieces the unit covers. */
  readonly spans: readonly Span[]
  /** Pieces of `spans` not in `body`. */
  readonly removed: readonly Removal[]
  /** What the layout says the unit is. */
  readonly hint: 'heading' | 'paragraph' | 'footnote'
  /** Heading level (markdown `#` count), 0 when unknown. */
  readonly level: number
  /** Ranges of `body.text` printed in bold or italics. */
  readonly emphasis: ReadonlyArray<readonly [number, number]>
  /** Footnote markers taken out of the text. */
  readonly refs: readonly RawRef[]
  /** A page turn or a footnote block lies between the previous unit and this one. */
  readonly afterBreak: boolean
  /** Page the unit starts on (PDF files), 1-based. */
  readonly page?: number
}

/** What an ingest returns. */
export interface Ingested {
  readonly format: SourceFormat
  readonly units: readonly Unit[]
  readonly artifacts: readonly Artifact[]
  readonly issues: readonly Issue[]
}
