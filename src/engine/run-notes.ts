// Notes the run adds to the report for the reader: what the deadline cut, when the provider
// throttled, which suites lost their provider. Each names the setting that governs it.
import type { SuiteReport } from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import type { RunDeadline } from './deadline.js'

interface SuiteSamples {
  plan: { id: string }
  head: SampleResult[]
  base?: SampleResult[]
}

/** What the deadline left out, per suite, so a partial report says what it does not cover. */
export function deadlineNote(deadline: RunDeadline, suites: SuiteSamples[]): string | undefined {
  if (!deadline.passed()) return undefined
  let aborted = 0
  let notRun = 0
  const perSuite: string[] = []
  for (const suite of suites) {
    const cut = [...suite.head, ...(suite.base ?? [])].filter(
      s => s.errorKind === 'deadline' || s.errorKind === 'not-run'
    )
    if (cut.length === 0) continue
    const inFlight = cut.filter(s => s.errorKind === 'deadline').length
    aborted += inFlight
    notRun += cut.length - inFlight
    perSuite.push(`${suite.plan.id}: ${cut.length}`)
  }
  return (
    `The run deadline (run.deadlineMs = ${deadline.deadlineMs} ms) passed: ${aborted} calls were aborted in flight ` +
    `and ${notRun} were not run (${perSuite.join(', ') || 'none left'}); the report covers only the calls that finished.`
  )
}

/** Says when the provider throttled, and that the waiting is not counted as model latency. */
export function throttlingNote(samples: SampleResult[]): string | undefined {
  let retried = 0
  let throttled = 0
  let waitMs = 0
  for (const sample of samples) {
    if (sample.cacheHit || !sample.call || sample.call.retries === 0) continue
    retried++
    if ((sample.call.rateLimited ?? 0) > 0) throttled++
    waitMs += sample.call.retryWaitMs ?? 0
  }
  if (retried === 0) return undefined
  const why = throttled > 0 ? `, ${throttled} of them after 429 rate limits` : ''
  return (
    `${retried} ${retried === 1 ? 'call' : 'calls'} answered only after retries${why}; the ${(waitMs / 1000).toFixed(1)} s spent in failed ` +
    'attempts and backoff is recorded as retry wait and excluded from latency budgets.'
  )
}

/** One line per suite whose provider was unavailable, with the provider's own error. */
export function outageNotes(suites: SuiteReport[]): string[] {
  return suites.flatMap(suite =>
    suite.outage
      ? [
          `Provider unavailable for ${suite.id} (${suite.outage.provider}, ${suite.outage.failedSamples} samples not evaluated): ` +
            `${suite.outage.error} Verdict per gate.onProviderOutage: ${suite.outage.policy}.`
        ]
      : []
  )
}
