import { basename } from 'node:path'
import { Command, Option } from 'commander'
import { ResalignError } from '../errors.js'
import { writeJsonl, writeTmx, writeTsv } from '../export/index.js'
import { decode } from '../ingest/decode.js'
import { alignBitext } from '../sentence/bitext.js'
import { bitextAlignment, writeBeads, writeBeadsJson } from '../sentence/bitext-outputs.js'
import { splitSentences } from '../sentence/split-sentences.js'
import { formatOption, outputOption, quietOption } from './common-options.js'
import type { CliContext } from './context.js'
import type { CliIo } from './io.js'

/** Texts with fewer sentences than this on a side get the dictionary unless told otherwise. */
export const DICTIONARY_BELOW = 2000

/** Output formats of `resalign sentences`. */
export const SENTENCE_FORMATS = ['beads', 'json', 'jsonl', 'tsv', 'tmx'] as const

/** `resalign sentences`. */
interface SentencesFlags {
  readonly lines?: boolean
  readonly dictionary?: boolean
  readonly format: (typeof SENTENCE_FORMATS)[number]
  readonly output?: string
  readonly quiet?: boolean
}

/** `resalign sentences <zh> <en>`: align two whole texts sentence by sentence. */
export function sentencesCommand(ctx: CliContext): Command {
  return new Command('sentences')
    .summary('align two zh–en texts sentence by sentence')
    .description(`Align any Chinese and English text sentence by sentence, in linear time: the texts are split by the sentence rules, or with --lines taken one sentence per line. The CC-CEDICT dictionary is used by default below ${DICTIONARY_BELOW} sentences a side.`)
    .argument('<zh-file>', 'the Chinese text ("-": standard input)')
    .argument('<en-file>', 'the English text')
    .addOption(new Option('--lines', 'one sentence per line, as hunalign, vecalign and bertalign take them'))
    .addOption(new Option('--dictionary', 'use the CC-CEDICT dictionary at any length'))
    .addOption(new Option('--no-dictionary', 'learn the lexicon from the texts alone'))
    .addOption(formatOption(SENTENCE_FORMATS, 'beads'))
    .addOption(outputOption())
    .addOption(quietOption())
    .action(async (zhPath: string, enPath: string, flags: SentencesFlags) => {
      ctx.status = await runSentences(zhPath, enPath, flags, ctx.io)
    })
}

async function runSentences(zhPath: string, enPath: string, flags: SentencesFlags, io: CliIo): Promise<number> {
  if (zhPath === '-' && enPath === '-') throw new ResalignError('options/invalid', 'only one of the two texts can come from standard input', { hint: 'give a file name for the other one' })
  const zh = await readSentences(zhPath, 'zh', flags.lines === true, io)
  const en = await readSentences(enPath, 'en', flags.lines === true, io)
  const dictionary = flags.dictionary ?? Math.min(zh.length, en.length) < DICTIONARY_BELOW
  const beads = alignBitext(zh, en, { dictionary })
  const names = { zh: basename(zhPath), en: basename(enPath) }
  const format = flags.format
  const content =
    format === 'beads' ? writeBeads(beads)
    : format === 'json' ? writeBeadsJson(beads, zh, en)
    : format === 'jsonl' ? writeJsonl(bitextAlignment(beads, zh, en, names))
    : format === 'tsv' ? writeTsv(bitextAlignment(beads, zh, en, names), { unpaired: true })
    : writeTmx(bitextAlignment(beads, zh, en, names), { segtype: 'sentence', markLead: false })
  if (flags.output !== undefined && flags.output !== '-') {
    await io.writeFile(flags.output, content)
    if (!flags.quiet) io.stderr(`resalign: ${beads.length} beads, wrote ${flags.output}\n`)
  } else io.stdout(content)
  return 0
}

/** The sentences of a file: its lines (`--lines`; a last empty line is no sentence), or its text split by the rules. */
async function readSentences(path: string, lang: 'zh' | 'en', lines: boolean, io: CliIo): Promise<string[]> {
  const bytes = await io.readBytes(path)
  let text: string
  try {
    text = decode(bytes).text
  } catch (error) {
    if (error instanceof ResalignError) throw new ResalignError(error.code, `${path}: ${error.message}`, { ...(error.hint ? { hint: error.hint } : {}), cause: error })
    throw error
  }
  if (!lines) return splitSentences(text, lang).map((s) => s.text)
  const all = text.split(/\r\n|\r|\n/)
  if (all.length > 0 && all[all.length - 1] === '') all.pop()
  return all
}
