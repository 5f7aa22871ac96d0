import { compareVersions, passRateDeltaInterval } from '../../src/stats/compare.js'
import { run, sample } from './helpers.js'

const opts = { confidence: 0.95 }

describe('compareVersions', () => {
  it('pairs cases by id and ignores cases completed on one side only', () => {
    const base = [...run('base', 10, 10), sample('only-base', 'base', true)]
    const head = [...run('head', 10, 10), sample('c3', 'head', false, { error: 'timeout', repeat: 1 })]
    expect(compareVersions(base, head, opts).pairedCases).toBe(10)
  })

  it('counts flips and runs the exact McNemar test on them', () => {
    // 8 cases regress (base pass → head fail), 2 are fixed.
    const base = run('base', 40, i => i < 8 || i >= 20)
    const head = run('head', 40, i => (i >= 8 && i < 10) || i >= 20)
    const c = compareVersions(base, head, opts)
    expect(c.flips).toEqual({ passToFail: 8, failToPass: 2 })
    expect(c.mcnemarPValue).toBeCloseTo(0.109375, 6)
    expect(c.passRate.delta).toBeCloseTo(-6 / 40, 10)
  })

  it('uses Newcombe method 10 with one sample per side', () => {
    // a = 14 both pass, b = 5 head only, c = 0 base only, d = 22 neither (Altman Table 6.2).
    const head = run('head', 41, i => i < 19)
    const base = run('base', 41, i => i < 14)
    const i = compareVersions(base, head, opts).passRate.interval
    expect(i.low).toBeCloseTo(0.02221, 4)
    expect(i.high).toBeCloseTo(0.21678, 4)
  })

  it('uses per-case pass fractions when cases have repeats', () => {
    const base = ['c0', 'c1'].flatMap(id => [0, 1].map(r => sample(id, 'base', true, { repeat: r })))
    const head = [
      sample('c0', 'head', true),
      sample('c0', 'head', false, { repeat: 1 }),
      sample('c1', 'head', true),
      sample('c1', 'head', true, { repeat: 1 })
    ]
    const c = compareVersions(base, head, opts)
    expect(c.passRate.head).toBeCloseTo(0.75, 10)
    expect(c.passRate.delta).toBeCloseTo(-0.25, 10)
  })

  it('counts a head violation as new only where the base case had none', () => {
    const base = run('base', 3, 3, i => ({ violation: i === 0 }))
    const head = run('head', 3, 3, i => ({ violation: i <= 1 }))
    expect(compareVersions(base, head, opts).newSafetyViolations).toBe(1)
  })

  it('judges a doubled p95 latency on 200 calls per side as a significant rise', () => {
    const base = run('base', 200, 200, i => ({ latencyMs: 100 + i }))
    const head = run('head', 200, 200, i => ({ latencyMs: 2 * (100 + i) }))
    const l = compareVersions(base, head, opts).latencyP95!
    expect(l.ratio).toBeCloseTo(2, 2)
    expect(l.significant).toBe(true)
    expect(l.interval!.low).toBeGreaterThan(1)
  })

  it('does not call identical latency distributions significantly different', () => {
    const base = run('base', 200, 200, i => ({ latencyMs: 100 + i }))
    const head = run('head', 200, 200, i => ({ latencyMs: 100 + ((i * 7) % 200) }))
    expect(compareVersions(base, head, opts).latencyP95!.significant).toBe(false)
  })
})

describe('passRateDeltaInterval with repeats', () => {
  const tally = (caseId: string, n: number, passes: number, output = 'same') => ({
    caseId,
    n,
    passes,
    scoreSum: passes,
    violations: 0,
    identicalOutputs: output === 'same',
    firstOutput: output
  })

  it('is d̄ ± z·√(Σ v/n)/N with each case’s variance moderated toward the pooled one', () => {
    const pairs = [
      { caseId: 'a', base: tally('a', 4, 4), head: tally('a', 4, 2) },
      { caseId: 'b', base: tally('b', 2, 1), head: tally('b', 2, 2) }
    ]
    // Pooled p̄ per side (df < 20): base 5/6, head 4/6 → prior v = p̄(1 − p̄).
    const priorBase = (5 / 6) * (1 / 6)
    const priorHead = (4 / 6) * (2 / 6)
    const moderated = (x: number, n: number, prior: number) =>
      ((n - 1) * ((x * (n - x)) / (n * (n - 1))) + 5 * prior) / (n - 1 + 5)
    const variance =
      moderated(4, 4, priorBase) / 4 +
      moderated(2, 4, priorHead) / 4 +
      moderated(1, 2, priorBase) / 2 +
      moderated(2, 2, priorHead) / 2
    const delta = (2 / 4 - 1 + (1 - 1 / 2)) / 2
    const half = (1.959963984540054 * Math.sqrt(variance)) / 2
    const i = passRateDeltaInterval(pairs, 0.95)
    expect(i.low).toBeCloseTo(delta - half, 9)
    expect(i.high).toBeCloseTo(delta + half, 9)
  })

  it('adds no noise for sides whose repeated outputs were identical at temperature 0', () => {
    const pairs = [
      { caseId: 'a', base: tally('a', 2, 2), head: tally('a', 2, 0) },
      { caseId: 'b', base: tally('b', 2, 2), head: tally('b', 2, 2) }
    ]
    expect(passRateDeltaInterval(pairs, 0.95, { deterministic: true })).toEqual({
      low: -0.5,
      high: -0.5,
      confidence: 0.95
    })
    const noisy = passRateDeltaInterval(pairs, 0.95, { deterministic: false })
    expect(noisy.high - noisy.low).toBeGreaterThan(0.1)
  })
})
