import type { SampleResult } from '../../src/core/types.js'
import { summariseVersion } from '../../src/stats/summary.js'

function sample(caseId: string, overrides: Partial<SampleResult>): SampleResult {
  return {
    caseId,
    side: 'head',
    repeat: 0,
    output: 'x',
    cacheHit: false,
    checks: [],
    pass: true,
    score: 1,
    messages: [],
    call: { latencyMs: 100, httpStatus: 200, retries: 0, usage: { inputTokens: 10, outputTokens: 5 } },
    ...overrides
  }
}

describe('undecided samples', () => {
  it('leave the pass rate to the decided samples but still count for latency and tokens', () => {
    const stats = summariseVersion(
      [
        sample('a', {}),
        sample('b', {
          pass: false,
          score: 0,
          undecided: 'rubric could not decide: judge down',
          call: { latencyMs: 900, httpStatus: 200, retries: 0, usage: { inputTokens: 10, outputTokens: 5 } }
        })
      ],
      { confidence: 0.95 }
    )
    expect(stats.cases).toBe(1)
    expect(stats.passRate).toBe(1)
    expect(stats.errorSamples).toBe(1)
    expect(stats.tokens.input).toBe(20)
    expect(stats.latencyMs?.p95).toBeGreaterThan(100)
  })
})
