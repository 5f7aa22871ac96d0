import {
  ACCURACY_CONFIG,
  MIN_PRECISION,
  MIN_RECALL,
  loadCorpus,
  measureAccuracy
} from '../../src/rails/accuracy.js'
import { createRailsAsync, railsValidatorIds } from '../../src/rails/index.js'

const cases = loadCorpus('datasets/rails-corpus.jsonl')

describe('rails accuracy corpus', () => {
  it('has at least 300 labelled strings using only known validator ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300)
    const unknown = cases.flatMap(c => c.labels).filter(l => !railsValidatorIds.includes(l))
    expect(unknown).toEqual([])
  })
  it('has true positives for every deterministic validator except length', () => {
    const labelled = new Set(cases.flatMap(c => c.labels))
    const missing = railsValidatorIds.filter(
      id => !['length', 'language', 'unchecked'].includes(id) && !labelled.has(id)
    )
    expect(missing).toEqual([])
  })
  it(`keeps every deterministic validator at precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, async () => {
    const rails = await createRailsAsync(ACCURACY_CONFIG)
    const report = measureAccuracy(rails, cases)
    expect(
      report.failing.map(s => `${s.validator} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}`)
    ).toEqual([])
  })
})
