// What a call log says about a feature: slow queries and the latency distribution against the
// budget, failure modes, model versions, error kinds, how many queries repeat (what a response
// cache would save) and acceptance per prompt version. Computed once; rendered for a terminal and
// as markdown with a Mermaid chart GitHub renders. Log text is untrusted and escaped on output.
import { dollars, plural } from '../core/format.js'
import { isRecord } from '../core/guards.js'
import { markdownTable } from 'markdown-table'
import { codeSpan, escapeInline } from '../report/escape.js'
import { inertLine, percent } from '../report/terminal.js'
import { quantileSorted } from '../stats/inference.js'
import { GENAI, messageTexts, PG, type CheckOutcome } from './format.js'
import { modelLatencyMs, replaySourceOf, type LoggedCall } from './read.js'
import { clusterNearDuplicates, normaliseQuery } from './similar.js'

/** Upper edges of the latency histogram's buckets, ms; the last bucket is open. */
export const LATENCY_BUCKET_EDGES_MS = [250, 500, 1000, 2000, 5000, 10_000] as const
/** Rows in the slowest-queries and grouped tables. */
const TOP_ROWS = 5
const QUERY_PREVIEW_CHARS = 80

export interface Insights {
  calls: number
  latency?: { p50: number; p95: number; p99: number; max: number; budgetMs?: number; overBudget: number }
  histogram: { label: string; count: number }[]
  slowest: { id: string; durationMs: number; query: string }[]
  failureModes: { id: string; count: number }[]
  errors: { kind: string; count: number }[]
  errorRate: number
  models: { model: string; count: number }[]
  /** Share of queries that repeat an earlier one: exactly (after normalisation) and near-identically. */
  repeats: { exact: number; near: number; queries: number }
  acceptance: { version: string; accepted: number; rejected: number; edited: number; total: number }[]
  /**
   * Time lost to failed attempts and backoff before answers (promptgate.retry.wait_ms), and the
   * time calls that failed in the end took before giving up.
   */
  backoff: {
    retriedCalls: number
    rateLimitedCalls: number
    waitMs: number
    maxWaitMs: number
    failedCalls: number
    failedMs: number
  }
  /**
   * Answers replayed from the response cache, a stored baseline or a cassette instead of asked for, and what
   * they cost when first made (`savedUsd`, over the `priced` ones); `spentUsd` is what the calls
   * that were made cost, over the `spentPriced` ones.
   */
  cost: {
    replayed: number
    fromCache: number
    fromBaseline: number
    fromCassette: number
    savedUsd: number
    priced: number
    made: number
    spentUsd: number
    spentPriced: number
  }
}

