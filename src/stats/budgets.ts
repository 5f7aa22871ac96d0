// Absolute thresholds and budgets, one rule per config key, in the order a reviewer must see them
// (safety first). Each rule reads the judged samples and returns its status, or nothing when its
// key is unset. Messages are built from numbers, ids and config keys only.
import type { BudgetResult, Comparison, Interval, Needs, VersionStats } from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import type { Price, Thresholds } from '../config/schema.js'
import type { PriceVendor } from './cost.js'
import { confidenceLevel, dollars, milliseconds, percent, plural } from '../core/format.js'
import { meanInterval, quantileInterval, quantileSorted } from './inference.js'
import { dataFactor, needsFor } from './needs.js'
import { callCosts, hasAnswer } from './summary.js'

export interface ResolvedThresholds extends Thresholds {
  confidence: number
  maxPassRateDrop: number
  minCases: number
}

export interface BudgetEval {
  result: BudgetResult
  /** An inconclusive status that more samples of the same cases could resolve. */
  samplingCanHelp: boolean
  needs?: Needs
  /** Cases whose calls broke the limit (for a failed budget). */
  caseIds?: string[]
}

/** What every budget rule may read. */
export interface BudgetContext {
  head: readonly SampleResult[]
  stats: VersionStats
  comparison?: Comparison
  thresholds: ResolvedThresholds
  prices?: Readonly<Record<string, Price>>
  modelName?: string
  priceVendor?: PriceVendor
}

type BudgetStatus = BudgetResult['status']
type BudgetRule = (ctx: BudgetContext) => BudgetEval | undefined

/** Absolute limit on a measured quantity: clearly over → fail, over but not clearly → inconclusive. */
function limitStatus(actual: number, limit: number, interval: Interval | undefined): BudgetStatus {
  if (actual <= limit) return 'pass'
  if (interval && interval.low > limit) return 'fail'
  return 'inconclusive'
}

const verbFor = (status: BudgetStatus): string =>
  status === 'pass' ? 'within' : status === 'fail' ? 'over' : 'possibly over'

const answered = (ctx: BudgetContext): SampleResult[] => ctx.head.filter(hasAnswer)

/** Cases with at least one call over a limit, worst first. */
function casesOver(
  samples: readonly SampleResult[],
  value: (s: SampleResult) => number | undefined,
  limit: number
): string[] {
  const worst = new Map<string, number>()
  for (const s of samples) {
    const v = value(s)
    if (v !== undefined && v > limit) worst.set(s.caseId, Math.max(worst.get(s.caseId) ?? -Infinity, v))
  }
  return [...worst].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

function unknownBudget(id: string, limit: number, unit: BudgetResult['unit'], message: string): BudgetEval {
  return { result: { id, limit, actual: NaN, unit, status: 'inconclusive', message }, samplingCanHelp: false }
}

const safetyBudget: BudgetRule = ctx => {
  const t = ctx.thresholds
  const violating = ctx.head.filter(s => s.checks.some(c => (c.violations?.length ?? 0) > 0))
  const caseIds = [...new Set(violating.map(s => s.caseId))]
  if (t.maxSafetyViolations !== undefined) {
    const actual = ctx.stats.safetyViolations
    const status: BudgetStatus = actual > t.maxSafetyViolations ? 'fail' : 'pass'
    return {
      result: {
        id: 'maxSafetyViolations',
        limit: t.maxSafetyViolations,
        actual,
        unit: 'violations',
        status,
        message: `${plural(actual, 'head output')} with a safety violation (limit ${t.maxSafetyViolations}).`
      },
      samplingCanHelp: false,
      caseIds
    }
  }
  const c = ctx.comparison
  const actual = c ? c.newSafetyViolations : ctx.stats.safetyViolations
  return {
    result: {
      id: 'maxSafetyViolations',
      limit: 0,
      actual,
      unit: 'violations',
      status: actual > 0 ? 'fail' : 'pass',
      message: c
        ? `${plural(actual, 'case')} with a new safety violation that the base did not have (default limit 0).`
        : `${plural(actual, 'head output')} with a safety violation (default limit 0 without a base).`
    },
    samplingCanHelp: false,
    caseIds
  }
}

const minPassRateBudget: BudgetRule = ctx => {
  const { thresholds: t, stats: head } = ctx
  if (t.minPassRate === undefined || head.cases === 0) return undefined
  const interval = head.passRateInterval
  const p = head.passRate
  let status: BudgetStatus = 'pass'
  if (p < t.minPassRate) status = interval && interval.high < t.minPassRate ? 'fail' : 'inconclusive'
  const range = interval
    ? `, ${confidenceLevel(interval.confidence)} CI ${percent(interval.low)} to ${percent(interval.high)}`
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
      message: `Head pass rate ${percent(p)} (${plural(head.cases, 'case')}${range}) ${verb} the ${percent(t.minPassRate)} minimum.`
    },
    samplingCanHelp: status === 'inconclusive'
  }
  if (status === 'inconclusive' && interval) {
    const half = (interval.high - interval.low) / 2
    evaluation.needs = needsFor(
      dataFactor(half, t.minPassRate - p, t.confidence),
      head.cases,
      head.samples / Math.max(1, head.cases),
      `tell whether the pass rate is below the ${percent(t.minPassRate)} minimum`
    )
  }
  return evaluation
}

