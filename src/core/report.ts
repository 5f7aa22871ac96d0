// The versioned JSON report: what the engine, the statistics and the gate produce, and what
// every renderer (terminal, PR comment, job summary) reads. Renderers never recompute verdicts.
import type { VariantJudgement, VariantKind } from './robustness.js'
import type {
  ProviderErrorKind,
  ProviderHealthSnapshot,
  SampleResult,
  SourceLocation,
  TestCase,
  VarValue,
  VersionSide
} from './types.js'

export type SuiteVerdict =
  'pass' | 'improvement' | 'regression' | 'fail' | 'inconclusive' | 'skipped' | 'error'
/** The action's `verdict` output. `regression` and `fail` both fail the check. */
export type OverallVerdict = 'pass' | 'fail' | 'inconclusive' | 'skipped'

/** How a suite's prompt changed in the PR; `run` for a plain CLI run with no base. */
export type SuiteChange = 'modified' | 'added' | 'deleted' | 'renamed' | 'unchanged' | 'run'

export interface Interval {
  low: number
  high: number
  /** e.g. 0.95 */
  confidence: number
}

export interface LatencyStats {
  p50: number
  p95: number
  p99: number
  /** Distribution-free interval for p95 (order statistics); absent with too few samples. */
  p95Interval?: Interval
  mean: number
}

export interface VersionStats {
  /** Cases with at least one completed sample. */
  cases: number
  samples: number
  passedSamples: number
  failedSamples: number
  /** Samples whose model call failed: neither pass nor fail. */
  errorSamples: number
  /** Mean over cases of the per-case pass probability (= plain pass rate with one repeat). */
  passRate: number
  passRateInterval?: Interval
  meanScore: number
  latencyMs?: LatencyStats
  ttftMs?: LatencyStats
  tokens: { input: number; output: number; maxOutput: number; meanOutput: number }
  cost?: { totalUsd: number; perCallUsd: number; per1kRequestsUsd: number }
  cacheHits: number
  /** Outputs with at least one rails violation. */
  safetyViolations: number
  /** Failing samples per check id. */
  checkFailures: Record<string, number>
}

export interface Comparison {
  pairedCases: number
  passRate: { base: number; head: number; delta: number; interval: Interval }
  /** Cases that went pass→fail and fail→pass (majority vote over repeats). */
  flips: { passToFail: number; failToPass: number }
  /** Exact two-sided McNemar test on the flips. */
  mcnemarPValue: number
  meanScoreDelta?: { delta: number; interval: Interval }
  latencyP95?: { base: number; head: number; ratio: number; interval?: Interval; significant: boolean }
  /** New head outputs with safety violations whose base output had none. */
  newSafetyViolations: number
}

export interface BudgetResult {
  /** The threshold key, e.g. `maxP95LatencyMs`. */
  id: string
  limit: number
  actual: number
  interval?: Interval
  unit: 'ms' | 'tokens' | 'usd' | 'violations' | 'fraction' | 'cases'
  /** `inconclusive` when the interval straddles the limit and more data would decide. */
  status: 'pass' | 'fail' | 'inconclusive'
  message: string
}

/** For inconclusive verdicts: what more evidence would decide. */
export interface Needs {
  moreCases?: number
  /** Never more than the documented maximum of `sampling.repeats` allows. */
  moreRepeats?: number
  description: string
}

/** How a group of failed calls failed, from the error samples' own data (never model text). */
export interface CallFailureGroup {
  /** `unavailable` 5xx or network, `throttled` 429, `timeout`, `other` anything else. */
  kind: 'unavailable' | 'throttled' | 'timeout' | 'other'
  /** Most common HTTP status of the group, when the provider answered with one. */
  httpStatus?: number
  /** Most retries any call of the group made before giving up. */
  retries: number
  samples: number
  /** One error message of the group, as the engine wrote it (secrets already masked). */
  example: string
}

/** Why a suite got its verdict, most severe first; the headline and `reason` output read these. */
export interface VerdictCause {
  kind:
    | 'safety'
    | 'pass-rate'
    | 'latency'
    | 'budget'
    | 'min-cases'
    | 'not-comparable'
    | 'provider'
    | 'uncertain'
    | 'improvement'
  /** 3 safety, 2 a broken budget or a significant drop, 1 an open question, 0 context. */
  severity: number
  /** A clause a reviewer acts on, built from numbers, ids and config terms only. */
  summary: string
  /** Check, validator or budget ids it rests on. */
  ruleIds: string[]
  /** Cases behind it, most severe first. */
  caseIds: string[]
}