function counts(values: Iterable<string>): { key: string; count: number }[] {
  const map = new Map<string, number>()
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1)
  return [...map.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

function queryOf(call: LoggedCall): string {
  const users = messageTexts(call.attributes[GENAI.inputMessages]).filter(m => m.role === 'user')
  return users[users.length - 1]?.text ?? ''
}

function numberAttribute(call: LoggedCall, key: string): number | undefined {
  const value = call.attributes[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function backoffOf(calls: readonly LoggedCall[]): Insights['backoff'] {
  const backoff = {
    retriedCalls: 0,
    rateLimitedCalls: 0,
    waitMs: 0,
    maxWaitMs: 0,
    failedCalls: 0,
    failedMs: 0
  }
  for (const call of calls) {
    if (call.attributes[GENAI.errorType] !== undefined && call.durationMs !== undefined) {
      backoff.failedCalls++
      backoff.failedMs += call.durationMs
    }
    if ((numberAttribute(call, PG.retries) ?? 0) > 0) backoff.retriedCalls++
    if ((numberAttribute(call, PG.rateLimited) ?? 0) > 0) backoff.rateLimitedCalls++
    const wait = numberAttribute(call, PG.retryWaitMs) ?? 0
    backoff.waitMs += wait
    backoff.maxWaitMs = Math.max(backoff.maxWaitMs, wait)
  }
  return backoff
}

function costOfCalls(all: readonly LoggedCall[]): Insights['cost'] {
  const cost = {
    replayed: 0,
    fromCache: 0,
    fromBaseline: 0,
    fromCassette: 0,
    savedUsd: 0,
    priced: 0,
    made: 0,
    spentUsd: 0,
    spentPriced: 0
  }
  for (const call of all) {
    const from = replaySourceOf(call)
    if (from === undefined) {
      cost.made++
      const spent = numberAttribute(call, PG.costUsd)
      if (spent !== undefined) {
        cost.spentUsd += spent
        cost.spentPriced++
      }
      continue
    }
    cost.replayed++
    if (from === 'baseline') cost.fromBaseline++
    else if (from === 'cassette') cost.fromCassette++
    else cost.fromCache++
    const saved = numberAttribute(call, PG.costSavedUsd)
    if (saved !== undefined) {
      cost.savedUsd += saved
      cost.priced++
    }
  }
  return cost
}

function bucketLabel(index: number): string {
  const edge = (ms: number) => (ms >= 1000 ? `${ms / 1000}s` : `${ms}ms`)
  const upper = LATENCY_BUCKET_EDGES_MS[index]
  if (upper === undefined)
    return `>${edge(LATENCY_BUCKET_EDGES_MS[LATENCY_BUCKET_EDGES_MS.length - 1] as number)}`
  return `≤${edge(upper)}`
}

/** Acceptance: the user's feedback where there is one, else the checks' verdict (eval calls). */
function verdictOf(call: LoggedCall): 'accepted' | 'rejected' | 'edited' | undefined {
  if (call.feedback) return call.feedback.verdict
  const accepted = call.attributes[PG.accepted]
  return accepted === true ? 'accepted' : accepted === false ? 'rejected' : undefined
}

export function computeInsights(
  all: readonly LoggedCall[],
  options: { latencyBudgetMs?: number } = {}
): Insights {
  // The judge's calls grade answers; they are not the feature's traffic.
  const calls = all.filter(c => c.attributes[PG.purpose] !== 'judge')
  const timed = calls.flatMap(call => {
    const ms = modelLatencyMs(call)
    return ms === undefined ? [] : [{ call, ms }]
  })
  const sorted = timed.map(t => t.ms).sort((a, b) => a - b)
  const latency = latencyOf(sorted, options.latencyBudgetMs)
  const errorKinds = calls.flatMap(c =>
    c.attributes[GENAI.errorType] === undefined ? [] : [String(c.attributes[GENAI.errorType])]
  )
  const models = calls.flatMap(c => {
    const model = c.attributes[GENAI.responseModel] ?? c.attributes[GENAI.requestModel]
    return model === undefined ? [] : [String(model)]
  })
  return {
    calls: calls.length,
    ...(latency ? { latency } : {}),
    histogram: histogramOf(sorted),
    slowest: [...timed]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, TOP_ROWS)
      .map(t => ({ id: t.call.id, durationMs: t.ms, query: queryOf(t.call) })),
    failureModes: counts(failedCheckIds(calls))
      .slice(0, TOP_ROWS * 2)
      .map(({ key, count }) => ({ id: key, count })),
    errors: counts(errorKinds).map(({ key, count }) => ({ kind: key, count })),
    errorRate: calls.length === 0 ? 0 : errorKinds.length / calls.length,
    models: counts(models).map(({ key, count }) => ({ model: key, count })),
    repeats: repeatsOf(calls),
    acceptance: acceptanceOf(calls),
    backoff: backoffOf(calls),
    // The judge's calls cost money too: cost counts every line.
    cost: costOfCalls(all)
  }
}

/** Model latencies (ascending) counted into the latency buckets. */
function histogramOf(sorted: readonly number[]): Insights['histogram'] {
  const histogram = [...LATENCY_BUCKET_EDGES_MS, Infinity].map((_, i) => ({
    label: bucketLabel(i),
    count: 0
  }))
  for (const ms of sorted) {
    const index = LATENCY_BUCKET_EDGES_MS.findIndex(edge => ms <= edge)
    const bucket = histogram[index === -1 ? histogram.length - 1 : index]
    if (bucket) bucket.count++
  }
  return histogram
}

function latencyOf(sorted: readonly number[], budget: number | undefined): Insights['latency'] {
  if (sorted.length === 0) return undefined
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[sorted.length - 1] as number,
    ...(budget !== undefined ? { budgetMs: budget } : {}),
    overBudget: budget === undefined ? 0 : sorted.filter(ms => ms > budget).length
  }
}

/** One id per failed check per call. */
function failedCheckIds(calls: readonly LoggedCall[]): string[] {
  const failed: string[] = []
  for (const call of calls) {
    const checks = call.attributes[PG.checks]
    if (Array.isArray(checks))
      for (const c of checks as CheckOutcome[])
        if (isRecord(c) && c.status === 'ok' && !c.pass) failed.push(c.id)
  }
  return failed
}

/** Repeats count distinct queries the way a cache would see them: one per case, not per repeat. */
function repeatsOf(calls: readonly LoggedCall[]): Insights['repeats'] {
  const queries = calls
    .filter(c => replaySourceOf(c) === undefined)
    .map(queryOf)
    .filter(q => q !== '')
  const normalised = queries.map(normaliseQuery)
  const firstSeen = new Set<string>()
  let exact = 0
  for (const q of normalised) {
    if (firstSeen.has(q)) exact++
    else firstSeen.add(q)
  }
  const reps = clusterNearDuplicates(queries)
  const near = reps.filter((rep, i) => rep !== i).length
  return { exact, near, queries: queries.length }
}

/** Accepted / rejected / edited per prompt version, for the versions with any verdict. */
function acceptanceOf(calls: readonly LoggedCall[]): Insights['acceptance'] {
  const byVersion = new Map<string, { accepted: number; rejected: number; edited: number; total: number }>()
  for (const call of calls) {
    const version = String(
      call.attributes[PG.promptVersion] ?? call.attributes[GENAI.promptName] ?? 'unversioned'
    )
    const entry = byVersion.get(version) ?? { accepted: 0, rejected: 0, edited: 0, total: 0 }
    const verdict = verdictOf(call)
    if (verdict) {
      entry[verdict]++
      entry.total++
    }
    byVersion.set(version, entry)
  }
  return [...byVersion.entries()]
    .filter(([, v]) => v.total > 0)
    .map(([version, v]) => ({ version, ...v }))
    .sort((a, b) => a.version.localeCompare(b.version))
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`
const share = (part: number, whole: number) => (whole === 0 ? '–' : percent(part / whole))

function latencyLine(i: Insights): string {
  if (!i.latency) return 'no timed calls (replayed answers and failed calls have no latency)'
  const budget =
    i.latency.budgetMs === undefined
      ? ''
      : `, budget ${ms(i.latency.budgetMs)}: ${i.latency.overBudget} over (${share(
          i.latency.overBudget,
          i.histogram.reduce((n, b) => n + b.count, 0)
        )})`
  return `p50 ${ms(i.latency.p50)}, p95 ${ms(i.latency.p95)}, p99 ${ms(i.latency.p99)}, max ${ms(i.latency.max)}${budget}`
}

function repeatLine(i: Insights): string {
  return `${share(i.repeats.exact, i.repeats.queries)} of ${i.repeats.queries} queries repeat an earlier one exactly, ${share(i.repeats.near, i.repeats.queries)} near-identically: what a response cache would answer without a model call`
}

function backoffLine(i: Insights): string {
  const b = i.backoff
  const failed =
    b.failedCalls === 0
      ? ''
      : `; ${plural(b.failedCalls, 'failed call')} took ${ms(b.failedMs)} before giving up`
  if (b.retriedCalls === 0 && b.waitMs === 0) return `no answered call was retried${failed}`
  return `${plural(b.retriedCalls, 'call')} retried (${b.rateLimitedCalls} rate-limited), ${ms(b.waitMs)} lost to failed attempts and backoff (longest ${ms(b.maxWaitMs)}), not counted in latency${failed}`
}

function costLine(i: Insights): string {
  const c = i.cost
  const spent =
    c.made === 0
      ? 'no call made'
      : c.spentPriced === 0
        ? `${c.made} made, cost unknown (no price for their models)`
        : `${c.made} made, ${dollars(c.spentUsd)}${c.spentPriced < c.made ? ` (${c.made - c.spentPriced} unpriced)` : ''}`
  if (c.replayed === 0) return `${spent}; none replayed`
  const sources = [
    c.fromCache > 0 ? `${c.fromCache} from the response cache` : '',
    c.fromBaseline > 0 ? `${c.fromBaseline} from a stored baseline` : '',
    c.fromCassette > 0 ? `${c.fromCassette} from a cassette` : ''
  ]
    .filter(Boolean)
    .join(', ')
  const unpriced = c.priced < c.replayed ? ` (${c.replayed - c.priced} unpriced)` : ''
  return `${spent}; ${c.replayed} replayed (${sources}), saving ${dollars(c.savedUsd)} of what they cost when first made${unpriced}`
}

function padTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map(r => (r[col] ?? '').length))) ?? []
  return rows
    .map(r =>
      r
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

export function renderInsightsTerminal(i: Insights): string {
  const lines = [`Insights from ${i.calls} call(s)`, `Latency: ${latencyLine(i)}`]
  const maxCount = Math.max(1, ...i.histogram.map(b => b.count))
  for (const b of i.histogram)
    lines.push(`  ${b.label.padStart(7)} ${'█'.repeat(Math.round((b.count / maxCount) * 30))} ${b.count}`)
  if (i.slowest.length > 0) {
    lines.push('Slowest queries:')
    lines.push(
      padTable([
        ['latency', 'call', 'query'],
        ...i.slowest.map(s => [
          ms(s.durationMs),
          inertLine(s.id, 40),
          inertLine(s.query, QUERY_PREVIEW_CHARS)
        ])
      ])
    )
  }
  if (i.failureModes.length > 0)
    lines.push(`Failure modes: ${i.failureModes.map(f => `${inertLine(f.id, 40)} ${f.count}`).join(', ')}`)
  lines.push(
    `Errors: ${i.errors.length === 0 ? 'none' : i.errors.map(e => `${inertLine(e.kind, 40)} ${e.count}`).join(', ')} (${percent(i.errorRate)} of calls)`
  )
  lines.push(
    `Model versions: ${i.models.map(m => `${inertLine(m.model, 60)} ${m.count}`).join(', ') || 'none reported'}`
  )
  lines.push(`Repeats: ${repeatLine(i)}`)
  lines.push(`Backoff: ${backoffLine(i)}`)
  lines.push(`Calls and cost: ${costLine(i)}`)
  if (i.acceptance.length > 0) {
    lines.push('Acceptance by prompt version:')
    lines.push(
      padTable([
        ['version', 'accepted', 'rejected', 'edited'],
        ...i.acceptance.map(a => [
          inertLine(a.version, 60),
          share(a.accepted, a.total),
          share(a.rejected, a.total),
          share(a.edited, a.total)
        ])
      ])
    )
  }
  return lines.join('\n')
}

/** Mermaid's xychart: a bar per latency bucket (GitHub renders ```mermaid blocks). */
function mermaidHistogram(i: Insights): string {
  const labels = i.histogram.map(b => `"${b.label}"`).join(', ')
  const max = Math.max(1, ...i.histogram.map(b => b.count))
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Latency per call"',
    `  x-axis [${labels}]`,
    `  y-axis "calls" 0 --> ${max}`,
    `  bar [${i.histogram.map(b => b.count).join(', ')}]`,
    '```'
  ].join('\n')
}

