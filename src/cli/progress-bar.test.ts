import { describe, expect, it } from 'vitest'
import { createProgressBar, line } from './progress-bar.js'

describe('progress bar', () => {
  it('shows the share done, failures, the rate and the time left', () => {
    expect(line({ phase: 'align', done: 5, total: 10, failed: 1, skipped: 2 }, 2, 10)).toBe('resalign: aligning [#####-----] 5/10 pairs · 1 failed · 2 skipped · 2.5/s · ETA 0:02')
  })

  // Issue #13: drawn by cli-progress (the hand-written redraw, throttle and erase are gone); the line is ours.
  it('is drawn in place by cli-progress and erased when done', () => {
    const written: string[] = []
    const bar = createProgressBar((s) => void written.push(s), { width: 4 })
    bar.update({ phase: 'align', done: 1, total: 3, failed: 0, skipped: 0 })
    bar.update({ phase: 'align', done: 3, total: 3, failed: 0, skipped: 0 })
    bar.done()
    const out = written.join('')
    expect(out).toMatch(/\x1b\[1G/)
    expect(out).toMatch(/resalign: aligning \[#-{3}\] 1\/3 pairs/)
    expect(out).toMatch(/resalign: aligning \[#{4}\] 3\/3 pairs/)
    expect(out.slice(out.lastIndexOf('3/3 pairs'))).toMatch(/\x1b\[2K|\x1b\[0K/)
  })
})
