import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { ResalignError } from '../errors.js'
import { writeJsonl, writeTmx, writeTsv } from '../export/index.js'
import { decode } from '../ingest/decode.js'
import { alignBitext } from '../sentence/bitext.js'
import { bitextAlignment, writeBeads, writeBeadsJson } from '../sentence/bitext-outputs.js'
import { splitSentences } from '../sentence/split-sentences.js'
import type { CliIo } from './io.js'

/** Texts with fewer sentences than this on a side get the dictionary unless told otherwise. */
export const DICTIONARY_BELOW = 2000

/** Output formats of `resalign sentences`. */
export const SENTENCE_FORMATS = ['beads', 'json', 'jsonl', 'tsv', 'tmx'] as const

export const SENTENCES_HELP = `Usage: resalign sentences <zh-file> <en-file> [--lines] [--format ${SENTENCE_FORMATS.join('|')}] [-o file]

Align the sentences of any Chinese and English text (linear time and memory).

Options:
  --lines             one sentence per line, as hunalign, vecalign and bertalign read
                      (default: split the text into sentences; a line break ends a sentence)
  --dictionary        add the CC-CEDICT dictionary to the lexicon learned from the text
  --no-dictionary     learn the lexicon from the text alone
                      (default: the dictionary for texts under ${DICTIONARY_BELOW} sentences a side, where
                      self-learning has little to learn from; it takes 2–4 s and about 70 MB to load)
  --format f          output format (default beads): ${SENTENCE_FORMATS.join(', ')}
                      beads: one bead per line, [zh ids]:[en ids], 0-based ([3]:[] is 1–0)
  -o, --output file   write to a file; default standard output
  -h, --help          show this help

Exit status: 0 aligned, 2 unusable input or usage, 1 internal error.
`

/** `resalign sentences`. */
export async function runSentencesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      lines: { type: 'boolean' },
      dictionary: { type: 'boolean' },
      'no-dictionary': { type: 'boolean' },
      format: { type: 'string', default: 'beads' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout(SENTENCES_HELP)
    return 0
  }
  if (positionals.length !== 2) throw new ResalignError('options/invalid', 'sentences takes two files: the Chinese and the English text', { hint: 'resalign sentences <zh-file> <en-file> (see --help)' })
  const format = values.format as (typeof SENTENCE_FORMATS)[number]
  if (!SENTENCE_FORMATS.includes(format)) throw new ResalignError('options/invalid', `--format must be one of ${SENTENCE_FORMATS.join(', ')}, not ${values.format}`)
  const [zhPath, enPath] = positionals as [string, string]
  const [zh, en] = await Promise.all([readSentences(zhPath, 'zh', values.lines === true, io), readSentences(enPath, 'en', values.lines === true, io)])
  if (values.dictionary && values['no-dictionary']) throw new ResalignError('options/invalid', 'give --dictionary or --no-dictionary, not both')
  const dictionary = values.dictionary === true || (values['no-dictionary'] !== true && Math.min(zh.length, en.length) < DICTIONARY_BELOW)
  const beads = alignBitext(zh, en, { dictionary })
  const names = { zh: basename(zhPath), en: basename(enPath) }
  const content =
    format === 'beads' ? writeBeads(beads)
    : format === 'json' ? writeBeadsJson(beads, zh, en)
    : format === 'jsonl' ? writeJsonl(bitextAlignment(beads, zh, en, names))
    : format === 'tsv' ? writeTsv(bitextAlignment(beads, zh, en, names))
    : writeTmx(bitextAlignment(beads, zh, en, names), { segtype: 'sentence', markLead: false })
  if (values.output) {
    await io.writeFile(values.output, content)
    io.stderr(`resalign: ${beads.length} beads, wrote ${values.output}\n`)
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
