// A run's CallRecord (what the engine knows about one call) → a versioned call line.
import { randomUUID } from 'node:crypto'
import type { Price } from '../config/schema.js'
import type { CallRecord } from '../core/types.js'
import { costAtPrice, priceOf, type PriceVendor } from '../stats/cost.js'
import type { ContentCapture } from '../config/observe.js'
import {
  CALL_RECORD_FORMAT,
  contentAttributes,
  errorKind,
  GENAI,
  genAiProviderName,
  OPERATION_CHAT,
  PG,
  put,
  putServer,
  type CallAttributes,
  type CallLine,
  type ReplaySource,
  type TextFilter
} from './format.js'

export interface RunCallContext {
  filter: TextFilter
  /** Recorded on each line so a reader knows whether masks or absences are deliberate. */
  capture: ContentCapture
  /** Commit of each side when known (the action knows both; the CLI with --base knows neither SHA). */
  commits?: { base?: string; head?: string }
  prices?: Readonly<Record<string, Price>>
  /** Whose list prices apply to a provider's calls (by its config name); none: only `prices` apply. */
  priceVendor?: (providerName: string) => PriceVendor | undefined
  /** The server a provider's calls for a side go to (by its config name); none for exec and replay. */
  server?: (providerName: string, side: CallRecord['side']) => { address: string; port: number } | undefined
  newId?: () => string
  /** Prices already looked up, by provider and model: set by callLineContext. */
  priceMemo?: Map<string, Price | undefined>
}

export function callLineFromRun(record: CallRecord, context: RunCallContext): CallLine {
  // A failed call's last answer (a 429, a 503) is in its error status.
  const httpStatus = record.httpStatus ?? record.errorStatus?.httpStatus
  const replayed = replaySource(record)
  // The order of the steps is the order of the keys on the line.
  const a = requestAttributes(
    record,
    httpStatus,
    replayed ? undefined : context.server?.(record.provider, record.side)
  )
  putRunIdentity(a, record, context)
  putRetries(a, record, replayed)
  put(a, PG.answerSource, record.answerSource)
  put(a, PG.accepted, record.accepted)
  putChecks(a, record)
  putCost(a, record, context, replayed)
  if (record.error !== undefined) {
    a[GENAI.errorType] = errorKind(record.error, httpStatus)
    a[PG.errorMessage] = record.error
  }
  // The case's variables are in its dataset under promptgate.case.id; repeating them (redacted)
  // on every line cost a third of the log's redaction work in a 2,000-call run.
  contentAttributes(record.messages, record.output, record.finishReason, context.filter, a)

  const durationMs = callDurationMs(record, replayed)
  return {
    format: CALL_RECORD_FORMAT,
    id: (context.newId ?? randomUUID)(),
    // The record's time is when the call ended; without a duration that is also when it started.
    time: durationMs ? new Date(Date.parse(record.time) - durationMs).toISOString() : record.time,
    ...(durationMs !== undefined ? { durationMs: roundMs(durationMs) } : {}),
    // Thirty keyed stores leave `a` in V8's dictionary mode, which JSON.stringify walks about three
    // times slower; a spread copy is a fast object with the same key order.
    attributes: { ...a }
  }
}

/** The GenAI request and response attributes: what was asked of which model, and its answer's shape. */
function requestAttributes(
  record: CallRecord,
  httpStatus: number | undefined,
  server: { address: string; port: number } | undefined
): CallAttributes {
  const a: CallAttributes = {
    [GENAI.operationName]: OPERATION_CHAT,
    [GENAI.providerName]: genAiProviderName(record.providerKind),
    [GENAI.requestModel]: record.model
  }
  // A replayed answer called no server (the caller passes none).
  putServer(a, server)
  put(a, GENAI.requestTemperature, record.parameters.temperature)
  put(a, GENAI.requestTopP, record.parameters.topP)
  put(a, GENAI.requestMaxTokens, record.parameters.maxTokens)
  // Set on streamed requests only: absent means the answer came in one response.
  if (record.stream) a[GENAI.requestStream] = true
  put(a, GENAI.responseModel, record.modelVersion)
  put(a, GENAI.responseId, record.responseId)
  if (record.finishReason) a[GENAI.responseFinishReasons] = [record.finishReason]
  put(a, GENAI.usageInputTokens, record.usage?.inputTokens)
  put(a, GENAI.usageOutputTokens, record.usage?.outputTokens)
  // The conventions measure time to first chunk in seconds.
  put(a, GENAI.responseTimeToFirstChunk, record.ttftMs === undefined ? undefined : record.ttftMs / 1000)
  a[GENAI.promptName] = record.promptFile
  put(a, GENAI.httpStatus, httpStatus)
  return a
}

