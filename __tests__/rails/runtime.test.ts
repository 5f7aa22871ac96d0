import * as railsModule from '../../src/rails/index.js'
import { createRails, railsValidatorIds, redact } from '../../src/rails/index.js'

describe('runtime library', () => {
  it('exports the documented API', () => {
    expect(Object.keys(railsModule).sort()).toEqual(
      [
        'createRails',
        'createRailsAsync',
        'enabledValidatorIds',
        'loadCustomValidators',
        'parseRailsConfig',
        'railsConfigSchema',
        'railsValidatorIds',
        'redact'
      ].sort()
    )
    expect(railsValidatorIds).toContain('secret.private-key')
  })
  it('returns ok, violations sorted by offset and a redacted copy', () => {
    const result = createRails().validate('Card 4111 1111 1111 1111, mail a@b.io')
    expect(result.ok).toBe(false)
    expect(result.violations.map(v => v.span.start)).toEqual([5, 31])
    expect(result.redacted).toBe('Card [REDACTED:pii.credit-card], mail [REDACTED:pii.email]')
    expect(result.violations[0]).toEqual({
      validator: 'pii.credit-card',
      severity: 'critical',
      span: { start: 5, end: 24 },
      text: '4111 1111 1111 1111',
      message: 'payment card number'
    })
  })
  it('passes a clean answer', () => {
    expect(createRails().validate('Your order ships tomorrow.')).toEqual({
      ok: true,
      violations: [],
      redacted: 'Your order ships tomorrow.'
    })
  })
  it('runs only the validators named in the context, by id or group prefix', () => {
    const rails = createRails()
    const text = 'shit, mail a@b.io, key AKIAZ5QW7XJ4K2LMNOPQ'
    expect(rails.validate(text, { validators: ['pii'] }).violations.map(v => v.validator)).toEqual([
      'pii.email'
    ])
    expect(
      rails.validate(text, { validators: ['secret.aws', 'content'] }).violations.map(v => v.validator)
    ).toEqual(['content', 'secret.aws'])
    expect(() => rails.validate(text, { validators: ['nope'] })).toThrow(/unknown validator id\(s\) "nope"/)
  })
  it('merges overlapping spans into one mask', () => {
    const v = (start: number, end: number, validator: string) => ({
      validator,
      severity: 'high' as const,
      span: { start, end },
      text: '',
      message: ''
    })
    expect(redact('abcdefghij', [v(1, 4, 'x'), v(3, 6, 'y'), v(8, 9, 'z')])).toBe(
      'a[REDACTED:x]gh[REDACTED:z]j'
    )
  })
  it('keeps offsets in UTF-16 units of the original text with emoji before the violation', () => {
    const text = '😀😀 mail a@b.io'
    const [v] = createRails().validate(text).violations
    expect(text.slice(v?.span.start, v?.span.end)).toBe('a@b.io')
    expect(v?.span.start).toBe(10)
  })
  it('rejects a non-string output with a TypeError', () => {
    expect(() => createRails().validate(42 as never)).toThrow(TypeError)
  })
  it('validates a typical 2 KB answer in well under 5 ms (perf smoke test; see bench:rails)', () => {
    const rails = createRails()
    const text = 'Thanks for reaching out! Your order 20240315-0042 shipped on March 15. '.repeat(28)
    for (let i = 0; i < 50; i++) rails.validate(text)
    const start = performance.now()
    for (let i = 0; i < 100; i++) rails.validate(text)
    expect((performance.now() - start) / 100).toBeLessThan(5)
  })
})

describe('untrusted input', () => {
  it('stays fast on pathological strings that make naive regexes backtrack', () => {
    const rails = createRails({ competitors: ['Acme'], links: { allowedDomains: ['promptgate.dev'] } })
    const inputs = [
      'a*'.repeat(5_000) + '1',
      '('.repeat(10_000),
      'a '.repeat(5_000) + 'b1',
      'x@' + 'a.'.repeat(5_000) + '!',
      '1 '.repeat(5_000),
      ':'.repeat(10_000) + 'g',
      'https://' + 'a'.repeat(10_000)
    ]
    for (const input of inputs) {
      const start = performance.now()
      rails.validate(input)
      expect([input.slice(0, 8), performance.now() - start < 250]).toEqual([input.slice(0, 8), true])
    }
  })
})