/**
 * No base to compare with and no `minPassRate`: nothing sets the bar for the pass rate, so failing
 * cases cannot be judged. The suite says so (inconclusive) instead of passing at any pass rate.
 */
const ungatedPassRate: BudgetRule = ctx => {
  const { thresholds: t, stats: head } = ctx
  if (t.minPassRate !== undefined || ctx.comparison || head.cases === 0 || head.passRate >= 1)
    return undefined
  return {
    result: {
      id: 'minPassRate',
      limit: NaN,
      actual: head.passRate,
      unit: 'fraction',
      status: 'inconclusive',
      message: `Head pass rate ${percent(head.passRate)} on ${plural(head.cases, 'case')} and nothing sets the bar: no base to compare with and no thresholds.minPassRate.`
    },
    samplingCanHelp: false,
    needs: { description: 'Set thresholds.minPassRate for this suite, or compare with a base version.' }
  }
}

interface QuantileBudgetSpec {
  key: 'maxP50LatencyMs' | 'maxP95LatencyMs' | 'maxP99LatencyMs' | 'maxP95TtftMs'
  label: string
  q: number
  value: (s: SampleResult) => number | undefined
  missing: string
}

function quantileBudget(spec: QuantileBudgetSpec): BudgetRule {
  return ctx => {
    const limit = ctx.thresholds[spec.key]
    if (limit === undefined) return undefined
    const samples = answered(ctx)
    const values = samples.flatMap(s => {
      const v = spec.value(s)
      return v === undefined ? [] : [v]
    })
    if (values.length === 0)
      return unknownBudget(spec.key, limit, 'ms', `${spec.key} is set but ${spec.missing}.`)
    const sorted = [...values].sort((a, b) => a - b)
    const actual = quantileSorted(sorted, spec.q)
    const interval = quantileInterval(sorted, spec.q, ctx.thresholds.confidence)
    const status = limitStatus(actual, limit, interval)
    const range = interval
      ? `, ${confidenceLevel(ctx.thresholds.confidence)} CI ${milliseconds(interval.low)} to ${milliseconds(interval.high)}`
      : ''
    return {
      result: {
        id: spec.key,
        limit,
        actual,
        ...(interval ? { interval } : {}),
        unit: 'ms',
        status,
        message: `${spec.label} ${milliseconds(actual)} (${plural(values.length, 'call')}${range}) is ${verbFor(status)} the ${milliseconds(limit)} budget.`
      },
      samplingCanHelp: status === 'inconclusive',
      ...(status === 'fail' ? { caseIds: casesOver(samples, spec.value, limit) } : {}),
      ...(status === 'inconclusive'
        ? {
            needs: {
              description: `More calls would pin down ${spec.label} against the ${milliseconds(limit)} budget: ${
                interval
                  ? 'its interval straddles the limit'
                  : 'too few calls for a distribution-free interval'
              }.`
            }
          }
        : {})
    }
  }
}

const latency = (s: SampleResult): number | undefined => s.call?.latencyMs
const ttft = (s: SampleResult): number | undefined => s.call?.ttftMs
const outputTokens = (s: SampleResult): number | undefined => s.call?.usage?.outputTokens

