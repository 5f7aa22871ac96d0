import { runDeterministicChecks } from '../../src/checks/index.js'
import type { CheckSpec } from '../../src/core/types.js'
import { makeCase, makeCtx, one } from './fixtures.js'

type Op = Extract<CheckSpec, { type: 'gh-string' }>['op']
const spec = (op: Op, value: string): CheckSpec => ({ type: 'gh-string', name: 'answer', op, value })
const run = (output: string, s: CheckSpec, ctx = makeCtx()) => one(runDeterministicChecks(output, [s], ctx))

describe('gh-string (GitHub Models string evaluator)', () => {
  it('trims the response before equals', () => {
    expect(run('  Positive\n', spec('equals', 'Positive'))).toMatchObject({
      pass: true,
      reason: 'equals "Positive"'
    })
  })

  it('equals is case-sensitive', () => {
    expect(run('positive', spec('equals', 'Positive'))).toMatchObject({
      pass: false,
      reason: 'expected "Positive", got "positive"'
    })
  })

  it('contains ignores case', () => {
    expect(run('The sentiment is POSITIVE.', spec('contains', 'positive')).pass).toBe(true)
  })

  it('startsWith ignores case and leading whitespace', () => {
    expect(run('\n  yes, it is', spec('startsWith', 'YES')).pass).toBe(true)
  })

  it('endsWith ignores case and trailing whitespace and reports a miss', () => {
    expect(run('Done.  ', spec('endsWith', 'DONE.')).pass).toBe(true)
    expect(run('Done!', spec('endsWith', 'done.'))).toMatchObject({
      pass: false,
      reason: 'expected output that ends with "done." (ignoring case), got "Done!"'
    })
  })

  it('templates the value from case vars and {{expected}}', () => {
    const ctx = makeCtx({ testCase: makeCase({ vars: { label: 'neg' }, expected: 'ative' }) })
    expect(run('Negative', spec('equals', '{{label}}{{expected}}'), ctx).pass).toBe(false)
    expect(run('Negative', spec('contains', '{{label}}{{expected}}'), ctx).pass).toBe(true)
  })
})
