import type { SampleResult, VersionSide } from '../../src/core/types.js'
import { isDecided, planExtraSamples, ROUND_FRACTION } from '../../src/stats/adaptive.js'
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

describe('planExtraSamples', () => {
  it('asks for nothing once the verdict is decided', () => {
    const state = { ...pr(200, 170, 4, 3), thresholds: {}, change: 'modified' as const }
    expect(decideSuite(state).verdict).toBe('pass')
    expect(planExtraSamples(state, 1000)).toEqual([])
  })

  it('asks for nothing when the budget is spent', () => {
    expect(planExtraSamples({ ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified' }, 0)).toEqual([])
  })

  it('resamples flipped cases first, on both sides, a bounded share of the suite per round', () => {
    const plan = planExtraSamples({ ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified' }, 1000)
    expect(plan).toHaveLength(2 * Math.ceil(40 * ROUND_FRACTION))
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

  it('never resamples a case settled by identical outcomes on every sample', () => {
    const { base, head } = pr(40, 30, 5, 3)
    // Give every unflipped case three agreeing samples per side.
    const more = (side: VersionSide, xs: SampleResult[]): SampleResult[] =>
      xs.flatMap(s =>
        flipped.includes(s.caseId) ? [] : [1, 2].map(r => sample(s.caseId, side, s.pass, { repeat: r }))
      )
    const state = {
      base: [...base, ...more('base', base)],
      head: [...head, ...more('head', head)],
      thresholds: {},
      change: 'modified' as const
    }
    expect(decideSuite(state).verdict).toBe('inconclusive')
    const ids = new Set(planExtraSamples(state, 1000).map(p => p.caseId))
    expect(ids).toEqual(new Set(flipped))
  })

  it('stays within the call budget and keeps the sides of a case together', () => {
    const plan = planExtraSamples({ ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified' }, 5)
    expect(plan).toHaveLength(4)
    expect(plan.map(p => p.side)).toEqual(['base', 'head', 'base', 'head'])
  })

  it('samples only the head side of a prompt with no base', () => {
    const state = { head: run('head', 100, 77), thresholds: { minPassRate: 0.8 }, change: 'added' as const }
    const plan = planExtraSamples(state, 1000)
    expect(plan.length).toBeGreaterThan(0)
    expect(plan.every(p => p.side === 'head')).toBe(true)
  })

  it('is deterministic: the same state gives the same plan', () => {
    const state = { ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified' as const }
    expect(planExtraSamples(state, 100)).toEqual(planExtraSamples(state, 100))
  })
})

describe('isDecided', () => {
  it('is false for an inconclusive verdict that more samples could settle', () => {
    expect(isDecided({ ...pr(40, 30, 5, 3), thresholds: {}, change: 'modified' })).toBe(false)
  })

  it('is true for an inconclusive verdict that only more cases could settle', () => {
    expect(isDecided({ ...pr(6, 5, 0, 0), thresholds: {}, change: 'modified' })).toBe(true)
  })

  it('keeps sampling a regression that holds at 95% but not yet at the stricter interim 99%', () => {
    // 200 cases, 16 regressed vs 5 fixed: significant at 95%, not at 99%.
    const state = { ...pr(200, 170, 16, 5), thresholds: {}, change: 'modified' as const }
    expect(decideSuite(state).verdict).toBe('regression')
    expect(decideSuite({ ...state, thresholds: { confidence: 0.99 } }).verdict).not.toBe('regression')
    expect(isDecided(state)).toBe(false)
  })

  it('stops at once on a regression that holds at 99%', () => {
    expect(isDecided({ ...pr(200, 170, 30, 2), thresholds: {}, change: 'modified' })).toBe(true)
  })

  it('stops at once on a safety failure, which no extra sample can undo', () => {
    const base = run('base', 40, 30)
    const head = run('head', 40, 30, i => ({ violation: i === 0 }))
    expect(isDecided({ base, head, thresholds: {}, change: 'modified' })).toBe(true)
  })
})
