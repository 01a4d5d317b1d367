import { sentenceLinks } from '../sentence/sentence-links.js'
import { footnoteRefsOf, type Format, type FormatOptions, writeFormat } from '../export/index.js'
import type { Alignment, DocumentTree } from '../types.js'
import type { CliIo } from './io.js'

/** What the align flags change in the writers. */
export interface OutputChoices {
  /** The two trees, for the TMX footnote references. */
  readonly trees?: { readonly zh: DocumentTree; readonly en: DocumentTree }
  /** `--markup`: lead verbs marked in TMX segments. */
  readonly markup: boolean
  /** `--unpaired`: one-sided links in TSV, Moses and TMX. */
  readonly unpaired: boolean
  /** `--unit sentence`: JSONL, Moses, TSV and TMX get one unit per sentence link (the links carry `sentences`). */
  readonly unit?: 'paragraph' | 'sentence'
}

function optionsOf(format: Format, choices: OutputChoices): FormatOptions[Format] | undefined {
  if (format === 'tmx') {
    const refs = choices.trees ? { footnoteRefs: { zh: footnoteRefsOf(choices.trees.zh), en: footnoteRefsOf(choices.trees.en) } } : {}
    return { ...refs, markLead: choices.markup, unpaired: choices.unpaired, ...(choices.unit === 'sentence' ? { segtype: 'sentence' as const } : {}) }
  }
  if (format === 'tsv' || format === 'moses') return { unpaired: choices.unpaired }
  return undefined
}

/**
 * Write an alignment in a format to a file (Moses: `file.zh` and `file.en`)
 * or, without a file or with `-`, to standard output.
 */
export async function writeOutputs(a: Alignment, format: Format, output: string | undefined, io: CliIo, choices: OutputChoices): Promise<string[]> {
  const units = choices.unit === 'sentence' && format !== 'json' && format !== 'html' ? sentenceLinks(a) : a
  const files = writeFormat(units, format, optionsOf(format, choices) as never)
  const written: string[] = []
  for (const f of files) {
    if (output !== undefined && output !== '-') {
      await io.writeFile(output + f.suffix, f.content)
      written.push(output + f.suffix)
    } else {
      if (files.length > 1) io.stdout(`==> ${f.suffix.slice(1)} <==\n`)
      io.stdout(f.content.endsWith('\n') ? f.content : `${f.content}\n`)
    }
  }
  return written
}

/** `resalign: wrote a, b` when files were written. */
export function wroteLine(written: readonly string[]): string[] {
  return written.length > 0 ? [`resalign: wrote ${written.join(', ')}`] : []
}
