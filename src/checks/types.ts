// What checks need beyond core's CheckContext. Kept local until core adds the fields (see the
// report): a rails validator, the minimum severity that fails a rails check, and schema files.
import type { CheckContext, CheckResult, CheckSpec, Severity, Violation } from '../core/types.js'
import type { SchemaFileReader } from './schema.js'

/** The slice of src/rails's `Rails` a rails check uses. */
export interface RailsValidator {
  validate(
    output: string,
    context?: { input?: string; expectedLanguage?: string; validators?: string[] }
  ): { ok: boolean; violations: Violation[]; redacted: string }
  /** The configured minimum severity that fails (src/rails `Rails.failOn`). */
  readonly failOn?: Severity
}

export interface ChecksContext extends CheckContext {
  /** Safety rails for `rails` checks; absent → those checks are reported unsupported. */
  rails?: RailsValidator
  /** Violations below this severity do not fail a rails check (default: rails.failOn, else 'low'). */
  railsMinSeverity?: Severity
  /** Language the output should be in, passed to rails (e.g. from the case). */
  expectedLanguage?: string
  /** Reads `schemaFile`s for the async runner; `RepoFiles` of the side being scored fits. */
  files?: SchemaFileReader
  /** Schema files already parsed, by repo-relative path; the only source the sync runner has. */
  schemas?: ReadonlyMap<string, Record<string, unknown>>
}

export type CheckType = CheckSpec['type']

export type SpecOf<T extends CheckType> = Extract<CheckSpec, { type: T }>

/** A check's verdict before the runner adds id and type. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'type'>

export function ok(pass: boolean, reason: string, score = pass ? 1 : 0): CheckOutcome {
  return { status: 'ok', pass, score: clamp01(score), reason }
}

export function failed(reason: string): CheckOutcome {
  return { status: 'error', pass: false, score: 0, reason }
}

export function unsupported(reason: string): CheckOutcome {
  return { status: 'unsupported', pass: false, score: 0, reason }
}

export function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0
  return x < 0 ? 0 : x > 1 ? 1 : x
}
