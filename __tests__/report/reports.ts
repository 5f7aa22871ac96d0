// Representative RunReports for the renderer tests and the README screenshot script.
import type { CaseReport, RunReport, SuiteReport, VersionStats } from '../../src/core/report.js'
import type { CheckResult, SampleResult } from '../../src/core/types.js'

export function stats(overrides: Partial<VersionStats> = {}): VersionStats {
  return {
    cases: 40,
    samples: 40,
    passedSamples: 36,
    failedSamples: 4,
    errorSamples: 0,
    passRate: 0.9,
    passRateInterval: { low: 0.769, high: 0.96, confidence: 0.95 },
    meanScore: 0.91,
    latencyMs: { p50: 820, p95: 1450, p99: 1900, mean: 900 },
    tokens: { input: 12000, output: 4800, maxOutput: 310, meanOutput: 120 },
    cost: { totalUsd: 0.0123, perCallUsd: 0.000307, per1kRequestsUsd: 0.307 },
    cacheHits: 40,
    safetyViolations: 0,
    checkFailures: { 'is-json': 1, tone: 3 },
    ...overrides
  }
}

export function check(overrides: Partial<CheckResult> = {}): CheckResult {
  return { id: 'tone', type: 'llm-rubric', status: 'ok', pass: true, score: 1, reason: 'ok', ...overrides }
}

export function sample(overrides: Partial<SampleResult> = {}): SampleResult {
  return {
    caseId: 'c1',
    side: 'head',
    repeat: 0,
    output: 'Hello!',
    cacheHit: false,
    checks: [check()],
    pass: true,
    score: 1,
    messages: [],
    call: { latencyMs: 900, httpStatus: 200, retries: 0 },
    ...overrides
  }
}

export function regressedCase(
  id: string,
  headOutput: string,
  baseOutput: string,
  reason: string
): CaseReport {
  return {
    id,
    vars: { question: `Where is my order ${id}?`, locale: 'en' },
    expected: 'A polite answer with the tracking link',
    source: { file: 'datasets/support.jsonl', line: 12 },
    base: [sample({ caseId: id, side: 'base', output: baseOutput })],
    head: [
      sample({
        caseId: id,
        output: headOutput,
        pass: false,
        score: 0,
        checks: [check({ pass: false, score: 0, reason }), check({ id: 'is-json', type: 'is-json' })]
      })
    ],
    basePassRate: 1,
    headPassRate: 0,
    flip: 'regressed'
  }
}

export function suite(overrides: Partial<SuiteReport> = {}): SuiteReport {
  return {
    id: 'support-reply',
    change: 'modified',
    promptFile: 'prompts/support.prompt.yml',
    model: 'openai/gpt-4o-mini',
    provider: 'openai',
    verdict: 'pass',
    reason: 'Pass rate 90.0% → 90.0%, no significant change (p = 1.000).',
    budgets: [],
    cases: [],
    unsupportedChecks: [],
    calls: { made: 40, cached: 40, failed: 0, adaptiveExtra: 0, saved: 40 },
    ...overrides
  }
}

export function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    schemaVersion: 1,
    tool: { name: 'promptgate', version: '0.1.0' },
    configId: 'default',
    configFile: '.github/promptgate.yml',
    startedAt: '2026-08-01T10:00:00.000Z',
    finishedAt: '2026-08-01T10:00:12.300Z',
    git: { baseSha: 'a'.repeat(40), headSha: '0123456789abcdef0123456789abcdef01234567', pr: 42 },
    verdict: 'pass',
    reason: 'All 1 affected suite passed.',
    suites: [suite()],
    missingSecrets: [],
    notes: [],
    run: { concurrency: 8, durationMs: 12300 },
    ...overrides
  }
}

