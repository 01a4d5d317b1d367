/**
 * Entry of a corpus worker thread (built to dist/corpus-worker.js): piscina
 * calls the default export with each task. Errors are returned as values
 * (`{ ok: false, error }`) so that their code and hint cross the thread
 * boundary. Nothing happens on import.
 */
import { runTask, toTaskError, type Task, type TaskReply } from './run-task.js'

/** Run one task; never throws. */
export default async function runCorpusTask(task: Task): Promise<TaskReply> {
  try {
    return { ok: true, value: await runTask(task) }
  } catch (error) {
    return { ok: false, error: toTaskError(error) }
  }
}
