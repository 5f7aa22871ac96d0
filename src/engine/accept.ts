// The accept label: a maintainer's decision, applied while the report is built (runSuites), never
// patched onto a finished report.
import type { OverallVerdict, RunReport } from '../core/report.js'

/**
 * A maintainer's label accepts known regressions: the suites keep their `regression` verdict (the
 * comment shows it), but the gate passes, and says which label let it through. Absolute
 * threshold failures and errors are never accepted by a label.
 */
export function applyAcceptLabel(
  report: RunReport,
  labels: readonly string[],
  acceptLabel: string
): RunReport {
  if (!labels.includes(acceptLabel)) return report
  const regressed = report.suites.filter(s => s.verdict === 'regression')
  if (regressed.length === 0) return report
  const blocking = report.suites.filter(s => s.verdict === 'fail' || s.verdict === 'error')
  const inconclusive = report.suites.some(s => s.verdict === 'inconclusive')
  const ids = regressed.map(s => s.id).join(', ')
  if (blocking.length > 0) {
    return {
      ...report,
      accepted: { label: acceptLabel },
      reason: `${report.reason} The regression in ${ids} is accepted by the label "${acceptLabel}", but ${blocking.map(s => s.id).join(', ')} still fail.`
    }
  }
  const verdict: OverallVerdict = inconclusive ? 'inconclusive' : 'pass'
  return {
    ...report,
    verdict,
    accepted: { label: acceptLabel },
    reason: `Regression in ${ids} accepted by the label "${acceptLabel}".`
  }
}
