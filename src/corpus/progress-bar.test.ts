import { describe, expect, it } from 'vitest'
import { createProgressBar, line } from './progress-bar.js'

describe('progress bar', () => {
  it('shows the share done, failures, the rate and the time left', () => {
    expect(line({ phase: 'align', done: 5, total: 10, failed: 1, skipped: 2 }, 2, 10)).toBe('resalign: aligning [#####-----] 5/10 pairs · 1 failed · 2 skipped · 2.5/s · ETA 0:02')
  })

  it('draws its line in place on the terminal and erases itself when done', () => {
    const written: string[] = []
    const bar = createProgressBar((s) => void written.push(s), { width: 4 })
    bar.update({ phase: 'align', done: 1, total: 3, failed: 0, skipped: 0 })
    bar.update({ phase: 'align', done: 3, total: 3, failed: 0, skipped: 0 })
    bar.done()
    const text = written.join('')
    expect(text).toMatch(/resalign: aligning \[#-{3}\] 1\/3 pairs/)
    expect(text).toMatch(/resalign: aligning \[#{4}\] 3\/3 pairs/)
    // The last thing written clears the line the bar stood on.
    expect(written.slice(-3).join('')).toMatch(/\x1b\[[0-2]?K|\x1b\[0J|\x1b\[2K/)
  })
})
