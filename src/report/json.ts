// The JSON report file and the JSONL call log. Both are written atomically enough for CI:
// the report in one write, the log line by line as calls finish.
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { RunReport } from '../core/report.js'

export async function writeJsonReport(path: string, report: RunReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  // Compact: a report of thousands of cases is for tools (jq, the action's outputs), and indenting it costs CPU.
  await writeFile(path, JSON.stringify(report) + '\n')
}

/**
 * Lines are handed to the file in chunks of about this size: one write per line made the stream's
 * per-write bookkeeping a measurable part of a 2,000-call run's CPU (npm run bench).
 */
const CALL_LOG_CHUNK_CHARS = 64 * 1024

/** Appends one JSON line per model call; `close()` flushes and reports the first write error. */
export class CallLog {
  private failure: Error | undefined
  private pending = ''

  private constructor(private readonly stream: WriteStream) {
    // A full disk part-way through must not crash the run from an unhandled 'error' event.
    stream.on('error', error => {
      this.failure ??= error
    })
  }

  /** Opens the log, failing here (not mid-run) when the path cannot be written. */
  static async open(path: string): Promise<CallLog> {
    await mkdir(dirname(path), { recursive: true })
    const stream = createWriteStream(path, { flags: 'w' })
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve())
      stream.once('error', error => reject(new Error(`cannot write the call log ${path}: ${error.message}`)))
    })
    return new CallLog(stream)
  }

  write(record: object): void {
    if (this.failure) return
    this.pending += JSON.stringify(record) + '\n'
    if (this.pending.length >= CALL_LOG_CHUNK_CHARS) this.flush()
  }

  private flush(): void {
    if (this.pending === '') return
    this.stream.write(this.pending)
    this.pending = ''
  }

  async close(): Promise<void> {
    if (!this.failure) this.flush()
    await new Promise<void>(resolve => this.stream.end(() => resolve()))
    if (this.failure) throw new Error(`the call log could not be written: ${this.failure.message}`)
  }
}
