// Paired base-vs-head comparison of one suite. Pairing is by case id: a case counts only when both
// versions have at least one completed sample for it, so an outage on one side never reads as a flip.
import type { Comparison, Interval } from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import {
  mcnemarExact,
  meanInterval,
  newcombePairedInterval,
  quantileInterval,
  quantileSorted,
  zFor
} from './inference.js'
import { meanVariance, priorVariance, type NoiseOptions } from './noise.js'
import { isCompleted, tallyCases, type CaseTally } from './summary.js'

export interface CompareOptions extends NoiseOptions {
  confidence: number
}

export interface PairedCase {
  caseId: string
  base: CaseTally
  head: CaseTally
}

export type Flip = 'regressed' | 'fixed' | 'same'

/** Majority outcome over repeats; a tie (e.g. 1 of 2) counts as a pass, as one lucky sample would. */
export function majorityPass(tally: CaseTally): boolean {
  return tally.passes / tally.n >= 0.5
}

export function flipOf(pair: PairedCase): Flip {
  const before = majorityPass(pair.base)
  const after = majorityPass(pair.head)
  if (before && !after) return 'regressed'
  if (!before && after) return 'fixed'
  return 'same'
}

/** One case's samples on both sides, tallied once; `pair` when both sides completed it. */
export interface JoinedCase {
  caseId: string
  head: SampleResult[]
  /** Absent when the case has no base sample (or the suite no base side). */
  base?: SampleResult[]
  headTally?: CaseTally
  baseTally?: CaseTally
  pair?: PairedCase
}

/**
 * A suite's samples joined by case id, once per decision: the comparison, the cases behind the
 * verdict and the report's case rows all read this instead of regrouping and re-pairing.
 */
export interface CaseJoin {
  /** Every case with a sample on either side, head's cases first, in first-seen order. */
  cases: ReadonlyMap<string, JoinedCase>
  /** Cases completed on both sides, in the order head first completed them. */
  pairs: readonly PairedCase[]
  headTallies: ReadonlyMap<string, CaseTally>
  baseTallies?: ReadonlyMap<string, CaseTally>
}

export function joinCases(
  base: readonly SampleResult[] | undefined,
  head: readonly SampleResult[]
): CaseJoin {
  const headTallies = tallyCases(head)
  const baseTallies = base ? tallyCases(base) : undefined
  const cases = new Map<string, JoinedCase>()
  const entry = (caseId: string): JoinedCase => {
    let joined = cases.get(caseId)
    if (!joined) cases.set(caseId, (joined = { caseId, head: [] }))
    return joined
  }
  for (const sample of head) entry(sample.caseId).head.push(sample)
  for (const sample of base ?? []) (entry(sample.caseId).base ??= []).push(sample)
  const pairs: PairedCase[] = []
  for (const [caseId, headTally] of headTallies) {
    const baseTally = baseTallies?.get(caseId)
    if (baseTally) pairs.push({ caseId, base: baseTally, head: headTally })
  }
  for (const joined of cases.values()) {
    const headTally = headTallies.get(joined.caseId)
    const baseTally = baseTallies?.get(joined.caseId)
    if (headTally) joined.headTally = headTally
    if (baseTally) joined.baseTally = baseTally
    if (headTally && baseTally) joined.pair = { caseId: joined.caseId, base: baseTally, head: headTally }
  }
  return { cases, pairs, headTallies, ...(baseTallies ? { baseTallies } : {}) }
}

export function pairCases(base: readonly SampleResult[], head: readonly SampleResult[]): PairedCase[] {
  return [...joinCases(base, head).pairs]
}

/**
 * Cases with a rails violation on head and none on base, including cases the base never ran (a
 * case added with the change must not hide a safety regression).
 */
export function newViolationCaseIds(join: CaseJoin): string[] {
  const out: string[] = []
  for (const [caseId, tally] of join.headTallies) {
    if (tally.violations > 0 && (join.baseTallies?.get(caseId)?.violations ?? 0) === 0) out.push(caseId)
  }
  return out
}

/**
 * Interval for head − base of the mean per-case pass probability. With exactly one sample per case
 * and side the data are a paired 2×2 table and Newcombe's method 10 applies. With repeats, a
 * normal interval around d̄ with the conditional-on-cases variance of noise.ts: each case's own
 * moderated variance over its own sample counts, so cases that got more calls (adaptive sampling)
 * count with their smaller noise, and a side that is deterministic at temperature 0 adds none.
 */
