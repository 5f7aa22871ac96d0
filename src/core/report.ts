// The versioned JSON report: what the engine, the statistics and the gate produce, and what
// every renderer (terminal, PR comment, job summary) reads. Renderers never recompute verdicts.
import type { SampleResult, SourceLocation, TestCase, VarValue } from './types.js'

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
  needs?: { moreCases?: number; moreRepeats?: number; description: string }
  head?: VersionStats
  base?: VersionStats
  comparison?: Comparison
  budgets: BudgetResult[]
  cases: CaseReport[]
  /** Checks that were declared but could not run (e.g. unsupported evaluators). Never silent. */
  unsupportedChecks: { id: string; reason: string }[]
  calls: { made: number; cached: number; failed: number; adaptiveExtra: number; saved: number }
  error?: string
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
}
