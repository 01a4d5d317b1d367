/**
 * A fixed-size pool of corpus worker threads. Tasks queue in order and go
 * to the first idle worker; workers start on demand. A worker that dies
 * (an uncaught error, out of memory) fails only the task it was running
 * and is replaced for the next one.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
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

interface Pending {
  readonly id: number
  readonly task: Task
  readonly resolve: (value: unknown) => void
  readonly reject: (error: TaskFailure) => void
}

/** Heap limit of each worker: a document too big fails its pair, not the run. */
const LIMITS: ResourceLimits = Object.freeze({ maxOldGenerationSizeMb: 2048 })

/** Worker threads running corpus tasks. */
export class WorkerPool {
  readonly #size: number
  readonly #script: URL
  readonly #all = new Set<Worker>()
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Pending>()
  readonly #queue: Pending[] = []
  #next = 1

  constructor(size: number, script: URL) {
    this.#size = size
    this.#script = script
  }

  /** Run a task on the next idle worker. Rejects with TaskFailure. */
  run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskValue[K]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, task, resolve: resolve as (v: unknown) => void, reject })
      this.#pump()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    const workers = [...this.#all]
    this.#all.clear()
    this.#idle.length = 0
    await Promise.all(workers.map((w) => w.terminate()))
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#all.size < this.#size ? this.#spawn() : undefined)
      if (worker === undefined) return
      const pending = this.#queue.shift() as Pending
      this.#busy.set(worker, pending)
      worker.postMessage({ id: pending.id, task: pending.task })
    }
  }

  #spawn(): Worker {
    const worker = new Worker(this.#script, { resourceLimits: LIMITS })
    this.#all.add(worker)
    worker.on('message', (reply: TaskReply) => {
      const pending = this.#busy.get(worker)
      if (pending === undefined || pending.id !== reply.id) return
      this.#busy.delete(worker)
      this.#idle.push(worker)
      if (reply.ok) pending.resolve(reply.value)
      else pending.reject(new TaskFailure(reply.error))
      this.#pump()
    })
    worker.on('error', (error: Error & { code?: string }) => this.#lose(worker, { code: error.code ?? null, message: `worker stopped: ${error.message}`, hint: null }))
    worker.on('exit', (code) => this.#lose(worker, { code: null, message: `worker exited (code ${code})`, hint: null }))
    return worker
  }

  /** A worker died: fail its task, forget it, start another for the queue. */
  #lose(worker: Worker, info: TaskError): void {
    const pending = this.#busy.get(worker)
    this.#busy.delete(worker)
    const idle = this.#idle.indexOf(worker)
    if (idle >= 0) this.#idle.splice(idle, 1)
    const known = this.#all.delete(worker)
    pending?.reject(new TaskFailure(info))
    if (known) this.#pump()
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
