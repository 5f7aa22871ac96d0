import { runDeterministicChecks } from '../../src/checks/index.js'
import type { CheckSpec } from '../../src/core/types.js'
import { makeCase, makeCtx, one } from './fixtures.js'

const run = (output: string, spec: CheckSpec, ctx = makeCtx()) =>
  one(runDeterministicChecks(output, [spec], ctx))

describe('equals', () => {
  it('passes on an exact match', () => {
    const r = run('Paris', { type: 'equals', value: 'Paris' })
    expect(r).toMatchObject({ status: 'ok', pass: true, score: 1, reason: 'equals "Paris"' })
  })

  it('fails with expected, found and the first differing character', () => {
    const r = run('Paris.', { type: 'equals', value: 'Paris' })
    expect(r).toMatchObject({ status: 'ok', pass: false, score: 0 })
    expect(r.reason).toBe('expected "Paris", got "Paris." (first difference at character 6)')
  })

  it('ignores surrounding whitespace only with trim', () => {
    expect(run(' Paris\n', { type: 'equals', value: 'Paris', trim: true }).pass).toBe(true)
    expect(run(' Paris\n', { type: 'equals', value: 'Paris' }).pass).toBe(false)
  })

  it('templates {{vars}} and {{expected}} from the case', () => {
    const ctx = makeCtx({ testCase: makeCase({ vars: { city: 'Paris' }, expected: 'France' }) })
    expect(run('Paris, France', { type: 'equals', value: '{{city}}, {{ expected }}' }, ctx).pass).toBe(true)
  })

  it('reports an unknown template variable as an error naming it and the known ones', () => {
    const ctx = makeCtx({ testCase: makeCase({ vars: { city: 'Paris' } }) })
    const r = run('Paris', { type: 'equals', value: '{{town}}' }, ctx)
    expect(r.status).toBe('error')
    expect(r.reason).toContain('{{town}}')
    expect(r.reason).toContain('known: city')
  })
})

describe('contains and icontains', () => {
  it('contains passes when any value occurs by default', () => {
    const r = run('We offer a refund.', { type: 'contains', value: ['refund', 'exchange'] })
    expect(r).toMatchObject({ pass: true, reason: 'contains "refund"' })
  })

  it('contains with mode all names the missing values', () => {
    const r = run('We offer a refund.', {
      type: 'contains',
      value: ['refund', 'exchange', 'receipt'],
      mode: 'all'
    })
    expect(r.pass).toBe(false)
    expect(r.reason).toMatch(/^missing "exchange", "receipt" \(1 of 3 found\) in "We offer a refund\."/)
  })

  it('contains is case-sensitive', () => {
    const r = run('REFUND approved', { type: 'contains', value: 'refund' })
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('missing "refund" in "REFUND approved"')
  })

  it('icontains ignores case', () => {
    const r = run('REFUND approved', { type: 'icontains', value: 'Refund' })
    expect(r).toMatchObject({ pass: true, reason: 'contains "Refund" (ignoring case)' })
  })

  it('quotes long outputs truncated with their length', () => {
    const r = run('x'.repeat(500), { type: 'contains', value: 'refund' })
    expect(r.reason).toContain('… (500 chars)')
    expect(r.reason.length).toBeLessThan(120)
  })
})

describe('not-contains', () => {
  it('passes when no forbidden value occurs', () => {
    const r = run('Happy to help.', { type: 'not-contains', value: ['Acme', 'Globex'] })
    expect(r).toMatchObject({ pass: true, reason: 'contains none of "Acme", "Globex"' })
  })

  it('fails naming the forbidden value and where it occurs', () => {
    const r = run('Try Globex instead.', { type: 'not-contains', value: ['Acme', 'Globex'] })
    expect(r).toMatchObject({ pass: false, reason: 'contains forbidden "Globex" at character 5' })
  })

  it('ignores case only with caseSensitive false', () => {
    expect(run('try globex', { type: 'not-contains', value: 'Globex' }).pass).toBe(true)
    expect(run('try globex', { type: 'not-contains', value: 'Globex', caseSensitive: false }).pass).toBe(
      false
    )
  })
})

