// The gate: thresholds and budgets from config → pass · improvement · regression · fail ·
// inconclusive. Reasons are built only from numbers, ids and config keys, never from model output.
//
// Defaults when a threshold is unset (exported below):
//   confidence          0.95  level of every interval and test
//   maxPassRateDrop     0.05  tolerated drop of the pass rate vs base (5 points)
//   minCases            10    fewer completed cases → inconclusive (hard failures still fail)
//   maxSafetyViolations unset → no NEW violation vs base (no base: no violation at all)
//   minPassRate, latency/ttft/token/cost budgets, maxP95LatencyIncrease: unset → not checked
//
// Rules, in order (the first that applies wins):
//   fail         an absolute threshold is clearly violated: head pass rate whose interval lies wholly
//                below minPassRate; a latency/ttft/cost budget whose interval lies wholly above the
//                limit; any call over maxOutputTokens; safety violations over the limit.
//   regression   the pass rate fell beyond the tolerance AND significantly: point drop > maxPassRateDrop
//                and the interval for head − base lies below 0 (p < 1 − confidence). Requiring both keeps
//                tiny-but-significant drops on huge suites from blocking, and large-but-noisy drops on
//                small suites from blocking on luck. Same shape for p95 latency: ratio above
//                1 + maxP95LatencyIncrease and its interval above 1.
//   inconclusive fewer than minCases; or the pass-rate interval reaches below −maxPassRateDrop without a
//                regression (the data cannot rule out a drop beyond tolerance); or an absolute
//                threshold is missed by the point estimate but not clearly. `needs` says what would
//                decide it.
//   improvement  the interval for head − base lies above 0.
//   pass         otherwise: a threshold met by its point estimate passes (benefit of the doubt only
//                where the gate is absolute; the base comparison must positively rule out a drop).
import type {
  BudgetResult,
  Comparison,
  Interval,
  OverallVerdict,
  SuiteChange,
  SuiteVerdict,
  VersionStats
} from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import type { Price, Thresholds } from '../config/schema.js'
import { compareVersions } from './compare.js'
import { meanInterval, normalQuantile, quantileInterval, quantileSorted, zFor } from './inference.js'
import type { PriceVendor } from './cost.js'
import { callCosts, hasAnswer, summariseVersion } from './summary.js'

export const DEFAULT_CONFIDENCE = 0.95
export const DEFAULT_MAX_PASS_RATE_DROP = 0.05
export const DEFAULT_MIN_CASES = 10
/** Power aimed at when `needs` estimates how much more data would decide. */
export const NEEDS_POWER = 0.8
/** `needs` never claims more than this multiple of the current data would surely decide. */
const NEEDS_MAX_FACTOR = 50

export interface DecideInput {
  base?: readonly SampleResult[]
  head: readonly SampleResult[]
  thresholds: Thresholds
  change: SuiteChange
  prices?: Readonly<Record<string, Price>>
  modelName?: string
  priceVendor?: PriceVendor
}

export interface Needs {
  moreCases?: number
  moreRepeats?: number
  description: string
}

export interface SuiteDecision {
  verdict: SuiteVerdict
  reason: string
  needs?: Needs
  head: VersionStats
  base?: VersionStats
  comparison?: Comparison
  budgets: BudgetResult[]
  /** Inconclusive and more samples of the same cases could decide it (adaptive sampling's cue). */
  samplingCanHelp: boolean
}

export interface ResolvedThresholds extends Thresholds {
  confidence: number
  maxPassRateDrop: number
  minCases: number
}

