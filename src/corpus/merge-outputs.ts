/**
 * Assemble corpus.jsonl and corpus.tmx from the pairs' shares
 * (`.units/<name>.jsonl`, `.units/<name>.tmx`), in pair order, streaming
 * one file at a time: the corpus is never held in memory. The TMX gets
 * the header once, every pair's <tu> elements, then the closing tags, so
 * it stays valid TMX 1.4b however many pairs it holds. Both files are
 * written under a temporary name and renamed when complete.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'
import { threadId } from 'node:worker_threads'
import { tmxHead, tmxTail } from './corpus-units.js'
import { pairPaths } from './pair-outputs.js'

/** The merged files written. */
export interface MergedFiles {
  readonly jsonl: string
  readonly tmx: string
}

/** A pair's share: its folder (a shard's output) and its name. */
export interface Share {
  readonly folder: string
  readonly name: string
}

/** Write `<out>/corpus.jsonl` and `<out>/corpus.tmx` from `shares`, in that order. */
export async function mergeOutputs(out: string, shares: readonly Share[], unit: 'paragraph' | 'sentence' = 'paragraph'): Promise<MergedFiles> {
  const jsonl = join(out, 'corpus.jsonl')
  const tmx = join(out, 'corpus.tmx')
  await concatenate(jsonl, '', shares.map((s) => pairPaths(s.folder, s.name, []).units), '')
  await concatenate(tmx, tmxHead(unit), shares.map((s) => pairPaths(s.folder, s.name, []).tmxUnits), tmxTail())
  return { jsonl, tmx }
}

async function concatenate(target: string, head: string, parts: readonly string[], tail: string): Promise<void> {
  const tmp = `${target}.${process.pid}-${threadId}.tmp`
  const sink = createWriteStream(tmp)
  try {
    await write(sink, head)
    for (const part of parts) {
      for await (const chunk of createReadStream(part)) await write(sink, chunk as Buffer)
    }
    await write(sink, tail)
    sink.end()
    await once(sink, 'close')
  } catch (error) {
    sink.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  await rename(tmp, target)
}

async function write(sink: WriteStream, chunk: string | Buffer): Promise<void> {
  if (chunk.length > 0 && !sink.write(chunk)) await once(sink, 'drain')
}
