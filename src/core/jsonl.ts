// The labelled corpora (rails accuracy, robustness detectors) are JSON Lines files read by
// scripts and tests. One reader: blank lines are skipped, every other line must be JSON, and a
// bad line is named by file and line. Each corpus checks its own row shape on top.
import { readFileSync } from 'node:fs'
import { errorMessage } from './guards.js'

export interface JsonLine {
  value: unknown
  /** 1-based line number in the file. */
  line: number
}

/** Each non-blank line parsed; throws `path:line: not valid JSON (…)` at the first that is not. */
export function readJsonLines(path: string): JsonLine[] {
  const rows: JsonLine[] = []
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return
      const line = index + 1
      try {
        rows.push({ value: JSON.parse(raw) as unknown, line })
      } catch (error) {
        throw new Error(`${path}:${line}: not valid JSON (${errorMessage(error)})`, { cause: error })
      }
    })
  return rows
}