export function resolveThresholds(t: Thresholds): ResolvedThresholds {
  return {
    ...t,
    confidence: t.confidence ?? DEFAULT_CONFIDENCE,
    maxPassRateDrop: t.maxPassRateDrop ?? DEFAULT_MAX_PASS_RATE_DROP,
    minCases: t.minCases ?? DEFAULT_MIN_CASES
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting: numbers only.

const MINUS = '\u2212'
const signed = (x: number, digits = 1): string => (x < 0 ? MINUS : '') + Math.abs(x).toFixed(digits)
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const points = (x: number): string => signed(x * 100)
const pValue = (p: number): string => (p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`)
const level = (c: number): string => `${Math.round(c * 1000) / 10}%`
const ms = (x: number): string => `${Math.round(x)} ms`
const usd = (x: number): string => `$${x < 0.01 ? x.toPrecision(2) : x.toFixed(4)}`

// ---------------------------------------------------------------------------------------------
// How much more data would decide.

/**
 * Variance shrinks like 1/(cases × repeats). To move an interval of half-width h clear of a boundary
 * at distance d with the chosen power, the half-width must fall to d·z/(z + z_power): a factor
 * ((z + z_power)·h / (z·d))² more data. d is floored at h/4 (a point estimate sitting on the boundary
 * would otherwise ask for infinite data) and the factor is capped.
 */
export function dataFactor(halfWidth: number, distance: number, confidence: number): number {
  const z = zFor(confidence)
  const zPower = normalQuantile(NEEDS_POWER)
  const d = Math.max(Math.abs(distance), halfWidth / 4, 1e-9)
  const factor = (((z + zPower) * halfWidth) / (z * d)) ** 2
  return Math.min(NEEDS_MAX_FACTOR, Math.max(1, factor))
}

function needsFor(factor: number, cases: number, repeats: number, what: string): Needs {
  const moreCases = Math.max(1, Math.ceil(cases * (factor - 1)))
  const moreRepeats = Math.max(1, Math.ceil(repeats * factor - repeats))
  return {
    moreCases,
    moreRepeats,
    description: `About ${moreCases} more cases, or ${moreRepeats} more repeat${moreRepeats === 1 ? '' : 's'} per case, would ${what}.`
  }
}

// ---------------------------------------------------------------------------------------------
// Budgets

type BudgetStatus = BudgetResult['status']

/** Absolute limit on a measured quantity: clearly over → fail, over but not clearly → inconclusive. */
function limitStatus(actual: number, limit: number, interval: Interval | undefined): BudgetStatus {
  if (actual <= limit) return 'pass'
  if (interval && interval.low > limit) return 'fail'
  return 'inconclusive'
}

interface BudgetEval {
  result: BudgetResult
  /** An inconclusive status that more samples of the same cases could resolve. */
  samplingCanHelp: boolean
  needs?: Needs
}

function quantileBudget(
  id: string,
  label: string,
  values: readonly number[],
  q: number,
  limit: number,
  confidence: number,
  missing: string
): BudgetEval {
  if (values.length === 0) {
    return {
      result: {
        id,
        limit,
        actual: NaN,
        unit: 'ms',
        status: 'inconclusive',
        message: `${id} is set but ${missing}.`
      },
      samplingCanHelp: false
    }
  }
  const sorted = [...values].sort((a, b) => a - b)
  const actual = quantileSorted(sorted, q)
  const interval = quantileInterval(sorted, q, confidence)
  const status = limitStatus(actual, limit, interval)
  const range = interval ? `, ${level(confidence)} CI ${ms(interval.low)} to ${ms(interval.high)}` : ''
  const verb = status === 'pass' ? 'within' : status === 'fail' ? 'over' : 'possibly over'
  return {
    result: {
      id,
      limit,
      actual,
      ...(interval ? { interval } : {}),
      unit: 'ms',
      status,
      message: `${label} ${ms(actual)} (${values.length} calls${range}) is ${verb} the ${ms(limit)} budget.`
    },
    samplingCanHelp: status === 'inconclusive',
    ...(status === 'inconclusive'
      ? {
          needs: {
            description: `More calls would pin down ${label} against the ${ms(limit)} budget: ${
              interval ? 'its interval straddles the limit' : 'too few calls for a distribution-free interval'
            }.`
          }
        }
      : {})
  }
}

function evaluateBudgets(
  input: DecideInput,
  t: ResolvedThresholds,
  head: VersionStats,
  comparison: Comparison | undefined
): BudgetEval[] {
  const evals: BudgetEval[] = []
  const answered = input.head.filter(hasAnswer)
  const latencies = answered.flatMap(s => (s.call ? [s.call.latencyMs] : []))
  const ttfts = answered.flatMap(s => (s.call?.ttftMs !== undefined ? [s.call.ttftMs] : []))

  // Safety first: it is the one a reviewer must see first.
  if (t.maxSafetyViolations !== undefined) {
    const actual = head.safetyViolations
    const status: BudgetStatus = actual > t.maxSafetyViolations ? 'fail' : 'pass'
    evals.push({
      result: {
        id: 'maxSafetyViolations',
        limit: t.maxSafetyViolations,
        actual,
        unit: 'violations',
        status,
        message: `${actual} head output${actual === 1 ? '' : 's'} with a safety violation (limit ${t.maxSafetyViolations}).`
      },
      samplingCanHelp: false
    })
  } else {
    const actual = comparison ? comparison.newSafetyViolations : head.safetyViolations
    const status: BudgetStatus = actual > 0 ? 'fail' : 'pass'
    const what = comparison ? 'case' : 'head output'
    evals.push({
      result: {
        id: 'maxSafetyViolations',
        limit: 0,
        actual,
        unit: 'violations',
        status,
        message: comparison
          ? `${actual} ${what}${actual === 1 ? '' : 's'} with a new safety violation that the base did not have (default limit 0).`
          : `${actual} ${what}${actual === 1 ? '' : 's'} with a safety violation (default limit 0 without a base).`
      },
      samplingCanHelp: false
    })
  }

  if (t.minPassRate !== undefined && head.cases > 0) {
    const interval = head.passRateInterval
    const p = head.passRate
    let status: BudgetStatus = 'pass'
    if (p < t.minPassRate) status = interval && interval.high < t.minPassRate ? 'fail' : 'inconclusive'
    const range = interval
      ? `, ${level(interval.confidence)} CI ${pct(interval.low)} to ${pct(interval.high)}`
      : ''
    const verb = status === 'pass' ? 'meets' : status === 'fail' ? 'is below' : 'may be below'
    const evaluation: BudgetEval = {
      result: {
        id: 'minPassRate',
        limit: t.minPassRate,
        actual: p,
        ...(interval ? { interval } : {}),
        unit: 'fraction',
        status,
        message: `Head pass rate ${pct(p)} (${head.cases} cases${range}) ${verb} the ${pct(t.minPassRate)} minimum.`
      },
      samplingCanHelp: status === 'inconclusive'
    }
    if (status === 'inconclusive' && interval) {
      const half = (interval.high - interval.low) / 2
      const factor = dataFactor(half, t.minPassRate - p, t.confidence)
      evaluation.needs = needsFor(
        factor,
        head.cases,
        head.samples / Math.max(1, head.cases),
        `tell whether the pass rate is below the ${pct(t.minPassRate)} minimum`
      )
    }
    evals.push(evaluation)
  }

  const quantileBudgets: [keyof Thresholds, string, number][] = [
    ['maxP50LatencyMs', 'p50 latency', 0.5],
    ['maxP95LatencyMs', 'p95 latency', 0.95],
    ['maxP99LatencyMs', 'p99 latency', 0.99]
  ]
  for (const [key, label, q] of quantileBudgets) {
    const limit = t[key]
    if (typeof limit !== 'number') continue
    evals.push(quantileBudget(key, label, latencies, q, limit, t.confidence, 'no call reported a latency'))
  }
  if (t.maxP95TtftMs !== undefined) {
    evals.push(
      quantileBudget(
        'maxP95TtftMs',
        'p95 time to first token',
        ttfts,
        0.95,
        t.maxP95TtftMs,
        t.confidence,
        'no call was streamed, so none measured time to first token (set `stream: true` on the provider)'
      )
    )
  }

  if (t.maxOutputTokens !== undefined) {
    const withUsage = answered.filter(s => s.call?.usage?.outputTokens !== undefined)
    if (withUsage.length === 0) {
      evals.push({
        result: {
          id: 'maxOutputTokens',
          limit: t.maxOutputTokens,
          actual: NaN,
          unit: 'tokens',
          status: 'inconclusive',
          message: 'maxOutputTokens is set but the provider reported no token usage.'
        },
        samplingCanHelp: false
      })
    } else {
      // A hard cap per call: one call over it is a violation, not noise.
      const over = withUsage.filter(s => (s.call?.usage?.outputTokens ?? 0) > t.maxOutputTokens!).length
      evals.push({
        result: {
          id: 'maxOutputTokens',
          limit: t.maxOutputTokens,
          actual: head.tokens.maxOutput,
          unit: 'tokens',
          status: over > 0 ? 'fail' : 'pass',
          message: `Longest output ${head.tokens.maxOutput} tokens; ${over} of ${withUsage.length} calls over the ${t.maxOutputTokens}-token limit.`
        },
        samplingCanHelp: false
      })
    }
  }

  if (t.maxCostPerCall !== undefined) {
    const costs = callCosts(input.head, {
      prices: input.prices,
      modelName: input.modelName,
      priceVendor: input.priceVendor
    })
    if (!costs) {
      evals.push({
        result: {
          id: 'maxCostPerCall',
          limit: t.maxCostPerCall,
          actual: NaN,
          unit: 'usd',
          status: 'inconclusive',
          message: `maxCostPerCall is set but the cost is unknown (unknown price for model ${
            input.modelName ?? 'of this suite'
          }, or no token usage reported); add it under \`prices:\` in the config.`
        },
        samplingCanHelp: false
      })
    } else {
      const actual = costs.reduce((s, c) => s + c, 0) / costs.length
      const interval = meanInterval(costs, t.confidence)
      const status = limitStatus(actual, t.maxCostPerCall, interval)
      evals.push({
        result: {
          id: 'maxCostPerCall',
          limit: t.maxCostPerCall,
          actual,
          ...(interval ? { interval } : {}),
          unit: 'usd',
          status,
          message: `Mean cost per call ${usd(actual)} over ${costs.length} calls is ${
            status === 'pass' ? 'within' : status === 'fail' ? 'over' : 'possibly over'
          } the ${usd(t.maxCostPerCall)} budget.`
        },
        samplingCanHelp: status === 'inconclusive'
      })
    }
  }

  const minCasesStatus: BudgetStatus = head.cases < t.minCases ? 'inconclusive' : 'pass'
  evals.push({
    result: {
      id: 'minCases',
      limit: t.minCases,
      actual: head.cases,
      unit: 'cases',
      status: minCasesStatus,
      message: `${head.cases} case${head.cases === 1 ? '' : 's'} completed (minimum ${t.minCases}).`
    },
    samplingCanHelp: false,
    ...(minCasesStatus === 'inconclusive'
      ? {
          needs: {
            moreCases: t.minCases - head.cases,
            description: `Add at least ${t.minCases - head.cases} more case${
              t.minCases - head.cases === 1 ? '' : 's'
            } to the dataset (minCases is ${t.minCases}).`
          }
        }
      : {})
  })
  return evals
}

