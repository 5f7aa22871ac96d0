// Builders for engine samples in statistics tests: only the fields the statistics read.
import type { CheckResult, SampleResult, TokenUsage, VersionSide } from '../../src/core/types.js'

export interface SampleExtras {
  repeat?: number
  latencyMs?: number
  ttftMs?: number
  usage?: TokenUsage
  error?: string
  cacheHit?: boolean
  violation?: boolean
  checks?: CheckResult[]
  score?: number
}

export function sample(
  caseId: string,
  side: VersionSide,
  pass: boolean,
  extras: SampleExtras = {}
): SampleResult {
  const checks: CheckResult[] = extras.checks ?? [
    {
      id: 'rails#0',
      type: 'rails',
      status: 'ok',
      pass: !extras.violation,
      score: extras.violation ? 0 : 1,
      reason: '',
      ...(extras.violation
        ? {
            violations: [
              { validator: 'pii', severity: 'high', span: { start: 0, end: 3 }, text: 'x', message: 'pii' }
            ]
          }
        : {})
    }
  ]
  return {
    caseId,
    side,
    repeat: extras.repeat ?? 0,
    ...(extras.error ? { error: extras.error } : {}),
    ...(extras.error
      ? {}
      : {
          call: {
            latencyMs: extras.latencyMs ?? 100,
            ...(extras.ttftMs !== undefined ? { ttftMs: extras.ttftMs } : {}),
            ...(extras.usage ? { usage: extras.usage } : {}),
            httpStatus: 200,
            retries: 0
          }
        }),
    cacheHit: extras.cacheHit ?? false,
    checks,
    pass: extras.error ? false : pass,
    score: extras.score ?? (pass ? 1 : 0),
    messages: []
  }
}

/**
 * One sample per case for `side`, case ids `c0…c(n−1)`: the first `passes` cases pass, unless
 * `passing` names the passing case indices explicitly.
 */
export function run(
  side: VersionSide,
  n: number,
  passing: number | ((i: number) => boolean),
  extras: (i: number) => SampleExtras = () => ({})
): SampleResult[] {
  const passes = typeof passing === 'number' ? (i: number) => i < passing : passing
  return Array.from({ length: n }, (_, i) => sample(`c${i}`, side, passes(i), extras(i)))
}
