/** Stable codes of errors thrown for misuse or unusable input. */
export type ErrorCode =
  | 'input/empty'
  | 'input/binary'
  | 'input/not-found'
  | 'input/unreadable'
  | 'input/unknown-language'
  | 'input/same-language'
  | 'input/decode'
  | 'input/corrupt'
  | 'input/too-large'
  | 'input/unsupported'
  | 'input/encrypted'
  | 'input/no-text'
  | 'input/not-aligned'
  | 'output/unwritable'
  | 'options/invalid'
  | 'format/unknown'
  | 'internal/lossless'
  | 'corpus/plan-version'
  | 'corpus/plan-mismatch'
  | 'corpus/shard-missing'
  | 'corpus/shard-duplicate'
  | 'dependency/missing'

/**
 * Thrown for misuse (bad options) and unusable input (empty, binary,
 * neither Chinese nor English). Problems inside a usable document are
 * returned as issues instead.
 */
export class ResalignError extends Error {
  /** Stable code (see README, "Errors"). */
  readonly code: ErrorCode
  /** What the user can do about it. */
  readonly hint: string | undefined

  constructor(code: ErrorCode, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ResalignError'
    this.code = code
    this.hint = options?.hint
  }
}

/** Whether `value` is a ResalignError (also across bundle copies). */
export function isResalignError(value: unknown): value is ResalignError {
  return value instanceof ResalignError || (value instanceof Error && value.name === 'ResalignError' && 'code' in value)
}
