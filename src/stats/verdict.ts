// The gate: thresholds and budgets from config → pass · improvement · regression · fail ·
// inconclusive. Reasons are built only from numbers, ids and config keys, never from model output.
//
// Defaults when a threshold is unset (exported below):
//   confidence          0.95  two-sided level; each direction's error rate (false pass at the
//                             tolerance, false block at no change) is at most (1 − confidence)/2,
//                             spent over the looks of adaptive sampling (sequential.ts)
//   maxPassRateDrop     0.05  tolerated drop of the pass rate vs base (5 points)
//   minCases            10    fewer completed cases → inconclusive (hard failures still fail)
//   maxSafetyViolations unset → no NEW violation vs base (no base: no violation at all)
//   minPassRate, latency/ttft/token/cost budgets, maxP95LatencyIncrease: unset → not checked
//
// Rules, in order (the first that applies wins; see DECISION_RULES):
//   skipped      the prompt was deleted, or the suite has no case.
//   error        no head sample could be judged (every call failed, or no check could decide).
//   fail         an absolute threshold is clearly violated: head pass rate whose interval lies wholly
//                below minPassRate; a latency/ttft/cost budget whose interval lies wholly above the
//                limit; any call over maxOutputTokens; safety violations over the limit.
//   inconclusive fewer than minCases, or no case completed on both sides.
//   regression   the pass rate fell beyond the tolerance AND significantly: point drop > maxPassRateDrop
//                and the interval for head − base lies below 0. Requiring both keeps tiny-but-significant
//                drops on huge suites from blocking, and large-but-noisy drops on small suites from
//                blocking on luck. Same shape for p95 latency: ratio above 1 + maxP95LatencyIncrease and
//                its interval above 1.
//   inconclusive the pass-rate interval reaches below −maxPassRateDrop without a regression (the data
//                cannot rule out a drop beyond tolerance); or an absolute threshold is missed by the
//                point estimate but not clearly. `needs` says what would decide it.
//   improvement  the interval for head − base lies above 0.
//   pass         otherwise: a threshold met by its point estimate passes (benefit of the doubt only
//                where the gate is absolute; the base comparison must positively rule out a drop).
// Afterwards, failed or undecided head samples are named in the reason, and a pass resting on more
// than MAX_UNJUDGED_SHARE_FOR_PASS of them becomes inconclusive. Last, the overrides that rest on
// evidence beside the samples' checks (VERDICT_OVERRIDES): a provider outage follows
// gate.onProviderOutage (outage.ts), then a chaos suite's fault × outcome verdict (chaos-verdict.ts).
// decideSuite is the ONE decision: the report and adaptive sampling both call it.
import type {
  BudgetResult,
  CallFailureGroup,
  CaseContribution,
  ChaosReport,
  Comparison,
  Needs,
  OutagePolicy,
  OverallVerdict,
  ProviderOutage,
  SuiteChange,
  SuiteVerdict,
  VerdictCause,
  VersionStats
} from '../core/report.js'
import type { SampleResult, VersionSide } from '../core/types.js'
import type { Price, Thresholds } from '../config/schema.js'
import type { PriceVendor } from './cost.js'
import {
  confidenceLevel,
  milliseconds,
  percent,
  plural,
  pointMagnitude,
  points,
  pointsRange,
  pValue,
  ratio,
  roundPercent
} from '../core/format.js'
import { evaluateBudgets, type BudgetEval, type ResolvedThresholds } from './budgets.js'
import {
  caseContributions,
  describeFailure,
  failureGroups,
  isProviderTrouble,
  safetyPhrase,
  safetySummary
} from './causes.js'
import { applyChaosVerdict } from './chaos-verdict.js'
import { compareVersions, joinCases, newViolationCaseIds, type CaseJoin } from './compare.js'
import { applyOutagePolicy, detectOutage } from './outage.js'
import { dataFactor, needsFor } from './needs.js'
import { lookConfidence, SINGLE_LOOK, type Look } from './sequential.js'
import { summariseVersion } from './summary.js'

export type { ResolvedThresholds } from './budgets.js'
export type { Needs } from '../core/report.js'
export { dataFactor, NEEDS_POWER } from './needs.js'

