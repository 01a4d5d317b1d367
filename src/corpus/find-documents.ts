/**
 * Find the documents of a corpus folder: `.txt`, `.md`, `.pdf`, `.docx`,
 * `.html` and `.htm` files, in every sub-folder, in a stable order (the
 * name only picks the candidates; how a file is read follows from its
 * bytes). Hidden files and folders, node_modules
 * and the output folder are not entered; README, LICENSE and the like are
 * listed as ignored rather than read.
 */
import { readdir, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { ResalignError } from '../errors.js'

/** Options of `findDocuments`. */
export interface FindDocumentsOptions {
  /** Folders not to enter (the output folder). */
  readonly exclude?: readonly string[]
}

/** Documents and ignored files, relative to the folder, `/`-separated, sorted. */
export interface FoundDocuments {
  readonly documents: string[]
  readonly ignored: string[]
}

const EXTENSIONS = /\.(?:txt|md|markdown|pdf|docx|html?)$/i
const NOT_DOCUMENTS = /^(?:readme|license|licence|changelog|changes|contributing|notice|authors|copying|history|code_of_conduct|security)(?:\.[^.]+)?$/i
const SKIP_DIRS = new Set(['node_modules'])

/**
 * Walk `root` for documents.
 *
 * @throws ResalignError `input/not-found` when `root` is missing, `input/unreadable` when it is not a folder.
 */
export async function findDocuments(root: string, options?: Readonly<FindDocumentsOptions>): Promise<FoundDocuments> {
  const info = await stat(root).catch((cause: NodeJS.ErrnoException) => {
    throw new ResalignError('input/not-found', `no such folder: ${root}`, { hint: 'pass the folder holding the documents', cause })
  })
  if (!info.isDirectory()) throw new ResalignError('input/unreadable', `${root} is not a folder`, { hint: 'resalign corpus <dir> takes a folder; for two files use resalign align' })
  const exclude = new Set((options?.exclude ?? []).map((d) => resolve(d)))
  const documents: string[] = []
  const ignored: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const path = join(dir, e.name)
      const kind = e.isSymbolicLink() ? await stat(path).then((s) => (s.isFile() ? 'file' : 'other'), () => 'other') : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other'
      if (kind === 'dir' && !SKIP_DIRS.has(e.name) && !exclude.has(resolve(path))) await walk(path)
      if (kind !== 'file' || !EXTENSIONS.test(e.name)) continue
      const rel = relative(root, path).split(sep).join('/')
      if (NOT_DOCUMENTS.test(e.name)) ignored.push(rel)
      else documents.push(rel)
    }
  }
  await walk(root)
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return { documents: documents.sort(order), ignored: ignored.sort(order) }
}
