/**
 * A one-line progress bar for a terminal: redrawn in place with "\r", at
 * most every `interval` ms, erased when done. The command shows it only
 * when standard error is a terminal and --quiet is not given.
 */
import type { CorpusProgress } from '../corpus/corpus-options.js'

/** A progress bar fed with CorpusProgress events. */
export interface ProgressBar {
  update(progress: CorpusProgress): void
  /** Erase the bar. */
  done(): void
}

const LABELS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'reading', align: 'aligning', glossary: 'glossary' }
const UNITS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'documents', align: 'pairs', glossary: '' }

/** Create a bar writing to `write`; `now` is injectable for tests. */
export function createProgressBar(write: (s: string) => void, options?: { readonly width?: number; readonly interval?: number; readonly now?: () => number }): ProgressBar {
  const width = options?.width ?? 24
  const interval = options?.interval ?? 100
  const now = options?.now ?? (() => performance.now())
  let phase: CorpusProgress['phase'] | null = null
  let phaseStart = 0
  let last = -Infinity
  let shown = false
  return {
    update(p) {
      const t = now()
      if (p.phase !== phase) [phase, phaseStart, last] = [p.phase, t, -Infinity]
      if (t - last < interval && p.done < p.total) return
      last = t
      write(`\r\x1b[K${line(p, (t - phaseStart) / 1000, width)}`)
      shown = true
    },
    done() {
      if (shown) write('\r\x1b[K')
      shown = false
    },
  }
}

/** The text of the bar. */
export function line(p: CorpusProgress, seconds: number, width: number): string {
  if (p.phase === 'glossary') return 'resalign: extracting the glossary …'
  const share = p.total > 0 ? p.done / p.total : 1
  const filled = Math.round(share * width)
  const rate = seconds > 0 ? p.done / seconds : 0
  const eta = rate > 0 && p.done < p.total ? ` · ETA ${clock((p.total - p.done) / rate)}` : ''
  const extra = `${p.failed ? ` · ${p.failed} failed` : ''}${p.skipped ? ` · ${p.skipped} skipped` : ''}`
  return `resalign: ${LABELS[p.phase]} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${UNITS[p.phase]}${extra} · ${rate.toFixed(1)}/s${eta}`
}

function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
