import type { CliIo } from './io.js'

/** What a command's action may touch, and where it leaves its exit status. */
export interface CliContext {
  readonly io: CliIo
  /** Exit status of the command that ran (0 unless the action sets it). */
  status: number
}