export const DEFAULT_CONFIDENCE = 0.95
export const DEFAULT_MAX_PASS_RATE_DROP = 0.05
export const DEFAULT_MIN_CASES = 10
/** Above this share of unjudged head samples a pass rests on too little of the suite to stand. */
export const MAX_UNJUDGED_SHARE_FOR_PASS = 0.1

export interface DecideInput {
  base?: readonly SampleResult[]
  head: readonly SampleResult[]
  thresholds: Thresholds
  change: SuiteChange
  prices?: Readonly<Record<string, Price>>
  modelName?: string
  /** Whose list prices apply (from the provider's type); undefined: only `prices` can price. */
  priceVendor?: PriceVendor
  /** Which look of adaptive sampling this is; every interval is read at this look's level. */
  look?: Look
  /** Both sides ran at temperature 0: identical repeats mean a case cannot vary. */
  deterministic?: boolean
  /** The prompt file, named in the reason of a deleted suite. */
  promptFile?: string
  /** gate.onProviderOutage and each side's provider: a side its provider never answered follows the policy. */
  outage?: { policy: OutagePolicy; providerOf(side: VersionSide): string }
  /** A chaos suite's fault × outcome verdict, once its scenarios ran (data from the chaos layer). */
  chaos?: Pick<ChaosReport, 'verdict' | 'reason'>
}

