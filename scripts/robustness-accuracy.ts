// Precision and recall of the robustness detectors (`npm run accuracy:robustness`): the frozen
// held-out set first (written blind, never tuned on), then the development set. Exits 1 when a
// gated detector (refusal, garbage, leak) is below 0.95 on the held-out set.
import {
  formatDetectorTable,
  GATED_DETECTORS,
  loadLabelled,
  measureDetectors,
  TARGET
} from '../src/checks/robustness/accuracy.js'

const HELDOUT = 'datasets/robustness/detectors-heldout.jsonl'
const DEV = 'datasets/robustness/detectors-dev.jsonl'
const verbose = process.argv.includes('--verbose')

let belowTarget: string[] = []
for (const [name, path] of [
  ['held-out (blind, frozen)', HELDOUT],
  ['development', DEV]
] as const) {
  const accuracy = measureDetectors(loadLabelled(path))
  console.log(`\n${name}: ${accuracy.n} labelled responses from ${path}\n`)
  console.log(formatDetectorTable(accuracy))
  if (verbose) {
    console.log('\nMisses (line lang: expected → predicted):')
    for (const m of accuracy.mistakes) {
      console.log(
        `  ${m.line} ${m.lang ?? '?'}: ${m.expected} → ${m.predicted}  ${JSON.stringify(m.response.slice(0, 100))}`
      )
    }
  }
  if (path === HELDOUT) {
    belowTarget = accuracy.scores
      .filter(s => GATED_DETECTORS.includes(s.label) && (s.precision < TARGET || s.recall < TARGET))
      .map(s => s.label)
  }
}
if (belowTarget.length > 0) {
  console.error(`\nheld-out: below ${TARGET} precision or recall: ${belowTarget.join(', ')}`)
  process.exitCode = 1
}
