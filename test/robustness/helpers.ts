/**
 * Shared helpers of the robustness suite: the corpus pair, the CLI run in
 * memory, the scorer, and the contract every alignment must keep.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { main } from '../../src/cli.js'
import { type CliIo, processIo } from '../../src/cli/io.js'
import { isResalignError } from '../../src/errors.js'
import type { Alignment, DocumentTree, Issue } from '../../src/types.js'
import { CORPUS, corpusText } from '../corpus.js'

/** The development pair: 000 (zh, report with the draft of 78/160) ↔ 003 (en, resolution 78/160). */
export const ZH = corpusText('000')
export const EN = corpusText('003')

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /** Files the command wrote, by path. */
  readonly written: ReadonlyMap<string, string>
}

/**
 * Run the CLI's `main` in memory. Paths in `files` are served from memory;
 * any other path is read from disk exactly as the real CLI reads it.
 */
export async function runCli(argv: readonly string[], files: Readonly<Record<string, string | Uint8Array>> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const written = new Map<string, string>()
  const read = async (path: string): Promise<Uint8Array> => {
    const f = files[path]
    if (f === undefined) return processIo.readBytes(path)
    return typeof f === 'string' ? new TextEncoder().encode(f) : f
  }
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readBytes: read,
    readFile: async (path) => new TextDecoder().decode(await read(path)),
    writeFile: async (path, data) => void written.set(path, data),
    isTTY: false,
  }
  const code = await main(argv, io)
  return { code, stdout, stderr, written }
}

/** Lines of a stream, without the empty one after the last line end. */
export const linesOf = (s: string): string[] => s.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1)

/** A stack trace line (`    at fn (file:1:2)`). */
export const STACK_LINE = /^\s+at .+[:(]/m

/** Call `fn` and return the ResalignError it throws; fail on anything else. */
export function thrownBy(fn: () => unknown): { code: string; message: string; hint: string | undefined } {
  try {
    fn()
  } catch (error) {
    if (isResalignError(error)) return { code: error.code, message: error.message, hint: error.hint }
    throw error
  }
  throw new Error('expected a ResalignError, nothing was thrown')
}

/** Every block id of a tree, in document order. */
export const blockIds = (tree: DocumentTree): string[] => tree.parts.flatMap((p) => p.blocks.map((b) => b.id))

/** Problems with the contract "every block of both sides in exactly one link" (empty when kept). */
export function contractProblems(a: Alignment, zh: DocumentTree, en: DocumentTree): string[] {
  const problems: string[] = []
  for (const [side, tree] of [['zh', zh], ['en', en]] as const) {
    const seen = a.pairs.flatMap((p) => p[side].ids)
    const all = blockIds(tree)
    if (seen.length !== all.length || [...seen].sort().join() !== [...all].sort().join()) problems.push(`${side}: links hold ${seen.length} block ids, the document has ${all.length}`)
    const text = new Map(tree.parts.flatMap((p) => p.blocks.map((b) => [b.id, b.text] as const)))
    for (const p of a.pairs) if (p[side].text !== p[side].ids.map((id) => text.get(id)).join('\n')) problems.push(`${side}: link ${p.id} text is not its blocks' text`)
  }
  return problems
}

/** Issues whose code starts with `internal/`: the lossless check failed. */
export const internalIssues = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.code.startsWith('internal/'))

/** What the scorer reports. */
export interface Score {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly coverageZh: number
  readonly coverageEn: number
}

/** The gold alignment of 000 ↔ 003 (corpus/gold/78-160.json). */
export interface Gold {
  readonly pairs: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly zh: readonly string[]; readonly en: readonly string[]; readonly exactMatch?: unknown }>
  readonly zhOnly: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly keys: readonly string[] }>
  readonly enOnly: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly keys: readonly string[] }>
}

/**
 * The evaluation kit: the project's copy (eval/, corpus/gold/), or the shared kit when
 * SHARED_EVAL_DIR names it (as for `npx vitest run eval`, see eval/README.md).
 */
const SHARED = process.env.SHARED_EVAL_DIR
const EVAL = SHARED ?? join(import.meta.dirname, '..', '..', 'eval')

export const GOLD: Gold = JSON.parse(readFileSync(SHARED ? join(SHARED, 'gold', '78-160.json') : join(CORPUS, 'gold', '78-160.json'), 'utf8'))

/** Score an alignment with the kit's scorer (score.mjs). */
export async function scoreOf(a: Alignment, gold: Gold = GOLD): Promise<Score> {
  const { score } = (await import(pathToFileURL(join(EVAL, 'score.mjs')).href)) as { score: (g: Gold, out: Alignment) => Score }
  return score(gold, a)
}

/** The scorer's text normalisation (norm.mjs). */
export async function normOf(): Promise<(text: string) => string> {
  const { norm } = (await import(pathToFileURL(join(EVAL, 'norm.mjs')).href)) as { norm: (text: string) => string }
  return norm
}

/** Link texts side by side, for comparing two alignments. */
export const pairTexts = (a: Alignment): string[] => a.pairs.map((p) => `${p.zh.ids.join('+')} ${p.zh.text}\t${p.en.ids.join('+')} ${p.en.text}`)
