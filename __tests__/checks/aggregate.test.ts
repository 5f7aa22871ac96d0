import { aggregateSample, countChecks, summariseCheck, unsupportedChecks } from '../../src/checks/index.js'
import type { CheckResult } from '../../src/core/types.js'

const res = (over: Partial<CheckResult>): CheckResult => ({
  id: 'contains#0',
  type: 'contains',
  status: 'ok',
  pass: true,
  score: 1,
  reason: 'contains "refund"',
  ...over
})
const failing = res({ id: 'regex#1', type: 'regex', pass: false, score: 0, reason: 'no match' })
const unsupported = res({
  id: 'llm-rubric#2',
  type: 'llm-rubric',
  status: 'unsupported',
  pass: false,
  score: 0,
  reason: 'no judge configured'
})
const errored = res({
  id: 'regex#3',
  type: 'regex',
  status: 'error',
  pass: false,
  score: 0,
  reason: 'invalid regex'
})

describe('aggregateSample', () => {
  it('passes when every ok check passed', () => {
    expect(aggregateSample([res({}), res({ score: 0.5 })])).toEqual({
      pass: true,
      score: 0.75,
      decided: 2,
      errors: 0,
      unsupported: 0
    })
  })

  it('fails when an ok check failed', () => {
    expect(aggregateSample([res({}), failing])).toMatchObject({ pass: false, score: 0.5 })
  })

  it('an unsupported check neither passes nor fails the sample', () => {
    expect(aggregateSample([res({}), unsupported])).toEqual({
      pass: true,
      score: 1,
      decided: 1,
      errors: 0,
      unsupported: 1
    })
    expect(aggregateSample([failing, unsupported])).toMatchObject({ pass: false, score: 0 })
  })

  it('only unsupported checks: not a pass, flagged', () => {
    expect(aggregateSample([unsupported])).toEqual({
      pass: false,
      score: 0,
      decided: 0,
      errors: 0,
      unsupported: 1,
      flag: 'only-unsupported'
    })
  })

  it('an errored check makes the sample not pass, flagged, and stays out of the score', () => {
    expect(aggregateSample([res({}), errored])).toMatchObject({
      pass: false,
      score: 1,
      errors: 1,
      flag: 'check-error'
    })
  })

  it('no checks at all: not a pass, flagged', () => {
    expect(aggregateSample([])).toMatchObject({ pass: false, score: 0, flag: 'no-checks' })
  })
})

describe('summaries', () => {
  it('summariseCheck gives label, id, type and reason on one line', () => {
    expect(summariseCheck(failing)).toBe('FAIL regex#1 (regex): no match')
    expect(summariseCheck(unsupported)).toBe('UNSUPPORTED llm-rubric#2 (llm-rubric): no judge configured')
  })

  it('countChecks counts each outcome', () => {
    expect(countChecks([res({}), failing, unsupported, errored])).toEqual({
      total: 4,
      passed: 1,
      failed: 1,
      errors: 1,
      unsupported: 1
    })
  })

  it('unsupportedChecks lists each unsupported id once', () => {
    expect(unsupportedChecks([unsupported, res({}), unsupported])).toEqual([
      { id: 'llm-rubric#2', reason: 'no judge configured' }
    ])
  })
})