/** A case that makes up a non-pass verdict. */
export interface CaseContribution {
  caseId: string
  kind: 'new-safety-violation' | 'regressed' | 'new-check-failure' | 'budget' | 'failing' | 'not-evaluated'
  /** Orders the cases: higher first. */
  severity: number
  /** Size of the case's change (e.g. drop of its pass fraction); ties in severity order by it. */
  effect: number
  /** Head checks that failed (or validators that fired) on this case. */
  ruleIds: string[]
  /** Short, structured: "pass 100% → 0%", "forbidden-terms: Globex". */
  detail: string
}

/** What adaptive sampling spent and why it stopped. */
export interface SamplingSpend {
  extraCalls: number
  /** Cost of the extra calls; absent when the price is unknown. */
  extraCostUsd?: number
  looks: number
  maxLooks: number
  budgetCalls: number
  budgetUsd?: number
  stoppedBecause: 'decided' | 'budget' | 'no-help' | 'last-look' | 'off'
  /** Cases whose outputs were identical at temperature 0, so they were not sampled again. */
  deterministicCases: number
  /** Cases sampled extra because a safety rail fired or was close to firing on them. */
  safetyWatchedCases: number
}

export interface CaseReport {
  id: string
  vars: Record<string, VarValue>
  expected?: string
  source: SourceLocation
  derivedFrom?: TestCase['derivedFrom']
  head: SampleResult[]
  base?: SampleResult[]
  /** Fraction of passing samples per side. */
  headPassRate?: number
  basePassRate?: number
  flip?: 'regressed' | 'fixed' | 'same'
}

/**
 * A provider's health over the run, from its circuit breaker (see providers/breaker.ts): state,
 * times opened, requests sent, failed attempts, calls refused while open, the error that opened it.
 */
export type ProviderHealth = ProviderHealthSnapshot

/** `gate.onProviderOutage`: what a suite's verdict is when its provider could not be reached. */
export type OutagePolicy = 'fail' | 'inconclusive' | 'skip'

/**
 * Set when a suite's provider was unavailable (circuit open, key rejected, no quota) or a side got
 * no judged sample because every call failed. The comment shows "provider unavailable" from it and
 * never a pass rate for a side in `unjudgedSides`.
 */
export interface ProviderOutage {
  provider: string
  /** Sides with samples that failed on the outage. */
  sides: VersionSide[]
  /** Sides with no judged sample at all. */
  unjudgedSides: VersionSide[]
  /** The first outage error, as the provider reported it (already redacted and bounded). */
  error: string
  httpStatus?: number
  kind?: ProviderErrorKind
  /** Samples that failed on it. */
  failedSamples: number
  policy: OutagePolicy
}

/** What a feature's answer under a fault was, in the order a user would rank them. */
export type ChaosOutcome = 'answered' | 'fell-back' | 'unavailable' | 'garbage' | 'timed-out'

/** One side's row of the fault × outcome matrix. */
export interface ChaosCounts {
  answered: number
  'fell-back': number
  unavailable: number
  garbage: number
  'timed-out': number
  total: number
  /** p95 latency of the answers that arrived, ms. */
  p95LatencyMs?: number
}

/** A bad answer, kept as evidence for the comment (the output is untrusted: escape it). */
export interface ChaosExample {
  scenario: string
  side: VersionSide
  caseId: string
  outcome: 'garbage' | 'timed-out'
  /** Why it counts as bad, in the gate's words. */
  why: string
  output?: string
}

export interface ChaosScenarioReport {
  name: string
  /** The faults in words, e.g. `rate-limit 30% + server-error 10%`. */
  faults: string
  head: ChaosCounts
  base?: ChaosCounts
  /** Model requests the proxy received and the faults it injected, during this scenario. */
  proxy: { requests: number; injected: Record<string, number> }
}

/** The chaos suite's matrix and its verdict: any garbage or timeout on head fails it. */
export interface ChaosReport {
  wire: 'openai' | 'anthropic'
  scenarios: ChaosScenarioReport[]
  verdict: 'pass' | 'fail' | 'regression'
  reason: string
  examples: ChaosExample[]
}

export interface SuiteReport {
  id: string
  change: SuiteChange
  promptFile: string
  basePromptFile?: string
  model: string
  provider: string
  verdict: SuiteVerdict
  /** One sentence a reviewer can act on. Never taken from model output. */
  reason: string
  /** For inconclusive verdicts: what more evidence would decide. */
  needs?: Needs
  /** Why, most severe first. */
  causes?: VerdictCause[]
  /** Cases behind a non-pass verdict, most severe first. */
  contributors?: CaseContribution[]
  /** Failed calls per side, grouped by how they failed. */
  failures?: { head: CallFailureGroup[]; base: CallFailureGroup[] }
  sampling?: SamplingSpend
  head?: VersionStats
  base?: VersionStats
  comparison?: Comparison
  budgets: BudgetResult[]
  cases: CaseReport[]
  /** Checks that were declared but could not run (e.g. unsupported evaluators). Never silent. */
  unsupportedChecks: { id: string; reason: string }[]
  calls: { made: number; cached: number; failed: number; adaptiveExtra: number; saved: number }
  error?: string
  outage?: ProviderOutage
  chaos?: ChaosReport
  /** Robustness variants base vs head, when the suite has a robustness block. */
  robustness?: RobustnessReport
}

