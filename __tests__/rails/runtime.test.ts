import * as railsModule from '../../src/rails/index.js'
import { createRails, railsValidatorIds, redact } from '../../src/rails/index.js'

describe('runtime library', () => {
  it('exports the documented API', () => {
    expect(Object.keys(railsModule).sort()).toEqual(
      [
        'DEFAULT_MAX_INPUT_CHARS',
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
})
