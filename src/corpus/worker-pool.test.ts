import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from './fixtures/seed-corpus.js'
import { TaskFailure, WorkerPool } from './worker-pool.js'

/** A stand-in worker: echoes the file name, throws for "bad", dies for "die". */
const SCRIPT = `import { threadId } from 'node:worker_threads'
export default async function (task) {
  if (task.file === 'die') process.exit(3)
  if (task.file === 'bad') return { ok: false, error: { code: 'input/binary', message: 'bad input', hint: null } }
  return { ok: true, value: { file: task.file, thread: threadId } }
}
`

const dirs: string[] = []
const pools: WorkerPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function pool(size: number): Promise<WorkerPool> {
  const dir = await tempDir('pool')
  dirs.push(dir)
  await writeFile(join(dir, 'worker.mjs'), SCRIPT)
  const p = new WorkerPool(size, pathToFileURL(join(dir, 'worker.mjs')))
  pools.push(p)
  return p
}

const read = (file: string) => ({ kind: 'read' as const, root: '.', file })

describe('WorkerPool', () => {
  it('runs tasks on at most `size` threads and returns each result to its caller', async () => {
    const p = await pool(2)
    const results = (await Promise.all(['a', 'b', 'c', 'd', 'e'].map((f) => p.run(read(f))))) as unknown as Array<{ file: string; thread: number }>
    expect(results.map((r) => r.file)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(new Set(results.map((r) => r.thread)).size).toBeLessThanOrEqual(2)
  })

  it('rejects a failed task with its error and keeps going', async () => {
    const p = await pool(1)
    await expect(p.run(read('bad'))).rejects.toMatchObject({ info: { code: 'input/binary', message: 'bad input' } })
    await expect(p.run(read('ok'))).resolves.toMatchObject({ file: 'ok' })
  })

  it('fails only the task of a worker that dies, and runs the next tasks on a new worker', async () => {
    const p = await pool(1)
    const outcomes = await Promise.allSettled([p.run(read('a')), p.run(read('die')), p.run(read('b'))])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const died = (outcomes[1] as PromiseRejectedResult).reason
    expect(died).toBeInstanceOf(TaskFailure)
    expect(died.message).toMatch(/worker stopped: .*3/)
    const [a, b] = [outcomes[0], outcomes[2]].map((o) => (o as PromiseFulfilledResult<unknown>).value as { thread: number })
    expect(a?.thread).not.toBe(b?.thread)
  })
})