export interface RunReport {
  schemaVersion: 1
  tool: { name: 'promptgate'; version: string }
  configId: string
  configFile: string
  startedAt: string
  finishedAt: string
  git?: { baseSha?: string; headSha?: string; baseRef?: string; headRef?: string; pr?: number }
  verdict: OverallVerdict
  reason: string
  suites: SuiteReport[]
  /** Regression accepted by a maintainer's label. */
  accepted?: { label: string }
  /** Providers whose API key env var was absent. */
  missingSecrets: string[]
  /** Visible warnings for the reader (truncations, skipped work, fallbacks). */
  notes: string[]
  run: { concurrency: number; durationMs: number }
  /** Per provider that made calls: its circuit breaker's account of the run. */
  providerHealth?: Record<string, ProviderHealth>
  /** How the PR changed its own gate settings, and which settings decided (PR runs only). */
  configReview?: ConfigReview
}

/** One gate setting the PR changed; values are compact JSON, absent when unset on that side. */
export interface GateSettingChangeReport {
  path: string
  base?: string
  pr?: string
}

/**
 * The PR's gate-setting changes (thresholds, checks, rails, budgets, sampling, judge…) and which
 * side's settings the verdict was taken under. `other` is the verdict under the settings that
 * did not decide, when both were computed.
 */
export interface ConfigReview {
  changes: GateSettingChangeReport[]
  decidedBy: 'pr' | 'base'
  /** One sentence: why that side decided. */
  why: string
  other?: { settings: 'pr' | 'base'; verdict: OverallVerdict; reason: string }
}

// ---------------------------------------------------------------------------------------------
// Robustness (see src/expand/robustness, src/checks/robustness, src/stats/robustness.ts)

export type RobustnessMetricId = 'attackSuccessRate' | 'gracefulRate' | 'consistency' | 'overRefusal'

export type RobustnessStatus = 'pass' | 'fail' | 'regression' | 'inconclusive'

export interface RateWithInterval {
  rate: number
  /** Judged variants the rate is over. */
  n: number
  interval: Interval
}

export interface RobustnessMetric {
  id: RobustnessMetricId
  /** False for rates where lower is better (attack success, over-refusal). */
  higherIsBetter: boolean
  head: RateWithInterval
  base?: RateWithInterval
  /** Base vs head on the variants judged on both sides. */
  paired?: {
    n: number
    /** Variants that got worse / better on head. */
    worse: number
    better: number
    /** head − base on the paired variants, with Newcombe's paired interval. */
    delta: number
    interval: Interval
    mcnemarPValue: number
  }
  /** The absolute gate's config key and limit, when set. */
  gate?: { key: string; limit: number }
  status: RobustnessStatus
  /** Numbers and config keys only, never model output. */
  message: string
}

export interface RobustnessCategoryReport {
  /** A category of src/core/robustness.ts, or `clean` for refusals on the clean parent cases. */
  category: string
  kind: VariantKind | 'clean'
  variants: number
  metrics: RobustnessMetric[]
  verdict: RobustnessStatus
}

export interface VariantReport {
  id: string
  category: string
  generator: string
  kind: VariantKind
  derivedFrom: { caseId: string; variant: string }
  vars: Record<string, VarValue>
  marker?: string
  corpusEntry?: string
  language?: string
  head: SampleResult[]
  base?: SampleResult[]
  headJudgement?: VariantJudgement
  baseJudgement?: VariantJudgement
}

export interface RobustnessReport {
  /** How many variants, from which cases, why (also logged before the run). */
  summary: string
  verdict: RobustnessStatus
  reason: string
  categories: RobustnessCategoryReport[]
  /** Graceful rate over every variant, for the suite's metrics table. */
  graceful?: RobustnessMetric
  /** Every variant with its answers and judgements. */
  variants: VariantReport[]
  /** Variants whose call failed (not an expected outcome): left out of every rate. */
  unjudged: { base: number; head: number }
  /** Set when the canary mode planted a token in both system prompts. */
  canary?: string
  /** robustness.judge: what the model judge was asked and said, over both sides. */
  modelJudge?: ModelJudgeSummary
}

export interface ModelJudgeSummary {
  /** Answers sent to the judge model. */
  asked: number
  graceful: number
  refusal: number
  garbage: number
  /** Calls that failed or replies that could not be read: those answers keep the detectors' judgement. */
  errors: number
  /** Answers the detectors could not settle that maxJudgeCalls left to them alone. */
  skipped: number
}
