/**
 * The flags several commands share, defined once so that each means the
 * same everywhere: `-f` format, `-o` output (`-` for standard output),
 * `-q` quiet, `-g` user glossary, `--from` input format, `--strict`.
 */
import { InvalidArgumentError, Option } from 'commander'

/** Input formats `--from` names; `readInput` decides which it can read. */
export const FROM_FORMATS = ['text', 'markdown', 'pdf', 'docx', 'html'] as const

/** What `--from` accepts. */
export type FromFormat = (typeof FROM_FORMATS)[number]

/** `-f, --format <f>` restricted to `choices`. */
export function formatOption(choices: readonly string[], fallback?: string): Option {
  const option = new Option('-f, --format <format>', 'output format').choices(choices)
  return fallback === undefined ? option : option.default(fallback)
}

/** `-o, --output <what>`; `-` is standard output. */
export function outputOption(what = 'file', description = 'write to a file ("-": standard output, the default)'): Option {
  return new Option(`-o, --output <${what}>`, description)
}

/** `-q, --quiet`. */
export const quietOption = (): Option => new Option('-q, --quiet', 'print no warnings or summary')

/** `-g, --glossary <file>`. */
export const glossaryOption = (): Option => new Option('-g, --glossary <file>', 'user glossary (CSV/TSV zh,en[,note] or TBX)')

/** `--from <format>`: how to read input files (detected from the content when absent). */
export const fromOption = (): Option => new Option('--from <format>', 'read input as this format (default: detected)').choices(FROM_FORMATS)

/** `--strict`. */
export const strictOption = (): Option => new Option('--strict', 'exit 3 when there are warnings (e.g. the documents are not parallel)')

/** Parser of a whole number ≥ `least` for an option argument. */
export function wholeNumber(least: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < least) throw new InvalidArgumentError(`must be a whole number ≥ ${least}`)
    return Number(value)
  }
}

/** Parser of a number from 0 to 1 for an option argument. */
export function unitNumber(value: string): number {
  const x = Number(value)
  if (value.trim() === '' || !(x >= 0 && x <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1')
  return x
}
