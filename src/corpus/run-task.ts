/**
 * The tasks a corpus worker runs, and the messages it exchanges with the
 * main thread. Errors travel as plain `{ code, message, hint }` objects
 * (structured clone keeps no class).
 */
import { isResalignError } from '../errors.js'
import { alignPair, type AlignJob } from './align-pair.js'
import type { AlignOutcome } from './corpus-types.js'
import type { DocumentInfo } from './corpus-types.js'
import { readDocument } from './read-document.js'

/** A task for a worker. */
export type Task =
  | { readonly kind: 'read'; readonly root: string; readonly file: string }
  | { readonly kind: 'align'; readonly job: AlignJob }

/** What each task returns. */
export interface TaskValue {
  read: DocumentInfo
  align: AlignOutcome
}

/** An error as it crosses the thread boundary. */
export interface TaskError {
  readonly code: string | null
  readonly message: string
  readonly hint: string | null
}

/** What a worker returns for a task. */
export type TaskReply = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: TaskError }

/** Run a task (in whatever thread calls it). */
export async function runTask(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'read':
      return readDocument(task.root, task.file)
    case 'align':
      return alignPair(task.job)
  }
}

/** A thrown value as a TaskError. */
export function toTaskError(error: unknown): TaskError {
  if (isResalignError(error)) return { code: error.code, message: error.message, hint: error.hint ?? null }
  if (error instanceof Error) return { code: (error as NodeJS.ErrnoException).code ?? null, message: error.message, hint: null }
  return { code: null, message: String(error), hint: null }
}

/** One line for a summary: the message and its code. */
export function describeError(error: TaskError): string {
  return error.code ? `${error.message} (${error.code})` : error.message
}