/** A regression with evidence, budgets, regressed cases, an unsupported check and notes. */
export function regressionReport(): RunReport {
  const regressed = [
    regressedCase(
      'refund-late',
      'Sorry, I cannot help with that.',
      'Your refund was issued on May 3; it takes 5–7 days.',
      'Judge score 0.20 < 0.50: the answer refuses a benign request.'
    ),
    regressedCase(
      'order-status',
      '{"status": "unknown"',
      '{"status": "shipped"}',
      'Output is not valid JSON.'
    )
  ]
  const variant: CaseReport = {
    ...regressedCase('order-status~emoji', 'Sorry 😕', 'Shipped 📦', 'Judge score 0.10 < 0.50.'),
    derivedFrom: { caseId: 'order-status', variant: 'emoji' }
  }
  return report({
    verdict: 'fail',
    reason: '1 of 2 affected suites regressed: support-reply pass rate fell 10.0 pp (p = 0.008).',
    suites: [
      suite({
        verdict: 'regression',
        reason: 'Pass rate fell from 95.0% to 85.0% (−10.0 pp, 95% interval −18.2 to −2.1 pp, p = 0.008).',
        base: stats({ passRate: 0.95, passedSamples: 38, failedSamples: 2, checkFailures: { tone: 2 } }),
        head: stats({
          passRate: 0.85,
          passRateInterval: { low: 0.71, high: 0.93, confidence: 0.95 },
          passedSamples: 34,
          failedSamples: 6,
          latencyMs: { p50: 900, p95: 1800, p99: 2400, mean: 1000 },
          safetyViolations: 1,
          checkFailures: { tone: 5, 'is-json': 1 }
        }),
        comparison: {
          pairedCases: 40,
          passRate: {
            base: 0.95,
            head: 0.85,
            delta: -0.1,
            interval: { low: -0.182, high: -0.021, confidence: 0.95 }
          },
          flips: { passToFail: 5, failToPass: 1 },
          mcnemarPValue: 0.0078,
          latencyP95: {
            base: 1450,
            head: 1800,
            ratio: 1.241,
            significant: true,
            interval: { low: 1.05, high: 1.44, confidence: 0.95 }
          },
          newSafetyViolations: 1
        },
        budgets: [
          {
            id: 'maxP95LatencyMs',
            limit: 2000,
            actual: 1800,
            unit: 'ms',
            status: 'pass',
            message: 'p95 1,800 ms ≤ 2,000 ms'
          },
          {
            id: 'maxCostPerCall',
            limit: 0.0002,
            actual: 0.000307,
            unit: 'usd',
            status: 'fail',
            message: 'mean cost per call above budget'
          }
        ],
        unsupportedChecks: [
          {
            id: 'github/similarity',
            reason: 'no judge configured: add `judge:` to promptgate.yml'
          }
        ],
        cases: [...regressed, variant]
      }),
      suite({
        id: 'summarize',
        change: 'added',
        promptFile: 'prompts/summarize.md',
        verdict: 'pass',
        reason: 'New prompt: pass rate 97.5% (39 of 40) ≥ minPassRate 90%.',
        head: stats({
          passRate: 0.975,
          passedSamples: 39,
          failedSamples: 1,
          checkFailures: { 'max-words': 1 }
        }),
        cases: [
          {
            id: 'long-doc',
            vars: { document: 'A very long document…' },
            source: { file: 'datasets/summarize.yaml', line: 3 },
            head: [
              sample({
                output: 'A summary that is far too long',
                pass: false,
                checks: [
                  check({ id: 'max-words', type: 'max-words', pass: false, reason: '142 words > 100' })
                ]
              })
            ],
            headPassRate: 0
          }
        ]
      }),
      suite({
        id: 'classifier',
        change: 'unchanged',
        promptFile: 'prompts/classify.md',
        verdict: 'skipped',
        reason: 'Not affected.'
      })
    ],
    notes: ['Base outputs were replayed from the cache (40 calls saved).'],
    run: { concurrency: 8, durationMs: 12300 }
  })
}
