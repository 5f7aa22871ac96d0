// The fault × outcome matrix of a chaos suite, base vs head, and its verdict. Any garbage or
// timed-out answer on head fails the suite; when the base version handled the same scenario
// better, it is a regression (the PR removed a fallback), with the bad answers as evidence.
import type {
  ChaosCounts,
  ChaosExample,
  ChaosOutcome,
  ChaosReport,
  ChaosScenarioReport
} from '../core/report.js'
import type { SampleResult, VersionSide } from '../core/types.js'
import { quantile } from '../stats/inference.js'
import type { FaultSpec } from './faults.js'
import { classifyAnswer, type OutcomeRules } from './outcome.js'

/** Bad answers kept as evidence per side and scenario: enough to see the pattern, not a log. */
const MAX_EXAMPLES_PER_SCENARIO = 1
/** Characters of a bad answer kept as evidence. */
const MAX_EXAMPLE_CHARS = 300

export function describeFaults(faults: readonly FaultSpec[]): string {
  if (faults.length === 0) return 'no fault (control)'
  return faults
    .map(f => {
      const rate = f.rate === undefined || f.rate === 1 ? '' : ` ${Math.round(f.rate * 100)}%`
      const times = f.times === undefined ? '' : ` ×${f.times}`
      return `${f.kind}${rate}${times}`
    })
    .join(' + ')
}

export interface ScenarioSamples {
  name: string
  faults: readonly FaultSpec[]
  head: SampleResult[]
  base?: SampleResult[]
  proxy: ChaosScenarioReport['proxy']
}

function emptyCounts(): ChaosCounts {
  return { answered: 0, 'fell-back': 0, unavailable: 0, garbage: 0, 'timed-out': 0, total: 0 }
}

export const BAD_OUTCOMES: readonly ChaosOutcome[] = ['garbage', 'timed-out']

export function badAnswers(counts: ChaosCounts | undefined): number {
  return counts ? counts.garbage + counts['timed-out'] : 0
}

function tally(
  scenario: string,
  side: VersionSide,
  samples: SampleResult[],
  rules: OutcomeRules,
  examples: ChaosExample[]
): ChaosCounts {
  const counts = emptyCounts()
  const latencies: number[] = []
  let kept = 0
  for (const sample of samples) {
    const { outcome, why } = classifyAnswer(sample, rules)
    counts[outcome]++
    counts.total++
    if (sample.error === undefined && sample.call) latencies.push(sample.call.latencyMs)
    if ((outcome === 'garbage' || outcome === 'timed-out') && kept < MAX_EXAMPLES_PER_SCENARIO) {
      kept++
      examples.push({
        scenario,
        side,
        caseId: sample.caseId,
        outcome,
        why,
        ...(sample.output !== undefined ? { output: sample.output.slice(0, MAX_EXAMPLE_CHARS) } : {})
      })
    }
  }
  if (latencies.length > 0) counts.p95LatencyMs = quantile(latencies, 0.95)
  return counts
}

export function chaosReport(
  wire: ChaosReport['wire'],
  scenarios: ScenarioSamples[],
  rules: OutcomeRules
): ChaosReport {
  const examples: ChaosExample[] = []
  const rows: ChaosScenarioReport[] = scenarios.map(s => ({
    name: s.name,
    faults: describeFaults(s.faults),
    head: tally(s.name, 'head', s.head, rules, examples),
    ...(s.base ? { base: tally(s.name, 'base', s.base, rules, examples) } : {}),
    proxy: s.proxy
  }))
  const { verdict, reason } = decideChaos(rows)
  // Head's bad answers are the evidence a reviewer needs; base's only explain a shared failure.
  const evidence = verdict === 'regression' ? examples.filter(e => e.side === 'head') : examples
  return { wire, scenarios: rows, verdict, reason, examples: evidence }
}

export function decideChaos(rows: ChaosScenarioReport[]): Pick<ChaosReport, 'verdict' | 'reason'> {
  const failing = rows.filter(r => badAnswers(r.head) > 0)
  if (failing.length === 0) {
    const total = rows.reduce((sum, r) => sum + r.head.total, 0)
    return {
      verdict: 'pass',
      reason: `Every answer under ${rows.length} fault scenarios degraded gracefully (${total} answers: real, fallback or the unavailable message, in time).`
    }
  }
  const worse = failing.filter(r => r.base !== undefined && badAnswers(r.head) > badAnswers(r.base))
  const describe = (r: ChaosScenarioReport): string => {
    const bad = badAnswers(r.head)
    const base = r.base ? ` (base: ${badAnswers(r.base)})` : ''
    return `${r.name}: ${bad} of ${r.head.total} answers garbage or timed out${base}`
  }
  if (worse.length > 0) {
    return {
      verdict: 'regression',
      reason: `The change broke the degradation path: ${worse.map(describe).join('; ')}. The base version handled these faults; see the chaos matrix.`
    }
  }
  return {
    verdict: 'fail',
    reason: `The feature does not degrade gracefully: ${failing.map(describe).join('; ')}. See the chaos matrix.`
  }
}
