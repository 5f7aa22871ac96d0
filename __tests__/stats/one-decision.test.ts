// decideSuite is the one decision: the outage policy and the chaos verdict are inputs of it (not
// patches applied by the engine afterwards), so adaptive sampling, which asks the same function,
// sees them; and the samples are joined by case once, for the comparison, the contributors and
// the report's case rows alike.
import type { SampleResult } from '../../src/core/types.js'
import { isDecided, planExtraSamples, type SamplingState } from '../../src/stats/adaptive.js'
import { compareVersions, joinCases, pairCases } from '../../src/stats/compare.js'
import { MAX_LOOKS } from '../../src/stats/sequential.js'
import { decideSuite } from '../../src/stats/verdict.js'
import { run, sample } from './helpers.js'

const firstLook = { index: 0, of: MAX_LOOKS }

/** 40 cases, base passes 30, head regresses 5 and fixes 3: too close to call at the first look. */
function samples(): { base: SampleResult[]; head: SampleResult[] } {
  return { base: run('base', 40, 30), head: run('head', 40, i => (i < 30 ? i >= 5 : i < 33)) }
}

function undecided(extra: Partial<SamplingState> = {}): SamplingState {
  return { ...samples(), thresholds: {}, change: 'modified', look: firstLook, ...extra }
}

function circuitOpen(caseId: string): SampleResult {
  return {
    ...sample(caseId, 'base', false, { error: 'circuit open for provider "down" after 5 failures' }),
    errorKind: 'circuit-open'
  }
}

const outage = (policy: 'fail' | 'inconclusive' | 'skip') => ({
  policy,
  providerOf: (side: 'base' | 'head') => (side === 'base' ? 'down' : 'up')
})

describe('the chaos verdict is an input of the one decision', () => {
  it('decides a suite the samples leave open, and adaptive sampling stops on it', () => {
    const open = undecided()
    expect(decideSuite(open).verdict).toBe('inconclusive')
    expect(isDecided(open)).toBe(false)
    expect(planExtraSamples(open, 1000).length).toBeGreaterThan(0)

    const chaos = { verdict: 'fail' as const, reason: 'The feature shows a stack trace under 503.' }
    const withChaos = undecided({ chaos })
    const decision = decideSuite(withChaos)
    expect(decision.verdict).toBe('fail')
    expect(decision.reason).toBe(chaos.reason)
    expect(isDecided(withChaos)).toBe(true)
    expect(planExtraSamples(withChaos, 1000)).toEqual([])
  })

  it('leaves a measured regression standing and names the chaos result beside it', () => {
    const base = run('base', 20, 20)
    const head = run('head', 20, 5)
    const chaos = { verdict: 'fail' as const, reason: 'garbage under 503.' }
    const decision = decideSuite({ base, head, thresholds: {}, change: 'modified', chaos })
    expect(decision.verdict).toBe('regression')
    expect(decision.reason).toContain('Chaos: garbage under 503.')
  })
})

describe('the outage policy is an input of the one decision', () => {
  const head = run('head', 12, 12)
  const base = Array.from({ length: 12 }, (_, i) => circuitOpen(`c${i}`))

  it('follows gate.onProviderOutage when a side got no answer, and carries the outage', () => {
    const plain = decideSuite({ base, head, thresholds: {}, change: 'modified' })
    expect(plain.outage).toBeUndefined()
    expect(plain.verdict).toBe('inconclusive')

    for (const [policy, verdict] of [
      ['fail', 'fail'],
      ['inconclusive', 'inconclusive'],
      ['skip', 'skipped']
    ] as const) {
      const state: SamplingState = { base, head, thresholds: {}, change: 'modified', outage: outage(policy) }
      const decision = decideSuite(state)
      expect(decision.verdict).toBe(verdict)
      expect(decision.reason).toContain('Provider unavailable (down): not evaluated on base.')
      expect(decision.outage).toMatchObject({
        provider: 'down',
        sides: ['base'],
        unjudgedSides: ['base'],
        policy
      })
      expect(decision.samplingCanHelp).toBe(false)
      expect(isDecided(state)).toBe(true)
    }
  })

  it('only names the outage when both sides were judged', () => {
    const partial = [...run('base', 12, 12), circuitOpen('c0')]
    const plain = decideSuite({ base: partial, head, thresholds: {}, change: 'modified' })
    const decision = decideSuite({
      base: partial,
      head,
      thresholds: {},
      change: 'modified',
      outage: outage('fail')
    })
    expect(decision.verdict).toBe(plain.verdict)
    expect(decision.reason.startsWith(plain.reason)).toBe(true)
    expect(decision.outage?.unjudgedSides).toEqual([])
    expect(decision.reason).toContain('Provider unavailable (down): 1 samples not evaluated.')
  })
})

describe('the samples are joined by case once', () => {
  it('pairs as pairCases does, keeps every sample, and the decision hands the join on', () => {
    const { base, head } = samples()
    const withErrors = [
      ...head,
      sample('c0', 'head', false, { error: 'HTTP 500' }),
      sample('new', 'head', true)
    ]
    const joined = joinCases(base, withErrors)
    expect(joined.pairs).toEqual(pairCases(base, withErrors))
    expect([...joined.cases.values()].flatMap(c => c.head)).toHaveLength(withErrors.length)
    expect([...joined.cases.values()].flatMap(c => c.base ?? [])).toHaveLength(base.length)
    expect(joined.cases.get('new')?.base).toBeUndefined()
    expect(joined.cases.get('new')?.pair).toBeUndefined()
    expect(joined.cases.get('c0')?.head).toHaveLength(2)
    expect(compareVersions(base, withErrors, { confidence: 0.95 }, joined)).toEqual(
      compareVersions(base, withErrors, { confidence: 0.95 })
    )

    const decision = decideSuite({ base, head: withErrors, thresholds: {}, change: 'modified' })
    expect(decision.joined.pairs).toEqual(joined.pairs)
    // An added prompt has no base to join.
    const added = decideSuite({ base, head: withErrors, thresholds: {}, change: 'added' })
    expect(added.joined.pairs).toEqual([])
    expect(added.joined.baseTallies).toBeUndefined()
  })
})
