// Dataset files: JSONL, JSON, YAML and CSV. Each parser collects every problem in the file and
// throws one DatasetError; a bad row is never skipped silently.
import { csvParseSync } from '../core/vendor.js'
import { isMap, isSeq } from 'yaml'
import type { TestCase } from '../core/types.js'
import { formatPath, type SourceIssue } from '../core/errors.js'
import { offsetPosition, parseYaml, positionAt, stripBom, yamlToJs, type YamlSource } from '../core/yaml.js'
import type { Locate } from '../core/zod-issues.js'
import { DatasetError } from './errors.js'
import { normalizeRow } from './rows.js'
import { errorMessage } from '../core/guards.js'

export type DatasetFormat = 'jsonl' | 'json' | 'yaml' | 'csv'

/** Problems listed per file before the rest are only counted: a broken export can have 10k. */
export const DATASET_MAX_ISSUES = 50

/** The format implied by a file name, or undefined for an extension we do not read. */
export function datasetFormat(path: string): DatasetFormat | undefined {
  const lower = path.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  if (lower.endsWith('.csv')) return 'csv'
  return undefined
}

/** Parses one dataset file into cases. Throws `DatasetError` listing every bad row. */
export function parseDataset(file: string, text: string): TestCase[] {
  const format = datasetFormat(file)
  const issues: SourceIssue[] = []
  let cases: TestCase[]
  switch (format) {
    case 'jsonl':
      cases = parseJsonl(file, stripBom(text), issues)
      break
    case 'json':
      cases = parseJson(file, stripBom(text), issues)
      break
    case 'yaml':
      cases = parseYamlDataset(file, text, issues)
      break
    case 'csv':
      // csv-parse miscounts lines on CRLF input; LF keeps reported lines exact (and values uniform).
      cases = parseCsvDataset(file, stripBom(text).replace(/\r\n/g, '\n'), issues)
      break
    default:
      throw new DatasetError([
        { file, path: '', message: 'unknown dataset format; use .jsonl, .json, .yaml/.yml or .csv' }
      ])
  }
  if (issues.length === 0 && cases.length === 0) {
    issues.push({
      file,
      line: 1,
      column: 1,
      path: '',
      message: 'the dataset has no cases; add rows or remove it from the suite'
    })
  }
  issues.push(...duplicateIdIssues(cases))
  if (issues.length > 0) throw new DatasetError(capIssues(file, issues))
  return cases
}

function capIssues(file: string, issues: SourceIssue[]): SourceIssue[] {
  if (issues.length <= DATASET_MAX_ISSUES) return issues
  const rest = issues.length - DATASET_MAX_ISSUES
  return [...issues.slice(0, DATASET_MAX_ISSUES), { file, path: '', message: `and ${rest} more problem(s)` }]
}

/** Duplicate ids across cases (possibly from several files), each naming the first occurrence. */
export function duplicateIdIssues(cases: readonly TestCase[]): SourceIssue[] {
  const seen = new Map<string, TestCase>()
  const issues: SourceIssue[] = []
  for (const testCase of cases) {
    const first = seen.get(testCase.id)
    if (!first) {
      seen.set(testCase.id, testCase)
      continue
    }
    const where =
      first.source.line === undefined ? first.source.file : `${first.source.file}:${first.source.line}`
    issues.push({
      ...testCase.source,
      path: 'id',
      message: `duplicate case id "${testCase.id}" (first at ${where}); give the cases distinct ids or remove the repeat`
    })
  }
  return issues
}

// ---------------------------------------------------------------------------------------------
// JSONL

/** Line and column of a character offset in `text`, both 1-based. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** JSON.parse's message without V8's position suffix, plus the offset when it gives one. */
function jsonError(error: unknown): { message: string; offset?: number } {
  const raw = errorMessage(error)
  const match = /at position (\d+)/.exec(raw)
  const message = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')
  return match?.[1] === undefined ? { message } : { message, offset: Number(match[1]) }
}

function parseJsonl(file: string, text: string, issues: SourceIssue[]): TestCase[] {
  const cases: TestCase[] = []
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (lineText.trim() === '') return
    const line = index + 1
    let row: unknown
    try {
      row = JSON.parse(lineText)
    } catch (error) {
      const { message, offset } = jsonError(error)
      issues.push({
        file,
        line,
        column: offset === undefined ? 1 : offset + 1,
        path: '',
        message: `invalid JSON: ${message}`
      })
      return
    }
    const locate: Locate = () => ({ file, line, column: 1 })
    const testCase = normalizeRow(row, { file, path: [], locate }, issues)
    if (testCase) cases.push(testCase)
  })
  return cases
}

// ---------------------------------------------------------------------------------------------
// JSON and YAML: a list of rows, or {cases: [...]}

function rowsOf(
  file: string,
  data: unknown,
  issues: SourceIssue[],
  locate: Locate
): { rows: unknown[]; prefix: (string | number)[] } {
  if (Array.isArray(data)) return { rows: data, prefix: [] }
  if (typeof data === 'object' && data !== null && Array.isArray((data as { cases?: unknown }).cases)) {
    for (const key of Object.keys(data)) {
      if (key !== 'cases') {
        issues.push({
          ...locate([key], true),
          path: formatPath([key]),
          message: `unknown key "${key}"; a dataset file holds only cases:`
        })
      }
    }
    return { rows: (data as { cases: unknown[] }).cases, prefix: ['cases'] }
  }
  issues.push({
    ...locate([], false),
    path: '',
    message: 'a dataset must be a list of rows or a mapping {cases: [...]}'
  })
  return { rows: [], prefix: [] }
}

