import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Folder of the bundled corpus. */
export const CORPUS = join(import.meta.dirname, '..', 'corpus')

/** Text of the corpus file whose name starts with `prefix` (`000`). */
export function corpusText(prefix: string): string {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))
  if (!name) throw new Error(`no corpus file ${prefix}`)
  return readFileSync(join(CORPUS, name), 'utf8')
}
