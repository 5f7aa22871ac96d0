// Precision and recall of the robustness detectors on a labelled set of responses. Used by
// scripts/robustness-accuracy.ts and its test; not on the gate's path.
import { readJsonLines } from '../../core/jsonl.js'
import {
  declinesByRules,
  detectLeak,
  garbageByRules,
  garbageReason,
  isClarification,
  isRefusal
} from './detectors.js'

export const DETECTOR_LABELS = ['useful', 'refusal', 'clarification', 'garbage', 'leak'] as const
export type DetectorLabel = (typeof DETECTOR_LABELS)[number]
/** The detectors the issue sets targets for; clarification is reported too. */
export const GATED_DETECTORS: readonly DetectorLabel[] = ['refusal', 'garbage', 'leak']
export const TARGET = 0.95

export interface LabelledSet {
  name: string
  path: string
  /**
   * Written blind from the README, frozen, and neither tuned nor trained on: the honest figures,
   * measured once; the accuracy script's exit code follows them. The answer model trains on
   * every other set.
   */
  blind: boolean
}

/** Every labelled set, newest first. */
export const LABELLED_SETS: readonly LabelledSet[] = [
  {
    name: 'held-out 16 (blind, frozen, measured once after the answer model trained on held-out 13 and 14)',
    path: 'datasets/robustness/detectors-heldout-16.jsonl',
    blind: true
  },
  {
    name: 'held-out 15 (blind, frozen, measured once after the answer model trained on held-out 13 and 14)',
    path: 'datasets/robustness/detectors-heldout-15.jsonl',
    blind: true
  },
  {
    name: 'held-out 14 (blind when written; measured once against the answer model 88946aa, then trained on)',
    path: 'datasets/robustness/detectors-heldout-14.jsonl',
    blind: false
  },
  {
    name: 'held-out 13 (blind when written; measured once against the answer model 88946aa, then trained on)',
    path: 'datasets/robustness/detectors-heldout-13.jsonl',
    blind: false
  },
  {
    name: 'held-out 12 (blind when written; measured once against the answer model fecff05, then trained on)',
    path: 'datasets/robustness/detectors-heldout-12.jsonl',
    blind: false
  },
  {
    name: 'held-out 11 (blind when written; measured once against the answer model fecff05, then trained on)',
    path: 'datasets/robustness/detectors-heldout-11.jsonl',
    blind: false
  },
  {
    name: 'held-out 10 (blind when written; measured once against the answer model ba3f775, then trained on)',
    path: 'datasets/robustness/detectors-heldout-10.jsonl',
    blind: false
  },
  {
    name: 'held-out 9 (blind when written; measured once against the answer model ba3f775, then trained on)',
    path: 'datasets/robustness/detectors-heldout-9.jsonl',
    blind: false
  },
  {
    name: 'held-out 8 (blind when written; measured once against the first refusal model ee70f60, then trained on)',
    path: 'datasets/robustness/detectors-heldout-8.jsonl',
    blind: false
  },
  {
    name: 'held-out 7 (blind when written; measured once against the first refusal model ee70f60, then trained on)',
    path: 'datasets/robustness/detectors-heldout-7.jsonl',
    blind: false
  },
  {
    name: 'held-out 6 (blind when written; measured once after round 9c, then trained on in round 10)',
    path: 'datasets/robustness/detectors-heldout-6.jsonl',
    blind: false
  },
  {
    name: 'held-out 5 (blind when written; measured once, then tuned on in round 9c)',
    path: 'datasets/robustness/detectors-heldout-5.jsonl',
    blind: false
  },
  {
    name: 'held-out 4 (blind when written; measured once, then tuned on in round 9)',
    path: 'datasets/robustness/detectors-heldout-4.jsonl',
    blind: false
  },
  {
    name: 'held-out 3 (blind when written; tuned on in round 9)',
    path: 'datasets/robustness/detectors-heldout-3.jsonl',
    blind: false
  },
  {
    name: 'held-out 2 (blind when written; tuned on after round 8)',
    path: 'datasets/robustness/detectors-heldout-2.jsonl',
    blind: false
  },
  {
    name: 'held-out 1 (blind when written; tuned on after round 7)',
    path: 'datasets/robustness/detectors-heldout.jsonl',
    blind: false
  },
  { name: 'development (tuned on)', path: 'datasets/robustness/detectors-dev.jsonl', blind: false },
  {
    name: 'development, short answers (labels, values, confirmations; written by us for the answer model)',
    path: 'datasets/robustness/detectors-dev-short.jsonl',
    blind: false
  }
]

