/**
 * `--shard i/n`, `--shard auto/n` and `--shard auto`: which shard this
 * process aligns. `auto` takes the index (and the count, when the
 * scheduler gives it) from the array-job variables of the scheduler that
 * started the process:
 *
 * | scheduler | index (0-based unless said) | count |
 * | --- | --- | --- |
 * | Kubernetes Indexed Job | `JOB_COMPLETION_INDEX` | `auto/n` or `RESALIGN_SHARD_COUNT` |
 * | Slurm job array | `SLURM_ARRAY_TASK_ID` − `SLURM_ARRAY_TASK_MIN` | `SLURM_ARRAY_TASK_COUNT` |
 * | AWS Batch array job | `AWS_BATCH_JOB_ARRAY_INDEX` | `AWS_BATCH_JOB_ARRAY_SIZE` |
 *
 * A count given as `auto/n` must agree with the scheduler's.
 */
import { ResalignError } from '../errors.js'
import type { Shard } from './corpus-types.js'
import { parseShard } from './shard.js'

type Env = Readonly<Record<string, string | undefined>>

/**
 * Resolve a shard spec against the environment.
 *
 * @throws ResalignError `options/invalid` for a malformed spec, `auto`
 *   without a scheduler variable, or counts that disagree.
 */
export function resolveShard(spec: string, env: Env = process.env): Shard {
  const m = /^\s*auto\s*(?:\/\s*(\d{1,6})\s*)?$/.exec(spec)
  if (!m) return parseShard(spec)
  const given = m[1] === undefined ? null : Number(m[1])
  const found = fromScheduler(env)
  if (found === null) {
    throw new ResalignError('options/invalid', `--shard ${spec.trim()}: no array-job index in the environment`, {
      hint: 'set JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), or give --shard i/n',
    })
  }
  const count = given ?? found.count ?? whole(env.RESALIGN_SHARD_COUNT, 'RESALIGN_SHARD_COUNT')
  if (count === null) throw new ResalignError('options/invalid', `--shard auto: ${found.source} gives the index but not the number of shards`, { hint: 'use --shard auto/n or set RESALIGN_SHARD_COUNT' })
  if (given !== null && found.count !== null && found.count !== given) {
    throw new ResalignError('options/invalid', `--shard auto/${given}: the scheduler runs ${found.count} tasks (${found.source})`, { hint: 'the number of shards must equal the size of the array job' })
  }
  return parseShard(`${found.index + 1}/${count}`)
}

function fromScheduler(env: Env): { index: number; count: number | null; source: string } | null {
  const k8s = whole(env.JOB_COMPLETION_INDEX, 'JOB_COMPLETION_INDEX')
  if (k8s !== null) return { index: k8s, count: null, source: 'JOB_COMPLETION_INDEX' }
  const slurm = whole(env.SLURM_ARRAY_TASK_ID, 'SLURM_ARRAY_TASK_ID')
  if (slurm !== null) {
    const min = whole(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN') ?? 0
    return { index: slurm - min, count: whole(env.SLURM_ARRAY_TASK_COUNT, 'SLURM_ARRAY_TASK_COUNT'), source: 'SLURM_ARRAY_TASK_ID' }
  }
  const aws = whole(env.AWS_BATCH_JOB_ARRAY_INDEX, 'AWS_BATCH_JOB_ARRAY_INDEX')
  if (aws !== null) return { index: aws, count: whole(env.AWS_BATCH_JOB_ARRAY_SIZE, 'AWS_BATCH_JOB_ARRAY_SIZE'), source: 'AWS_BATCH_JOB_ARRAY_INDEX' }
  return null
}

function whole(value: string | undefined, name: string): number | null {
  if (value === undefined || value.trim() === '') return null
  if (!/^\s*\d{1,7}\s*$/.test(value)) throw new ResalignError('options/invalid', `${name} must be a whole number, not ${JSON.stringify(value)}`)
  return Number(value)
}
