/**
 * The corpus command's progress bar on a terminal, drawn by cli-progress
 * (redraw throttling, in-place rendering, clearing when done); the text of
 * the line — phase, share, failures, rate, time left — is ours. The command
 * shows it only when standard error is a terminal and --quiet is not given.
 */
import { requireModule } from '../glossary/load-module.js'
import type { CorpusProgress } from '../corpus/corpus-options.js'

/** A progress bar fed with CorpusProgress events. */
export interface ProgressBar {
  update(progress: CorpusProgress): void
  /** Erase the bar. */
  done(): void
}

const LABELS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'reading', align: 'aligning', glossary: 'glossary' }
const UNITS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'documents', align: 'pairs', glossary: '' }

/** Create a bar writing to `write` (a terminal's standard error). */
export function createProgressBar(write: (s: string) => void, options?: { readonly width?: number; readonly fps?: number }): ProgressBar {
  const width = options?.width ?? 24
  const stream = { isTTY: true, columns: 200, write: (s: string) => (write(s), true) } as unknown as NodeJS.WritableStream
  let phase: CorpusProgress['phase'] | null = null
  let phaseStart = 0
  const bar = new (requireModule('cli-progress') as typeof import('cli-progress')).SingleBar({
    stream,
    fps: options?.fps ?? 10,
    hideCursor: false,
    linewrap: false,
    clearOnComplete: true,
    stopOnComplete: false,
    format: (_options, _params, payload: { progress: CorpusProgress }) => line(payload.progress, (performance.now() - phaseStart) / 1000, width),
  })
  let started = false
  return {
    update(p) {
      if (p.phase !== phase) [phase, phaseStart] = [p.phase, performance.now()]
      if (!started) {
        bar.start(p.total, p.done, { progress: p })
        started = true
      } else {
        bar.setTotal(p.total)
        bar.update(p.done, { progress: p })
      }
    },
    done() {
      if (started) bar.stop()
      started = false
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