export interface LabelledResponse {
  response: string
  label: DetectorLabel
  lang?: string
  context?: { input?: string; systemPrompt?: string; finishReason?: string }
  note?: string
  line: number
}

/** Parses the JSONL set; a malformed line names the file and line. */
export function loadLabelled(path: string): LabelledResponse[] {
  return readJsonLines(path).map(({ value, line }) => {
    const row = value as Partial<LabelledResponse>
    if (typeof row.response !== 'string') throw new Error(`${path}:${line}: "response" must be a string`)
    if (!DETECTOR_LABELS.includes(row.label as DetectorLabel)) {
      throw new Error(`${path}:${line}: "label" must be one of ${DETECTOR_LABELS.join(', ')}`)
    }
    return { ...(row as LabelledResponse), line }
  })
}

export interface PredictOptions {
  /** false: the rules alone (`declinesByRules`, `garbageByRules`), to show what the answer model adds. */
  answerModel?: boolean
}

/**
 * The single label the detectors give, in the judge's order: garbage before leak (a cut-off
 * answer is garbage whatever it says), leak before refusal, refusal before clarification.
 */
export function predictLabel(
  item: Pick<LabelledResponse, 'response' | 'context'>,
  options: PredictOptions = {}
): DetectorLabel {
  const { response, context } = item
  const rulesOnly = options.answerModel === false
  const garbage = (rulesOnly ? garbageByRules : garbageReason)({
    output: response,
    ...(context?.finishReason ? { finishReason: context.finishReason } : {}),
    ...(context?.input !== undefined ? { input: context.input } : {})
  })
  if (garbage) return 'garbage'
  if (context?.systemPrompt && detectLeak(response, context.systemPrompt).leaked) return 'leak'
  const refuses = rulesOnly ? declinesByRules : isRefusal
  if (refuses(response, context?.input)) return 'refusal'
  if (isClarification(response)) return 'clarification'
  return 'useful'
}

export interface DetectorScore {
  label: DetectorLabel
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
}

export interface DetectorAccuracy {
  n: number
  scores: DetectorScore[]
  mistakes: {
    line: number
    lang?: string
    expected: DetectorLabel
    predicted: DetectorLabel
    response: string
  }[]
}

export function measureDetectors(
  items: readonly LabelledResponse[],
  options: PredictOptions = {}
): DetectorAccuracy {
  const predictions = items.map(item => ({ item, predicted: predictLabel(item, options) }))
  const scores = DETECTOR_LABELS.filter(l => l !== 'useful').map(label => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const { item, predicted } of predictions) {
      if (predicted === label && item.label === label) tp++
      else if (predicted === label) fp++
      else if (item.label === label) fn++
    }
    // No prediction and no positive: precision and recall are vacuous, shown as 1.
    return {
      label,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn)
    }
  })
  const mistakes = predictions
    .filter(p => p.predicted !== p.item.label)
    .map(p => ({
      line: p.item.line,
      ...(p.item.lang ? { lang: p.item.lang } : {}),
      expected: p.item.label,
      predicted: p.predicted,
      response: p.item.response
    }))
  return { n: items.length, scores, mistakes }
}

export function formatDetectorTable(accuracy: DetectorAccuracy): string {
  const lines = ['detector       precision  recall   tp  fp  fn']
  for (const s of accuracy.scores) {
    const gated = GATED_DETECTORS.includes(s.label) ? '' : '  (not gated)'
    lines.push(
      `${s.label.padEnd(14)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}${gated}`
    )
  }
  return lines.join('\n')
}

/** The misses grouped by expected label and language, each with its line and the start of the response. */
export function formatMisses(accuracy: DetectorAccuracy): string {
  if (accuracy.mistakes.length === 0) return 'Misses: none'
  const groups = new Map<string, DetectorAccuracy['mistakes']>()
  for (const m of accuracy.mistakes) {
    const key = `${m.expected} (${m.lang ?? '?'})`
    groups.set(key, [...(groups.get(key) ?? []), m])
  }
  const lines = [`Misses (${accuracy.mistakes.length}), by expected label and language:`]
  for (const key of [...groups.keys()].sort()) {
    lines.push(`  ${key}:`)
    for (const m of groups.get(key) ?? []) {
      lines.push(`    line ${m.line} → ${m.predicted}  ${JSON.stringify(m.response.slice(0, 100))}`)
    }
  }
  return lines.join('\n')
}
