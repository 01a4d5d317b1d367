/**
 * Public types of resalign: the document model (`segment`), the aligned
 * contract (`align`) and the issues both return.
 *
 * Offsets are UTF-16 code-unit offsets into the decoded input text (after a
 * byte-order mark is removed; line ends are kept as they were).
 */

/** Language of a document side. */
export type Lang = 'zh' | 'en'

/**
 * How the input was laid out: text (`markdown`, `plain`, `pdf` for text
 * extracted from a PDF), or a file read by its own ingest (`pdf-file`: a PDF
 * read directly; `html`, `docx`: offsets then point into the HTML, for DOCX
 * the HTML mammoth made of it).
 */
export type SourceFormat = 'markdown' | 'plain' | 'pdf' | 'pdf-file' | 'html' | 'docx'

/** A half-open range `[start, end)` of the input text. */
export interface Span {
  /** First code unit. */
  readonly start: number
  /** One past the last code unit. */
  readonly end: number
}

/** unist-style position (1-based line/column, 0-based offset). */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset: number
}
/** unist-style position of a node. */
export interface Position {
  readonly start: Point
  readonly end: Point
}

/** Severity of a document issue. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A problem found inside a document or an alignment. Never thrown; returned
 * beside the value. `code` is stable (see README, "Issue codes").
 */
export interface Issue {
  /** Stable identifier, e.g. `structure/number-gap`. */
  readonly code: string
  readonly severity: Severity
  /** Human-readable sentence. */
  readonly message: string
  /** Where in the input, when known. */
  readonly place?: Span
  /** Which side of a pair, when the issue belongs to one. */
  readonly side?: Lang
  /** Id of the block concerned, when there is one. */
  readonly block?: string
}

/** Kinds of part a UN document is made of. */
export type PartKind =
  | 'front'
  | 'report'
  | 'resolution'
  | 'draft-resolution'
  | 'decision'
  | 'draft-decision'
  | 'annex'

/** Kinds of block inside a part. */
export type BlockKind =
  | 'heading'
  | 'chapeau'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'paragraph'
  | 'footnote'
  | 'meta'

/** A removed piece of source inside a block (markup, marker, number). */
export interface Removal extends Span {
  /** What was removed. */
  readonly kind: 'markup' | 'footnote-ref' | 'number' | 'hyphen' | 'invisible' | 'entity'
  /** For `entity`: the character that stands in the text for this piece (`&lt;` → `<`). */
  readonly replacement?: string
}

/** A footnote reference inside a block's text. */
export interface FootnoteRef {
  /** The marker as printed (`1`, `*`). */
  readonly label: string
  /** Offset in the block's clean `text` where the marker stood. */
  readonly at: number
  /** Where the marker is in the input. */
  readonly place: Span
}

/** One logical block (paragraph, heading, footnote …) of a document. */
export interface Block {
  readonly type: 'block'
  /** Stable id within the document, e.g. `p2.op12`, `p1.fn3`. */
  readonly id: string
  readonly kind: BlockKind
  /** Printed number: `12`, `1(a)`, `1(a)(ii)`, footnote label; null when unnumbered. */
  readonly number: string | null
  /** Id of the parent block (sub-paragraphs), else null. */
  readonly parent: string | null
  /** Lead verb or phrase as printed (`又重申`, `Also reaffirms`), or null. */
  readonly lead: string | null
  /** Class of the lead verb (`reaffirm`), shared by both languages, or null. */
  readonly leadClass: string | null
  /** Clean text: no markup, no footnote markers, no paragraph number, wraps joined. */
  readonly text: string
  /** Footnote references in the text. */
  readonly footnoteRefs: readonly FootnoteRef[]
  /** For footnotes: ids of the blocks that reference it. */
  readonly referencedBy?: readonly string[]
  /** Every piece of input the block came from, in order. */
  readonly spans: readonly Span[]
  /** Pieces of those spans that are not in `text`. */
  readonly removed: readonly Removal[]
  /** unist position: from the first span's start to the last span's end. */
  readonly position: Position
  /** Heading level or other format hints. */
  readonly data?: Readonly<Record<string, unknown>>
}

/** A part of a document: the report, a (draft) resolution, a decision, an annex. */
export interface Part {
  readonly type: 'part'
  /** Stable id, e.g. `p2`. */
  readonly id: string
  readonly kind: PartKind
  /** Title as printed, or null. */
  readonly title: string | null
  /** Ordinal for several parts of one kind (`I`, `II`, `一`), normalised to a number string, or null. */
  readonly ordinal: string | null
  readonly blocks: readonly Block[]
}