describe('starts-with and ends-with', () => {
  it('starts-with passes and ignores leading whitespace of the output', () => {
    expect(run('\n Hello there', { type: 'starts-with', value: 'Hello' })).toMatchObject({
      pass: true,
      reason: 'starts with "Hello"'
    })
  })

  it('starts-with fails quoting how the output starts', () => {
    const r = run('Hi there, friend', { type: 'starts-with', value: 'Hello' })
    expect(r).toMatchObject({
      pass: false,
      reason: 'expected to start with "Hello", starts with "Hi there, frien"'
    })
  })

  it('ends-with is case-sensitive by default and not with caseSensitive false', () => {
    expect(run('Thanks!\n', { type: 'ends-with', value: 'THANKS!' }).pass).toBe(false)
    expect(run('Thanks!\n', { type: 'ends-with', value: 'THANKS!', caseSensitive: false }).pass).toBe(true)
  })

  it('ends-with fails quoting how the output ends', () => {
    const r = run('See you soon', { type: 'ends-with', value: '.' })
    expect(r.reason).toBe('expected to end with ".", ends with "ee you soon"')
  })
})

describe('regex', () => {
  it('passes and quotes the match', () => {
    const r = run('Order #12345 shipped', { type: 'regex', pattern: '#\\d{5}' })
    expect(r).toMatchObject({ pass: true, reason: 'matches "/#\\\\d{5}/": "#12345" at character 7' })
  })

  it('fails naming the pattern and the output', () => {
    const r = run('no order here', { type: 'regex', pattern: '^\\d+$', flags: 'm' })
    expect(r).toMatchObject({ status: 'ok', pass: false })
    expect(r.reason).toBe('no match for "/^\\\\d+$/m" in "no order here"')
  })

  it('reports an invalid pattern as an error, not a crash', () => {
    const r = run('anything', { type: 'regex', pattern: '(unclosed' })
    expect(r.status).toBe('error')
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('invalid regex /(unclosed/: Unterminated group; fix the pattern or its flags')
  })

  it('gives the same answer on every call with a g flag', () => {
    const spec: CheckSpec = { type: 'regex', pattern: 'a', flags: 'g' }
    const ctx = makeCtx()
    const results = [1, 2, 3].map(() => one(runDeterministicChecks('a', [spec], ctx)).pass)
    expect(results).toEqual([true, true, true])
  })

  it('matches templated vars literally, not as regex syntax', () => {
    const ctx = makeCtx({ testCase: makeCase({ vars: { price: '$9.99' } }) })
    expect(run('costs $9.99 now', { type: 'regex', pattern: 'costs {{price}}' }, ctx).pass).toBe(true)
    expect(run('costs $9x99 now', { type: 'regex', pattern: 'costs {{price}}' }, ctx).pass).toBe(false)
  })
})

describe('max-length and max-words', () => {
  it('max-length counts code points, so an emoji is one character', () => {
    expect(run('ok 👍', { type: 'max-length', value: 4 })).toMatchObject({
      pass: true,
      reason: '4 characters, limit 4'
    })
  })

  it('max-length fails above the limit', () => {
    expect(run('hello', { type: 'max-length', value: 3 })).toMatchObject({
      pass: false,
      reason: '5 characters, limit 3'
    })
  })

  it('max-words counts whitespace-separated words', () => {
    expect(run(' one two\nthree  ', { type: 'max-words', value: 3 })).toMatchObject({
      pass: true,
      reason: '3 words, limit 3'
    })
    expect(run('one two three four', { type: 'max-words', value: 3 })).toMatchObject({
      pass: false,
      reason: '4 words, limit 3'
    })
  })
})
