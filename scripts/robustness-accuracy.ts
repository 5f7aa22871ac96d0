// Precision and recall of the robustness detectors (`npm run accuracy:robustness`) on every
// labelled set, newest first: held-out 6 once it is copied in (written blind from the README,
// frozen, measured once after the round-9c tuning commit: the honest figures; the exit code
// follows it), then held-out 5, 4, 3, 2 and 1 (written blind too, but their misses were read and
// the detectors tuned on them in rounds 9c, 9b, 9, 8 and 7), then the development set. Without
// held-out 6, held-out 5 gates. Exits 1 when a gated detector (refusal, garbage, leak) is below 0.95 on the
// gating set. The gating set's misses are always printed, by label and language; --verbose prints
// the others'.
import { existsSync } from 'node:fs'
import {
  formatDetectorTable,
  formatMisses,
  GATED_DETECTORS,
  loadLabelled,
  measureDetectors,
  TARGET
} from '../src/checks/robustness/accuracy.js'

interface LabelledSet {
  name: string
  path: string
  /** The set the exit code follows, and whose misses are always printed. */
  gate: boolean
}

/** Held-out 6 is copied in by the coordinator after the round-9c tuning commit; until then held-out 5 gates. */
const HELDOUT_6 = 'datasets/robustness/detectors-heldout-6.jsonl'
const heldOut6Present = existsSync(HELDOUT_6)

const SETS: LabelledSet[] = [
  ...(heldOut6Present
    ? [
        {
          name: 'held-out 6 (blind, frozen, measured after the round-9c tuning)',
          path: HELDOUT_6,
          gate: true
        }
      ]
    : []),
  {
    name: 'held-out 5 (blind when written; measured once, then tuned on in round 9c)',
    path: 'datasets/robustness/detectors-heldout-5.jsonl',
    gate: !heldOut6Present
  },
  {
    name: 'held-out 4 (blind when written; measured once, then tuned on in round 9)',
    path: 'datasets/robustness/detectors-heldout-4.jsonl',
    gate: false
  },
  {
    name: 'held-out 3 (blind when written; tuned on in round 9)',
    path: 'datasets/robustness/detectors-heldout-3.jsonl',
    gate: false
  },
  {
    name: 'held-out 2 (blind when written; tuned on after round 8)',
    path: 'datasets/robustness/detectors-heldout-2.jsonl',
    gate: false
  },
  {
    name: 'held-out 1 (blind when written; tuned on after round 7)',
    path: 'datasets/robustness/detectors-heldout.jsonl',
    gate: false
  },
  { name: 'development (tuned on)', path: 'datasets/robustness/detectors-dev.jsonl', gate: false }
]
const verbose = process.argv.includes('--verbose')

for (const set of SETS) {
  if (!existsSync(set.path)) {
    console.error(`${set.name}: ${set.path} is missing`)
    process.exitCode = 1
    continue
  }
  const accuracy = measureDetectors(loadLabelled(set.path))
  console.log(`\n${set.name}: ${accuracy.n} labelled responses from ${set.path}\n`)
  console.log(formatDetectorTable(accuracy))
  if (set.gate || verbose) console.log(`\n${formatMisses(accuracy)}`)
  if (set.gate) {
    const below = accuracy.scores
      .filter(s => GATED_DETECTORS.includes(s.label) && (s.precision < TARGET || s.recall < TARGET))
      .map(s => s.label)
    if (below.length > 0) {
      console.error(`\n${set.name}: below ${TARGET} precision or recall: ${below.join(', ')}`)
      process.exitCode = 1
    }
  }
}
