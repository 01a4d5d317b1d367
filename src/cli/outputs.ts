import type { Alignment } from '../types.js'
import type { CliIo } from './io.js'

/** Output formats of `resalign align`. */
export const FORMATS = ['json'] as const

/** Write an alignment in a format to a file or standard output. */
export async function writeOutputs(a: Alignment, format: (typeof FORMATS)[number], output: string | undefined, io: CliIo): Promise<void> {
  const text = `${JSON.stringify(a, null, 2)}\n`
  if (output) {
    await io.writeFile(output, text)
    io.stderr(`resalign: wrote ${output}\n`)
  } else io.stdout(text)
  void format
}
