/**
 * Where the outputs of a pair go, and whether they are up to date:
 *
 *     <out>/pairs/<name>.json         the aligned JSON
 *     <out>/pairs/<name>.<ext>        each extra --formats output (moses: .zh, .en)
 *     <out>/.units/<name>.jsonl       the pair's lines of corpus.jsonl
 *     <out>/.units/<name>.tmx         the pair's <tu> elements of corpus.tmx
 *
 * Files are written to a temporary name and renamed, so a run stopped
 * half-way never leaves a partial file that looks finished.
 */
import { rename, stat, writeFile } from 'node:fs/promises'
import { threadId } from 'node:worker_threads'
import { join } from 'node:path'
import { FORMAT_INFO, type Format } from '../export/write-format.js'

/** Output paths of one pair. */
export interface PairPaths {
  readonly json: string
  /** Extra formats: the path of each file, with the writer's suffix. */
  readonly extras: ReadonlyArray<{ readonly format: Format; readonly suffix: string; readonly path: string }>
  readonly units: string
  readonly tmxUnits: string
}

/** Paths of a pair's outputs. */
export function pairPaths(out: string, name: string, formats: readonly Format[]): PairPaths {
  const base = join(out, 'pairs', name)
  const extras = formats
    .filter((f) => f !== 'json')
    .flatMap((format) => (format === 'moses' ? ['.zh', '.en'] : ['']).map((suffix) => ({ format, suffix, path: `${base}${FORMAT_INFO[format].extension}${suffix}` })))
  return { json: `${base}.json`, extras, units: join(out, '.units', `${name}.jsonl`), tmxUnits: join(out, '.units', `${name}.tmx`) }
}

/** Every file of a pair. */
export function allPaths(p: PairPaths): string[] {
  return [p.json, ...p.extras.map((e) => e.path), p.units, p.tmxUnits]
}

/** Whether every output exists and is newer than every input. */
export async function isFresh(outputs: readonly string[], inputs: readonly string[]): Promise<boolean> {
  const times = async (paths: readonly string[]): Promise<number[] | null> => {
    try {
      return await Promise.all(paths.map(async (p) => (await stat(p)).mtimeMs))
    } catch {
      return null
    }
  }
  const [o, i] = await Promise.all([times(outputs), times(inputs)])
  return o !== null && i !== null && Math.min(...o) > Math.max(...i)
}

/** Write a file through a temporary name in the same folder. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}-${threadId}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, path)
}
