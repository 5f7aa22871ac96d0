// Precision and recall per validator on a labelled corpus. Used by scripts/rails-accuracy.ts and by the
// test that guards the targets; not part of the runtime library (index.ts does not import it).
import { readFileSync } from 'node:fs'
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
  const cases: CorpusCase[] = []
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return
      const line = index + 1
      let value: unknown
      try {
        value = JSON.parse(raw)
      } catch (error) {
        throw new Error(`${path}:${line}: not valid JSON (${(error as Error).message})`, { cause: error })
      }
      const v = value as Partial<CorpusCase>
      if (
        typeof v.text !== 'string' ||
        !Array.isArray(v.labels) ||
        !v.labels.every(l => typeof l === 'string')
      ) {
        throw new Error(`${path}:${line}: needs "text" (string) and "labels" (array of validator ids)`)
      }
      cases.push({ text: v.text, labels: v.labels, note: v.note, context: v.context, line })
    })
  return cases
}

export function measureAccuracy(rails: Rails, cases: readonly CorpusCase[]): AccuracyReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>()
  const count = (id: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(id)
    if (c === undefined) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  const mistakes: AccuracyReport['mistakes'] = []
  for (const testCase of cases) {
    const fired = new Set(
      rails.validate(testCase.text, testCase.context ?? {}).violations.map(v => v.validator)
    )
    const expected = new Set(testCase.labels)
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