// ---------------------------------------------------------------------------------------------
// Base vs head

interface ComparisonJudgement {
  outcome: 'regression' | 'improvement' | 'same' | 'undecided'
  reason: string
  needs?: Needs
}

function describeDelta(c: Comparison): string {
  const i = c.passRate.interval
  return `${pct(c.passRate.base)} → ${pct(c.passRate.head)}, ${level(i.confidence)} CI ${points(i.low)} to ${points(
    i.high
  )}; ${c.flips.passToFail} case${c.flips.passToFail === 1 ? '' : 's'} regressed, ${c.flips.failToPass} fixed; McNemar ${pValue(
    c.mcnemarPValue
  )}`
}

function judgePassRate(
  c: Comparison,
  t: ResolvedThresholds,
  headSamplesPerCase: number
): ComparisonJudgement {
  const { delta, interval } = c.passRate
  const tolerance = t.maxPassRateDrop
  const tol = `${(tolerance * 100).toFixed(1)}-point tolerance`
  const magnitude = (Math.abs(delta) * 100).toFixed(1)
  if (delta < -tolerance && interval.high < 0) {
    return {
      outcome: 'regression',
      reason: `Pass rate fell ${magnitude} points (${describeDelta(c)}), beyond the ${tol}.`
    }
  }
  if (interval.low >= -tolerance) {
    if (interval.low > 0) {
      return { outcome: 'improvement', reason: `Pass rate rose ${magnitude} points (${describeDelta(c)}).` }
    }
    return {
      outcome: 'same',
      reason: `Pass rate changed ${points(delta)} points (${describeDelta(c)}), within the ${tol}.`
    }
  }
  const half = (interval.high - interval.low) / 2
  // Distance to whichever boundary the estimate is nearer deciding: the tolerance for "no drop
  // beyond it", zero for "a significant drop".
  const distance = delta > -tolerance ? delta + tolerance : -delta
  const factor = dataFactor(half, distance, t.confidence)
  return {
    outcome: 'undecided',
    reason: `Pass rate changed ${points(delta)} points (${describeDelta(c)}): too uncertain to rule out a drop beyond the ${tol}.`,
    needs: needsFor(
      factor,
      c.pairedCases,
      headSamplesPerCase,
      `narrow the interval enough to decide against the ${tol}`
    )
  }
}

