import { describe, expect, it } from 'vitest'
import { resolveShard } from './shard-spec.js'

describe('shard spec', () => {
  it('reads i/n as given, whatever the environment', () => {
    expect(resolveShard('2/5', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 2, count: 5 })
  })

  it('takes a Kubernetes Indexed Job index (0-based) with the count from auto/n or RESALIGN_SHARD_COUNT', () => {
    expect(resolveShard('auto/4', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 })
    expect(resolveShard('auto', { JOB_COMPLETION_INDEX: '0', RESALIGN_SHARD_COUNT: '2' })).toEqual({ index: 1, count: 2 })
    expect(() => resolveShard('auto', { JOB_COMPLETION_INDEX: '0' })).toThrow(/not the number of shards/)
  })

  it('takes a Slurm array task relative to the first task id, with the array size', () => {
    expect(resolveShard('auto', { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({ index: 3, count: 3 })
    expect(resolveShard('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '2' })).toEqual({ index: 1, count: 2 })
  })

  it('takes an AWS Batch array index with the array size', () => {
    expect(resolveShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '1', AWS_BATCH_JOB_ARRAY_SIZE: '2' })).toEqual({ index: 2, count: 2 })
  })

  it('refuses auto without a scheduler, a count that disagrees with the array and an index beyond the count', () => {
    expect(() => resolveShard('auto', {})).toThrow(/no array-job index/)
    expect(() => resolveShard('auto/4', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '2' })).toThrow(/runs 2 tasks/)
    expect(() => resolveShard('auto/2', { JOB_COMPLETION_INDEX: '2' })).toThrow(/--shard must be i\/n/)
    expect(() => resolveShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: 'x', AWS_BATCH_JOB_ARRAY_SIZE: '2' })).toThrow(/whole number/)
  })
})
