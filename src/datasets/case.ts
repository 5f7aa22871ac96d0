// Case identity and value normalisation shared by datasets and GitHub Models `testData`.
import { createHash } from 'node:crypto'
import type { CheckSpec, SourceLocation, TestCase, VarValue } from '../core/types.js'

/** Hex characters of the content hash used as a case id when the dataset gives none. */
export const CASE_ID_HASH_CHARS = 12
/** Longest explicit case id: ids are shown in PR comments and report tables. */
export const CASE_ID_MAX_CHARS = 128

/** JSON with object keys sorted at every level, so equal content always hashes equally. */
export function canonicalJson(value: VarValue | undefined): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map(k => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`
}

/** Stable id of a case without an explicit one: first hex chars of sha256(vars + expected). */
export function contentCaseId(vars: Record<string, VarValue>, expected: string | undefined): string {
  const body = canonicalJson({ vars, expected: expected ?? null })
  return createHash('sha256').update(body).digest('hex').slice(0, CASE_ID_HASH_CHARS)
}

/** The value as a JSON-like VarValue, or undefined when it holds something else (NaN, a Date…). */
export function toVarValue(value: unknown, depth = 0): VarValue | undefined {
  if (depth > 64) return undefined
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (Array.isArray(value)) {
    const out: VarValue[] = []
    for (const item of value) {
      const converted = toVarValue(item, depth + 1)
      if (converted === undefined) return undefined
      out.push(converted)
    }
    return out
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries: [string, VarValue][] = []
    for (const [key, item] of Object.entries(value)) {
      const converted = toVarValue(item, depth + 1)
      if (converted === undefined) return undefined
      entries.push([key, converted])
    }
    // fromEntries defines own properties: a `__proto__` key in a dataset stays a plain key.
    return Object.fromEntries(entries)
  }
  return undefined
}

/** `expected` as text: strings as they are, other scalars and structures as JSON. */
export function expectedText(value: VarValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Checks an explicit id; returns the problem, or undefined when it is usable. */
export function idProblem(id: unknown): string | undefined {
  if (typeof id === 'number' && Number.isInteger(id)) return undefined
  if (typeof id !== 'string') return `id must be a string, found ${typeof id}`
  if (id.trim() === '') return 'id is empty; remove it to get a content-hash id, or give a name'
  if (id.length > CASE_ID_MAX_CHARS) return `id is longer than ${CASE_ID_MAX_CHARS} characters`
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) return 'id contains control characters'
  return undefined
}

/** What a row yields once its format's shape rules are applied (datasets, GitHub Models testData). */
export interface CaseParts {
  vars: Record<string, VarValue>
  expected?: string
  /** An explicit id; without one the case gets its content id. */
  id?: string
  checks?: CheckSpec[]
  tags?: string[]
  source: SourceLocation
}

/** The one place a row becomes a TestCase, whatever file it came from. */
export function toTestCase(parts: CaseParts): TestCase {
  const testCase: TestCase = {
    id: parts.id ?? contentCaseId(parts.vars, parts.expected),
    vars: parts.vars,
    checks: parts.checks ?? [],
    source: parts.source
  }
  if (parts.expected !== undefined) testCase.expected = parts.expected
  if (parts.tags) testCase.tags = parts.tags
  return testCase
}

/** Each value as plain JSON data; `onInvalid` hears every key whose value is not (NaN, a Date…). */
export function plainVars(
  raw: Record<string, unknown>,
  onInvalid: (key: string) => void
): Record<string, VarValue> {
  const entries: [string, VarValue][] = []
  for (const [key, value] of Object.entries(raw)) {
    const converted = toVarValue(value)
    if (converted === undefined) onInvalid(key)
    else entries.push([key, converted])
  }
  // fromEntries defines own properties: a `__proto__` key stays a plain key.
  return Object.fromEntries(entries)
}
