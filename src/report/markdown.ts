// report: the sticky PR comment and the job summary, rendered from the RunReport. Verdicts and
// numbers come from the report as they are; every string that could come from a PR, a dataset or
// a model goes through escape.ts.
import { markdownTable } from 'markdown-table'
import { GITHUB_COMMENT_MAX_CHARS, GITHUB_STEP_SUMMARY_MAX_BYTES } from '../constants.js'
import type {
  BudgetResult,
  CallFailureGroup,
  CaseContribution,
  CaseReport,
  Interval,
  OverallVerdict,
  RunReport,
  SuiteReport,
  SuiteVerdict,
  VersionStats
} from '../core/report.js'
import type { CheckResult, SampleResult } from '../core/types.js'
import {
  confidenceLevel,
  count,
  dollars,
  duration,
  milliseconds,
  percent,
  percentRange,
  plural,
  points,
  pointsRange,
  pValue,
  ratio,
  relativeChange,
  signed
} from '../core/format.js'
import { describeFailure } from '../stats/causes.js'
import { renderChaosSection } from './chaos.js'
import { commentMarker } from './comment-marker.js'
import { codeSpan, escapeHtml, escapeInline, fencedCode, singleLine, truncateText } from './escape.js'
import { configReviewBlock } from './config-review.js'
import { robustnessBlocks } from './robustness.js'

export interface RenderOptions {
  /** `GITHUB_SERVER_URL`, e.g. https://github.com. */
  serverUrl?: string
  /** `GITHUB_REPOSITORY`, owner/repo. */
  repository?: string
  /** `GITHUB_RUN_ID`. */
  runId?: string
  /** `GITHUB_RUN_ATTEMPT`; links the attempt when greater than 1. */
  runAttempt?: string
  /** Case details per suite at full size (default 10 in comments, 50 in summaries). */
  maxCasesPerSuite?: number
  /** Characters of each output at full size (default 3,000 in comments, 10,000 in summaries). */
  maxOutputChars?: number
  /** Size limit override, for tests. */
  maxSize?: number
}

/** Notes shown per comment, each cut to a length; more go to the JSON report only. */
const MAX_NOTES = 20
const MAX_NOTE_CHARS = 500

const OVERALL_EMOJI: Record<OverallVerdict, string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  skipped: '⏭️'
}

const SUITE_EMOJI: Record<SuiteVerdict, string> = {
  pass: '✅',
  improvement: '📈',
  regression: '📉',
  fail: '❌',
  inconclusive: '⚠️',
  skipped: '⏭️',
  error: '💥'
}

// ---------------------------------------------------------------------------------------------
// Numbers: the only text in the comment that is not escaped, because we make it (core/format.ts).

const pct = percent
const ms = milliseconds
const usd = dollars
const int = count
const ratioChange = relativeChange
const pctInterval = (i: Interval | undefined): string => (i ? percentRange(i.low, i.high) : '')
const pp = (delta: number): string => points(delta)

