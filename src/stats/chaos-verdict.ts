// The chaos rule of the decision: a chaos suite's fault × outcome verdict (decided by the chaos
// layer above, src/chaos/matrix.ts) arrives as data in DecideInput.chaos; this is where it meets
// the verdict, as one of decideSuite's overrides (verdict.ts VERDICT_OVERRIDES).
import type { ChaosReport } from '../core/report.js'
import type { SuiteDecision } from './verdict.js'

/**
 * A chaos failure decides the suite unless the plain evaluation already failed it: a feature
 * that answers well but shows users a stack trace when the model is down is not fit to ship.
 */
export function applyChaosVerdict(
  decision: SuiteDecision,
  chaos: Pick<ChaosReport, 'verdict' | 'reason'> | undefined
): SuiteDecision {
  if (!chaos) return decision
  if (chaos.verdict === 'pass') return { ...decision, reason: `${decision.reason} Chaos: ${chaos.reason}` }
  if (decision.verdict === 'fail' || decision.verdict === 'regression' || decision.verdict === 'error') {
    return { ...decision, reason: `${decision.reason} Chaos: ${chaos.reason}` }
  }
  return { ...decision, verdict: chaos.verdict, reason: chaos.reason, samplingCanHelp: false }
}
