// Progress of long runs. The engine only reports counts; how they are shown (a bar on a TTY,
// periodic lines in CI logs) belongs to the caller.
export interface ProgressEvent {
  done: number
  total: number
  failed: number
  cached: number
  elapsedMs: number
}

export interface ProgressSink {
  start(total: number, label: string): void
  update(event: ProgressEvent): void
  /** The total grew: adaptive sampling added calls where the verdict was still open. */
  extend(added: number, total: number): void
  finish(event: ProgressEvent): void
}

export const silentProgress: ProgressSink = {
  start: () => undefined,
  update: () => undefined,
  extend: () => undefined,
  finish: () => undefined
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
}

/** done/total, rate, ETA and failures: the same facts for the bar and the plain lines. */
export function describeProgress(event: ProgressEvent): string {
  const rate = event.elapsedMs > 0 ? (event.done * 1000) / event.elapsedMs : 0
  const remaining = event.total - event.done
  const eta = rate > 0 ? formatDuration((remaining / rate) * 1000) : '?'
  const percent = event.total > 0 ? Math.floor((event.done / event.total) * 100) : 100
  return `${event.done}/${event.total} (${percent}%) ${rate.toFixed(1)}/s ETA ${eta} failed ${event.failed} cached ${event.cached}`
}

interface Writable {
  write(chunk: string): unknown
}

/** A redrawn bar for terminals, throttled so redraws never cost more than the calls. */
export class TtyProgress implements ProgressSink {
  private lastDraw = 0
  private label = ''

  constructor(
    private readonly out: Writable,
    private readonly width = 24,
    private readonly now: () => number = Date.now
  ) {}

  start(_total: number, label: string): void {
    this.label = label
    this.lastDraw = 0
  }

  update(event: ProgressEvent): void {
    const t = this.now()
    if (t - this.lastDraw < 80 && event.done < event.total) return
    this.lastDraw = t
    this.out.write(`\r\x1b[2K${this.render(event)}`)
  }

  extend(added: number, total: number): void {
    this.out.write(`\r\x1b[2K${this.label}: adaptive sampling adds ${added} calls (now ${total})\n`)
  }

  finish(event: ProgressEvent): void {
    this.out.write(`\r\x1b[2K${this.render(event)}\n`)
  }

  private render(event: ProgressEvent): string {
    const filled = event.total > 0 ? Math.round((event.done / event.total) * this.width) : this.width
    const bar = '█'.repeat(filled) + '░'.repeat(this.width - filled)
    return `${this.label} ${bar} ${describeProgress(event)}`
  }
}

/** Plain lines at most every `intervalMs` for logs that are not terminals (CI). */
export class LineProgress implements ProgressSink {
  private lastLine = 0
  private label = ''

  constructor(
    private readonly log: (line: string) => void,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now
  ) {}

  start(total: number, label: string): void {
    this.label = label
    this.lastLine = this.now()
    this.log(`${label}: ${total} model calls planned`)
  }

  update(event: ProgressEvent): void {
    const t = this.now()
    if (t - this.lastLine < this.intervalMs) return
    this.lastLine = t
    this.log(`${this.label}: ${describeProgress(event)}`)
  }

  extend(added: number, total: number): void {
    this.log(
      `${this.label}: adaptive sampling adds ${added} calls where the verdict is still open (now ${total})`
    )
  }

  finish(event: ProgressEvent): void {
    this.log(`${this.label}: finished ${describeProgress(event)}`)
  }
}
