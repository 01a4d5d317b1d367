import { FORMATS as ALL_FORMATS, type Format, writeFormat } from '../export/index.js'
import { footnoteRefsOf } from '../export/index.js'
import { sentenceLinks } from '../sentence/sentence-links.js'
import type { Alignment, DocumentTree } from '../types.js'
import type { CliIo } from './io.js'

/** Output formats of `resalign align`. */
export const FORMATS: readonly Format[] = ALL_FORMATS

/**
 * Write an alignment in a format to a file (Moses: `file.zh` and `file.en`)
 * or to standard output. With `unit: 'sentence'` (the links carry
 * `sentences`) JSONL, Moses, TSV and TMX get one unit per sentence link
 * (TMX `segtype="sentence"`); JSON keeps the links with their sentences.
 */
export async function writeOutputs(a: Alignment, format: Format, output: string | undefined, io: CliIo, trees?: { zh: DocumentTree; en: DocumentTree }, unit: 'paragraph' | 'sentence' = 'paragraph'): Promise<string[]> {
  const refs = format === 'tmx' && trees ? { footnoteRefs: { zh: footnoteRefsOf(trees.zh), en: footnoteRefsOf(trees.en) } } : {}
  const options = format === 'tmx' ? { ...refs, ...(unit === 'sentence' ? { segtype: 'sentence' } : {}) } : undefined
  const units = unit === 'sentence' && format !== 'json' && format !== 'html' ? sentenceLinks(a) : a
  const files = writeFormat(units, format, (options && Object.keys(options).length ? options : undefined) as never)
  const written: string[] = []
  for (const f of files) {
    if (output) {
      await io.writeFile(output + f.suffix, f.content)
      written.push(output + f.suffix)
    } else {
      if (files.length > 1) io.stdout(`==> ${f.suffix.slice(1)} <==\n`)
      io.stdout(f.content.endsWith('\n') ? f.content : `${f.content}\n`)
    }
  }
  if (written.length) io.stderr(`resalign: wrote ${written.join(', ')}\n`)
  return written
}
