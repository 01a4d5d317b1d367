/**
 * `--pairs file.tsv`: pairs the user names, one per line, the Chinese file
 * then the English file separated by a tab. Paths are relative to the
 * corpus folder (absolute paths inside it are accepted). Blank lines and
 * lines starting with `#` are skipped.
 */
import { isAbsolute, relative, sep } from 'node:path'
import { ResalignError } from '../errors.js'

/** A pair the user named. */
export interface NamedPair {
  readonly zh: string
  readonly en: string
}

/**
 * Parse the text of a pairs file.
 *
 * @throws ResalignError `options/invalid` for a line without two paths or
 *   a path outside the corpus folder.
 */
export function readPairsFile(text: string, root: string): NamedPair[] {
  const pairs: NamedPair[] = []
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '')
    if (cells.length !== 2) {
      throw new ResalignError('options/invalid', `pairs file, line ${i + 1}: expected "zh-file<TAB>en-file", found ${JSON.stringify(line)}`)
    }
    const [zh, en] = cells.map((c) => corpusPath(c, root, i + 1)) as [string, string]
    pairs.push({ zh, en })
  })
  return pairs
}

/** A path relative to the corpus folder, with `/` separators. */
function corpusPath(path: string, root: string, line: number): string {
  const rel = isAbsolute(path) ? relative(root, path) : path
  const clean = rel.split(sep).join('/').replace(/^(?:\.\/)+/, '')
  if (clean.startsWith('../') || isAbsolute(clean)) {
    throw new ResalignError('options/invalid', `pairs file, line ${line}: ${path} is outside the corpus folder`)
  }
  return clean
}
