// The JSON report file and the JSONL call log. Both are written atomically enough for CI:
// the report in one write, the log line by line as calls finish.
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { RunReport } from '../core/report.js'
import type { CallRecord } from '../engine/run.js'

export async function writeJsonReport(path: string, report: RunReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(report, null, 2) + '\n')
}

/** Appends one JSON line per model call; `close()` flushes. */
export class CallLog {
  private readonly stream: WriteStream

  private constructor(stream: WriteStream) {
    this.stream = stream
  }

  static async open(path: string): Promise<CallLog> {
    await mkdir(dirname(path), { recursive: true })
    return new CallLog(createWriteStream(path, { flags: 'w' }))
  }

  write(record: CallRecord): void {
    this.stream.write(JSON.stringify(record) + '\n')
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
  }
}