export function renderInsightsMarkdown(i: Insights, heading = '### Call log insights'): string {
  const parts = [heading, '', `${i.calls} call(s). **Latency:** ${escapeInline(latencyLine(i))}.`, '']
  if (i.latency) parts.push(mermaidHistogram(i), '')
  if (i.slowest.length > 0) {
    parts.push(
      markdownTable([
        ['Slowest', 'Call', 'Query'],
        ...i.slowest.map(s => [
          ms(s.durationMs),
          codeSpan(s.id, { inTable: true }),
          codeSpan(inertLine(s.query, QUERY_PREVIEW_CHARS), { inTable: true })
        ])
      ]),
      ''
    )
  }
  const rows: string[][] = [['Signal', 'Count']]
  for (const f of i.failureModes) rows.push([`failed ${codeSpan(f.id, { inTable: true })}`, String(f.count)])
  for (const e of i.errors) rows.push([`error ${codeSpan(e.kind, { inTable: true })}`, String(e.count)])
  for (const m of i.models) rows.push([`model ${codeSpan(m.model, { inTable: true })}`, String(m.count)])
  if (rows.length > 1) parts.push(markdownTable(rows), '')
  parts.push(`**Repeats:** ${escapeInline(repeatLine(i))}.`, '')
  parts.push(`**Backoff:** ${escapeInline(backoffLine(i))}.`, '')
  parts.push(`**Calls and cost:** ${escapeInline(costLine(i))}.`, '')
  if (i.acceptance.length > 0) {
    parts.push(
      markdownTable([
        ['Prompt version', 'Accepted', 'Rejected', 'Edited', 'Judged'],
        ...i.acceptance.map(a => [
          codeSpan(a.version, { inTable: true }),
          share(a.accepted, a.total),
          share(a.rejected, a.total),
          share(a.edited, a.total),
          String(a.total)
        ])
      ]),
      ''
    )
  }
  return parts.join('\n')
}
