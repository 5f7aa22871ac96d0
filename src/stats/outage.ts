// Provider outages: a suite whose provider could not be reached has no evidence about the PR.
// Its verdict follows `gate.onProviderOutage` instead of "error: no sample could be judged", and
// the report carries the outage (provider, sides, the provider's own error) for the headline.
import type { OutagePolicy, ProviderOutage } from '../core/report.js'
import type { ProviderErrorKind, SampleResult, VersionSide } from '../core/types.js'
import type { SuiteDecision } from './verdict.js'

/**
 * The default policy. An outage says nothing about the change, so failing the check would block
 * a PR for someone else's incident, and passing would be a silent pass on no evidence:
 * inconclusive is the honest answer (neutral, unless gate.failOnInconclusive).
 */
export const DEFAULT_OUTAGE_POLICY: OutagePolicy = 'inconclusive'

/** Errors that mean the provider itself is unavailable, whatever share of samples they hit. */
const OUTAGE_KINDS: ReadonlySet<ProviderErrorKind> = new Set(['circuit-open', 'auth', 'quota'])
/**
 * Errors that count as the provider's failure when a side got no answer at all. A provider that
 * answered nothing before the run deadline (a hang) is unavailable for this run, too.
 */
const PROVIDER_FAILURE_KINDS: ReadonlySet<ProviderErrorKind> = new Set([
  ...OUTAGE_KINDS,
  'deadline',
  'not-run',
  'server',
  'overloaded',
  'network',
  'timeout',
  'rate-limit',
  'malformed'
])

export interface OutageInput {
  head: SampleResult[]
  base?: SampleResult[]
  /** Provider name per side (the base side may route elsewhere). */
  providerOf(side: VersionSide): string
  policy: OutagePolicy
}

/** The suite's outage, or undefined when its provider answered or its errors were about requests. */
export function detectOutage(input: OutageInput): ProviderOutage | undefined {
  const sides: [VersionSide, SampleResult[]][] = [['head', input.head]]
  if (input.base) sides.push(['base', input.base])
  const failed: SampleResult[] = []
  const hit: VersionSide[] = []
  const unjudged: VersionSide[] = []
  for (const [side, samples] of sides) {
    const judged = samples.some(s => s.error === undefined)
    const failures = samples.filter(
      s =>
        s.errorKind !== undefined &&
        (OUTAGE_KINDS.has(s.errorKind) || (!judged && PROVIDER_FAILURE_KINDS.has(s.errorKind)))
    )
    if (failures.length === 0) continue
    failed.push(...failures)
    hit.push(side)
    if (!judged) unjudged.push(side)
  }
  const first = failed.find(s => s.errorKind !== 'circuit-open' && s.errorKind !== 'not-run') ?? failed[0]
  if (!first) return undefined
  return {
    provider: input.providerOf(first.side),
    sides: hit,
    unjudgedSides: unjudged,
    error: first.error ?? 'unknown error',
    ...(first.errorStatus?.httpStatus !== undefined ? { httpStatus: first.errorStatus.httpStatus } : {}),
    ...(first.errorKind !== undefined ? { kind: first.errorKind } : {}),
    failedSamples: failed.length,
    policy: input.policy
  }
}

const POLICY_VERDICT = { fail: 'fail', inconclusive: 'inconclusive', skip: 'skipped' } as const

/**
 * The policy decides when a side got no judged sample at all. When both sides have judged samples
 * the verdict rests on them as usual (the unjudged share is already weighed by decideSuite) and
 * the reason names the outage; so does a failure measured on judged head samples, which is evidence.
 */
export function applyOutagePolicy(
  decision: SuiteDecision,
  outage: ProviderOutage | undefined
): SuiteDecision {
  if (!outage) return decision
  const what =
    outage.unjudgedSides.length > 0
      ? `not evaluated on ${outage.unjudgedSides.join(' and ')}`
      : `${outage.failedSamples} samples not evaluated`
  const headline = `Provider unavailable (${outage.provider}): ${what}. ${outage.error}`
  const headJudged = !outage.unjudgedSides.includes('head')
  const measuredFailure = decision.verdict === 'fail' || decision.verdict === 'regression'
  if (outage.unjudgedSides.length === 0 || (headJudged && measuredFailure)) {
    return { ...decision, reason: `${decision.reason} ${headline}` }
  }
  const policyNote =
    outage.policy === DEFAULT_OUTAGE_POLICY
      ? `gate.onProviderOutage: ${outage.policy} (default)`
      : `gate.onProviderOutage: ${outage.policy}`
  return {
    ...decision,
    verdict: POLICY_VERDICT[outage.policy],
    reason: `${headline} (${policyNote}).`,
    samplingCanHelp: false
  }
}
