// Precision and recall of the robustness detectors (`npm run accuracy:robustness`) on every
// labelled set in LABELLED_SETS, newest first: the blind sets (written from the README alone,
// frozen, measured once after the round-10 answer model: the honest figures; the exit code
// follows them), then the sets the rules were tuned on and the answer model trained on.
// For a blind set it also prints the rules alone, so the model's share is visible. Exits 1
// when a gated detector (refusal, garbage, leak) is below 0.95 on a blind set, or one is missing.
// The blind sets' misses are always printed, by label and language; --verbose prints the others'.
import { existsSync } from 'node:fs'
import {
  formatDetectorTable,
  formatMisses,
  GATED_DETECTORS,
  LABELLED_SETS,
  loadLabelled,
  measureDetectors,
  TARGET
} from '../src/checks/robustness/accuracy.js'

const verbose = process.argv.includes('--verbose')

for (const set of LABELLED_SETS) {
  if (!existsSync(set.path)) {
    console.error(`${set.name}: ${set.path} is missing`)
    process.exitCode = 1
    continue
  }
  const items = loadLabelled(set.path)
  const accuracy = measureDetectors(items)
  console.log(`\n${set.name}: ${accuracy.n} labelled responses from ${set.path}\n`)
  console.log(formatDetectorTable(accuracy))
  if (set.blind) {
    console.log(`\nthe rules alone, without the answer model:\n`)
    console.log(formatDetectorTable(measureDetectors(items, { answerModel: false })))
  }
  if (set.blind || verbose) console.log(`\n${formatMisses(accuracy)}`)
  if (set.blind) {
    const below = accuracy.scores
      .filter(s => GATED_DETECTORS.includes(s.label) && (s.precision < TARGET || s.recall < TARGET))
      .map(s => s.label)
    if (below.length > 0) {
      console.error(`\n${set.name}: below ${TARGET} precision or recall: ${below.join(', ')}`)
      process.exitCode = 1
    }
  }
}
