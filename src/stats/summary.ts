// Per-version statistics of one suite: pass rate with its interval, latency quantiles, tokens, cost,
// safety. Inference is conditional on the suite's cases: the dataset defines the task, and the noise
// we guard against is the model's own nondeterminism across calls.
import type { Interval, LatencyStats, VersionStats } from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import type { Price } from '../config/schema.js'
import { costOf, type PriceVendor } from './cost.js'
import { mean, quantileInterval, quantileSorted, wilsonInterval } from './inference.js'

export interface CaseTally {
  caseId: string
  /** Completed (non-error) samples. */
  n: number
  passes: number
  scoreSum: number
  /** Completed samples with at least one rails violation. */
  violations: number
  /** True while every completed sample of the case returned the same output text. */
  identicalOutputs: boolean
  /** The first completed output, to compare later ones with. */
  firstOutput?: string
}

export interface SummaryOptions {
  confidence: number
  /** Config `prices:` overrides. */
  prices?: Readonly<Record<string, Price>>
  /** The provider's model name, for the price lookup. */
  modelName?: string
  /** Whose list prices apply (from the provider's type); undefined: only `prices` can price. */
  priceVendor?: PriceVendor
}

/** A sample that counts for pass rates: the call answered and a check decided. */
export function isCompleted(sample: SampleResult): boolean {
  return sample.error === undefined && sample.undecided === undefined
}

/** A sample whose call answered: it counts for latency, tokens and cost whatever its checks did. */
export function hasAnswer(sample: SampleResult): boolean {
  return sample.error === undefined
}

export function hasViolation(sample: SampleResult): boolean {
  return sample.checks.some(check => (check.violations?.length ?? 0) > 0)
}

/** Completed samples per case, in first-seen order; cases with only errors are absent. */
export function tallyCases(samples: readonly SampleResult[]): Map<string, CaseTally> {
  const tallies = new Map<string, CaseTally>()
  for (const sample of samples) {
    if (!isCompleted(sample)) continue
    let tally = tallies.get(sample.caseId)
    if (!tally) {
      tally = {
        caseId: sample.caseId,
        n: 0,
        passes: 0,
        scoreSum: 0,
        violations: 0,
        identicalOutputs: true,
        firstOutput: sample.output
      }
      tallies.set(sample.caseId, tally)
    }
    if (sample.output !== tally.firstOutput) tally.identicalOutputs = false
    tally.n++
    if (sample.pass) tally.passes++
    tally.scoreSum += sample.score
    if (hasViolation(sample)) tally.violations++
  }
  return tallies
}

/**
 * Interval for the mean over cases of the per-case pass probability. With one sample per case it is
 * the Wilson interval. With repeats it is Wilson at the effective size N² / Σ 1/n_i: by Jensen's
 * inequality Σ p_i(1−p_i)/n_i ≤ (Σ 1/n_i)·q(1−q), so this never understates the noise, whatever
 * rule chose which cases got extra samples.
 */
export function passRateInterval(tallies: Iterable<CaseTally>, confidence: number): Interval | undefined {
  let cases = 0
  let sumP = 0
  let sumInverseN = 0
  for (const t of tallies) {
    cases++
    sumP += t.passes / t.n
    sumInverseN += 1 / t.n
  }
  if (cases === 0) return undefined
  const effectiveN = (cases * cases) / sumInverseN
  return wilsonInterval((sumP / cases) * effectiveN, effectiveN, confidence)
}

export function latencyStats(values: readonly number[], confidence: number): LatencyStats | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const p95Interval = quantileInterval(sorted, 0.95, confidence)
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    ...(p95Interval ? { p95Interval } : {}),
    mean: mean(sorted)
  }
}

/** Cost per completed call; undefined as a whole when any priced call has an unknown price. */
export function callCosts(
  samples: readonly SampleResult[],
  opts: Pick<SummaryOptions, 'prices' | 'modelName' | 'priceVendor'>
): number[] | undefined {
  const costs: number[] = []
  for (const sample of samples) {
    if (!hasAnswer(sample)) continue
    const usage = sample.call?.usage
    if (!usage) continue
    const cost = costOf(usage, opts.modelName ?? sample.call?.modelVersion, opts.prices, opts.priceVendor)
    if (cost === undefined) return undefined
    costs.push(cost)
  }
  return costs.length > 0 ? costs : undefined
}

export function summariseVersion(samples: readonly SampleResult[], opts: SummaryOptions): VersionStats {
  const completed = samples.filter(isCompleted)
  const tallies = [...tallyCases(samples).values()]
  const cases = tallies.length
  const passedSamples = completed.filter(s => s.pass).length

  // Cache hits keep the latency of the call that was recorded, so they describe the prompt's
  // latency as well as a fresh call does: include them.
  const answered = samples.filter(hasAnswer)
  const latencies = answered.flatMap(s => (s.call ? [s.call.latencyMs] : []))
  const ttfts = answered.flatMap(s => (s.call?.ttftMs !== undefined ? [s.call.ttftMs] : []))

  const interval = passRateInterval(tallies, opts.confidence)
  const latencyMs = latencyStats(latencies, opts.confidence)
  const ttftMs = latencyStats(ttfts, opts.confidence)
  const cost = costSummary(callCosts(samples, opts))
  return {
    cases,
    samples: samples.length,
    passedSamples,
    failedSamples: completed.length - passedSamples,
    errorSamples: samples.length - completed.length,
    passRate: cases > 0 ? mean(tallies.map(t => t.passes / t.n)) : 0,
    ...(interval ? { passRateInterval: interval } : {}),
    meanScore: cases > 0 ? mean(tallies.map(t => t.scoreSum / t.n)) : 0,
    ...(latencyMs ? { latencyMs } : {}),
    ...(ttftMs ? { ttftMs } : {}),
    tokens: tokenTotals(answered),
    ...(cost ? { cost } : {}),
    cacheHits: completed.filter(s => s.cacheHit).length,
    safetyViolations: completed.filter(hasViolation).length,
    checkFailures: checkFailureCounts(completed)
  }
}

/** Tokens of the answered calls: input and output totals, the largest and the mean output. */
function tokenTotals(answered: readonly SampleResult[]): VersionStats['tokens'] {
  let input = 0
  let output = 0
  let maxOutput = 0
  let withOutput = 0
  for (const s of answered) {
    const usage = s.call?.usage
    if (!usage) continue
    input += usage.inputTokens ?? 0
    if (usage.outputTokens !== undefined) {
      output += usage.outputTokens
      maxOutput = Math.max(maxOutput, usage.outputTokens)
      withOutput++
    }
  }
  return { input, output, maxOutput, meanOutput: withOutput > 0 ? output / withOutput : 0 }
}

function costSummary(costs: number[] | undefined): VersionStats['cost'] {
  if (!costs) return undefined
  const totalUsd = costs.reduce((sum, c) => sum + c, 0)
  return { totalUsd, perCallUsd: totalUsd / costs.length, per1kRequestsUsd: (totalUsd / costs.length) * 1000 }
}

/** Failures per check id over the completed samples. */
function checkFailureCounts(completed: readonly SampleResult[]): Record<string, number> {
  const checkFailures: Record<string, number> = {}
  for (const s of completed) {
    for (const check of s.checks) {
      // `unsupported` is reported separately as a check that could not run, not as a failure.
      if (check.status === 'unsupported' || (check.status === 'ok' && check.pass)) continue
      checkFailures[check.id] = (checkFailures[check.id] ?? 0) + 1
    }
  }
  return checkFailures
}
