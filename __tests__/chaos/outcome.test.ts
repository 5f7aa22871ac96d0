import type { CheckResult, SampleResult } from '../../src/core/types.js'
import { classifyAnswer } from '../../src/chaos/outcome.js'
import { decideChaos } from '../../src/chaos/matrix.js'
import type { ChaosCounts, ChaosScenarioReport } from '../../src/core/report.js'

const rules = { budgetMs: 2000, unavailable: /temporarily unavailable/i }

function answer(output: string, extra: Partial<SampleResult> = {}, checks: CheckResult[] = []): SampleResult {
  return {
    caseId: 'c',
    side: 'head',
    repeat: 0,
    output,
    call: { latencyMs: 100, httpStatus: 200, retries: 0 },
    cacheHit: false,
    checks,
    pass: checks.every(c => c.pass),
    score: 1,
    messages: [],
    ...extra
  }
}

const failing = (type: CheckResult['type'], id: string): CheckResult => ({
  id,
  type,
  status: 'ok',
  pass: false,
  score: 0,
  reason: 'no'
})

describe('classifyAnswer', () => {
  it('counts a passing model answer as answered and a non-model source as a fallback', () => {
    expect(classifyAnswer(answer('Open Settings.'), rules).outcome).toBe('answered')
    const cached = answer('Open Settings.', {
      call: { latencyMs: 5, httpStatus: 200, retries: 0, answerSource: 'cache' }
    })
    expect(classifyAnswer(cached, rules)).toEqual({ outcome: 'fell-back', why: 'answered from cache' })
  })

  it('accepts the unavailable message even when content checks fail, but not when a format check fails', () => {
    const message = 'Our assistant is temporarily unavailable.'
    expect(classifyAnswer(answer(message, {}, [failing('icontains', 'topic')]), rules).outcome).toBe(
      'unavailable'
    )
    expect(classifyAnswer(answer(message, {}, [failing('max-length', 'short')]), rules).outcome).toBe(
      'garbage'
    )
  })

  it.each([
    ['a blank', '   '],
    ['a stack trace', 'TypeError: fetch failed\n    at answer (file:///srv/app.mjs:9:20)'],
    ['an error body', '{"error": {"message": "boom"}}'],
    [
      "the provider's quota message",
      'You exceeded your current quota, please check your plan and billing details.'
    ],
    ["the provider's overload message", 'The engine is currently overloaded, please try again later.'],
    ['a network code', 'connect ECONNREFUSED 127.0.0.1:443'],
    ['an undefined', 'undefined']
  ])('counts %s as garbage', (_, output) => {
    expect(classifyAnswer(answer(output), rules).outcome).toBe('garbage')
  })

  it('counts a failing content check on a model answer as garbage (a truncated answer passed through)', () => {
    expect(
      classifyAnswer(answer('Open Settings → Bil', {}, [failing('icontains', 'refund')]), rules).outcome
    ).toBe('garbage')
  })

  it('counts the gate timeout and an answer over the budget as timed out, and a feature error as garbage', () => {
    const hung = answer('', {
      output: undefined,
      call: undefined,
      error: 'feature: timed out',
      errorKind: 'timeout'
    })
    expect(classifyAnswer(hung, rules).why).toBe(
      "no answer within the 2000 ms budget (the gate's own timeout ended the call)"
    )
    const slow = answer('Open Settings.', { call: { latencyMs: 2500, httpStatus: 200, retries: 0 } })
    expect(classifyAnswer(slow, rules).outcome).toBe('timed-out')
    const crashed = answer('', {
      output: undefined,
      call: undefined,
      error: 'feature answered HTTP 500',
      errorKind: 'server'
    })
    expect(classifyAnswer(crashed, rules).outcome).toBe('garbage')
  })
})

describe('decideChaos', () => {
  const counts = (bad: number): ChaosCounts => ({
    answered: 10 - bad,
    'fell-back': 0,
    unavailable: 0,
    garbage: bad,
    'timed-out': 0,
    total: 10
  })
  const row = (head: number, base?: number): ChaosScenarioReport => ({
    name: 'outage',
    faults: 'unavailable',
    head: counts(head),
    ...(base === undefined ? {} : { base: counts(base) }),
    proxy: { requests: 10, injected: {} }
  })

  it('passes with no bad answer, fails when base was as bad, regresses when base was better', () => {
    expect(decideChaos([row(0, 0)]).verdict).toBe('pass')
    expect(decideChaos([row(3, 3)]).verdict).toBe('fail')
    expect(decideChaos([row(3)]).verdict).toBe('fail')
    expect(decideChaos([row(3, 0)])).toEqual({
      verdict: 'regression',
      reason:
        'The change broke the degradation path: outage: 3 of 10 answers garbage or timed out (base: 0). The base version handled these faults; see the chaos matrix.'
    })
  })
})
