// One dataset row → one TestCase. Two shapes are accepted: `{vars: {...}, expected?, checks?,
// id?, tags?}`, or a flat object whose keys other than expected/id/checks/tags are the vars.
import type { CheckSpec, TestCase } from '../core/types.js'
import { checkSpecSchema, toCheckSpec } from '../core/check-spec.js'
import { formatPath, type SourceIssue } from '../core/errors.js'
import { mapZodIssues, type Locate } from '../core/zod-issues.js'
import { expectedText, idProblem, plainVars, toTestCase, toVarValue } from './case.js'
import { isRecord, kindOf } from '../core/guards.js'

const RESERVED_KEYS = ['expected', 'id', 'checks', 'tags']
const STRUCTURED_KEYS = ['vars', ...RESERVED_KEYS]

export interface RowContext {
  file: string
  /** Path of the row inside the file: `[3]`, `['cases', 3]`, or `[]` for a JSONL line. */
  path: (string | number)[]
  /** Position of a path (from the file root) inside this row. */
  locate: Locate
}

/** Normalises a row, pushing every problem to `issues`; undefined when the row is unusable. */
export function normalizeRow(row: unknown, ctx: RowContext, issues: SourceIssue[]): TestCase | undefined {
  const issue = (rel: (string | number)[], message: string, atKey = false) => {
    const path = [...ctx.path, ...rel]
    issues.push({ ...ctx.locate(path, atKey), path: formatPath(path), message })
  }
  const before = issues.length
  if (!isRecord(row)) {
    issue([], `a row must be a mapping of variables or {vars: {...}}, found ${kindOf(row)}`)
    return undefined
  }
  const structured = isRecord(row.vars)
  let rawVars: Record<string, unknown>
  if (structured) {
    for (const key of Object.keys(row)) {
      if (!STRUCTURED_KEYS.includes(key)) {
        issue(
          [key],
          `unknown key "${key}" in a {vars: ...} row; put variables under vars (allowed here: ${STRUCTURED_KEYS.join(', ')})`,
          true
        )
      }
    }
    rawVars = row.vars as Record<string, unknown>
  } else {
    if (row.vars !== undefined)
      issue(['vars'], `vars must be a mapping of variables, found ${kindOf(row.vars)}`)
    rawVars = Object.fromEntries(Object.entries(row).filter(([key]) => !RESERVED_KEYS.includes(key)))
  }

  const vars = plainVars(rawVars, key =>
    issue(structured ? ['vars', key] : [key], `${key} is not plain JSON data`)
  )

  let expected: string | undefined
  if (row.expected !== undefined && row.expected !== null) {
    const converted = toVarValue(row.expected)
    if (converted === undefined) issue(['expected'], 'expected is not plain JSON data')
    else expected = expectedText(converted)
  }
  if (Object.keys(vars).length === 0 && expected === undefined && issues.length === before) {
    issue([], 'row has no variables; add the inputs the prompt uses')
  }

  let id: string | undefined
  if (row.id !== undefined && row.id !== null) {
    const problem = idProblem(row.id)
    if (problem) issue(['id'], `${problem}`)
    else id = String(row.id)
  }

  const tags = normalizeTags(row.tags, issue)
  const checks = normalizeChecks(row.checks, ctx, issues, issue)
  if (issues.length > before) return undefined

  const position = ctx.locate(ctx.path, false)
  const source = { file: position.file, line: position.line, column: position.column }
  return toTestCase({ vars, expected, id, checks, tags, source })
}

type Report = (rel: (string | number)[], message: string, atKey?: boolean) => void

function normalizeTags(value: unknown, issue: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every(t => typeof t === 'string' && t !== '')) {
    issue(['tags'], `tags must be a list of non-empty strings, found ${kindOf(value)}`)
    return undefined
  }
  return value as string[]
}

function normalizeChecks(value: unknown, ctx: RowContext, issues: SourceIssue[], issue: Report): CheckSpec[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    issue(['checks'], `checks must be a list of checks, found ${kindOf(value)}`)
    return []
  }
  const checks: CheckSpec[] = []
  value.forEach((raw: unknown, i) => {
    const parsed = checkSpecSchema.safeParse(raw)
    if (parsed.success) checks.push(toCheckSpec(parsed.data))
    else
      issues.push(
        ...mapZodIssues(checkSpecSchema, raw, parsed.error.issues, ctx.locate, [...ctx.path, 'checks', i])
      )
  })
  return checks
}
