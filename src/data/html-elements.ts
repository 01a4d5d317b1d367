import type { Artifact } from '../types.js'

/** Elements that open a block of their own (HTML's flow content that is not phrasing). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements whose content is no document text: kept whole as an artifact of this kind. */
export const ARTIFACT_ELEMENTS: Readonly<Record<string, Artifact['kind']>> = Object.freeze({
  head: 'markup',
  script: 'markup',
  style: 'markup',
  noscript: 'markup',
  template: 'markup',
  svg: 'markup',
  math: 'markup',
  nav: 'other',
  button: 'other',
  select: 'other',
})

/** Elements printed in bold or italics. */
export const EMPHASIS_ELEMENTS: ReadonlySet<string> = new Set(['strong', 'b', 'em', 'i', 'cite', 'dfn'])

/** Inline styles that print bold or italics, and raised text. */
export const EMPHASIS_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic/i
export const SUPERSCRIPT_STYLE = /vertical-align\s*:\s*super/i

/** Ids that footnote producers give a footnote: pandoc `fn1`, Word `ftn1`/`_ftn1`, mammoth `footnote-1`, LibreOffice `sdfootnote1`. */
export const NOTE_ID = /^(?:fn|_?ftn|_?edn|(?:sd)?(?:foot|end)note-?|cite_note-?)(\d+)(?:sym)?$/i

/** A footnote marker as printed: `1`, `[1]`, `(2)`, `*`, `†`, `a`. */
export const NOTE_LABEL = /^[[(]?\s*(\d{1,3}|[*†‡]{1,3}|[a-z])\s*[\])]?$/
