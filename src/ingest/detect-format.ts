import type { SourceFormat } from '../types.js'
import { SEPARATOR, URL_LINE } from '../data/furniture.js'
import { looksLikeHtml } from './detect-file-type.js'
import { splitLines } from './lines.js'

// Linear on any input: leading space stays on its line (`\s*` after `^` would rescan a run of
// blank lines from every line start) and a link target stops at the next bracket (`[a](` repeated).
const MARKDOWN_SIGNS = /^#{1,6}\s|\*\*[^*\n]+\*\*|<sup>|\]\(#?[^()[\]\s]*\)|^[^\S\r\n\u2028\u2029]*[-*+]\s|^[^\S\r\n\u2028\u2029]*>\s/gm
const TERMINAL = /[。；：，！？.;:,!?)）”’」』》\]]\s*$/

/**
 * Tell HTML (opens with a doctype or `<html>`), Markdown, plain text (a
 * paragraph per line) and PDF-extracted text (hard-wrapped lines, page
 * furniture) apart from the text alone.
 */
export function detectFormat(text: string): SourceFormat {
  if (looksLikeHtml(text)) return 'html'
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text
  const lines = splitLines(sample).filter((l) => !l.blank)
  if (lines.length === 0) return 'plain'
  let separators = 0
  let urls = 0
  let open = 0
  for (const l of lines) {
    if (SEPARATOR.test(l.text)) separators++
    else if (URL_LINE.test(l.text)) urls++
    else if (!TERMINAL.test(l.text)) open++
  }
  const markdown = (sample.match(MARKDOWN_SIGNS) ?? []).length
  const wrapShare = open / Math.max(1, lines.length - separators - urls)
  // PDF extraction never yields Markdown syntax: a few clear signs settle it, wrapped or not.
  if (markdown >= 5 || (markdown >= 3 && markdown >= lines.length * 0.05 && wrapShare < 0.5)) return 'markdown'
  if (wrapShare >= 0.35 || (separators > 0 && wrapShare >= 0.2)) return 'pdf'
  return markdown >= 3 ? 'markdown' : 'plain'
}
