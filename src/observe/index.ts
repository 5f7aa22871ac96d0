// promptgate/observe: log a production model call in the same format PromptGate logs its own runs
// (docs/call-log.md), to a JSONL file and/or as an OpenTelemetry span through the app's own tracer,
// and record what the user did with the answer. No network of its own, no SDK: the app's tracer
// provider decides where spans go. `promptgate import` turns these logs into dataset cases.
import { randomUUID } from 'node:crypto'
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import { dirname } from 'node:path'
import type { Attributes, Tracer } from '@opentelemetry/api'
import type { Message, VarValue } from '../core/types.js'
import type { Price } from '../config/schema.js'
import type { RailsConfig } from '../rails/index.js'
import { serverOf } from '../providers/endpoint.js'
import { costOf } from '../stats/cost.js'
import {
  CALL_RECORD_FORMAT,
  contentAttributes,
  contentFilter,
  errorKind,
  FEEDBACK_RECORD_FORMAT,
  FEEDBACK_SPAN_NAME,
  FEEDBACK_VERDICTS,
  GENAI,
  genAiProviderName,
  OPERATION_CHAT,
  PG,
  priceVendorOfProviderName,
  put,
  putServer,
  toSpanAttributes,
  type CallAttributes,
  type CallLine,
  type FeedbackLine,
  type FeedbackVerdict,
  type TextFilter
} from './format.js'
import { createRedactor } from './redact.js'
import { DEFAULT_CONTENT_CAPTURE, type ContentCapture } from '../config/observe.js'

export {
  CALL_RECORD_FORMAT,
  FEEDBACK_RECORD_FORMAT,
  GENAI,
  PG,
  type CallLine,
  type FeedbackLine,
  type FeedbackVerdict
} from './format.js'
export type { ContentCapture } from '../config/observe.js'

/** @opentelemetry/api's SpanKind.CLIENT and SpanStatusCode.ERROR, without loading the API at run time. */
const SPAN_KIND_CLIENT = 2
const SPAN_KIND_INTERNAL = 0
const SPAN_STATUS_ERROR = 2

export interface ObserverOptions {
  /** Append one JSON line per call and per feedback to this file (created with its folder). */
  file?: string
  /** Or receive each line yourself (e.g. hand it to the app's logger). */
  write?: (line: string) => void
  /** The app's tracer (`trace.getTracer('my-app')`): each call becomes a CLIENT span. */
  tracer?: Pick<Tracer, 'startSpan'>
  /** off | redacted (default: PII and secrets masked by the rails redactor) | full. */
  content?: ContentCapture
  /** Rails settings that shape redaction (pii.phoneDefaultCountry). */
  rails?: RailsConfig
  /** The PromptGate suite that gates this feature: `promptgate import --suite` matches it. */
  suite?: string
  /**
   * Prices by model name, as `prices:` in promptgate.yml (USD per million input and output tokens):
   * they win over the list prices PromptGate knows for the provider (openai, anthropic, groq,
   * mistral_ai). A call with neither has no promptgate.cost.usd: unknown, never 0.
   */
  prices?: Readonly<Record<string, Price>>
  /** Defaults of every call; a call may override them. */
  provider?: string
  /** The model API's base URL, e.g. https://api.openai.com/v1: server.address and server.port. */
  baseUrl?: string
  promptName?: string
  promptVersion?: string
  /** Injectable for tests. */
  now?: () => number
  newId?: () => string
}

