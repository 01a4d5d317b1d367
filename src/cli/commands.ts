import type { CliIo } from './io.js'
import { runSegmentCommand } from './segment-command.js'
import { runDemoCommand } from './demo-command.js'
import { runAlignCommand } from './align-command.js'
import { runSentencesCommand } from './sentences-command.js'
import { runCorpusCommand } from '../corpus/corpus-command.js'
import { runGlossaryCommand } from '../glossary/glossary-command.js'

/** A CLI command. */
export interface Command {
  readonly name: string
  readonly summary: string
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>
}

/** The commands, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  { name: 'demo', summary: 'run on the bundled corpus and say where the output went', run: runDemoCommand },
  { name: 'align', summary: 'align a Chinese and an English document', run: runAlignCommand },
  { name: 'sentences', summary: 'align the sentences of any Chinese and English text', run: runSentencesCommand },
  { name: 'glossary', summary: 'extract zh–en term candidates from aligned JSON files', run: (argv, io) => runGlossaryCommand([...argv], io) },
  { name: 'segment', summary: 'print the structure of one document', run: runSegmentCommand },
  { name: 'corpus', summary: 'pair, align and merge a folder of documents into a corpus', run: runCorpusCommand },
]
