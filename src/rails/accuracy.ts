// Precision and recall per validator on a labelled corpus. Used by scripts/rails-accuracy.ts and by the
// tests that guard the targets (dev set) and the recorded figures (held-out set); not part of the
// runtime library (index.ts does not import it).
import { readJsonLines } from '../core/jsonl.js'
import type { RailsConfig } from './schema.js'
import type { Rails, RailsContext } from './index.js'

/** The config the corpus is labelled against: its competitor names and allowed link domains. */
export const ACCURACY_CONFIG: RailsConfig = {
  competitors: [
    { name: 'Acme', aliases: ['Acme Corp', 'AcmeCloud'] },
    { name: 'Globex', aliases: ['Globex Corporation'] },
    'Initech',
    'Umbrella Health'
  ],
  links: { allowedDomains: ['promptgate.dev', 'github.com', 'docs.python.org'] },
  pii: { phoneDefaultCountry: 'US' },
  language: { enabled: true }
}

/** Statistical validators are reported but not gated: their errors are the model's, not ours. */
export const STATISTICAL_VALIDATORS = new Set(['language'])
export const MIN_PRECISION = 0.95
export const MIN_RECALL = 0.95

/**
 * Validators added after the held-out set was written blind: it labels their positives [] with a
 * note starting "NO-VALIDATOR:". They are scored in a table of their own (labels from the notes) and
 * left out of the main held-out table, so the frozen labels are used exactly as written.
 */
export const LATER_VALIDATORS: readonly string[] = ['secret.stripe', 'secret.google', 'secret.jwt']
const NOTE_LABELS: readonly [RegExp, string][] = [
  [/\bstripe\b/i, 'secret.stripe'],
  [/\bgoogle\b/i, 'secret.google'],
  [/\bjwt\b/i, 'secret.jwt']
]

/** Labels of the later validators for one case: from its "NO-VALIDATOR:" note, else none. */
export function laterLabels(testCase: CorpusCase): string[] {
  const note = testCase.note ?? ''
  if (!note.startsWith('NO-VALIDATOR:')) return []
  return NOTE_LABELS.filter(([pattern]) => pattern.test(note)).map(([, id]) => id)
}

export interface MeasureOptions {
  /** Validator ids that count; others are ignored whether fired or labelled (default: all). */
  scored?: (validator: string) => boolean
  /** Expected ids of a case (default: its labels). */
  labelsOf?: (testCase: CorpusCase) => string[]
}

/** sha256 of datasets/rails-heldout.jsonl as frozen (see its README); a test refuses any edit. */
export const HELDOUT_SHA256 = '8f8d644972732572abbae15e363582a68f459496a30e82c744442b3a8d790324'

/**
 * Held-out precision and recall recorded in the rails note (issue 11) after the fixes: CI fails if a
 * change drops a validator below them (the later validators are scored on their NO-VALIDATOR lines).
 * They are no longer blind figures: the fixes were made after reading the first measurement's misses.
 */
export const HELDOUT_FLOORS: Readonly<Record<string, { precision: number; recall: number }>> = {
  content: { precision: 1, recall: 1 },
  'forbidden-terms': { precision: 1, recall: 1 },
  format: { precision: 1, recall: 1 },
  links: { precision: 1, recall: 1 },
  'pii.credit-card': { precision: 1, recall: 1 },
  'pii.email': { precision: 1, recall: 1 },
  'pii.iban': { precision: 1, recall: 1 },
  'pii.ip': { precision: 1, recall: 1 },
  'pii.phone': { precision: 1, recall: 1 },
  'pii.ssn': { precision: 1, recall: 1 },
  'secret.anthropic': { precision: 1, recall: 1 },
  'secret.aws': { precision: 1, recall: 1 },
  'secret.github': { precision: 1, recall: 1 },
  'secret.openai': { precision: 1, recall: 1 },
  'secret.private-key': { precision: 1, recall: 1 },
  'secret.slack': { precision: 1, recall: 1 },
  'secret.stripe': { precision: 1, recall: 1 },
  'secret.google': { precision: 1, recall: 1 },
  'secret.jwt': { precision: 1, recall: 1 }
}

/**
 * A second blind held-out set (datasets/rails-heldout-2.jsonl), written after the validators were
 * tuned, by a helper who saw neither the code nor the first set, and measured once: the figures
 * below are that first measurement, never tuned on. CI fails if a change drops a validator below them.
 */