function judgeLatency(c: Comparison, t: ResolvedThresholds): ComparisonJudgement | undefined {
  const limit = t.maxP95LatencyIncrease
  const l = c.latencyP95
  if (limit === undefined || !l) return undefined
  const change = `${ms(l.base)} → ${ms(l.head)}${
    l.interval
      ? `, ratio ${level(l.interval.confidence)} CI ${l.interval.low.toFixed(2)} to ${l.interval.high.toFixed(2)}`
      : ''
  }`
  const rise = `${Math.round((l.ratio - 1) * 100)}%`
  const limitText = `${Math.round(limit * 100)}% limit`
  if (l.ratio <= 1 + limit) return { outcome: 'same', reason: `p95 latency changed ${rise} (${change}).` }
  if (l.interval && l.interval.low > 1) {
    return { outcome: 'regression', reason: `p95 latency rose ${rise} (${change}), beyond the ${limitText}.` }
  }
  return {
    outcome: 'undecided',
    reason: `p95 latency rose ${rise} (${change}), over the ${limitText} but not significantly.`,
    needs: {
      description: `More calls per side would tell whether p95 latency really rose beyond the ${limitText}.`
    }
  }
}

// ---------------------------------------------------------------------------------------------

function withMore(first: string, others: number, noun: string): string {
  if (others === 0) return first
  return `${first.replace(/\.$/, '')} (and ${others} more ${noun}${others === 1 ? '' : 's'}).`
}

