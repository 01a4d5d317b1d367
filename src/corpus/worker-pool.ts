/**
 * The corpus worker threads, on piscina: a fixed number of workers started
 * once and kept for the whole run (each pays its start-up once), tasks
 * queued in order to the first idle one. A task's error comes back as a
 * plain `{ code, message, hint }` (structured clone keeps no class); a
 * worker that dies (an uncaught error, out of memory) fails only the task
 * it was running and piscina starts another for the next.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ResourceLimits } from 'node:worker_threads'
import type { Task, TaskError, TaskReply, TaskValue } from './run-task.js'

/** A task that failed in a worker. */
export class TaskFailure extends Error {
  readonly info: TaskError
  constructor(info: TaskError) {
    super(info.message)
    this.name = 'TaskFailure'
    this.info = info
  }
}

/** Heap limit of each worker: a document too big fails its pair, not the run. */
const LIMITS: ResourceLimits = Object.freeze({ maxOldGenerationSizeMb: 2048 })

interface Pool {
  run(task: unknown): Promise<unknown>
  destroy(): Promise<void>
}

/** Worker threads running corpus tasks. */
export class WorkerPool {
  readonly #pool: Promise<Pool>
  #closing: Promise<void> | undefined

  /** `size` workers running `script` (a module whose default export runs a task). */
  constructor(size: number, script: URL) {
    // piscina is loaded with the first pool, not when the package is imported.
    this.#pool = import('piscina').then(({ Piscina }) => new Piscina({
      filename: script.href,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: LIMITS,
      atomics: 'disabled',
    }))
  }

  /** Run a task on the next idle worker. Rejects with TaskFailure. */
  async run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskValue[K]> {
    const pool = await this.#pool
    let reply: TaskReply
    try {
      reply = (await pool.run(task)) as TaskReply
    } catch (error) {
      throw new TaskFailure({ code: null, message: `worker stopped: ${error instanceof Error ? error.message : String(error)}`, hint: null })
    }
    if (reply.ok) return reply.value as TaskValue[K]
    throw new TaskFailure(reply.error)
  }

  /** Stop every worker (once; later calls do nothing). */
  async close(): Promise<void> {
    this.#closing ??= this.#pool.then((pool) => pool.destroy())
    await this.#closing
  }
}

/**
 * The built worker script: next to the running bundle (dist/), or from the
 * sources, in dist/ at the package root.
 *
 * @throws Error when it has not been built.
 */
export function locateWorkerScript(): URL {
  for (const candidate of ['./corpus-worker.js', '../../dist/corpus-worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (existsSync(fileURLToPath(url))) return url
  }
  throw new Error('the corpus worker script dist/corpus-worker.js is missing; run "npm run build"')
}