/** Text of the input kept outside any block: page furniture and lists. */
export interface Artifact extends Span {
  readonly kind:
    | 'page-header'
    | 'page-footer'
    | 'page-number'
    | 'separator'
    | 'url-list'
    | 'markup'
    | 'invisible'
    | 'other'
  /** The text as it stood in the input. */
  readonly text: string
  /** Page the artifact was printed on (PDF files), 1-based. */
  readonly page?: number
}

/** The structure tree returned by `segment`. */
export interface DocumentTree {
  readonly type: 'document'
  readonly language: Lang
  readonly format: SourceFormat
  /** Document symbols found in the front matter (`A/RES/78/160`). */
  readonly symbols: readonly string[]
  readonly parts: readonly Part[]
  readonly artifacts: readonly Artifact[]
  /** The decoded input text, the base of every offset. */
  readonly source: string
}

/** A stage result: the value and the document issues found on the way. */
export interface Result<T> {
  readonly value: T
  readonly issues: readonly Issue[]
}

/**
 * How a link was decided: the evidence that weighed most. `number`: the
 * printed paragraph number, confirmed; `content`: shared numbers, dates,
 * document symbols, ordinals; `lexicon`: words that translate each other
 * (dictionary and the lexicon learned from the pair); `glossary`: UN glossary
 * terms; `signature`: kind, lead verb and footnote references; `length`:
 * length and position alone; `none`: one-sided.
 */
export type LinkMethod = 'number' | 'content' | 'lexicon' | 'glossary' | 'signature' | 'length' | 'none'

/** How a sentence link inside a paragraph link was decided. */
export type SentenceMethod = 'paragraph' | 'lexicon' | 'length' | 'none'

/** Sentences of a paragraph link that translate each other (a bead: 1–1, 1–2, 2–1, 2–2, 3–1, 1–3, 1–0, 0–1; any shape for `paragraph`). */
export interface SentenceLink {
  /** Chinese sentences, in order; empty when unpaired. */
  readonly zh: readonly string[]
  /** English sentences, in order; empty when unpaired. */
  readonly en: readonly string[]
  /** Confidence in [0, 1]; 0 for one-sided sentence links. */
  readonly score: number
  /** `paragraph`: one side of the link is a single sentence, so the link is one bead (its score is the link's); `lexicon`: decided with lexical evidence; `length`: by length alone; `none`: one-sided. */
  readonly method: SentenceMethod
}

/** One side of a link. */
export interface LinkSide {
  /** Block ids on this side, in document order; empty when unpaired. */
  readonly ids: readonly string[]
  /** Clean text of those blocks joined by "\n"; "" when unpaired. */
  readonly text: string
}

/** One link of the aligned contract. */
export interface Link {
  /** Stable id within the alignment (`l12`). */
  readonly id: string
  readonly zh: LinkSide
  readonly en: LinkSide
  /** Confidence in [0, 1]; under 0.5 more often wrong than right. 0 for one-sided links. */
  readonly score: number
  readonly method: LinkMethod
  /** Block kind (of the first block, Chinese side first). */
  readonly kind: BlockKind
  /** Paragraph number when the blocks are numbered. */
  readonly number: string | null
  /** Part kind on each side. */
  readonly part: { readonly zh: PartKind | null; readonly en: PartKind | null }
  /** Lead verb on each side (first block), when any. */
  readonly lead?: { readonly zh: string | null; readonly en: string | null }
  /** The link's sentences, aligned (two-sided links, after `alignSentences`; `--unit sentence`). */
  readonly sentences?: readonly SentenceLink[]
}

/** Version of the aligned JSON contract (1.1.0: links may carry `sentences`; method `lexicon`). */
export const ALIGNED_VERSION = '1.1.0' as const

/** The aligned JSON contract (see `schema/aligned.schema.json`). */
export interface Alignment {
  readonly version: typeof ALIGNED_VERSION
  readonly source: {
    readonly zh: SourceInfo
    readonly en: SourceInfo
  }
  /** Every block of both sides exactly once, in document order. */
  readonly pairs: readonly Link[]
  readonly issues: readonly Issue[]
}

/** What is known of one input of an alignment. */
export interface SourceInfo {
  /** File name or label given by the caller, or null. */
  readonly name: string | null
  readonly format: SourceFormat
  readonly symbols: readonly string[]
  readonly blocks: number
}