export function passRateDeltaInterval(
  pairs: readonly PairedCase[],
  confidence: number,
  noise: NoiseOptions = {}
): Interval {
  const single = pairs.every(p => p.base.n === 1 && p.head.n === 1)
  if (single) {
    const table = { a: 0, b: 0, c: 0, d: 0 }
    for (const p of pairs) {
      const h = p.head.passes === 1
      const b = p.base.passes === 1
      if (h && b) table.a++
      else if (h) table.b++
      else if (b) table.c++
      else table.d++
    }
    return newcombePairedInterval(table, confidence)
  }
  const n = pairs.length
  const pooledHead = priorVariance(pairs.map(p => p.head))
  const pooledBase = priorVariance(pairs.map(p => p.base))
  let sum = 0
  let variance = 0
  for (const p of pairs) {
    sum += p.head.passes / p.head.n - p.base.passes / p.base.n
    variance += meanVariance(p.head, pooledHead, noise) + meanVariance(p.base, pooledBase, noise)
  }
  const delta = sum / n
  const half = zFor(confidence) * Math.sqrt(variance / (n * n))
  return { low: Math.max(-1, delta - half), high: Math.min(1, delta + half), confidence }
}

function latencies(samples: readonly SampleResult[]): number[] {
  return samples
    .filter(isCompleted)
    .flatMap(s => (s.call ? [s.call.latencyMs] : []))
    .sort((a, b) => a - b)
}

/**
 * p95 latency ratio head/base. Its interval divides the two sides' distribution-free p95 intervals
 * (order statistics, each at 1 − α/2 so that by Bonferroni both hold at once with ≥ 1 − α):
 * [head.low / base.high, head.high / base.low]. Deterministic, no resampling; conservative.
 * `significant` means the interval excludes 1.
 */
export function latencyP95Comparison(
  base: readonly SampleResult[],
  head: readonly SampleResult[],
  confidence: number
): Comparison['latencyP95'] {
  const b = latencies(base)
  const h = latencies(head)
  if (b.length === 0 || h.length === 0) return undefined
  const baseP95 = quantileSorted(b, 0.95)
  const headP95 = quantileSorted(h, 0.95)
  if (!(baseP95 > 0)) return undefined
  const ratio = headP95 / baseP95
  const sideConfidence = 1 - (1 - confidence) / 2
  const bi = quantileInterval(b, 0.95, sideConfidence)
  const hi = quantileInterval(h, 0.95, sideConfidence)
  const interval =
    bi && hi && bi.low > 0 ? { low: hi.low / bi.high, high: hi.high / bi.low, confidence } : undefined
  const significant = interval !== undefined && (interval.low > 1 || interval.high < 1)
  return { base: baseP95, head: headP95, ratio, ...(interval ? { interval } : {}), significant }
}

export function compareVersions(
  base: readonly SampleResult[],
  head: readonly SampleResult[],
  opts: CompareOptions,
  join: CaseJoin = joinCases(base, head)
): Comparison {
  const pairs = join.pairs
  const n = pairs.length
  const basePassRate = n > 0 ? pairs.reduce((s, p) => s + p.base.passes / p.base.n, 0) / n : 0
  const headPassRate = n > 0 ? pairs.reduce((s, p) => s + p.head.passes / p.head.n, 0) / n : 0

  let passToFail = 0
  let failToPass = 0
  for (const p of pairs) {
    const flip = flipOf(p)
    if (flip === 'regressed') passToFail++
    else if (flip === 'fixed') failToPass++
  }

  const scoreDiffs = pairs.map(p => p.head.scoreSum / p.head.n - p.base.scoreSum / p.base.n)
  const scoreInterval = meanInterval(scoreDiffs, opts.confidence)
  const latencyP95 = latencyP95Comparison(base, head, opts.confidence)
  const newSafetyViolations = newViolationCaseIds(join).length

  return {
    pairedCases: n,
    passRate: {
      base: basePassRate,
      head: headPassRate,
      delta: headPassRate - basePassRate,
      interval: passRateDeltaInterval(pairs, opts.confidence, opts)
    },
    flips: { passToFail, failToPass },
    mcnemarPValue: mcnemarExact(passToFail, failToPass),
    ...(scoreInterval
      ? {
          meanScoreDelta: {
            delta: scoreDiffs.reduce((s, d) => s + d, 0) / scoreDiffs.length,
            interval: scoreInterval
          }
        }
      : {}),
    ...(latencyP95 ? { latencyP95 } : {}),
    newSafetyViolations
  }
}