function rowsToCases(file: string, data: unknown, issues: SourceIssue[], locate: Locate): TestCase[] {
  const { rows, prefix } = rowsOf(file, data, issues, locate)
  const cases: TestCase[] = []
  rows.forEach((row, i) => {
    const testCase = normalizeRow(row, { file, path: [...prefix, i], locate }, issues)
    if (testCase) cases.push(testCase)
  })
  return cases
}

function yamlLocate(source: YamlSource): Locate {
  return (path, atKey) => ({ file: source.file, ...positionAt(source, path, { atKey }) })
}

function parseJson(file: string, text: string, issues: SourceIssue[]): TestCase[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const { message, offset } = jsonError(error)
    const position = offset === undefined ? { line: 1, column: 1 } : lineColumn(text, offset)
    issues.push({ file, ...position, path: '', message: `invalid JSON: ${message}` })
    return []
  }
  // JSON is YAML 1.2, so the YAML parser supplies the row positions the JSON parser lacks.
  const source = parseYaml(file, text)
  // JSON.parse keeps the last of two equal keys; a value lost that way must not go unnoticed.
  issues.push(...source.errors.filter(e => e.message.startsWith('Map keys must be unique')))
  const locate: Locate =
    source.errors.length === 0 ? yamlLocate(source) : () => ({ file, line: 1, column: 1 })
  return rowsToCases(file, data, issues, locate)
}

function parseYamlDataset(file: string, text: string, issues: SourceIssue[]): TestCase[] {
  const source = parseYaml(file, text)
  if (source.errors.length > 0) {
    issues.push(...source.errors)
    return []
  }
  let data: unknown
  try {
    data = yamlToJs(source)
  } catch (error) {
    issues.push({ file, line: 1, column: 1, path: '', message: String(error) })
    return []
  }
  if (data === null || data === undefined) return []
  const contents = source.doc.contents
  if (!isSeq(contents) && !isMap(contents)) {
    issues.push({
      file,
      ...offsetPosition(source, 0),
      path: '',
      message: 'a dataset must be a list of rows or a mapping {cases: [...]}'
    })
    return []
  }
  return rowsToCases(file, data, issues, yamlLocate(source))
}

// ---------------------------------------------------------------------------------------------
// CSV: a header row, then one case per record. Every value is a string.

interface CsvRecord {
  record: string[]
  raw: string
  info: { lines: number }
}

/** First line of a record: csv-parse reports the last, and a quoted cell may span lines. */
function recordStartLine(record: CsvRecord): number {
  const body = record.raw.replace(/^(?:[ \t]*\n)+/, '')
  const newlines = (body.match(/\n/g) ?? []).length
  const trailing = body.endsWith('\n') ? 1 : 0
  return record.info.lines - (newlines - trailing)
}

function parseCsvDataset(file: string, text: string, issues: SourceIssue[]): TestCase[] {
  const skipped: SourceIssue[] = []
  const records = csvParseSync().parse(text, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: Error | undefined) => {
      const line = (error as { lines?: unknown } | undefined)?.lines
      skipped.push({
        file,
        line: typeof line === 'number' ? line : 1,
        path: '',
        message: `invalid CSV: ${error?.message.replace(/ at line \d+/, '') ?? 'unreadable record'}`
      })
      return undefined
    }
  }) as unknown as CsvRecord[]
  issues.push(...skipped)
  const [header, ...rows] = records
  if (!header) return []
  const columns = header.record.map(name => name.trim())
  const seen = new Set<string>()
  columns.forEach((name, i) => {
    const position = { file, line: recordStartLine(header), column: i + 1 }
    if (name === '')
      issues.push({ ...position, path: `column ${i + 1}`, message: 'empty column name in the header row' })
    else if (seen.has(name))
      issues.push({ ...position, path: name, message: `duplicate column "${name}" in the header row` })
    seen.add(name)
  })
  const cases: TestCase[] = []
  for (const row of rows) {
    const line = recordStartLine(row)
    const locate: Locate = () => ({ file, line, column: 1 })
    if (row.record.length !== columns.length) {
      issues.push({
        file,
        line,
        column: 1,
        path: '',
        message: `record has ${row.record.length} fields but the header has ${columns.length}`
      })
      continue
    }
    const parsed = csvRow(columns, row.record, file, line, issues)
    if (!parsed) continue
    const testCase = normalizeRow(parsed, { file, path: [], locate }, issues)
    if (testCase) cases.push(testCase)
  }
  return cases
}

/** A CSV record as a flat row: `tags` split on commas, `checks` parsed as JSON, empty id/expected absent. */
function csvRow(
  columns: string[],
  values: string[],
  file: string,
  line: number,
  issues: SourceIssue[]
): Record<string, unknown> | undefined {
  const entries: [string, unknown][] = []
  let ok = true
  columns.forEach((name, i) => {
    const value = values[i] ?? ''
    if ((name === 'id' || name === 'expected' || name === 'tags' || name === 'checks') && value.trim() === '')
      return
    if (name === 'tags') {
      entries.push([
        name,
        value
          .split(',')
          .map(t => t.trim())
          .filter(t => t !== '')
      ])
    } else if (name === 'checks') {
      try {
        const checks: unknown = JSON.parse(value)
        entries.push([name, Array.isArray(checks) ? checks : [checks]])
      } catch (error) {
        ok = false
        issues.push({
          file,
          line,
          column: 1,
          path: 'checks',
          message: `checks column is not valid JSON: ${jsonError(error).message}`
        })
      }
    } else entries.push([name, value])
  })
  return ok ? Object.fromEntries(entries) : undefined
}
