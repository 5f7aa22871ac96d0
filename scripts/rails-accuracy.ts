// Precision and recall of every rails validator (`npm run accuracy:rails`), held-out sets first:
//  0. datasets/rails-heldout-2.jsonl, written blind after the tuning and never tuned on: the unbiased figures;
//  1. datasets/rails-heldout.jsonl, written blind and frozen (its misses were read and fixed, so no longer blind);
//  2. the same set for validators added after it was written (labels from its NO-VALIDATOR notes);
//  3. datasets/rails-corpus.jsonl, the development set the validators were tuned on.
// Exits 1 when a deterministic validator falls below 0.95 on the development set, or below the
// recorded held-out figures (HELDOUT_FLOORS) on the held-out set.
import {
  ACCURACY_CONFIG,
  HELDOUT_FLOORS,
  HELDOUT_2_FLOORS,
  LATER_VALIDATORS,
  formatAccuracyTable,
  laterLabels,
  loadCorpus,
  measureAccuracy,
  type AccuracyReport
} from '../src/rails/accuracy.js'
import { createRailsAsync } from '../src/rails/index.js'

const HELDOUT_2 = 'datasets/rails-heldout-2.jsonl'
const HELDOUT = 'datasets/rails-heldout.jsonl'
const DEV = 'datasets/rails-corpus.jsonl'
const verbose = process.argv.includes('--verbose')

const rails = await createRailsAsync(ACCURACY_CONFIG)
const isLater = (id: string): boolean => LATER_VALIDATORS.includes(id)

function print(
  title: string,
  path: string,
  count: number,
  report: AccuracyReport,
  showMisses: boolean
): void {
  console.log(`## ${title}: ${count} labelled strings from ${path}\n`)
  console.log(formatAccuracyTable(report))
  if (showMisses && report.mistakes.length > 0) {
    console.log('\nMisses (line: expected → fired):')
    for (const m of report.mistakes) {
      console.log(
        `  ${m.line}: [${m.expected.join(', ')}] → [${m.fired.join(', ')}]  ${JSON.stringify(m.text.slice(0, 100))}`
      )
    }
  }
  console.log('')
}

const heldout2 = loadCorpus(HELDOUT_2)
const heldout2Report = measureAccuracy(rails, heldout2)
print(
  'Held-out set 2 (blind, written after tuning, never tuned on)',
  HELDOUT_2,
  heldout2.length,
  heldout2Report,
  true
)

const heldout = loadCorpus(HELDOUT)
const heldoutReport = measureAccuracy(rails, heldout, { scored: id => !isLater(id) })
print('Held-out set (blind, frozen)', HELDOUT, heldout.length, heldoutReport, true)

const laterReport = measureAccuracy(rails, heldout, { scored: isLater, labelsOf: laterLabels })
print(
  `Held-out set, validators added after it was written (${LATER_VALIDATORS.join(', ')}; labels from its NO-VALIDATOR notes)`,
  HELDOUT,
  heldout.length,
  laterReport,
  true
)

const dev = loadCorpus(DEV)
const devReport = measureAccuracy(rails, dev)
print('Development set (tuned on)', DEV, dev.length, devReport, verbose || devReport.failing.length > 0)

const regressions = [...heldoutReport.scores, ...laterReport.scores].filter(s => {
  const floor = HELDOUT_FLOORS[s.validator]
  return floor !== undefined && (s.precision < floor.precision || s.recall < floor.recall)
})
const regressions2 = heldout2Report.scores.filter(s => {
  const floor = HELDOUT_2_FLOORS[s.validator]
  return floor !== undefined && (s.precision < floor.precision || s.recall < floor.recall)
})
if (regressions2.length > 0) {
  console.error(
    `held-out set 2 below its first measurement: ${regressions2.map(s => s.validator).join(', ')}`
  )
  process.exitCode = 1
}
if (devReport.failing.length > 0) {
  console.error(`development set below 0.95: ${devReport.failing.map(s => s.validator).join(', ')}`)
  process.exitCode = 1
}
if (regressions.length > 0) {
  console.error(`held-out set below the recorded figures: ${regressions.map(s => s.validator).join(', ')}`)
  process.exitCode = 1
}
