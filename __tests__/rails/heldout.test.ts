// The blind held-out set: frozen byte for byte, and no validator may fall below the figures recorded
// for it (HELDOUT_FLOORS). The 0.95 targets are asserted on the development set (accuracy.test.ts).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  ACCURACY_CONFIG,
  HELDOUT_FLOORS,
  HELDOUT_2_FLOORS,
  HELDOUT_2_SHA256,
  HELDOUT_SHA256,
  LATER_VALIDATORS,
  laterLabels,
  loadCorpus,
  measureAccuracy,
  type AccuracyReport
} from '../../src/rails/accuracy.js'
import { createRailsAsync, railsValidatorIds } from '../../src/rails/index.js'

const PATH = 'datasets/rails-heldout.jsonl'
const cases = loadCorpus(PATH)
const isLater = (id: string): boolean => LATER_VALIDATORS.includes(id)

function belowFloor(report: AccuracyReport, floors = HELDOUT_FLOORS): string[] {
  return report.scores
    .filter(s => {
      const floor = floors[s.validator]
      return floor === undefined || s.precision < floor.precision || s.recall < floor.recall
    })
    .filter(s => s.gated)
    .map(s => `${s.validator} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}`)
}

describe('rails held-out set', () => {
  it('is the frozen file, unedited', () => {
    expect(createHash('sha256').update(readFileSync(PATH)).digest('hex')).toBe(HELDOUT_SHA256)
    expect(cases.length).toBeGreaterThanOrEqual(300)
  })
  it('labels only known validator ids and marks the later validators with NO-VALIDATOR notes', () => {
    expect(cases.flatMap(c => c.labels).filter(l => !railsValidatorIds.includes(l))).toEqual([])
    expect(new Set(cases.flatMap(laterLabels))).toEqual(new Set(LATER_VALIDATORS))
  })
  it('keeps every deterministic validator at or above its recorded held-out figures', async () => {
    const rails = await createRailsAsync(ACCURACY_CONFIG)
    expect(belowFloor(measureAccuracy(rails, cases, { scored: id => !isLater(id) }))).toEqual([])
    expect(belowFloor(measureAccuracy(rails, cases, { scored: isLater, labelsOf: laterLabels }))).toEqual([])
  })
})

describe('rails held-out set 2 (blind, written after tuning)', () => {
  const PATH_2 = 'datasets/rails-heldout-2.jsonl'
  const cases2 = loadCorpus(PATH_2)
  it('is the frozen file, unedited', () => {
    expect(createHash('sha256').update(readFileSync(PATH_2)).digest('hex')).toBe(HELDOUT_2_SHA256)
    expect(cases2.length).toBeGreaterThanOrEqual(300)
  })
  it('labels only known validator ids', () => {
    expect(cases2.flatMap(c => c.labels).filter(l => !railsValidatorIds.includes(l))).toEqual([])
  })
  it('keeps every deterministic validator at or above its first (untuned) measurement', async () => {
    const rails = await createRailsAsync(ACCURACY_CONFIG)
    expect(belowFloor(measureAccuracy(rails, cases2), HELDOUT_2_FLOORS)).toEqual([])
  })
})