export interface ObservedCall {
  /** The user's input, or the whole conversation sent to the model. */
  input: string | Message[]
  output?: string
  /** Requested model. */
  model: string
  /** The model version the API answered with. */
  responseModel?: string
  /** gen_ai.provider.name, e.g. openai, anthropic, azure.ai.openai. */
  provider?: string
  /** The model API's base URL when not the observer's `baseUrl`. */
  baseUrl?: string
  /** Whether the request asked for a streamed answer (gen_ai.request.stream). */
  stream?: boolean
  /** The call's wall time, retries and backoff included. */
  latencyMs?: number
  /** Retries the app's client made, and the time they and their backoff took (part of latencyMs). */
  retries?: number
  retryWaitMs?: number
  /** When the call started (default: now − latencyMs). */
  startTime?: Date | number
  error?: unknown
  usage?: { inputTokens?: number; outputTokens?: number }
  responseId?: string
  finishReason?: string
  parameters?: { temperature?: number; topP?: number; maxTokens?: number }
  /** Template variables, when the app renders a PromptGate prompt: imported cases keep them. */
  vars?: Record<string, VarValue>
  promptName?: string
  promptVersion?: string
  /** Extra span/line attributes (primitives). */
  attributes?: Record<string, string | number | boolean>
}

export interface Observer {
  /** Records a call; returns its id for feedback(). Synchronous and never throws on I/O. */
  record(call: ObservedCall): string
  /** What the user did with the answer. `edited` takes the text as the user left it. */
  feedback(callId: string, verdict: FeedbackVerdict, editedText?: string): void
  /** Flushes and closes the file; resolves once every line is on disk. */
  close(): Promise<void>
}

/** One observed call's attributes, in the order they appear on its line. */
function observedAttributes(
  call: ObservedCall,
  id: string,
  options: ObserverOptions,
  capture: ContentCapture,
  filter: TextFilter
): CallAttributes {
  const messages: Message[] =
    typeof call.input === 'string' ? [{ role: 'user', content: call.input }] : call.input
  const provider = genAiProviderName(call.provider ?? options.provider ?? '_OTHER')
  const a: CallAttributes = {
    [GENAI.operationName]: OPERATION_CHAT,
    [GENAI.providerName]: provider,
    [GENAI.requestModel]: call.model
  }
  const baseUrl = call.baseUrl ?? options.baseUrl
  putServer(a, baseUrl === undefined ? undefined : serverOf(baseUrl))
  put(a, GENAI.requestTemperature, call.parameters?.temperature)
  put(a, GENAI.requestTopP, call.parameters?.topP)
  put(a, GENAI.requestMaxTokens, call.parameters?.maxTokens)
  put(a, GENAI.requestStream, call.stream)
  put(a, GENAI.responseModel, call.responseModel)
  put(a, GENAI.responseId, call.responseId)
  if (call.finishReason) a[GENAI.responseFinishReasons] = [call.finishReason]
  put(a, GENAI.usageInputTokens, call.usage?.inputTokens)
  put(a, GENAI.usageOutputTokens, call.usage?.outputTokens)
  put(a, GENAI.promptName, call.promptName ?? options.promptName)
  put(a, PG.promptVersion, call.promptVersion ?? options.promptVersion)
  a[PG.callId] = id
  a[PG.purpose] = 'production'
  put(a, PG.suite, options.suite)
  put(a, PG.retries, call.retries)
  if ((call.retryWaitMs ?? 0) > 0) a[PG.retryWaitMs] = call.retryWaitMs as number
  // The CLI's rule: `prices` by model name first, then the provider's list price; unknown stays unknown.
  put(
    a,
    PG.costUsd,
    costOf(call.usage, call.responseModel ?? call.model, options.prices, priceVendorOfProviderName(provider))
  )
  a[PG.contentCapture] = capture
  if (call.error !== undefined) {
    const message = call.error instanceof Error ? call.error.message : String(call.error)
    a[GENAI.errorType] = errorKind(message)
    a[PG.errorMessage] = filter(message) ?? ''
  }
  if (call.vars && capture !== 'off') {
    a[PG.caseVars] = Object.fromEntries(
      Object.entries(call.vars).map(([k, v]) => [k, typeof v === 'string' ? (filter(v) ?? '') : v])
    )
  }
  contentAttributes(messages, call.output, call.finishReason, filter, a)
  for (const [key, value] of Object.entries(call.attributes ?? {})) a[key] ??= value
  return a
}