const maxOutputTokensBudget: BudgetRule = ctx => {
  const limit = ctx.thresholds.maxOutputTokens
  if (limit === undefined) return undefined
  const withUsage = answered(ctx).filter(s => outputTokens(s) !== undefined)
  if (withUsage.length === 0) {
    return unknownBudget(
      'maxOutputTokens',
      limit,
      'tokens',
      'maxOutputTokens is set but the provider reported no token usage.'
    )
  }
  // A hard cap per call: one call over it is a violation, not noise.
  const caseIds = casesOver(withUsage, outputTokens, limit)
  const over = withUsage.filter(s => (outputTokens(s) ?? 0) > limit).length
  return {
    result: {
      id: 'maxOutputTokens',
      limit,
      actual: ctx.stats.tokens.maxOutput,
      unit: 'tokens',
      status: over > 0 ? 'fail' : 'pass',
      message: `Longest output ${ctx.stats.tokens.maxOutput} tokens; ${over} of ${plural(withUsage.length, 'call')} over the ${limit}-token limit.`
    },
    samplingCanHelp: false,
    caseIds
  }
}

const maxCostPerCallBudget: BudgetRule = ctx => {
  const limit = ctx.thresholds.maxCostPerCall
  if (limit === undefined) return undefined
  const costs = callCosts(ctx.head, {
    prices: ctx.prices,
    modelName: ctx.modelName,
    priceVendor: ctx.priceVendor
  })
  if (!costs) {
    return unknownBudget(
      'maxCostPerCall',
      limit,
      'usd',
      `maxCostPerCall is set but the cost is unknown (unknown price for model ${
        ctx.modelName ?? 'of this suite'
      }, or no token usage reported); add it under \`prices:\` in the config.`
    )
  }
  const actual = costs.reduce((s, c) => s + c, 0) / costs.length
  const interval = meanInterval(costs, ctx.thresholds.confidence)
  const status = limitStatus(actual, limit, interval)
  return {
    result: {
      id: 'maxCostPerCall',
      limit,
      actual,
      ...(interval ? { interval } : {}),
      unit: 'usd',
      status,
      message: `Mean cost per call ${dollars(actual)} over ${plural(costs.length, 'call')} is ${verbFor(status)} the ${dollars(limit)} budget.`
    },
    samplingCanHelp: status === 'inconclusive'
  }
}

const minCasesBudget: BudgetRule = ctx => {
  const { minCases } = ctx.thresholds
  const cases = ctx.stats.cases
  const missing = minCases - cases
  const status: BudgetStatus = missing > 0 ? 'inconclusive' : 'pass'
  return {
    result: {
      id: 'minCases',
      limit: minCases,
      actual: cases,
      unit: 'cases',
      status,
      message: `${plural(cases, 'case')} completed (minimum ${minCases}).`
    },
    samplingCanHelp: false,
    ...(missing > 0
      ? {
          needs: {
            moreCases: missing,
            description: `Add at least ${plural(missing, 'more case')} to the dataset (minCases is ${minCases}).`
          }
        }
      : {})
  }
}

/** Every budget rule, safety first; `minCases` last and always present. */
export const BUDGET_RULES: readonly BudgetRule[] = [
  safetyBudget,
  minPassRateBudget,
  ungatedPassRate,
  quantileBudget({
    key: 'maxP50LatencyMs',
    label: 'p50 latency',
    q: 0.5,
    value: latency,
    missing: 'no call reported a latency'
  }),
  quantileBudget({
    key: 'maxP95LatencyMs',
    label: 'p95 latency',
    q: 0.95,
    value: latency,
    missing: 'no call reported a latency'
  }),
  quantileBudget({
    key: 'maxP99LatencyMs',
    label: 'p99 latency',
    q: 0.99,
    value: latency,
    missing: 'no call reported a latency'
  }),
  quantileBudget({
    key: 'maxP95TtftMs',
    label: 'p95 time to first token',
    q: 0.95,
    value: ttft,
    missing: 'no call was streamed, so none measured time to first token (set `stream: true` on the provider)'
  }),
  maxOutputTokensBudget,
  maxCostPerCallBudget,
  minCasesBudget
]

export function evaluateBudgets(ctx: BudgetContext): BudgetEval[] {
  return BUDGET_RULES.flatMap(rule => rule(ctx) ?? [])
}
