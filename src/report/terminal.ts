// The readable terminal summary of a run. Model outputs and dataset text are untrusted: control
// characters (ANSI escapes, carriage returns) and workflow-command prefixes are neutralised so
// an output can neither repaint the terminal nor issue `::set-output`-style commands in CI logs.
import type { CaseReport, RunReport, SuiteReport, VersionStats } from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import { dollars, milliseconds, percent } from '../core/format.js'

export { percent } from '../core/format.js'

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** One line, no control characters, no leading `::`, at most `max` characters. */
export function inertLine(text: string, max = 160): string {
  let line = text.replace(/\r?\n/g, ' ⏎ ').replace(CONTROL_CHARS, '�')
  if (line.startsWith('::')) line = ` ${line}`
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

const VERDICT_LABEL: Record<SuiteReport['verdict'], string> = {
  pass: 'PASS',
  improvement: 'IMPROVED',
  regression: 'REGRESSION',
  fail: 'FAIL',
  inconclusive: 'INCONCLUSIVE',
  skipped: 'SKIPPED',
  error: 'ERROR'
}

const ms = milliseconds

function versionLine(label: string, stats: VersionStats | undefined): string {
  if (!stats) return `  ${label}: –`
  const parts = [
    `pass ${percent(stats.passRate)} (${stats.passedSamples}/${stats.passedSamples + stats.failedSamples} samples`,
    stats.errorSamples > 0 ? `, ${stats.errorSamples} errors)` : ')',
    `  p50 ${ms(stats.latencyMs?.p50)} p95 ${ms(stats.latencyMs?.p95)}`,
    `  tokens in ${stats.tokens.input} out ${stats.tokens.output}`,
    stats.cost
      ? `  cost ${dollars(stats.cost.totalUsd)}`
      : stats.tokens.input > 0
        ? '  cost unknown (no price for this model; see prices:)'
        : '',
    stats.cacheHits > 0 ? `  cached ${stats.cacheHits}` : '',
    stats.safetyViolations > 0 ? `  safety violations ${stats.safetyViolations}` : ''
  ]
  return `  ${label}: ${parts.join('')}`
}

function failingSample(samples: SampleResult[] | undefined): SampleResult | undefined {
  return samples?.find(s => !s.pass)
}

function caseLines(testCase: CaseReport): string[] {
  const sample = failingSample(testCase.head)
  if (!sample) return []
  const lines = [
    `    ✗ ${inertLine(testCase.id, 60)} (${inertLine(testCase.source.file, 80)}:${testCase.source.line ?? '?'})`
  ]
  if (sample.error) {
    lines.push(`      error: ${inertLine(sample.error)}`)
    return lines
  }
  for (const check of sample.checks.filter(c => !c.pass)) {
    lines.push(
      `      ${check.id} [${check.status === 'ok' ? 'fail' : check.status}]: ${inertLine(check.reason)}`
    )
  }
  lines.push(`      output: ${inertLine(sample.output ?? '', 200)}`)
  return lines
}

export interface TerminalOptions {
  /** How many failing cases to list per suite. */
  maxCases?: number
}

export function renderTerminal(report: RunReport, options: TerminalOptions = {}): string {
  const maxCases = options.maxCases ?? 5
  const lines: string[] = []
  for (const suite of report.suites) {
    lines.push(
      `${VERDICT_LABEL[suite.verdict]}  ${suite.id}  (${inertLine(suite.promptFile, 100)}, ${suite.model} via ${suite.provider})`
    )
    lines.push(`  ${inertLine(suite.reason, 400)}`)
    if (suite.needs) lines.push(`  to decide: ${inertLine(suite.needs.description, 400)}`)
    if (suite.base) lines.push(versionLine('base', suite.base))
    lines.push(versionLine(suite.base ? 'head' : 'result', suite.head))
    for (const budget of suite.budgets.filter(b => b.status !== 'pass')) {
      lines.push(`  budget ${budget.id}: ${budget.status} — ${inertLine(budget.message, 300)}`)
    }
    for (const category of suite.robustness?.categories ?? []) {
      for (const metric of category.metrics.filter(m => m.status !== 'pass')) {
        lines.push(`  robustness ${metric.status}: ${inertLine(metric.message, 300)}`)
      }
    }
    for (const unsupported of suite.unsupportedChecks) {
      lines.push(`  not evaluated: ${unsupported.id} — ${inertLine(unsupported.reason, 300)}`)
    }
    const failing = suite.cases.filter(c => failingSample(c.head))
    for (const testCase of failing.slice(0, maxCases)) lines.push(...caseLines(testCase))
    if (failing.length > maxCases)
      lines.push(`    … and ${failing.length - maxCases} more failing cases (see the JSON report)`)
    lines.push('')
  }
  for (const note of report.notes) lines.push(`note: ${inertLine(note, 400)}`)
  lines.push(`Verdict: ${report.verdict.toUpperCase()} — ${inertLine(report.reason, 400)}`)
  return lines.join('\n')
}