export const HELDOUT_2_SHA256 = '69e46064d846ee0292af473b5d4060d4a41a20050b727203b184581b0abfc65b'
export const HELDOUT_2_FLOORS: Readonly<Record<string, { precision: number; recall: number }>> = {
  content: { precision: 0.769, recall: 0.714 },
  'forbidden-terms': { precision: 1, recall: 1 },
  format: { precision: 1, recall: 1 },
  links: { precision: 0.923, recall: 1 },
  'pii.credit-card': { precision: 0.916, recall: 1 },
  'pii.email': { precision: 1, recall: 1 },
  'pii.iban': { precision: 1, recall: 0.916 },
  'pii.ip': { precision: 0.916, recall: 1 },
  'pii.phone': { precision: 1, recall: 0.931 },
  'pii.ssn': { precision: 1, recall: 1 },
  'secret.anthropic': { precision: 1, recall: 1 },
  'secret.aws': { precision: 1, recall: 1 },
  'secret.github': { precision: 1, recall: 1 },
  'secret.openai': { precision: 1, recall: 1 },
  'secret.private-key': { precision: 1, recall: 1 },
  'secret.slack': { precision: 1, recall: 1 },
  'secret.stripe': { precision: 1, recall: 1 },
  'secret.google': { precision: 1, recall: 1 },
  'secret.jwt': { precision: 1, recall: 1 }
}

export interface CorpusCase {
  text: string
  labels: string[]
  note?: string
  context?: RailsContext
  line: number
}

export interface ValidatorScore {
  validator: string
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  gated: boolean
}

export interface AccuracyReport {
  scores: ValidatorScore[]
  /** Cases where fired and expected differ, for debugging the corpus or a validator. */
  mistakes: { line: number; text: string; expected: string[]; fired: string[] }[]
  failing: ValidatorScore[]
}

/** Parses the JSONL corpus; a malformed line names the file and line. */
export function loadCorpus(path: string): CorpusCase[] {
  return readJsonLines(path).map(({ value, line }) => {
    const v = value as Partial<CorpusCase>
    if (
      typeof v.text !== 'string' ||
      !Array.isArray(v.labels) ||
      !v.labels.every(l => typeof l === 'string')
    ) {
      throw new Error(`${path}:${line}: needs "text" (string) and "labels" (array of validator ids)`)
    }
    return { text: v.text, labels: v.labels, note: v.note, context: v.context, line }
  })
}

export function measureAccuracy(
  rails: Rails,
  cases: readonly CorpusCase[],
  options: MeasureOptions = {}
): AccuracyReport {
  const scored = options.scored ?? ((): boolean => true)
  const labelsOf = options.labelsOf ?? ((c: CorpusCase): string[] => c.labels)
  const counts = new Map<string, { tp: number; fp: number; fn: number }>()
  const count = (id: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(id)
    if (c === undefined) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  const mistakes: AccuracyReport['mistakes'] = []
  for (const testCase of cases) {
    const fired = new Set(
      rails
        .validate(testCase.text, testCase.context ?? {})
        .violations.map(v => v.validator)
        .filter(scored)
    )
    const expected = new Set(labelsOf(testCase).filter(scored))
    for (const id of new Set([...fired, ...expected])) {
      const c = count(id)
      if (fired.has(id) && expected.has(id)) c.tp++
      else if (fired.has(id)) c.fp++
      else c.fn++
    }
    if (fired.size !== expected.size || [...fired].some(id => !expected.has(id))) {
      mistakes.push({ line: testCase.line, text: testCase.text, expected: [...expected], fired: [...fired] })
    }
  }
  const scores = [...counts.entries()]
    .map(([validator, c]) => ({
      validator,
      ...c,
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
      gated: !STATISTICAL_VALIDATORS.has(validator)
    }))
    .sort((a, b) => a.validator.localeCompare(b.validator))
  const failing = scores.filter(s => s.gated && (s.precision < MIN_PRECISION || s.recall < MIN_RECALL))
  return { scores, mistakes, failing }
}

/** Markdown table, one row per validator. */
export function formatAccuracyTable(report: AccuracyReport): string {
  const rows = report.scores.map(s =>
    [
      s.validator,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.gated ? (report.failing.includes(s) ? 'FAIL' : 'ok') : 'not gated'
    ].join(' | ')
  )
  return [
    '| validator | TP | FP | FN | precision | recall | gate |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(r => `| ${r} |`)
  ].join('\n')
}