function budgetValue(value: number, unit: BudgetResult['unit']): string {
  if (Number.isNaN(value)) return 'unset'
  switch (unit) {
    case 'ms':
      return ms(value)
    case 'usd':
      return usd(value)
    case 'fraction':
      return pct(value)
    default:
      return `${int(value)} ${unit}`
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks

function table(rows: string[][]): string {
  return markdownTable(rows, { alignDelimiters: false })
}

function headline(report: RunReport): string {
  const emoji = OVERALL_EMOJI[report.verdict] ?? '❔'
  return `## ${emoji} PromptGate: **${report.verdict}**\n\n${escapeInline(report.reason)}`
}

function changeText(suite: SuiteReport): string {
  switch (suite.change) {
    case 'added':
      return 'new prompt'
    case 'deleted':
      return 'prompt deleted'
    case 'renamed':
      return suite.basePromptFile ? `renamed from ${codeSpan(suite.basePromptFile)}` : 'renamed'
    case 'modified':
      return 'prompt modified'
    case 'unchanged':
      return 'prompt unchanged, inputs changed'
    case 'run':
      return 'evaluated'
  }
}

function overview(report: RunReport): string {
  const rows = [['Suite', 'Verdict', 'Change', 'Pass rate base → head']]
  for (const s of report.suites) {
    rows.push([
      escapeInline(s.id),
      `${SUITE_EMOJI[s.verdict] ?? '❔'} ${s.verdict}`,
      escapeInline(s.change),
      s.base || s.head
        ? `${s.base ? pct(s.base.passRate) : '–'} → ${s.head ? pct(s.head.passRate) : '–'}`
        : '–'
    ])
  }
  return table(rows)
}

function failingChecks(stats: VersionStats | undefined): string {
  if (!stats) return '–'
  const ids = Object.entries(stats.checkFailures)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
  if (ids.length === 0) return '0'
  const shown = ids
    .slice(0, 3)
    .map(([id, n]) => `${escapeInline(id)} (${n})`)
    .join(', ')
  return ids.length > 3 ? `${ids.length}: ${shown}, …` : `${ids.length}: ${shown}`
}

/** A side with no judged sample gets words, not a percentage: why it was not evaluated. */
function notEvaluated(failures: CallFailureGroup[] | undefined): string {
  const group = failures?.[0]
  return group ? `not evaluated: ${describeFailure(group)}` : 'not evaluated: no check could decide'
}

/** What a metrics row reads: the suite, and the sides that have judged samples. */
interface MetricSides {
  suite: SuiteReport
  base?: VersionStats
  head?: VersionStats
  judgedBase?: VersionStats
  judgedHead?: VersionStats
}

/** One row of the metrics table: [metric, base, head, change], or undefined to leave it out. */
type MetricRow = (sides: MetricSides) => string[] | undefined

const judged = (s: VersionStats | undefined): VersionStats | undefined =>
  s !== undefined && s.cases > 0 ? s : undefined

function passRateCell(s: VersionStats | undefined, failures: CallFailureGroup[] | undefined): string {
  if (!s) return '–'
  if (s.cases === 0) return notEvaluated(failures)
  const interval = pctInterval(s.passRateInterval)
  return interval ? `${pct(s.passRate)} (${interval})` : pct(s.passRate)
}

const passRateRow: MetricRow = ({ suite, base, head, judgedBase, judgedHead }) => {
  const comparison = suite.comparison
  const change = comparison
    ? `${pp(comparison.passRate.delta)} (${pointsRange(comparison.passRate.interval.low, comparison.passRate.interval.high).replace(/ pp$/, '')})`
    : judgedBase && judgedHead
      ? pp(judgedHead.passRate - judgedBase.passRate)
      : ''
  return [
    'Pass rate',
    passRateCell(base, suite.failures?.base),
    passRateCell(head, suite.failures?.head),
    change
  ]
}

// A side with no judged sample has no failures or tokens to show: dashes, not zeros.
const failingSamplesRow: MetricRow = ({ judgedBase, judgedHead }) => {
  const cell = (s: VersionStats | undefined) => (s ? `${int(s.failedSamples)} / ${int(s.samples)}` : '–')
  return ['Failing samples', cell(judgedBase), cell(judgedHead), '']
}

const checksFailingRow: MetricRow = ({ judgedBase, judgedHead }) => [
  'Checks failing',
  failingChecks(judgedBase),
  failingChecks(judgedHead),
  ''
]

const failedCallsRow: MetricRow = ({ base, head }) =>
  (base?.errorSamples ?? 0) > 0 || (head?.errorSamples ?? 0) > 0
    ? ['Failed model calls', base ? int(base.errorSamples) : '–', head ? int(head.errorSamples) : '–', '']
    : undefined

const latencyRow: MetricRow = ({ suite, base, head }) => {
  if (!base?.latencyMs && !head?.latencyMs) return undefined
  const lat = suite.comparison?.latencyP95
  const change = lat
    ? `${signed((lat.ratio - 1) * 100, 0)}%${lat.significant ? ' (significant)' : ''}`
    : ratioChange(base?.latencyMs?.p95, head?.latencyMs?.p95)
  return ['p95 latency', ms(base?.latencyMs?.p95), ms(head?.latencyMs?.p95), change]
}

const tokensRow: MetricRow = ({ judgedBase, judgedHead }) => {
  if (!judgedBase && !judgedHead) return undefined
  const cell = (s: VersionStats | undefined) =>
    s ? `${int(s.tokens.meanOutput)} / ${int(s.tokens.maxOutput)}` : '–'
  return [
    'Output tokens (mean / max)',
    cell(judgedBase),
    cell(judgedHead),
    ratioChange(judgedBase?.tokens.meanOutput, judgedHead?.tokens.meanOutput)
  ]
}

const costRow: MetricRow = ({ base, head }) =>
  base?.cost || head?.cost
    ? [
        'Cost per 1k requests',
        usd(base?.cost?.per1kRequestsUsd),
        usd(head?.cost?.per1kRequestsUsd),
        ratioChange(base?.cost?.per1kRequestsUsd, head?.cost?.per1kRequestsUsd)
      ]
    : undefined

const safetyRow: MetricRow = ({ suite, base, head }) => {
  const fresh = suite.comparison?.newSafetyViolations ?? 0
  return [
    'Safety violations',
    base ? int(base.safetyViolations) : '–',
    head ? int(head.safetyViolations) : '–',
    fresh > 0 ? `+${int(fresh)} new` : ''
  ]
}

const gracefulRow: MetricRow = ({ suite }) => {
  const graceful = suite.robustness?.graceful
  if (!graceful) return undefined
  return [
    `Robustness: graceful (${int(suite.robustness?.variants.length)} variants)`,
    pct(graceful.base?.rate),
    pct(graceful.head.rate),
    graceful.paired ? pp(graceful.paired.delta) : ''
  ]
}

/** The metrics table's rows, in order. */
const METRIC_ROWS: readonly MetricRow[] = [
  passRateRow,
  failingSamplesRow,
  checksFailingRow,
  failedCallsRow,
  latencyRow,
  tokensRow,
  costRow,
  safetyRow,
  gracefulRow
]

function metricsTable(suite: SuiteReport): string {
  const { base, head } = suite
  const judgedBase = judged(base)
  const judgedHead = judged(head)
  const sides: MetricSides = {
    suite,
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    ...(judgedBase ? { judgedBase } : {}),
    ...(judgedHead ? { judgedHead } : {})
  }
  const rows: string[][] = [['Metric', 'Base', 'Head', 'Change']]
  for (const row of METRIC_ROWS) {
    const cells = row(sides)
    if (cells) rows.push(cells)
  }
  // No base version (new prompt, plain run): base and change columns would be all dashes.
  return table(base ? rows : rows.map(([metric = '', , value = '']) => [metric, value]))
}

function evidence(suite: SuiteReport): string | undefined {
  const c = suite.comparison
  if (!c) return undefined
  const conf = confidenceLevel(c.passRate.interval.confidence)
  const parts = [
    `${int(c.pairedCases)} paired cases`,
    `${int(c.flips.passToFail)} pass→fail, ${int(c.flips.failToPass)} fail→pass`,
    `exact McNemar ${pValue(c.mcnemarPValue)}`,
    `pass rate change ${pp(c.passRate.delta)}, ${conf} interval ${pointsRange(c.passRate.interval.low, c.passRate.interval.high)}`
  ]
  if (c.meanScoreDelta) {
    parts.push(
      `mean score ${signed(c.meanScoreDelta.delta, 3)} (${signed(c.meanScoreDelta.interval.low, 3)} to ${signed(c.meanScoreDelta.interval.high, 3)})`
    )
  }
  if (c.latencyP95?.interval) {
    const i = c.latencyP95.interval
    parts.push(`p95 latency ratio ${ratio(c.latencyP95.ratio)} (${ratio(i.low)}–${ratio(i.high)})`)
  }
  return `**Evidence:** ${parts.join(' · ')}`
}

const BUDGET_EMOJI: Record<BudgetResult['status'], string> = { pass: '✅', fail: '❌', inconclusive: '⚠️' }

function budgets(suite: SuiteReport): string | undefined {
  if (suite.budgets.length === 0) return undefined
  const rows = [['Budget', 'Limit', 'Actual', 'Status']]
  for (const b of suite.budgets) {
    const actual = budgetValue(b.actual, b.unit)
    const interval =
      b.interval && b.unit !== 'fraction'
        ? ` (${budgetValue(b.interval.low, b.unit)}–${budgetValue(b.interval.high, b.unit)})`
        : b.interval
          ? ` (${pctInterval(b.interval)})`
          : ''
    rows.push([
      escapeInline(b.id),
      budgetValue(b.limit, b.unit),
      `${actual}${interval}`,
      `${BUDGET_EMOJI[b.status] ?? '❔'} ${b.status}: ${escapeInline(b.message)}`
    ])
  }
  return `**Budgets**\n\n${table(rows)}`
}

// ---------------------------------------------------------------------------------------------
// Case details

function isFailing(sample: SampleResult): boolean {
  return !sample.pass
}

const CONTRIBUTION_TEXT: Record<CaseContribution['kind'], string> = {
  'new-safety-violation': 'new safety violation',
  regressed: 'regressed',
  'new-check-failure': 'new check failure',
  budget: 'over budget',
  failing: 'failing',
  'not-evaluated': 'not evaluated'
}

interface ShownCase {
  report: CaseReport
  contribution?: CaseContribution
}

/**
 * Cases a reviewer needs to see: every case behind a non-pass verdict, most severe first (the
 * verdict's own list); for a pass, the cases that flipped within the tolerance.
 */
export function casesToShow(suite: SuiteReport): { title: string; cases: ShownCase[] } {
  const byId = new Map(suite.cases.map(c => [c.id, c]))
  const contributors = (suite.contributors ?? []).flatMap(k => {
    const report = byId.get(k.caseId)
    return report ? [{ report, contribution: k }] : []
  })
  if (contributors.length > 0) {
    const kinds = new Set(contributors.map(c => c.contribution.kind))
    const only = kinds.size === 1 ? [...kinds][0] : undefined
    const title =
      only === 'regressed'
        ? 'Regressed cases'
        : only === 'failing'
          ? 'Failing cases'
          : 'Cases behind this verdict'
    return { title, cases: contributors }
  }
  const regressed = suite.cases.filter(c => c.flip === 'regressed').map(report => ({ report }))
  // With a base, only flips are news; failures on both sides (or a failed side) are in the table.
  if (regressed.length > 0 || suite.comparison || suite.base)
    return { title: 'Regressed cases', cases: regressed }
  return {
    title: 'Failing cases',
    cases: suite.cases.filter(c => c.head.some(isFailing)).map(report => ({ report }))
  }
}

/** Characters of the input shown in a case's label. */
const INPUT_SNIPPET_CHARS = 80

/** The case's input as one short line: the first text variable, else the vars as JSON. */
function inputSnippet(c: CaseReport): string {
  const first = Object.values(c.vars).find((v): v is string => typeof v === 'string' && v.trim() !== '')
  const text = (first ?? JSON.stringify(c.vars) ?? '').replace(/\s+/g, ' ').trim()
  return text.length > INPUT_SNIPPET_CHARS ? `${text.slice(0, INPUT_SNIPPET_CHARS - 1)}…` : text
}

function pickSample(samples: SampleResult[] | undefined, prefer: 'pass' | 'fail'): SampleResult | undefined {
  if (!samples || samples.length === 0) return undefined
  return samples.find(s => (prefer === 'pass' ? s.pass : !s.pass)) ?? samples[0]
}

function sampleText(sample: SampleResult | undefined, maxChars: number): string {
  if (!sample) return '(not run)'
  if (sample.error !== undefined) return truncateText(`[model call failed] ${sample.error}`, maxChars)
  if (sample.output === undefined) return '(no output)'
  return truncateText(sample.output, maxChars)
}

/** Safety violations listed under their check, each span shown inert. */
const MAX_VIOLATIONS_PER_CHECK = 5

function checkLine(check: CheckResult): string {
  const status = check.status === 'ok' ? 'failed' : check.status
  const line = `- ${codeSpan(check.id)} (${escapeInline(check.type)}) ${status}: ${escapeInline(truncateText(check.reason, 500))}`
  const violations = (check.violations ?? [])
    .slice(0, MAX_VIOLATIONS_PER_CHECK)
    .map(
      v =>
        `  - ${codeSpan(v.validator)} ${escapeInline(v.severity)} at ${v.span.start}–${v.span.end}: ` +
        `${codeSpan(truncateText(v.text, 80))}`
    )
  return [line, ...violations].join('\n')
}

function caseDetails(shown: ShownCase, position: number, maxChars: number, hasBase: boolean): string {
  const c = shown.report
  const k = shown.contribution
  const head = pickSample(c.head, 'fail')
  const base = pickSample(c.base, 'pass')
  const failed = (head?.checks ?? []).filter(ch => !ch.pass || ch.status !== 'ok')
  const checkIds = k && k.ruleIds.length > 0 ? k.ruleIds : failed.map(ch => ch.id)
  const rates = hasBase
    ? `base ${pct(c.basePassRate)} → head ${pct(c.headPassRate)}`
    : `head ${pct(c.headPassRate)}`
  const label = [
    `${position}. “${escapeHtml(inputSnippet(c))}”`,
    `<code>${escapeHtml(c.id)}</code>` +
      (c.derivedFrom
        ? ` (${escapeHtml(c.derivedFrom.variant)} of <code>${escapeHtml(c.derivedFrom.caseId)}</code>)`
        : ''),
    k ? `<b>${CONTRIBUTION_TEXT[k.kind]}</b>` : '',
    checkIds.length > 0
      ? checkIds
          .slice(0, 4)
          .map(id => `<code>${escapeHtml(id)}</code>`)
          .join(', ')
      : '',
    head?.error !== undefined && !k ? 'call failed' : '',
    rates
  ].filter(Boolean)

  const parts = [`<details>\n<summary>${label.join(' · ')}</summary>\n`]
  if (k) parts.push(`${escapeInline(k.detail)}\n`)
  parts.push(`**Input** (${escapeInline(c.source.file)}${c.source.line ? `, line ${c.source.line}` : ''})\n`)
  parts.push(fencedCode(truncateText(JSON.stringify(c.vars, null, 2) ?? '{}', maxChars), 'json'))
  if (c.expected !== undefined) {
    parts.push('**Expected**\n')
    parts.push(fencedCode(truncateText(c.expected, maxChars)))
  }
  if (hasBase) {
    // Stacked, not side by side: at GitHub's comment width a second column would scroll off-screen.
    parts.push('**Base**\n')
    parts.push(fencedCode(sampleText(base, maxChars)))
    parts.push('**Head**\n')
    parts.push(fencedCode(sampleText(head, maxChars)))
  } else {
    parts.push('**Output**\n')
    parts.push(fencedCode(sampleText(head, maxChars)))
  }
  if (failed.length > 0) {
    parts.push(`**Failing checks (head)**\n\n${failed.slice(0, 10).map(checkLine).join('\n')}\n`)
  }
  parts.push('</details>')
  return parts.join('\n')
}

const STOP_TEXT: Record<NonNullable<SuiteReport['sampling']>['stoppedBecause'], string> = {
  decided: 'stopped once decided',
  budget: 'stopped at the budget',
  'no-help': 'stopped: more calls of the same cases would not decide it',
  'last-look': 'stopped at the last look',
  off: 'adaptive sampling off'
}

/** What adaptive sampling spent, so a reviewer knows what the verdict cost. */
function samplingLine(suite: SuiteReport): string | undefined {
  const s = suite.sampling
  if (!s || s.stoppedBecause === 'off') return undefined
  const cost = s.extraCostUsd !== undefined ? ` (${usd(s.extraCostUsd)})` : ' (price unknown)'
  const budget = `budget ${plural(s.budgetCalls, 'call')}${s.budgetUsd !== undefined ? ` or ${usd(s.budgetUsd)}` : ''}`
  const extras = [
    s.deterministicCases > 0
      ? `${plural(s.deterministicCases, 'case')} identical at temperature 0, not resampled`
      : '',
    s.safetyWatchedCases > 0
      ? `${plural(s.safetyWatchedCases, 'case')} near a safety rail sampled at least 4 times`
      : ''
  ].filter(Boolean)
  if (s.extraCalls === 0 && s.stoppedBecause === 'decided') {
    return `**Sampling:** no extra call needed, decided by the first run (${budget} unspent).`
  }
  return `**Sampling:** ${plural(s.extraCalls, 'extra call')}${cost} over ${plural(s.looks, 'look')} of ${s.maxLooks}, ${budget}; ${STOP_TEXT[s.stoppedBecause]}${extras.length ? `; ${extras.join('; ')}` : ''}.`
}

interface Detail {
  cases: number
  outputChars: number
}

function suiteSection(suite: SuiteReport, detail: Detail): string[] {
  const blocks: string[] = []
  const emoji = SUITE_EMOJI[suite.verdict] ?? '❔'
  blocks.push(`### ${emoji} ${escapeInline(suite.id)}: ${suite.verdict}`)
  const where = [
    codeSpan(suite.promptFile),
    changeText(suite),
    suite.model ? `model ${codeSpan(suite.model)}` : '',
    suite.provider ? `via ${escapeInline(suite.provider)}` : ''
  ].filter(Boolean)
  blocks.push(`${where.join(' · ')}\n\n${escapeInline(suite.reason)}`)
  if (suite.error) blocks.push(`💥 **Error:** ${escapeInline(truncateText(suite.error, 1000))}`)
  if (suite.head || suite.base) blocks.push(metricsTable(suite))
  const chaos = renderChaosSection(suite)
  if (chaos) blocks.push(chaos)
  const ev = evidence(suite)
  if (ev) blocks.push(ev)
  // The description already names the numbers: saying them again in brackets is noise.
  if (suite.needs) blocks.push(`**To decide:** ${escapeInline(suite.needs.description)}`)
  const spent = samplingLine(suite)
  if (spent) blocks.push(spent)
  const b = budgets(suite)
  if (b) blocks.push(b)
  blocks.push(...robustnessBlocks(suite, detail))
  if (suite.unsupportedChecks.length > 0) {
    const lines = suite.unsupportedChecks.map(
      u => `- ${codeSpan(u.id)}: ${escapeInline(truncateText(u.reason, 300))}`
    )
    blocks.push(`**Checks that could not run** (they count as neither pass nor fail)\n\n${lines.join('\n')}`)
  }
  const { title, cases } = casesToShow(suite)
  if (cases.length > 0) {
    const shown = cases.slice(0, detail.cases)
    const count =
      shown.length < cases.length
        ? `${int(shown.length)} of ${int(cases.length)} shown`
        : `${int(cases.length)}`
    blocks.push(`**${title}** (${count})`)
    shown.forEach((c, i) => blocks.push(caseDetails(c, i + 1, detail.outputChars, Boolean(c.report.base))))
  }
  return blocks
}

function notesBlock(report: RunReport): string | undefined {
  const lines: string[] = []
  if (report.missingSecrets.length > 0) {
    lines.push(
      `- Provider keys not set: ${report.missingSecrets.map(s => codeSpan(s)).join(', ')}. Pull requests from forks get no secrets.`
    )
  }
  for (const note of report.notes.slice(0, MAX_NOTES))
    lines.push(`- ${escapeInline(truncateText(note, MAX_NOTE_CHARS))}`)
  if (report.notes.length > MAX_NOTES) {
    lines.push(`- … ${int(report.notes.length - MAX_NOTES)} more notes in the JSON report.`)
  }
  return lines.length ? `**Notes**\n\n${lines.join('\n')}` : undefined
}

function runUrl(options: RenderOptions): string | undefined {
  const { serverUrl, repository, runId, runAttempt } = options
  if (!serverUrl || !repository || !runId) return undefined
  if (!/^https?:\/\/[^\s<>()[\]"'`]+$/.test(serverUrl)) return undefined
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined
  const attempt =
    runAttempt && /^\d+$/.test(runAttempt) && Number(runAttempt) > 1 ? `/attempts/${runAttempt}` : ''
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}${attempt}`
}

function footer(report: RunReport, options: RenderOptions): string {
  const head = report.git?.headSha
  const version = /^[\w.+-]+$/.test(report.tool.version)
    ? report.tool.version
    : escapeInline(report.tool.version)
  const parts = [`PromptGate ${version}`, `config ${codeSpan(report.configFile)}`]
  if (head) parts.push(/^[0-9a-f]{7,64}$/i.test(head) ? `head ${head.slice(0, 7)}` : `head ${codeSpan(head)}`)
  const url = runUrl(options)
  if (url) parts.push(`[workflow run](${url})`)
  parts.push(duration(report.run.durationMs))
  return `---\n<sub>${parts.join(' · ')}</sub>`
}

// ---------------------------------------------------------------------------------------------
// Assembly with visible degradation

interface Layout {
  head: string[]
  body: string[]
  foot: string[]
}

function layout(report: RunReport, options: RenderOptions, detail: Detail, marker: boolean): Layout {
  const head: string[] = []
  if (marker) head.push(commentMarker(report.configId))
  head.push(headline(report))
  if (report.accepted) {
    head.push(
      `> ✅ A regression was accepted with the label ${codeSpan(report.accepted.label)}; the results below still apply.`
    )
  }
  const review = configReviewBlock(report)
  if (review) head.push(review)
  const body: string[] = []
  const affected = report.suites.filter(s => !(s.verdict === 'skipped' && s.change === 'unchanged'))
  const unaffected = report.suites.filter(s => s.verdict === 'skipped' && s.change === 'unchanged')
  if (report.suites.length > 1) body.push(overview(report))
  for (const suite of affected) body.push(suiteSection(suite, detail).join('\n\n'))
  if (unaffected.length > 0) {
    body.push(`**Not affected by this change:** ${unaffected.map(s => escapeInline(s.id)).join(', ')}`)
  }
  const notes = notesBlock(report)
  if (notes) body.push(notes)
  return { head, body, foot: [footer(report, options)] }
}

function join(parts: string[]): string {
  return `${parts.join('\n\n')}\n`
}

function truncationNote(detail: Detail, limitName: string): string {
  const what =
    detail.cases === 0
      ? 'case details were left out'
      : `at most ${detail.cases} case details per suite are shown, outputs cut to ${detail.outputChars.toLocaleString('en-US')} characters`
  return `> ✂️ Shortened to fit ${limitName}: ${what}. The job summary and the JSON report have everything.`
}

function assemble(
  report: RunReport,
  options: RenderOptions,
  ladder: Detail[],
  fits: (s: string) => boolean,
  limitName: string,
  marker: boolean
): string {
  let last: Layout | undefined
  for (const [i, detail] of ladder.entries()) {
    const l = layout(report, options, detail, marker)
    const note = i === 0 ? [] : [truncationNote(detail, limitName)]
    const text = join([...l.head, ...note, ...l.body, ...l.foot])
    if (fits(text)) return text
    last = l
  }
  // Still too long without any details (hundreds of suites): drop whole sections from the end.
  const l = last!
  const body = [...l.body]
  while (body.length > 0) {
    body.pop()
    const dropped = l.body.length - body.length
    const note = `> ✂️ Shortened to fit ${limitName}: the last ${dropped} section(s) were left out. The job summary and the JSON report have everything.`
    const text = join([...l.head, note, ...body, ...l.foot])
    if (fits(text)) return text
  }
  // Only a pathological headline gets here; blocks are cut whole so no fence or <details> stays open.
  const minimal = join([...l.head.map(h => truncateText(h, 2000)), ...l.foot])
  return fits(minimal) ? minimal : join([l.head[0] ?? '', ...l.foot])
}

/** Ever less detail: fewer cases per suite first, then shorter outputs, then no case details. */
function ladderFrom(maxCases: number, maxOutput: number): Detail[] {
  const steps: Detail[] = [20, 10, 5]
    .filter(n => n < maxCases)
    .map(n => ({ cases: n, outputChars: maxOutput }))
  const ladder: Detail[] = [
    { cases: maxCases, outputChars: maxOutput },
    ...steps,
    { cases: Math.min(maxCases, 5), outputChars: Math.min(maxOutput, 1000) },
    { cases: Math.min(maxCases, 2), outputChars: Math.min(maxOutput, 300) },
    { cases: 0, outputChars: 0 }
  ]
  return ladder
}

/** The sticky PR comment: marker first, at most GITHUB_COMMENT_MAX_CHARS characters. */
export function renderComment(report: RunReport, options: RenderOptions = {}): string {
  const max = options.maxSize ?? GITHUB_COMMENT_MAX_CHARS
  const ladder = ladderFrom(options.maxCasesPerSuite ?? 10, options.maxOutputChars ?? 3000)
  return assemble(report, options, ladder, s => s.length <= max, "GitHub's comment size limit", true)
}

/** The job summary: the same content with more detail, at most 1 MiB. */
export function renderSummary(report: RunReport, options: RenderOptions = {}): string {
  const max = options.maxSize ?? GITHUB_STEP_SUMMARY_MAX_BYTES
  const ladder = ladderFrom(options.maxCasesPerSuite ?? 50, options.maxOutputChars ?? 10_000)
  return assemble(
    report,
    options,
    ladder,
    s => Buffer.byteLength(s, 'utf8') <= max,
    "GitHub's job summary size limit",
    false
  )
}

/** For a PR whose latest push affects no prompt: replaces an earlier comment's stale results. */
export function renderSkippedComment(
  input: { configId: string; headSha?: string; reason?: string },
  options: RenderOptions = {}
): string {
  const head =
    input.headSha && /^[0-9a-f]{7,64}$/i.test(input.headSha) ? ` (${input.headSha.slice(0, 7)})` : ''
  const reason =
    input.reason ??
    `No prompt, dataset, schema or config file changed in the latest push${head}, so no suite was evaluated.`
  const url = runUrl(options)
  return join([
    commentMarker(input.configId),
    `## ${OVERALL_EMOJI.skipped} PromptGate: **skipped**`,
    `${escapeInline(reason)} Earlier results in this comment no longer apply.`,
    `---\n<sub>PromptGate${url ? ` · [workflow run](${url})` : ''}</sub>`
  ])
}

// ---------------------------------------------------------------------------------------------
// Annotations

export interface ReportAnnotation {
  level: 'error' | 'warning'
  /** Repo-relative prompt file the annotation points at. */
  file: string
  title: string
  /** One line; @actions/core escapes it for the workflow command. */
  message: string
}

/** One annotation per failing, regressed, errored or inconclusive suite, on its prompt file. */
export function annotationsFor(report: RunReport): ReportAnnotation[] {
  const out: ReportAnnotation[] = []
  for (const s of report.suites) {
    const level =
      s.verdict === 'fail' || s.verdict === 'regression' || s.verdict === 'error'
        ? 'error'
        : s.verdict === 'inconclusive'
          ? 'warning'
          : undefined
    // A deleted prompt has no file in head to annotate.
    if (!level || s.change === 'deleted') continue
    out.push({
      level: report.accepted && s.verdict === 'regression' ? 'warning' : level,
      file: singleLine(s.promptFile, 300),
      title: singleLine(`PromptGate: ${s.id} ${s.verdict}`, 200),
      message: singleLine(s.reason)
    })
  }
  return out
}
