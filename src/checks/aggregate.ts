// From a sample's check results to its pass and score, and short summaries for reports.
//
// Decision on statuses: pass and score are computed over checks with status `ok` only.
// - an `error` check (invalid regex, unreadable judge reply, judge down) makes the sample not
//   pass: the sample could not be fully decided, and a pass would hide that;
// - an `unsupported` check (no judge configured, unknown evaluator) neither passes nor fails the
//   sample: it is listed separately (unsupportedChecks → SuiteReport.unsupportedChecks), so a
//   missing judge never turns a case into a silent pass nor into a failure;
// - a sample where no check could decide (none, or only unsupported ones) has pass = false and
//   a flag, so the report can say why instead of counting it as a quality failure.
import type { CheckResult } from '../core/types.js'

export type SampleFlag = 'no-checks' | 'only-unsupported' | 'check-error'

export interface SampleAggregate {
  pass: boolean
  /** Mean score of the `ok` checks; 0 when none decided. */
  score: number
  /** Checks with status ok. */
  decided: number
  errors: number
  unsupported: number
  /** Why pass is false other than a failing check (or, for check-error, in addition to one). */
  flag?: SampleFlag
}

export function aggregateSample(checks: readonly CheckResult[]): SampleAggregate {
  let decided = 0
  let errors = 0
  let unsupported = 0
  let allPassed = true
  let scoreSum = 0
  for (const c of checks) {
    if (c.status === 'ok') {
      decided++
      scoreSum += c.score
      if (!c.pass) allPassed = false
    } else if (c.status === 'error') errors++
    else unsupported++
  }
  const result: SampleAggregate = {
    pass: decided > 0 && errors === 0 && allPassed,
    score: decided > 0 ? scoreSum / decided : 0,
    decided,
    errors,
    unsupported
  }
  if (errors > 0) result.flag = 'check-error'
  else if (checks.length === 0) result.flag = 'no-checks'
  else if (decided === 0) result.flag = 'only-unsupported'
  return result
}

export type CheckOutcomeLabel = 'pass' | 'fail' | 'error' | 'unsupported'

export function checkLabel(result: CheckResult): CheckOutcomeLabel {
  if (result.status === 'error') return 'error'
  if (result.status === 'unsupported') return 'unsupported'
  return result.pass ? 'pass' : 'fail'
}

/** One plain-text line: `FAIL contains#0 (contains): missing "refund" in "…"`. */
export function summariseCheck(result: CheckResult): string {
  const label = checkLabel(result).toUpperCase()
  const id = result.id === result.type ? result.id : `${result.id} (${result.type})`
  return `${label} ${id}: ${result.reason}`
}

export interface CheckCounts {
  total: number
  passed: number
  failed: number
  errors: number
  unsupported: number
}

export function countChecks(results: readonly CheckResult[]): CheckCounts {
  const counts: CheckCounts = { total: results.length, passed: 0, failed: 0, errors: 0, unsupported: 0 }
  for (const r of results) {
    const label = checkLabel(r)
    if (label === 'pass') counts.passed++
    else if (label === 'fail') counts.failed++
    else if (label === 'error') counts.errors++
    else counts.unsupported++
  }
  return counts
}

/** Unsupported checks by id (first reason wins), for SuiteReport.unsupportedChecks. */
export function unsupportedChecks(results: Iterable<CheckResult>): { id: string; reason: string }[] {
  const seen = new Map<string, string>()
  for (const r of results) if (r.status === 'unsupported' && !seen.has(r.id)) seen.set(r.id, r.reason)
  return [...seen].map(([id, reason]) => ({ id, reason }))
}
