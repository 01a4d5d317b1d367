import { describe, expect, it } from 'vitest'
import { createProgressBar, line } from './progress-bar.js'

describe('progress bar', () => {
  it('shows the share done, failures, the rate and the time left', () => {
    expect(line({ phase: 'align', done: 5, total: 10, failed: 1, skipped: 2 }, 2, 10)).toBe('resalign: aligning [#####-----] 5/10 pairs · 1 failed · 2 skipped · 2.5/s · ETA 0:02')
  })

  it('redraws at most once per interval but always at the end, and erases itself', () => {
    const written: string[] = []
    let t = 0
    const bar = createProgressBar((s) => void written.push(s), { width: 4, interval: 100, now: () => t })
    bar.update({ phase: 'align', done: 1, total: 3, failed: 0, skipped: 0 })
    t = 50
    bar.update({ phase: 'align', done: 2, total: 3, failed: 0, skipped: 0 })
    t = 60
    bar.update({ phase: 'align', done: 3, total: 3, failed: 0, skipped: 0 })
    bar.done()
    expect(written).toHaveLength(3)
    expect(written[1]).toMatch(/\[####\] 3\/3/)
    expect(written[2]).toBe('\r\x1b[K')
  })
})
