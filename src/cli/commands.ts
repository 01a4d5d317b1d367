import type { CliIo } from './io.js'

/** A CLI command. */
export interface Command {
  readonly name: string
  readonly summary: string
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>
}

/**
 * The commands, in the order `--help` lists them. Each command's module is
 * imported when the command runs (`--help` and `--version` load none, `align`
 * loads neither the corpus builder nor the glossary readers).
 */
export const COMMANDS: readonly Command[] = [
  { name: 'demo', summary: 'run on the bundled corpus and say where the output went', run: async (argv, io) => (await import('./demo-command.js')).runDemoCommand(argv, io) },
  { name: 'align', summary: 'align a Chinese and an English document', run: async (argv, io) => (await import('./align-command.js')).runAlignCommand(argv, io) },
  { name: 'glossary', summary: 'extract zh–en term candidates from aligned JSON files', run: async (argv, io) => (await import('../glossary/glossary-command.js')).runGlossaryCommand([...argv], io) },
  { name: 'segment', summary: 'print the structure of one document', run: async (argv, io) => (await import('./segment-command.js')).runSegmentCommand(argv, io) },
  { name: 'corpus', summary: 'pair, align and merge a folder of documents into a corpus', run: async (argv, io) => (await import('../corpus/corpus-command.js')).runCorpusCommand(argv, io) },
]
