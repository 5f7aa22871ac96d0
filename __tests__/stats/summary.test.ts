import { summariseVersion } from '../../src/stats/summary.js'
import { run, sample } from './helpers.js'

const opts = { confidence: 0.95 }

describe('summariseVersion', () => {
  it('averages per-case pass probabilities over cases, not over samples', () => {
    // c0 passes 1 of 4 repeats, c1 passes its only sample: (0.25 + 1) / 2.
    const samples = [
      ...[true, false, false, false].map((p, r) => sample('c0', 'head', p, { repeat: r })),
      sample('c1', 'head', true)
    ]
    const stats = summariseVersion(samples, opts)
    expect(stats.passRate).toBeCloseTo(0.625, 10)
    expect(stats.cases).toBe(2)
    expect(stats.passedSamples).toBe(2)
    expect(stats.failedSamples).toBe(3)
  })

  it('gives the Wilson interval with one sample per case', () => {
    const stats = summariseVersion(run('head', 10, 8), opts)
    expect(stats.passRateInterval?.low).toBeCloseTo(0.4902, 4)
    expect(stats.passRateInterval?.high).toBeCloseTo(0.9433, 4)
  })

  it('counts error samples apart: neither pass nor fail, and a case with only errors is not a case', () => {
    const samples = [...run('head', 3, 2), sample('c9', 'head', false, { error: 'HTTP 500' })]
    const stats = summariseVersion(samples, opts)
    expect(stats.errorSamples).toBe(1)
    expect(stats.cases).toBe(3)
    expect(stats.passRate).toBeCloseTo(2 / 3, 10)
  })

  it('keeps cache hits in latency (they carry the recorded latency) and counts them', () => {
    const samples = run('head', 20, 20, i => ({ latencyMs: (i + 1) * 10, cacheHit: i % 2 === 0 }))
    const stats = summariseVersion(samples, opts)
    expect(stats.cacheHits).toBe(10)
    expect(stats.latencyMs?.p50).toBeCloseTo(105, 10)
    expect(stats.latencyMs?.mean).toBeCloseTo(105, 10)
  })

  it('sums tokens and prices calls from the table', () => {
    const samples = run('head', 2, 2, () => ({ usage: { inputTokens: 1000, outputTokens: 500 } }))
    const stats = summariseVersion(samples, { ...opts, modelName: 'gpt-4o-mini', priceVendor: 'openai' })
    expect(stats.tokens).toEqual({ input: 2000, output: 1000, maxOutput: 500, meanOutput: 500 })
    // 1000 × 0.15/M + 500 × 0.60/M = 0.00045 per call
    expect(stats.cost?.perCallUsd).toBeCloseTo(0.00045, 12)
    expect(stats.cost?.per1kRequestsUsd).toBeCloseTo(0.45, 9)
  })

  it('reports no cost, never 0, when the model has no known price', () => {
    const samples = run('head', 2, 2, () => ({ usage: { inputTokens: 1000, outputTokens: 500 } }))
    expect(summariseVersion(samples, { ...opts, modelName: 'my-finetune' }).cost).toBeUndefined()
  })

  it('counts outputs with a rails violation and failures per check id', () => {
    const samples = run('head', 4, 4, i => ({ violation: i < 1 }))
    const stats = summariseVersion(samples, opts)
    expect(stats.safetyViolations).toBe(1)
    expect(stats.checkFailures).toEqual({ 'rails#0': 1 })
  })
})