export function decideSuite(input: DecideInput): SuiteDecision {
  return accountForUnjudged(decideOnJudged(input))
}

/** Above this share of unjudged head samples a pass rests on too little of the suite to stand. */
export const MAX_UNJUDGED_SHARE_FOR_PASS = 0.1

/**
 * Failed calls and undecided samples are left out of the pass rate; a verdict must still say
 * they happened, and a pass that rests on a suite with many of them is inconclusive instead.
 */
export function accountForUnjudged(decision: SuiteDecision): SuiteDecision {
  const head = decision.head
  if (!head || head.errorSamples === 0 || head.samples === 0) return decision
  const share = head.errorSamples / head.samples
  const note = `${head.errorSamples} of ${head.samples} head samples failed or could not be judged (see the cases).`
  if (
    share > MAX_UNJUDGED_SHARE_FOR_PASS &&
    (decision.verdict === 'pass' || decision.verdict === 'improvement')
  ) {
    return { ...decision, verdict: 'inconclusive', reason: `${decision.reason} But ${note}` }
  }
  if (decision.verdict === 'error') return decision
  return { ...decision, reason: `${decision.reason} ${note}` }
}

function decideOnJudged(input: DecideInput): SuiteDecision {
  const t = resolveThresholds(input.thresholds)
  const summaryOpts = {
    confidence: t.confidence,
    prices: input.prices,
    modelName: input.modelName,
    priceVendor: input.priceVendor
  }
  const head = summariseVersion(input.head, summaryOpts)
  const useBase = input.base !== undefined && input.change !== 'added'
  const base = useBase ? summariseVersion(input.base!, summaryOpts) : undefined
  const done = (
    d: Omit<SuiteDecision, 'head' | 'base' | 'samplingCanHelp'> & { samplingCanHelp?: boolean }
  ): SuiteDecision => ({
    ...d,
    head,
    ...(base ? { base } : {}),
    samplingCanHelp: d.samplingCanHelp ?? false
  })

  if (input.change === 'deleted') {
    return done({
      verdict: 'skipped',
      reason: 'The prompt was deleted in this change; nothing to evaluate.',
      budgets: []
    })
  }
  if (input.head.length === 0) {
    return done({ verdict: 'skipped', reason: 'The suite has no cases to evaluate.', budgets: [] })
  }
  if (head.cases === 0) {
    return done({
      verdict: 'error',
      reason: `No head sample could be judged: all ${head.errorSamples} failed or had no check that could decide (see the cases).`,
      budgets: []
    })
  }

  const comparison =
    base && base.cases > 0
      ? compareVersions(input.base!, input.head, { confidence: t.confidence })
      : undefined
  const budgetEvals = evaluateBudgets(input, t, head, comparison)
  const budgets = budgetEvals.map(e => e.result)

  const failed = budgetEvals.filter(e => e.result.status === 'fail')
  if (failed.length > 0) {
    return done({
      verdict: 'fail',
      reason: withMore(failed[0]!.result.message, failed.length - 1, 'failed budget'),
      ...(comparison ? { comparison } : {}),
      budgets
    })
  }

  const minCases = budgetEvals.find(e => e.result.id === 'minCases')!
  if (minCases.result.status === 'inconclusive') {
    return done({
      verdict: 'inconclusive',
      reason: `Only ${head.cases} case${head.cases === 1 ? '' : 's'} completed (minimum ${t.minCases}): too few to decide.`,
      ...(minCases.needs ? { needs: minCases.needs } : {}),
      ...(comparison ? { comparison } : {}),
      budgets
    })
  }

  if (base && (!comparison || comparison.pairedCases === 0)) {
    return done({
      verdict: 'inconclusive',
      reason: `No case completed on both base (${base.cases} cases) and head (${head.cases} cases), so the versions cannot be compared.`,
      needs: { description: 'Rerun once the base version can be evaluated on the same cases.' },
      ...(comparison ? { comparison } : {}),
      budgets
    })
  }

  const headRepeats = head.samples / head.cases
  const passJudgement =
    comparison && comparison.pairedCases > 0 ? judgePassRate(comparison, t, headRepeats) : undefined
  const latencyJudgement = comparison ? judgeLatency(comparison, t) : undefined
  const judgements = [passJudgement, latencyJudgement].filter(
    (j): j is ComparisonJudgement => j !== undefined
  )

  const regressions = judgements.filter(j => j.outcome === 'regression')
  if (regressions.length > 0) {
    return done({
      verdict: 'regression',
      reason: withMore(regressions[0]!.reason, regressions.length - 1, 'regression'),
      comparison,
      budgets
    })
  }

  const undecided = judgements.filter(j => j.outcome === 'undecided')
  const unsure = budgetEvals.filter(e => e.result.status === 'inconclusive')
  if (undecided.length > 0 || unsure.length > 0) {
    const first = undecided[0]
    const reason = first ? first.reason : unsure[0]!.result.message
    const needs = first ? first.needs : unsure.find(e => e.needs)?.needs
    return done({
      verdict: 'inconclusive',
      reason: withMore(reason, undecided.length + unsure.length - 1, 'open question'),
      ...(needs ? { needs } : {}),
      ...(comparison ? { comparison } : {}),
      budgets,
      samplingCanHelp: undecided.length > 0 || unsure.some(e => e.samplingCanHelp)
    })
  }

  if (passJudgement?.outcome === 'improvement') {
    return done({ verdict: 'improvement', reason: passJudgement.reason, comparison, budgets })
  }
  if (passJudgement) {
    return done({ verdict: 'pass', reason: passJudgement.reason, comparison, budgets })
  }

  const interval = head.passRateInterval
  const range = interval
    ? ` (${level(interval.confidence)} CI ${pct(interval.low)} to ${pct(interval.high)})`
    : ''
  const prefix = input.change === 'added' ? 'Added prompt: pass rate' : 'Pass rate'
  const checked = budgets.length - 1 // minCases is always there
  return done({
    verdict: 'pass',
    reason: `${prefix} ${pct(head.passRate)}${range} on ${head.cases} cases; ${
      checked > 0
        ? `all ${checked} absolute threshold${checked === 1 ? '' : 's'} met`
        : 'no absolute threshold set'
    }, no base to compare.`,
    budgets
  })
}

