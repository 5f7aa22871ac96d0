import { runChecks, runDeterministicChecks, type RailsValidator } from '../../src/checks/index.js'
import { createRails } from '../../src/rails/index.js'
import type { Violation } from '../../src/core/types.js'
import { makeCtx, one } from './fixtures.js'

function fakeRails(violations: Violation[]): RailsValidator & { seen: unknown[] } {
  const seen: unknown[] = []
  return {
    seen,
    validate(output, context) {
      seen.push({ output, context })
      return { ok: violations.length === 0, violations, redacted: output }
    }
  }
}

const email: Violation = {
  validator: 'pii-email',
  severity: 'high',
  span: { start: 8, end: 30 },
  text: 'jane.doe@example.com\n<script>',
  message: 'email address'
}
const competitor: Violation = {
  validator: 'competitors',
  severity: 'low',
  span: { start: 40, end: 46 },
  text: 'Globex',
  message: 'competitor name'
}

describe('rails check', () => {
  it('passes with no violations', () => {
    const r = one(runDeterministicChecks('All good.', [{ type: 'rails' }], makeCtx({ rails: fakeRails([]) })))
    expect(r).toMatchObject({ status: 'ok', pass: true, score: 1, reason: 'no violations', violations: [] })
  })

  it('fails summarising validators and counts with a short escaped span', () => {
    const rails = fakeRails([email, competitor, { ...email, span: { start: 60, end: 70 } }])
    const r = one(runDeterministicChecks('output', [{ type: 'rails' }], makeCtx({ rails })))
    expect(r).toMatchObject({ status: 'ok', pass: false, score: 0 })
    expect(r.reason).toBe(
      '3 violations: pii-email ×2 (high), competitors ×1 (low); first at 9–30: "jane.doe@example.com\\n<sc"… (29 chars)'
    )
    expect(r.violations).toHaveLength(3)
  })

  it('ignores violations below the configured minimum severity and says how many', () => {
    const rails = fakeRails([competitor])
    const r = one(
      runDeterministicChecks('x', [{ type: 'rails' }], makeCtx({ rails, railsMinSeverity: 'medium' }))
    )
    expect(r).toMatchObject({ pass: true, reason: 'no violations; 1 below medium ignored', violations: [] })
  })

  it('passes the selected validators and the case input to rails', async () => {
    const rails = fakeRails([])
    await runChecks('out', [{ type: 'rails', validators: ['pii', 'links'] }], makeCtx({ rails }))
    expect(rails.seen).toEqual([
      { output: 'out', context: { input: 'How do I get a refund?', validators: ['pii', 'links'] } }
    ])
  })

  it('is unsupported without a rails instance', () => {
    const r = one(runDeterministicChecks('x', [{ type: 'rails' }], makeCtx()))
    expect(r).toMatchObject({ status: 'unsupported', pass: false })
    expect(r.reason).toContain('no safety rails')
  })

  it('reports a throwing validator as an error', () => {
    const rails: RailsValidator = {
      validate() {
        throw new Error('validator links crashed')
      }
    }
    const r = one(runDeterministicChecks('x', [{ type: 'rails' }], makeCtx({ rails })))
    expect(r).toMatchObject({ status: 'error', reason: 'rails failed: validator links crashed' })
  })
})

describe('rails check with src/rails', () => {
  it("uses the rails' own failOn and finds an email address in the output", () => {
    const rails: RailsValidator = createRails({})
    const r = one(
      runDeterministicChecks('Write to jane.doe@example.com today.', [{ type: 'rails' }], makeCtx({ rails }))
    )
    expect(r).toMatchObject({ status: 'ok', pass: false })
    expect(r.reason).toMatch(/^1 violation: pii\.email ×1 \(high\); first at 10–29: /)
  })
})

describe('rails minimum severity', () => {
  it("takes the rails instance's failOn when the context sets no minimum", () => {
    const rails = { ...fakeRails([competitor]), failOn: 'medium' as const }
    const r = one(runDeterministicChecks('x', [{ type: 'rails' }], makeCtx({ rails })))
    expect(r).toMatchObject({ pass: true, reason: 'no violations; 1 below medium ignored' })
  })
})
