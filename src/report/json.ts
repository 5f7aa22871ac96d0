// The JSON report file and the JSONL call log. Both are written atomically enough for CI:
// the report in one write, the log line by line as calls finish.
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { STORED_FIELD_MAX_CHARS } from '../constants.js'
import { counted } from '../core/plural.js'
import type { RunReport } from '../core/report.js'

/** Marker appended to a shortened field; says it was cut and how long the text was. */
export function shortenedMarker(fullChars: number): string {
  return `… [shortened by PromptGate: ${fullChars.toLocaleString('en-US')} characters in full]`
}

/** JSON text of `value` with every string longer than the cap shortened; `shortened` counts them. */
export function cappedJson(value: unknown): { json: string; shortened: number } {
  const json = JSON.stringify(value)
  // Most records have no long field: only a long text pays for the replacer pass. A report of
  // thousands of cases is longer than the cap as a whole, so look at its string tokens.
  if (!hasLongStringToken(json, STORED_FIELD_MAX_CHARS)) return { json, shortened: 0 }
  let shortened = 0
  const capped = JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field !== 'string' || field.length <= STORED_FIELD_MAX_CHARS) return field
    shortened++
    return field.slice(0, STORED_FIELD_MAX_CHARS) + shortenedMarker(field.length)
  })
  return { json: capped, shortened }
}

/**
 * Whether JSON text holds a string token (quotes and escapes included) longer than `max`. A string
 * value longer than `max` always makes one; a false alarm only costs the replacer pass.
 */
export function hasLongStringToken(json: string, max: number): boolean {
  if (json.length <= max) return false
  let open = json.indexOf('"')
  while (open !== -1) {
    let close = json.indexOf('"', open + 1)
    // A quote preceded by an odd number of backslashes is escaped: part of the string.
    while (close !== -1 && isEscaped(json, close)) close = json.indexOf('"', close + 1)
    if (close === -1) return json.length - open > max
    if (close - open - 1 > max) return true
    open = json.indexOf('"', close + 1)
  }
  return false
}

function isEscaped(json: string, quote: number): boolean {
  let backslashes = 0
  for (let i = quote - 1; i >= 0 && json.charCodeAt(i) === 92; i--) backslashes++
  return backslashes % 2 === 1
}

export async function writeJsonReport(path: string, report: RunReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  // Compact: a report of thousands of cases is for tools (jq, the action's outputs), and indenting it costs CPU.
  const first = cappedJson(report)
  let json = first.json
  const shortened = first.shortened
  if (shortened > 0) {
    const note = `${counted(shortened, 'text field')} over ${STORED_FIELD_MAX_CHARS.toLocaleString('en-US')} characters were shortened in this report and the call log (each ends with its full size).`
    ;({ json } = cappedJson({ ...report, notes: [...report.notes, note] }))
  }
  await writeFile(path, json + '\n')
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
    // Per-field caps as in the report: one huge output must not make a line nobody can read.
    this.pending += cappedJson(record).json + '\n'
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
