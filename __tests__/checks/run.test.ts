import { canRunSync, runChecks, runDeterministicChecks } from '../../src/checks/index.js'
import type { CheckSpec } from '../../src/core/types.js'
import { fakeJudge, makeCtx } from './fixtures.js'

const specs: CheckSpec[] = [
  { type: 'contains', value: 'refund' },
  { type: 'max-words', value: 50, id: 'short' },
  { type: 'llm-rubric', name: 'helpful', rubric: 'Helpful.' }
]

describe('runChecks', () => {
  it('ids are the explicit id or a readable name derived from the check, in spec order', async () => {
    const results = await runChecks(
      'a refund',
      specs,
      makeCtx({ judge: fakeJudge('{"score":1,"pass":true,"reason":"r"}') })
    )
    expect(results.map(r => [r.id, r.type])).toEqual([
      ['contains "refund"', 'contains'],
      ['short', 'max-words'],
      ['helpful', 'llm-rubric']
    ])
  })

  it('runs the judge calls of one output in parallel', async () => {
    let inFlight = 0
    let peak = 0
    const judge = {
      model: 'j',
      async complete() {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise(resolve => setTimeout(resolve, 5))
        inFlight--
        return { text: '{"score":1,"pass":true,"reason":"r"}', latencyMs: 5, httpStatus: 200, retries: 0 }
      }
    }
    const two: CheckSpec[] = [
      { type: 'llm-rubric', name: 'a', rubric: 'A' },
      { type: 'llm-rubric', name: 'b', rubric: 'B' }
    ]
    await runChecks('x', two, makeCtx({ judge }))
    expect(peak).toBe(2)
  })

  it('turns an unknown check type into an error result instead of throwing', async () => {
    const bogus = { type: 'no-such-check' } as unknown as CheckSpec
    const [r] = await runChecks('x', [bogus], makeCtx())
    expect(r).toMatchObject({
      id: 'no-such-check',
      status: 'error',
      reason: 'unknown check type "no-such-check"'
    })
  })
})

describe('runDeterministicChecks', () => {
  it('reports model-graded checks unsupported when no judge is configured', () => {
    const results = runDeterministicChecks('a refund', specs, makeCtx())
    expect(results.map(r => r.status)).toEqual(['ok', 'ok', 'unsupported'])
  })

  it('throws when a judge call would be needed', () => {
    expect(() => runDeterministicChecks('x', specs, makeCtx({ judge: fakeJudge('{}') }))).toThrow(
      'check helpful needs a judge call; run it through runChecks'
    )
  })

  it('canRunSync is false with a judge and a model-graded check, or an unread schemaFile', () => {
    const files = { readText: () => Promise.resolve('{}') }
    expect(canRunSync(specs, makeCtx())).toBe(true)
    expect(canRunSync(specs, makeCtx({ judge: fakeJudge('{}') }))).toBe(false)
    expect(canRunSync([{ type: 'json-schema', schemaFile: 's.json' }], makeCtx({ files }))).toBe(false)
  })
})
