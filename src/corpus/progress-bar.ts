/**
 * The corpus progress bar, drawn by cli-progress (redrawn in place, at
 * most `fps` times a second, erased when done) with resalign's own line:
 * phase, share done, failures, rate and time left. The command shows it
 * only when standard error is a terminal and --quiet is not given.
 */
import { createRequire } from 'node:module'
import type { CorpusProgress } from './corpus-options.js'

/** A progress bar fed with CorpusProgress events. */
export interface ProgressBar {
  update(progress: CorpusProgress): void
  /** Erase the bar. */
  done(): void
}

const LABELS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'reading', align: 'aligning', glossary: 'glossary' }
const UNITS: Readonly<Record<CorpusProgress['phase'], string>> = { read: 'documents', align: 'pairs', glossary: '' }

/** The part of cli-progress used here. */
interface Bar {
  start(total: number, value: number, payload: object): void
  update(value: number, payload: object): void
  setTotal(total: number): void
  stop(): void
}

/**
 * Create a bar writing to `write` (a terminal); `fps` caps the redraws,
 * `width` is the bar's length in characters.
 */
export function createProgressBar(write: (s: string) => void, options?: { readonly width?: number; readonly fps?: number; readonly columns?: number }): ProgressBar {
  const width = options?.width ?? 24
  // cli-progress is CommonJS; loaded when a bar is first drawn.
  const { SingleBar } = createRequire(import.meta.url)('cli-progress') as { SingleBar: new (options: object) => Bar }
  const stream = { isTTY: true, columns: options?.columns ?? 120, write: (s: string) => (write(s), true), on: () => stream, removeListener: () => stream }
  let phase: CorpusProgress['phase'] | null = null
  let phaseStart = 0
  const bar = new SingleBar({
    stream,
    fps: options?.fps ?? 10,
    clearOnComplete: true,
    hideCursor: false,
    linewrap: null,
    format: (_o: unknown, _p: unknown, payload: { progress?: CorpusProgress }) => (payload.progress ? line(payload.progress, (performance.now() - phaseStart) / 1000, width) : ''),
  })
  let started = false
  return {
    update(p) {
      if (p.phase !== phase) [phase, phaseStart] = [p.phase, performance.now()]
      if (!started) {
        bar.start(Math.max(1, p.total), p.done, { progress: p })
        started = true
      } else {
        bar.setTotal(Math.max(1, p.total))
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