/** Where in the run the call belongs: suite, side and commit, case, repeat, provider. */
function putRunIdentity(a: CallAttributes, record: CallRecord, context: RunCallContext): void {
  a[PG.purpose] = record.purpose ?? 'eval'
  a[PG.suite] = record.suite
  a[PG.side] = record.side
  const commit = context.commits?.[record.side]
  put(a, PG.commit, commit)
  a[PG.promptVersion] = commit ? `${record.side}@${commit.slice(0, 12)}` : record.side
  a[PG.caseId] = record.caseId
  put(a, PG.variant, record.variant)
  a[PG.repeat] = record.repeat
  a[PG.providerConfig] = record.provider
  a[PG.providerType] = record.providerKind
  a[PG.cacheHit] = record.cacheHit
  a[PG.contentCapture] = context.capture
}

function putRetries(a: CallAttributes, record: CallRecord, replayed: ReplaySource | undefined): void {
  put(a, PG.replayedFrom, replayed)
  // A replayed answer's retries and waits were the first call's; this run made none.
  if (replayed) {
    a[PG.retries] = 0
    return
  }
  const failed = record.errorStatus
  put(a, PG.retries, record.retries ?? failed?.retries)
  // A failed call's split comes from its error: the HTTP client times its last attempt.
  const waitMs = record.retryWaitMs ?? failed?.retryWaitMs ?? 0
  if (waitMs > 0) a[PG.retryWaitMs] = roundMs(waitMs)
  if (failed?.lastAttemptMs !== undefined) a[PG.lastAttemptMs] = roundMs(failed.lastAttemptMs)
  if ((record.rateLimited ?? 0) > 0) a[PG.rateLimited] = record.rateLimited as number
}

function putChecks(a: CallAttributes, record: CallRecord): void {
  if (!record.checks) return
  a[PG.checks] = record.checks
  const failed = record.checks.filter(c => c.status === 'ok' && !c.pass).map(c => c.id)
  if (failed.length > 0) a[PG.checksFailed] = failed
}

function putCost(
  a: CallAttributes,
  record: CallRecord,
  context: RunCallContext,
  replayed: ReplaySource | undefined
): void {
  const cost = costAtPrice(
    record.usage,
    priceFor(record.modelVersion ?? record.model, record.provider, context)
  )
  // A replayed answer cost nothing in this run, known price or not; what it cost when first made
  // (its stored usage at today's prices) is what the replay saved.
  if (replayed) {
    a[PG.costUsd] = 0
    put(a, PG.costSavedUsd, cost)
  } else put(a, PG.costUsd, cost)
}

/** priceOf for a provider's model, looked up once per run and provider (the name is normalised each time). */
function priceFor(model: string, provider: string, context: RunCallContext): Price | undefined {
  const key = `${provider}\u0000${model}`
  const memo = context.priceMemo
  if (memo?.has(key)) return memo.get(key)
  const price = priceOf(model, context.prices, context.priceVendor?.(provider))
  memo?.set(key, price)
  return price
}

/** Where a replayed answer came from, when it was replayed rather than asked for in this run. */
function replaySource(record: CallRecord): ReplaySource | undefined {
  // A stored baseline's sample may have been a cache hit when stored; a cached cassette answer is the cache's.
  if (record.replayedFrom === 'baseline') return 'baseline'
  return record.cacheHit ? 'cache' : record.replayedFrom
}

/**
 * The call's wall time: the answering attempt plus the failed attempts and backoff before it. The
 * GenAI span conventions ask a retried call's span to cover "the logical operation with all
 * retries"; the engine keeps the wait apart so latency budgets judge the model, and
 * `promptgate.retry.wait_ms` tells the two apart here. A replay took no time in this run.
 */
function callDurationMs(record: CallRecord, replayed: string | undefined): number | undefined {
  if (replayed) return 0
  if (record.latencyMs === undefined) return record.failedAfterMs
  return record.latencyMs + (record.retryWaitMs ?? 0)
}

/** Microseconds are the clock's real resolution here; more digits are float noise in every line. */
function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