// ---------------------------------------------------------------------------------------------

export interface SuiteOutcome {
  id: string
  verdict: SuiteVerdict
}

export function decideOverall(suites: readonly SuiteOutcome[]): { verdict: OverallVerdict; reason: string } {
  const active = suites.filter(s => s.verdict !== 'skipped')
  if (active.length === 0) {
    return {
      verdict: 'skipped',
      reason: suites.length === 0 ? 'No suite was affected by this change.' : 'Every suite was skipped.'
    }
  }
  const list = (xs: readonly SuiteOutcome[]): string =>
    xs
      .slice(0, 5)
      .map(s => `${s.id} (${s.verdict})`)
      .join(', ') + (xs.length > 5 ? ` and ${xs.length - 5} more` : '')
  const blocking = active.filter(
    s => s.verdict === 'fail' || s.verdict === 'regression' || s.verdict === 'error'
  )
  if (blocking.length > 0) {
    return {
      verdict: 'fail',
      reason: `${blocking.length} of ${active.length} suites failed the gate: ${list(blocking)}.`
    }
  }
  const open = active.filter(s => s.verdict === 'inconclusive')
  if (open.length > 0) {
    return {
      verdict: 'inconclusive',
      reason: `${open.length} of ${active.length} suites are inconclusive: ${list(open)}.`
    }
  }
  const improved = active.filter(s => s.verdict === 'improvement').length
  return {
    verdict: 'pass',
    reason: `All ${active.length} suites passed${improved > 0 ? `, ${improved} with a significant improvement` : ''}.`
  }
}
