/**
 * Entry of a corpus worker thread (built to dist/corpus-worker.js): runs
 * the tasks the main thread posts, one at a time, and posts each result
 * back. Nothing happens on import but listening.
 */
import { parentPort } from 'node:worker_threads'
import { runTask, toTaskError, type TaskReply, type TaskRequest } from './run-task.js'

const port = parentPort
if (port) {
  port.on('message', (request: TaskRequest) => {
    runTask(request.task).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: toTaskError(error) } satisfies TaskReply),
    )
  })
}