/** The call as a CLIENT span on the app's tracer, ended when the call ended. */
function traceCall(
  tracer: NonNullable<ObserverOptions['tracer']>,
  call: ObservedCall,
  a: CallAttributes,
  startMs: number,
  endMs: number
): void {
  const span = tracer.startSpan(`${OPERATION_CHAT} ${call.model}`, {
    kind: SPAN_KIND_CLIENT,
    startTime: startMs,
    attributes: toSpanAttributes(a) as Attributes
  })
  if (call.error !== undefined)
    span.setStatus({ code: SPAN_STATUS_ERROR, message: String(a[PG.errorMessage]) })
  span.end(call.latencyMs !== undefined ? startMs + call.latencyMs : endMs)
}

export function createObserver(options: ObserverOptions = {}): Observer {
  if (!options.file && !options.write && !options.tracer) {
    throw new TypeError('createObserver: give at least one of file, write or tracer')
  }
  const capture = options.content ?? DEFAULT_CONTENT_CAPTURE
  if (!['off', 'redacted', 'full'].includes(capture)) {
    throw new TypeError(
      `createObserver: content must be off, redacted or full, got ${JSON.stringify(capture)}`
    )
  }
  const filter = contentFilter(capture, capture === 'redacted' ? createRedactor(options.rails) : text => text)
  const now = options.now ?? Date.now
  const newId = options.newId ?? randomUUID
  let stream: WriteStream | undefined
  let writeFailure: Error | undefined
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true })
    stream = createWriteStream(options.file, { flags: 'a' })
    // A full disk must never crash the app from an unhandled 'error' event; close() reports it.
    stream.on('error', error => {
      writeFailure ??= error
    })
  }
  const emit = (line: CallLine | FeedbackLine): void => {
    const text = JSON.stringify(line)
    if (stream && !writeFailure) stream.write(text + '\n')
    options.write?.(text)
  }

  return {
    record(call) {
      const id = newId()
      const endMs = now()
      const startMs = call.startTime !== undefined ? Number(call.startTime) : endMs - (call.latencyMs ?? 0)
      const a = observedAttributes(call, id, options, capture, filter)
      const line: CallLine = {
        format: CALL_RECORD_FORMAT,
        id,
        time: new Date(startMs).toISOString(),
        ...(call.latencyMs !== undefined ? { durationMs: call.latencyMs } : {}),
        // A fast-properties copy (see callLineFromRun): the keyed stores leave `a` in dictionary mode.
        attributes: { ...a }
      }
      emit(line)
      if (options.tracer) traceCall(options.tracer, call, a, startMs, endMs)
      return id
    },

    feedback(callId, verdict, editedText) {
      if (!FEEDBACK_VERDICTS.includes(verdict)) {
        throw new TypeError(
          `feedback: verdict must be accepted, rejected or edited, got ${JSON.stringify(verdict)}`
        )
      }
      const kept = editedText === undefined ? undefined : filter(editedText)
      const line: FeedbackLine = {
        format: FEEDBACK_RECORD_FORMAT,
        callId,
        time: new Date(now()).toISOString(),
        verdict,
        ...(kept !== undefined ? { editedText: kept } : {})
      }
      emit(line)
      if (options.tracer) {
        const attributes: Attributes = { [PG.callId]: callId, [PG.feedback]: verdict }
        if (kept !== undefined) attributes[PG.feedbackEdited] = kept
        options.tracer.startSpan(FEEDBACK_SPAN_NAME, { kind: SPAN_KIND_INTERNAL, attributes }).end()
      }
    },

    async close() {
      if (stream) {
        const open = stream
        await new Promise<void>(resolve => open.end(() => resolve()))
      }
      if (writeFailure)
        throw new Error(`promptgate/observe could not write ${options.file}: ${writeFailure.message}`)
    }
  }
}