export interface SuiteDecision {
  verdict: SuiteVerdict
  reason: string
  /** Why, most severe first: the headline and `reason` output are built from these. */
  causes: VerdictCause[]
  /** Cases behind a non-pass verdict, most severe first. */
  contributors: CaseContribution[]
  needs?: Needs
  head: VersionStats
  base?: VersionStats
  comparison?: Comparison
  budgets: BudgetResult[]
  failures: { head: CallFailureGroup[]; base: CallFailureGroup[] }
  /** Inconclusive and more samples of the same cases could decide it (adaptive sampling's cue). */
  samplingCanHelp: boolean
  /** The samples joined by case, once: the report's case rows are built from it. */
  joined: CaseJoin
  /** The provider outage the verdict followed or names (with `DecideInput.outage`). */
  outage?: ProviderOutage
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
// Base vs head

interface ComparisonJudgement {
  outcome: 'regression' | 'improvement' | 'same' | 'undecided'
  reason: string
  cause: Omit<VerdictCause, 'caseIds'>
  needs?: Needs
}

function describeDelta(c: Comparison): string {
  const i = c.passRate.interval
  return `${percent(c.passRate.base)} → ${percent(c.passRate.head)}, ${confidenceLevel(i.confidence)} CI ${pointsRange(
    i.low,
    i.high
  )}; ${plural(c.flips.passToFail, 'case')} regressed, ${c.flips.failToPass} fixed; McNemar ${pValue(c.mcnemarPValue)}`
}

/** "is-json fails on 29 of 43 cases" for the check that fails most often on head. */
function worstCheck(head: VersionStats): string {
  const [id, n] = Object.entries(head.checkFailures).sort((a, b) => b[1] - a[1])[0] ?? []
  return id !== undefined && n !== undefined
    ? `; ${id} fails on ${n} of ${plural(head.samples, 'head sample')}`
    : ''
}

/** The words every pass-rate outcome shares, computed once. */
interface PassRateWording {
  c: Comparison
  tolerance: number
  /** "5-point tolerance" */
  tol: string
  magnitude: string
  /** "(80% → 60%)" */
  change: string
}

/**
 * Three ordered outcomes: a drop clearly beyond the tolerance is a regression; an interval that
 * rules such a drop out is an improvement (all above zero) or the same; anything else is undecided.
 */
function judgePassRate(c: Comparison, t: ResolvedThresholds, head: VersionStats): ComparisonJudgement {
  const { delta, interval } = c.passRate
  const tolerance = t.maxPassRateDrop
  const wording: PassRateWording = {
    c,
    tolerance,
    tol: `${pointMagnitude(tolerance, 1)}-point tolerance`,
    magnitude: pointMagnitude(delta, 1),
    change: `(${roundPercent(c.passRate.base)} → ${roundPercent(c.passRate.head)})`
  }
  if (delta < -tolerance && interval.high < 0) return passRateRegression(wording, head)
  if (interval.low >= -tolerance) return passRateHeld(wording)
  return passRateUndecided(wording, t, head)
}

function passRateRegression(w: PassRateWording, head: VersionStats): ComparisonJudgement {
  const { c, tol, magnitude, change } = w
  return {
    outcome: 'regression',
    reason: `Pass rate fell ${magnitude} points (${describeDelta(c)}), beyond the ${tol}.`,
    cause: {
      kind: 'pass-rate',
      severity: 2,
      summary: `pass rate fell ${pointMagnitude(c.passRate.delta)} points ${change}${worstCheck(head)}`,
      ruleIds: ['maxPassRateDrop']
    }
  }
}

/** A drop beyond the tolerance is ruled out: a significant rise, or the same. */
function passRateHeld(w: PassRateWording): ComparisonJudgement {
  const { c, tolerance, tol, magnitude, change } = w
  const { delta, interval } = c.passRate
  if (interval.low > 0) {
    return {
      outcome: 'improvement',
      reason: `Pass rate rose ${magnitude} points (${describeDelta(c)}).`,
      cause: {
        kind: 'improvement',
        severity: 0,
        summary: `pass rate rose ${pointMagnitude(delta)} points ${change}, a significant improvement`,
        ruleIds: []
      }
    }
  }
  return {
    outcome: 'same',
    reason: `Pass rate changed ${points(delta)} (${describeDelta(c)}), within the ${tol}.`,
    cause: {
      kind: 'pass-rate',
      severity: 0,
      summary: `pass rate ${change}; a drop beyond the ${pointMagnitude(tolerance)}-point tolerance is ruled out`,
      ruleIds: []
    }
  }
}

function passRateUndecided(
  w: PassRateWording,
  t: ResolvedThresholds,
  head: VersionStats
): ComparisonJudgement {
  const { c, tolerance, tol, change } = w
  const { delta, interval } = c.passRate
  const half = (interval.high - interval.low) / 2
  // Distance to whichever boundary the estimate is nearer deciding: the tolerance for "no drop
  // beyond it", zero for "a significant drop".
  const distance = delta > -tolerance ? delta + tolerance : -delta
  return {
    outcome: 'undecided',
    reason: `Pass rate changed ${points(delta)} (${describeDelta(c)}): too uncertain to rule out a drop beyond the ${tol}.`,
    cause: {
      kind: 'uncertain',
      severity: 1,
      summary: `pass rate ${change} with an interval of ${pointsRange(interval.low, interval.high)}: cannot rule out a drop beyond the ${pointMagnitude(tolerance)}-point tolerance`,
      ruleIds: ['maxPassRateDrop']
    },
    needs: needsFor(
      dataFactor(half, distance, t.confidence),
      c.pairedCases,
      head.samples / Math.max(1, head.cases),
      `narrow the interval enough to decide against the ${tol}`
    )
  }
}

function judgeLatency(c: Comparison, t: ResolvedThresholds): ComparisonJudgement | undefined {
  const limit = t.maxP95LatencyIncrease
  const l = c.latencyP95
  if (limit === undefined || !l) return undefined
  const change = `${milliseconds(l.base)} → ${milliseconds(l.head)}${
    l.interval
      ? `, ratio ${confidenceLevel(l.interval.confidence)} CI ${ratio(l.interval.low)} to ${ratio(l.interval.high)}`
      : ''
  }`
  const rise = `${Math.round((l.ratio - 1) * 100)}%`
  const limitText = `${Math.round(limit * 100)}% limit`
  const cause = (severity: number, summary: string): ComparisonJudgement['cause'] => ({
    kind: 'latency',
    severity,
    summary,
    ruleIds: ['maxP95LatencyIncrease']
  })
  if (l.ratio <= 1 + limit) {
    return {
      outcome: 'same',
      reason: `p95 latency changed ${rise} (${change}).`,
      cause: cause(0, `p95 latency changed ${rise}`)
    }
  }
  if (l.interval && l.interval.low > 1) {
    return {
      outcome: 'regression',
      reason: `p95 latency rose ${rise} (${change}), beyond the ${limitText}.`,
      cause: cause(
        2,
        `p95 latency rose ${rise} (${milliseconds(l.base)} → ${milliseconds(l.head)}), beyond the ${limitText}`
      )
    }
  }
  return {
    outcome: 'undecided',
    reason: `p95 latency rose ${rise} (${change}), over the ${limitText} but not significantly.`,
    cause: cause(1, `p95 latency rose ${rise}, over the ${limitText} but not significantly`),
    needs: {
      description: `More calls per side would tell whether p95 latency really rose beyond the ${limitText}.`
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The ordered decision rules

/** Everything a rule may read, computed once per decision. */
interface DecisionContext {
  input: DecideInput
  joined: CaseJoin
  t: ResolvedThresholds
  head: VersionStats
  base?: VersionStats
  comparison?: Comparison
  budgetEvals: BudgetEval[]
  judgements: ComparisonJudgement[]
  passJudgement?: ComparisonJudgement
}

interface Verdict {
  verdict: SuiteVerdict
  reason: string
  causes: VerdictCause[]
  needs?: Needs
  samplingCanHelp?: boolean
}

type DecisionRule = (ctx: DecisionContext) => Verdict | undefined

function withMore(first: string, others: number, noun: string): string {
  if (others === 0) return first
  return `${first.replace(/\.$/, '')} (and ${plural(others, `more ${noun}`)}).`
}

function budgetCause(ctx: DecisionContext, e: BudgetEval): VerdictCause {
  const id = e.result.id
  if (id === 'maxSafetyViolations') {
    const caseIds = ctx.comparison ? newViolationCaseIds(ctx.joined) : (e.caseIds ?? [])
    const phrase = safetyPhrase(safetySummary(ctx.input.head, new Set(caseIds)))
    const where = ctx.comparison
      ? `in ${plural(caseIds.length, 'case')} that base answered cleanly`
      : `in ${plural(e.result.actual, 'head answer')}`
    return {
      kind: 'safety',
      severity: 3,
      summary: `head ${phrase} ${where}`,
      ruleIds: ['maxSafetyViolations'],
      caseIds
    }
  }
  const severity = e.result.status === 'fail' ? 2 : 1
  const summary = e.result.message.replace(/\.$/, '')
  return {
    kind: id === 'minCases' ? 'min-cases' : 'budget',
    severity,
    summary: summary.charAt(0).toLowerCase() + summary.slice(1),
    ruleIds: [id],
    caseIds: e.caseIds ?? []
  }
}

function judgementCause(j: ComparisonJudgement, caseIds: string[]): VerdictCause {
  return { ...j.cause, caseIds }
}

const failedBudgets: DecisionRule = ctx => {
  const failed = ctx.budgetEvals.filter(e => e.result.status === 'fail')
  const first = failed[0]
  if (!first) return undefined
  const causes = failed.map(e => budgetCause(ctx, e))
  const safety = causes.find(c => c.kind === 'safety')
  const reason =
    safety && first.result.id === 'maxSafetyViolations'
      ? `${first.result.message.replace(/\.$/, '')}: ${safety.summary}.`
      : first.result.message
  return { verdict: 'fail', reason: withMore(reason, failed.length - 1, 'failed budget'), causes }
}

const tooFewCases: DecisionRule = ctx => {
  const minCases = ctx.budgetEvals.find(e => e.result.id === 'minCases')
  if (!minCases || minCases.result.status !== 'inconclusive') return undefined
  return {
    verdict: 'inconclusive',
    reason: `Only ${plural(ctx.head.cases, 'case')} completed (minimum ${ctx.t.minCases}): too few to decide.`,
    causes: [budgetCause(ctx, minCases)],
    ...(minCases.needs ? { needs: minCases.needs } : {})
  }
}

const notComparable: DecisionRule = ctx => {
  if (!ctx.base || (ctx.comparison && ctx.comparison.pairedCases > 0)) return undefined
  return {
    verdict: 'inconclusive',
    reason: `No case completed on both base (${plural(ctx.base.cases, 'case')}) and head (${plural(ctx.head.cases, 'case')}), so the versions cannot be compared.`,
    causes: [
      {
        kind: 'not-comparable',
        severity: 1,
        summary: `no case completed on both base and head, so the versions cannot be compared`,
        ruleIds: [],
        caseIds: []
      }
    ],
    needs: { description: 'Rerun once the base version can be evaluated on the same cases.' }
  }
}

const regressed: DecisionRule = ctx => {
  const regressions = ctx.judgements.filter(j => j.outcome === 'regression')
  const first = regressions[0]
  if (!first) return undefined
  return {
    verdict: 'regression',
    reason: withMore(first.reason, regressions.length - 1, 'regression'),
    causes: regressions.map(j => judgementCause(j, []))
  }
}

const openQuestions: DecisionRule = ctx => {
  const undecided = ctx.judgements.filter(j => j.outcome === 'undecided')
  const unsure = ctx.budgetEvals.filter(e => e.result.status === 'inconclusive')
  if (undecided.length === 0 && unsure.length === 0) return undefined
  const first = undecided[0]
  const reason = first ? first.reason : (unsure[0]?.result.message ?? '')
  const needs = first ? first.needs : unsure.find(e => e.needs)?.needs
  return {
    verdict: 'inconclusive',
    reason: withMore(reason, undecided.length + unsure.length - 1, 'open question'),
    causes: [...undecided.map(j => judgementCause(j, [])), ...unsure.map(e => budgetCause(ctx, e))],
    ...(needs ? { needs } : {}),
    samplingCanHelp: undecided.length > 0 || unsure.some(e => e.samplingCanHelp)
  }
}

const comparedPass: DecisionRule = ctx => {
  const j = ctx.passJudgement
  if (!j) return undefined
  return {
    verdict: j.outcome === 'improvement' ? 'improvement' : 'pass',
    reason: j.reason,
    causes: [judgementCause(j, [])]
  }
}

function absolutePass(ctx: DecisionContext): Verdict {
  const { head, budgetEvals, input } = ctx
  const interval = head.passRateInterval
  const range = interval
    ? ` (${confidenceLevel(interval.confidence)} CI ${percent(interval.low)} to ${percent(interval.high)})`
    : ''
  const prefix = input.change === 'added' ? 'Added prompt: pass rate' : 'Pass rate'
  const checked = budgetEvals.length - 1 // minCases is always there
  const thresholds =
    checked > 1
      ? `all ${plural(checked, 'absolute threshold')} met`
      : checked === 1
        ? 'its absolute threshold met'
        : 'no absolute threshold set'
  return {
    verdict: 'pass',
    reason: `${prefix} ${percent(head.passRate)}${range} on ${plural(head.cases, 'case')}; ${thresholds}, no base to compare.`,
    causes: [
      {
        kind: 'pass-rate',
        severity: 0,
        summary: `pass rate ${roundPercent(head.passRate)} on ${plural(head.cases, 'case')}; ${thresholds}`,
        ruleIds: [],
        caseIds: []
      }
    ]
  }
}

/** The rules after the early exits, in order; the first that answers decides. */
const DECISION_RULES: readonly DecisionRule[] = [
  failedBudgets,
  tooFewCases,
  notComparable,
  regressed,
  openQuestions,
  comparedPass,
  absolutePass
]

// ---------------------------------------------------------------------------------------------

function emptyDecision(
  verdict: SuiteVerdict,
  reason: string,
  head: VersionStats,
  joined: CaseJoin
): SuiteDecision {
  return {
    verdict,
    reason,
    causes: [],
    contributors: [],
    head,
    budgets: [],
    failures: { head: [], base: [] },
    samplingCanHelp: false,
    joined
  }
}

/** A verdict override: evidence beside the samples' checks, applied after the ordered rules. */
type VerdictOverride = (decision: SuiteDecision, input: DecideInput) => SuiteDecision

const outageOverride: VerdictOverride = (decision, input) => {
  if (!input.outage) return decision
  const outage = detectOutage({
    head: [...input.head],
    ...(input.base ? { base: [...input.base] } : {}),
    ...input.outage
  })
  const decided = applyOutagePolicy(decision, outage)
  return outage ? { ...decided, outage } : decided
}

const chaosOverride: VerdictOverride = (decision, input) => applyChaosVerdict(decision, input.chaos)

/** In order: the outage policy first, then the chaos verdict (which may name the outage's verdict). */
const VERDICT_OVERRIDES: readonly VerdictOverride[] = [outageOverride, chaosOverride]

/**
 * The suite's verdict: the ordered rules on its samples, then the overrides. The one decision
 * function; the report and adaptive sampling (adaptive.ts) both read it.
 */
export function decideSuite(input: DecideInput): SuiteDecision {
  const decided = decideOnSamples(input)
  return VERDICT_OVERRIDES.reduce((decision, override) => override(decision, input), decided)
}

/** The ordered rules on the samples: summarise → early exits → evidence → first rule → who and why. */
function decideOnSamples(input: DecideInput): SuiteDecision {
  const summary = summarise(input)
  const early = earlyExit(input, summary)
  if (early) return early
  const ctx = evidenceOf(input, summary)
  const decided = DECISION_RULES.reduce<Verdict | undefined>((found, rule) => found ?? rule(ctx), undefined)
  return accountForUnjudged(explained(ctx, decided ?? absolutePass(ctx), summary.failures))
}

/** Both sides summarised at this look's level, and joined by case. */
interface Summary {
  looked: ResolvedThresholds
  head: VersionStats
  base?: VersionStats
  /** The base samples that count: none for an added prompt. */
  baseSamples?: readonly SampleResult[]
  joined: CaseJoin
  failures: SuiteDecision['failures']
}

function summarise(input: DecideInput): Summary {
  const t = resolveThresholds(input.thresholds)
  const confidence = lookConfidence(t.confidence, input.look ?? SINGLE_LOOK)
  const summaryOpts = {
    confidence,
    prices: input.prices,
    modelName: input.modelName,
    priceVendor: input.priceVendor
  }
  const baseSamples = input.change !== 'added' ? input.base : undefined
  const base = baseSamples ? summariseVersion(baseSamples, summaryOpts) : undefined
  return {
    looked: { ...t, confidence },
    head: summariseVersion(input.head, summaryOpts),
    ...(base ? { base } : {}),
    ...(baseSamples ? { baseSamples } : {}),
    joined: joinCases(baseSamples, input.head),
    failures: { head: failureGroups(input.head), base: baseSamples ? failureGroups(baseSamples) : [] }
  }
}

/** Nothing to decide on: a deleted prompt, a suite with no cases, or no head sample judged. */
function earlyExit(input: DecideInput, { head, base, joined, failures }: Summary): SuiteDecision | undefined {
  if (input.change === 'deleted') {
    const what = input.promptFile ? `The prompt ${input.promptFile}` : 'The prompt'
    return emptyDecision('skipped', `${what} was deleted in this change; nothing to evaluate.`, head, joined)
  }
  if (input.head.length === 0)
    return emptyDecision('skipped', 'The suite has no cases to evaluate.', head, joined)
  if (head.cases === 0) return notEvaluated(head, base, failures, joined)
  return undefined
}

/** Everything the rules read: the comparison, the budgets and the comparison's judgements. */
function evidenceOf(input: DecideInput, summary: Summary): DecisionContext {
  const { looked, head, base, baseSamples, joined } = summary
  const comparison =
    baseSamples && base && base.cases > 0
      ? compareVersions(
          baseSamples,
          input.head,
          { confidence: looked.confidence, deterministic: input.deterministic },
          joined
        )
      : undefined
  const budgetEvals = evaluateBudgets({
    head: input.head,
    stats: head,
    comparison,
    thresholds: looked,
    prices: input.prices,
    modelName: input.modelName,
    priceVendor: input.priceVendor
  })
  const passJudgement =
    comparison && comparison.pairedCases > 0 ? judgePassRate(comparison, looked, head) : undefined
  const latencyJudgement = comparison ? judgeLatency(comparison, looked) : undefined
  return {
    input: { ...input, base: baseSamples },
    joined,
    t: looked,
    head,
    ...(base ? { base } : {}),
    ...(comparison ? { comparison } : {}),
    budgetEvals,
    judgements: [passJudgement, latencyJudgement].filter((j): j is ComparisonJudgement => j !== undefined),
    ...(passJudgement ? { passJudgement } : {})
  }
}

/** The verdict with the cases behind it (non-pass only) and each cause's case ids. */
function explained(
  ctx: DecisionContext,
  decided: Verdict,
  failures: SuiteDecision['failures']
): SuiteDecision {
  const { comparison, budgetEvals, head, base, joined } = ctx
  const nonPass = decided.verdict !== 'pass' && decided.verdict !== 'improvement'
  const contributors = nonPass
    ? caseContributions({
        base: ctx.input.base,
        head: ctx.input.head,
        comparison,
        failedBudgets: budgetEvals.filter(e => e.result.status === 'fail'),
        join: joined
      })
    : []
  const flipped = contributors
    .filter(k => k.kind === 'regressed' || k.kind === 'new-check-failure')
    .map(k => k.caseId)
  const causes = decided.causes.map(c =>
    c.caseIds.length > 0 || c.kind === 'safety' ? c : { ...c, caseIds: flipped }
  )
  return {
    verdict: decided.verdict,
    reason: decided.reason,
    causes,
    contributors,
    ...(decided.needs ? { needs: decided.needs } : {}),
    head,
    ...(base ? { base } : {}),
    ...(comparison ? { comparison } : {}),
    budgets: budgetEvals.map(e => e.result),
    failures,
    samplingCanHelp: decided.samplingCanHelp ?? false,
    joined
  }
}

/** No head sample could be judged: say how the calls failed, from the error samples' data. */
function notEvaluated(
  head: VersionStats,
  base: VersionStats | undefined,
  failures: SuiteDecision['failures'],
  joined: CaseJoin
): SuiteDecision {
  const group = failures.head[0]
  const how = group ? describeFailure(group) : 'no check could decide'
  const reason = group
    ? `Not evaluated: ${how} on all ${plural(head.errorSamples, 'head call')}.`
    : `No head sample could be judged: all ${head.errorSamples} failed or had no check that could decide (see the cases).`
  const cause: VerdictCause = {
    kind: 'provider',
    severity: 2,
    summary: `not evaluated: ${how}`,
    ruleIds: [],
    caseIds: []
  }
  return {
    ...emptyDecision('error', reason, head, joined),
    ...(base ? { base } : {}),
    causes: [cause],
    // Every case failed alike: the reason says it once instead of listing each case.
    contributors: [],
    failures
  }
}

/**
 * Failed calls and undecided samples are left out of the pass rate; a verdict must still say
 * they happened, and a pass that rests on a suite with many of them is inconclusive instead.
 */
export function accountForUnjudged<D extends Omit<SuiteDecision, 'joined' | 'outage'>>(decision: D): D {
  const head = decision.head
  if (head.errorSamples === 0 || head.samples === 0 || decision.verdict === 'error') return decision
  const share = head.errorSamples / head.samples
  const trouble = decision.failures.head.find(isProviderTrouble)
  const how = trouble ? `: ${describeFailure(trouble)}` : ''
  const note = `${head.errorSamples} of ${plural(head.samples, 'head sample')} failed or could not be judged${how}.`
  const cause: VerdictCause = {
    kind: 'provider',
    severity: trouble ? 1 : 0,
    summary: `${head.errorSamples} of ${plural(head.samples, 'head call')} not evaluated${trouble ? `: ${describeFailure(trouble)}` : ''}`,
    ruleIds: [],
    caseIds: []
  }
  if (
    share > MAX_UNJUDGED_SHARE_FOR_PASS &&
    (decision.verdict === 'pass' || decision.verdict === 'improvement')
  ) {
    return {
      ...decision,
      verdict: 'inconclusive',
      reason: `${decision.reason} But ${note}`,
      causes: [{ ...cause, severity: 2 }, ...decision.causes]
    }
  }
  return { ...decision, reason: `${decision.reason} ${note}`, causes: [...decision.causes, cause] }
}

// ---------------------------------------------------------------------------------------------

export interface SuiteOutcome {
  id: string
  verdict: SuiteVerdict
  causes?: readonly VerdictCause[]
}

const BLOCKING: readonly SuiteVerdict[] = ['fail', 'regression', 'error']

interface RankedCause {
  suite: string
  cause: VerdictCause
}

/** The most severe cause over the suites, and how many others there are. */
function topCause(suites: readonly SuiteOutcome[]): { first?: RankedCause; others: number } {
  const all = suites.flatMap(s => (s.causes ?? []).map(c => ({ suite: s.id, cause: c })))
  const ranked = all.filter(x => x.cause.severity > 0).sort((a, b) => b.cause.severity - a.cause.severity)
  const first = ranked[0] ?? all[0]
  return { ...(first ? { first } : {}), others: ranked.filter(x => x !== first).length }
}

/** "support: head names forbidden terms (Globex) in 2 cases that base answered cleanly." */
function causeLine(top: { first?: RankedCause; others: number }): string {
  if (!top.first) return ''
  return `${top.first.suite}: ${top.first.cause.summary}${top.others > 0 ? `; and ${top.others} more` : ''}.`
}

/** Says so when the provider's trouble shaped the result of a suite (unless the cause says it). */
function providerLine(suites: readonly SuiteOutcome[], top: { first?: RankedCause }): string {
  const hit = suites.filter(s => (s.causes ?? []).some(c => c.kind === 'provider' && c.severity > 0))
  if (hit.length === 0 || (hit.length === 1 && top.first?.cause.kind === 'provider')) return ''
  return ` Provider trouble shaped the result of ${listing(hit.map(s => s.id))}.`
}

function listing(ids: string[]): string {
  const shown = ids.slice(0, 5).join(', ')
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown
}

export function decideOverall(suites: readonly SuiteOutcome[]): { verdict: OverallVerdict; reason: string } {
  const active = suites.filter(s => s.verdict !== 'skipped')
  if (active.length === 0) {
    return {
      verdict: 'skipped',
      reason: suites.length === 0 ? 'No suite was affected by this change.' : 'Every suite was skipped.'
    }
  }
  const blocking = active.filter(s => BLOCKING.includes(s.verdict))
  const open = active.filter(s => s.verdict === 'inconclusive')
  const verdict: OverallVerdict = blocking.length > 0 ? 'fail' : open.length > 0 ? 'inconclusive' : 'pass'
  const deciding = blocking.length > 0 ? blocking : open.length > 0 ? open : active
  const top = topCause(deciding)
  const cause = causeLine(top)
  const provider = verdict === 'pass' ? '' : providerLine(active, top)
  if (verdict === 'fail') {
    const count = active.length > 1 ? ` (${blocking.length} of ${plural(active.length, 'suite')} failed)` : ''
    return {
      verdict,
      reason: `${cause || `${listing(blocking.map(s => s.id))} failed the gate.`}${count}${provider}`.trim()
    }
  }
  if (verdict === 'inconclusive') {
    const count =
      active.length > 1 ? ` (${open.length} of ${plural(active.length, 'suite')} inconclusive)` : ''
    return {
      verdict,
      reason: `${cause || `${listing(open.map(s => s.id))} could not be decided.`}${count}${provider}`.trim()
    }
  }
  const improved = active.filter(s => s.verdict === 'improvement')
  // The best news first: an improvement, else (one suite) what the pass rests on.
  const best = topCause(improved).first ?? (active.length === 1 ? topCause(active).first : undefined)
  const improvement = best ? ` ${best.suite}: ${best.cause.summary}.` : ''
  return {
    verdict,
    // "All 1 suite passed" reads as a template: one suite is "The suite".
    reason: `${active.length === 1 ? 'The suite' : `All ${plural(active.length, 'suite')}`} passed${improved.length > 0 ? `, ${improved.length} with a significant improvement` : ''}.${improvement}`
  }
}
