// `run.deadlineMs`: one timer for the whole run. When it fires, every call in flight is aborted
// (its abort reason names the setting, so the sample's error says why) and no new call starts.
// Without it a hung provider costs the per-call timeout (60 s by default) for every wave of calls.

/** The abort reason of a call cut by the deadline; http.ts turns it into a `deadline` error. */
export class DeadlineExceeded extends Error {
  constructor(deadlineMs: number) {
    super(`aborted in flight: the run deadline (run.deadlineMs = ${deadlineMs} ms) passed`)
    this.name = 'DeadlineExceeded'
  }
}

export interface RunDeadline {
  /** Aborts when the deadline passes; combine it with each call's own timeout. */
  readonly signal: AbortSignal
  readonly deadlineMs: number
  passed(): boolean
  /** Clears the timer so the process can exit. */
  dispose(): void
}

/** Message of a call the deadline kept from starting. */
export function notRunMessage(deadlineMs: number): string {
  return `not run: the run deadline (run.deadlineMs = ${deadlineMs} ms) passed before this call started`
}

export function startDeadline(deadlineMs: number): RunDeadline {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(deadlineMs)), deadlineMs)
  return {
    signal: controller.signal,
    deadlineMs,
    passed: () => controller.signal.aborted,
    dispose: () => clearTimeout(timer)
  }
}
