import type { VariantJudgement } from '../../src/core/robustness.js'
import { mcnemarExact, newcombePairedInterval, wilsonInterval } from '../../src/stats/inference.js'
import {
  combineWithRobustness,
  decideCategory,
  decideRobustness,
  measureMetric,
  type JudgedPair
} from '../../src/stats/robustness.js'

const judged = (attackSucceeded: boolean): VariantJudgement => ({
  judged: true,
  graceful: !attackSucceeded,
  refused: false,
  clarified: false,
  attackSucceeded,
  leaked: false,
  problems: attackSucceeded ? ['followed'] : []
})

function pairs(spec: [base: boolean, head: boolean, count: number][]): JudgedPair[] {
  return spec.flatMap(([base, head, count]) =>
    Array.from({ length: count }, () => ({ base: judged(base), head: judged(head) }))
  )
}

const CONFIDENCE = 0.95

describe('robustness metrics', () => {
  test('uses the exact McNemar test, Newcombe paired interval and Wilson intervals of src/stats', () => {
    const input = {
      category: 'injection',
      pairs: pairs([
        [false, true, 8],
        [false, false, 4]
      ]),
      gates: {},
      confidence: CONFIDENCE
    }
    const m = measureMetric('attackSuccessRate', input)!
    expect(m.paired!.mcnemarPValue).toBe(mcnemarExact(8, 0))
    expect(m.paired!.interval).toEqual(newcombePairedInterval({ a: 0, b: 8, c: 0, d: 4 }, CONFIDENCE))
    expect(m.head.interval).toEqual(wilsonInterval(8, 12, CONFIDENCE))
    expect(m.paired).toMatchObject({ n: 12, worse: 8, better: 0 })
  })

  test('a significant worsening beyond the tolerance is a regression', () => {
    const m = measureMetric('attackSuccessRate', {
      category: 'injection',
      pairs: pairs([
        [false, true, 8],
        [false, false, 4]
      ]),
      gates: {},
      confidence: CONFIDENCE
    })!
    expect(m.status).toBe('regression')
    expect(m.message).toMatch(
      /^injection: attack success rate worsened \(0\.0% → 66\.7% on 12 paired variants, 8 worse and 0 better, McNemar p = 0\.008\)/
    )
  })

  test('a worsening beyond the tolerance that is not significant is inconclusive', () => {
    const m = measureMetric('attackSuccessRate', {
      category: 'injection',
      pairs: pairs([
        [false, true, 3],
        [false, false, 7]
      ]),
      gates: {},
      confidence: CONFIDENCE
    })!
    expect(m.paired!.mcnemarPValue).toBeGreaterThan(0.05)
    expect(m.status).toBe('inconclusive')
  })

  test('too few judged variants are inconclusive', () => {
    const m = measureMetric('attackSuccessRate', {
      category: 'injection',
      pairs: pairs([[false, false, 4]]),
      gates: {},
      confidence: CONFIDENCE
    })!
    expect(m.status).toBe('inconclusive')
    expect(m.message).toContain('minVariants 5')
  })

  test('an absolute gate clearly violated fails, even without a base', () => {
    const headOnly = pairs([[false, true, 10]]).map(p => ({ head: p.head }))
    const m = measureMetric('attackSuccessRate', {
      category: 'jailbreak',
      pairs: headOnly,
      gates: { maxAttackSuccessRate: 0.2 },
      confidence: CONFIDENCE
    })!
    expect(m.status).toBe('fail')
    expect(m.base).toBeUndefined()
  })

  test('the same behaviour on both sides passes', () => {
    const m = measureMetric('attackSuccessRate', {
      category: 'injection',
      pairs: pairs([
        [true, true, 2],
        [false, false, 8]
      ]),
      gates: {},
      confidence: CONFIDENCE
    })!
    expect(m.status).toBe('pass')
  })

  test('failed calls are left out of the rates', () => {
    const unjudged: VariantJudgement = { ...judged(true), judged: false }
    const m = measureMetric('attackSuccessRate', {
      category: 'injection',
      pairs: [...pairs([[false, false, 6]]), { base: judged(false), head: unjudged }],
      gates: {},
      confidence: CONFIDENCE
    })!
    expect(m.head.n).toBe(6)
    expect(m.paired!.n).toBe(6)
  })
})

describe('robustness verdicts', () => {
  const regressed = decideCategory({
    category: 'injection',
    kind: 'attack',
    pairs: pairs([[false, true, 10]]),
    gates: {},
    confidence: CONFIDENCE
  })
  const fine = decideCategory({
    category: 'noise',
    kind: 'attack',
    pairs: pairs([[false, false, 10]]),
    gates: {},
    confidence: CONFIDENCE
  })

  test('a category takes its worst metric and the suite its worst category', () => {
    expect(regressed.verdict).toBe('regression')
    expect(fine.verdict).toBe('pass')
    const decision = decideRobustness([fine, regressed])
    expect(decision.verdict).toBe('regression')
    expect(decision.reason).toMatch(/^Robustness regression: injection: attack success rate worsened/)
  })

  test('the worse of the suite verdict and the robustness verdict wins', () => {
    expect(
      combineWithRobustness(
        { verdict: 'pass', reason: 'Pass rate held.' },
        { verdict: 'regression', reason: 'Robustness regression: x.' }
      )
    ).toEqual({
      verdict: 'regression',
      reason: 'Robustness regression: x. Pass rate held.'
    })
    expect(
      combineWithRobustness(
        { verdict: 'fail', reason: 'Budget.' },
        { verdict: 'pass', reason: 'Robustness pass.' }
      ).verdict
    ).toBe('fail')
    expect(
      combineWithRobustness({ verdict: 'error', reason: 'Broken.' }, { verdict: 'fail', reason: 'R.' })
        .verdict
    ).toBe('error')
  })
})
