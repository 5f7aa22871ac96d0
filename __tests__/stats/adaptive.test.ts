import type { SampleResult, VersionSide } from '../../src/core/types.js'
import {
  extraCallBudget,
  isDecided,
  planExtraSamples,
  SAFETY_MIN_SAMPLES,
  sampleUntilDecided,
  type ExtraSample,
  type SamplingState
} from '../../src/stats/adaptive.js'
import { lookConfidence, MAX_LOOKS, spendingShare } from '../../src/stats/sequential.js'
import { decideSuite } from '../../src/stats/verdict.js'
import { run, sample } from './helpers.js'

function pr(
  n: number,
  basePass: number,
  regress: number,
  fix: number
): { base: SampleResult[]; head: SampleResult[] } {
  return {
    base: run('base', n, basePass),
    head: run('head', n, i => (i < basePass ? i >= regress : i < basePass + fix))
  }
}

const flipped = ['c0', 'c1', 'c2', 'c3', 'c4', 'c30', 'c31', 'c32']
const firstLook = { index: 0, of: MAX_LOOKS }
const thirdLook = { index: 2, of: MAX_LOOKS }

function state(extra: Partial<SamplingState> = {}): SamplingState {
  return { ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified', look: firstLook, ...extra }
}

describe('planExtraSamples', () => {
  it('asks for nothing once the verdict is decided', () => {
    const decided = { ...pr(200, 170, 4, 3), thresholds: {}, change: 'modified' as const, look: thirdLook }
    expect(decideSuite(decided).verdict).toBe('pass')
    expect(planExtraSamples(decided, 1000)).toEqual([])
  })

  it('asks for nothing when the budget is spent or the last look is reached', () => {
    expect(planExtraSamples(state(), 0)).toEqual([])
    expect(planExtraSamples(state({ look: { index: MAX_LOOKS - 1, of: MAX_LOOKS } }), 1000)).toEqual([])
  })

  it('resamples flipped cases first, on both sides of each case', () => {
    const plan = planExtraSamples(state(), 1000)
    const first = plan.slice(0, 2 * flipped.length)
    expect(new Set(first.map(p => p.caseId))).toEqual(new Set(flipped))
    for (const id of flipped) {
      expect(
        first
          .filter(p => p.caseId === id)
          .map(p => p.side)
          .sort()
      ).toEqual(['base', 'head'])
    }
  })

  it('never resamples a case whose two outputs per side were identical at temperature 0', () => {
    const { base, head } = pr(40, 30, 5, 3)
    const twice = (xs: SampleResult[]): SampleResult[] =>
      xs.flatMap(s => [
        { ...s, output: `answer ${s.caseId}` },
        { ...s, repeat: 1, output: `answer ${s.caseId}` }
      ])
    const settled = { ...state(), base: twice(base), head: twice(head), deterministic: true }
    expect(planExtraSamples(settled, 1000)).toEqual([])
    // Settled sides add no noise: the interval collapses onto the observed change.
    const interval = decideSuite(settled).comparison?.passRate.interval
    expect(interval?.high).toBeCloseTo(interval?.low ?? NaN, 12)
  })

  it('stays within the call budget and keeps the sides of a case together', () => {
    const plan = planExtraSamples(state(), 5)
    expect(plan).toHaveLength(4)
    expect(plan.map(p => p.side)).toEqual(['base', 'head', 'base', 'head'])
  })

  it('samples only the head side of a prompt with no base', () => {
    const added = {
      head: run('head', 100, 77),
      thresholds: { minPassRate: 0.8 },
      change: 'added' as const,
      look: firstLook
    }
    const plan = planExtraSamples(added, 1000)
    expect(plan.length).toBeGreaterThan(0)
    expect(plan.every(p => p.side === 'head')).toBe(true)
  })

  it('is deterministic: the same state gives the same plan', () => {
    expect(planExtraSamples(state(), 100)).toEqual(planExtraSamples(state(), 100))
  })

  it('tops a case near a safety rail up to the minimum on both sides, even when the verdict is decided', () => {
    const decided = { ...pr(200, 170, 4, 3), thresholds: {}, change: 'modified' as const, look: thirdLook }
    const plan = planExtraSamples(decided, 1000, { watch: new Set(['c7']) })
    expect(plan.filter(p => p.caseId === 'c7' && p.side === 'head')).toHaveLength(SAFETY_MIN_SAMPLES - 1)
    expect(plan.filter(p => p.caseId === 'c7' && p.side === 'base')).toHaveLength(SAFETY_MIN_SAMPLES - 1)
    expect(new Set(plan.map(p => p.caseId))).toEqual(new Set(['c7']))
  })
})

describe('isDecided', () => {
  it('is false for an inconclusive verdict that more samples could settle', () => {
    expect(isDecided(state())).toBe(false)
  })

  it('is true for an inconclusive verdict that only more cases could settle', () => {
    expect(isDecided({ ...pr(6, 5, 0, 0), thresholds: {}, change: 'modified' })).toBe(true)
  })

  it('stops at once on a safety failure, which no extra sample can undo', () => {
    const base = run('base', 40, 30)
    const head = run('head', 40, 30, i => ({ violation: i === 0 }))
    expect(isDecided({ base, head, thresholds: {}, change: 'modified', look: firstLook })).toBe(true)
  })
})

describe('sequential looks', () => {
  it('spends the whole error rate over the looks, least at the first', () => {
    const shares = Array.from({ length: MAX_LOOKS }, (_, index) => spendingShare({ index, of: MAX_LOOKS }))
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(spendingShare({ index: 0, of: 1 })).toBe(1)
  })

  it('reads every interval of an early look at a stricter level', () => {
    expect(lookConfidence(0.95, { index: 0, of: 1 })).toBeCloseTo(0.95, 12)
    expect(lookConfidence(0.95, { index: 0, of: MAX_LOOKS })).toBeCloseTo(1 - 0.05 / 16, 12)
    expect(lookConfidence(0.95, { index: 3, of: MAX_LOOKS })).toBeCloseTo(1 - (0.05 * 7) / 16, 12)
  })
})

describe('sampleUntilDecided', () => {
  /** A suite whose model answers each case the same way every time, like a stub at temperature 0. */
  function deterministicRunner(cases: number) {
    const base: SampleResult[] = []
    const head: SampleResult[] = []
    const add = (caseId: string, side: VersionSide): void => {
      const i = Number(caseId.slice(1))
      const list = side === 'base' ? base : head
      const repeat = list.filter(s => s.caseId === caseId).length
      const pass = side === 'base' ? i < cases - 4 : i < cases - 5
      list.push({ ...sample(caseId, side, pass, { repeat }), output: `${side} answer ${i}` })
    }
    for (let i = 0; i < cases; i++) {
      add(`c${i}`, 'base')
      add(`c${i}`, 'head')
    }
    return {
      state: (): SamplingState => ({ base, head, thresholds: {}, change: 'modified', deterministic: true }),
      run: async (plan: ExtraSample[]) => {
        for (const p of plan) add(p.caseId, p.side)
      }
    }
  }

  it('decides a deterministic suite after one confirming call per case and side, then stops', async () => {
    const runner = deterministicRunner(40)
    const { look, spend } = await sampleUntilDecided(runner, { calls: 1000 })
    expect(spend.extraCalls).toBe(80)
    expect(spend.deterministicCases).toBe(40)
    expect(spend.stoppedBecause).toBe('decided')
    expect(decideSuite({ ...runner.state(), look }).verdict).toBe('pass')
  })

  it('makes no extra call and uses a single look when the budget is zero', async () => {
    const runner = deterministicRunner(40)
    const { look, spend } = await sampleUntilDecided(runner, { calls: 0 })
    expect(look).toEqual({ index: 0, of: 1 })
    expect(spend).toMatchObject({ extraCalls: 0, stoppedBecause: 'off' })
  })
})

describe('extraCallBudget', () => {
  it('defaults to 40 calls per case', () => {
    expect(extraCallBudget({ cases: 40 })).toEqual({ calls: 1600 })
  })

  it('caps the calls by sampling.maxExtraCost once the price per call is known', () => {
    expect(extraCallBudget({ cases: 40, maxExtraCost: 0.1, costPerCall: 0.001 })).toEqual({
      calls: 100,
      usd: 0.1
    })
    expect(extraCallBudget({ cases: 40, maxExtraCalls: 50, costPerCall: 0.0001 })).toEqual({
      calls: 50,
      usd: 0.5
    })
  })
})
