// The call-record format, version 1: one JSON line per model call (PromptGate's own runs and a
// team's production calls alike) and one per piece of user feedback. Attribute names are those of
// the OpenTelemetry GenAI semantic conventions where one exists (constants from
// @opentelemetry/semantic-conventions/incubating), and `promptgate.*` for the rest, so a line and
// the span exported for it carry the same names. Documented in docs/call-log.md.
import {
  ATTR_GEN_AI_INPUT_MESSAGES,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_OUTPUT_MESSAGES,
  ATTR_GEN_AI_PROMPT_NAME,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_REQUEST_STREAM,
  ATTR_GEN_AI_REQUEST_TEMPERATURE,
  ATTR_GEN_AI_REQUEST_TOP_P,
  ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  ATTR_GEN_AI_RESPONSE_ID,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK,
  ATTR_GEN_AI_SYSTEM_INSTRUCTIONS,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  GEN_AI_OPERATION_NAME_VALUE_CHAT,
  GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC,
  GEN_AI_PROVIDER_NAME_VALUE_AZURE_AI_OPENAI,
  GEN_AI_PROVIDER_NAME_VALUE_GROQ,
  GEN_AI_PROVIDER_NAME_VALUE_MISTRAL_AI,
  GEN_AI_PROVIDER_NAME_VALUE_OPENAI
} from '@opentelemetry/semantic-conventions/incubating'
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT
} from '@opentelemetry/semantic-conventions'
import { isRecord } from '../core/guards.js'
import type { Message } from '../core/types.js'
import type { ContentCapture } from '../config/observe.js'
import type { PriceVendor } from '../stats/cost.js'

export const CALL_RECORD_FORMAT = 'promptgate.call/1'
export const FEEDBACK_RECORD_FORMAT = 'promptgate.feedback/1'

/** Re-exported so readers of the format import every name from one place. */
export const GENAI = {
  operationName: ATTR_GEN_AI_OPERATION_NAME,
  providerName: ATTR_GEN_AI_PROVIDER_NAME,
  requestModel: ATTR_GEN_AI_REQUEST_MODEL,
  requestTemperature: ATTR_GEN_AI_REQUEST_TEMPERATURE,
  requestTopP: ATTR_GEN_AI_REQUEST_TOP_P,
  requestMaxTokens: ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  requestStream: ATTR_GEN_AI_REQUEST_STREAM,
  responseModel: ATTR_GEN_AI_RESPONSE_MODEL,
  responseId: ATTR_GEN_AI_RESPONSE_ID,
  responseFinishReasons: ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  responseTimeToFirstChunk: ATTR_GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK,
  usageInputTokens: ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  usageOutputTokens: ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  promptName: ATTR_GEN_AI_PROMPT_NAME,
  systemInstructions: ATTR_GEN_AI_SYSTEM_INSTRUCTIONS,
  inputMessages: ATTR_GEN_AI_INPUT_MESSAGES,
  outputMessages: ATTR_GEN_AI_OUTPUT_MESSAGES,
  errorType: ATTR_ERROR_TYPE,
  httpStatus: ATTR_HTTP_RESPONSE_STATUS_CODE,
  serverAddress: ATTR_SERVER_ADDRESS,
  serverPort: ATTR_SERVER_PORT
} as const

export const OPERATION_CHAT = GEN_AI_OPERATION_NAME_VALUE_CHAT

/** PromptGate's own attributes: what the conventions have no name for. */
export const PG = {
  callId: 'promptgate.call.id',
  /** `eval` (a prompt's own call in a run), `judge` (a model-graded check) or `production`. */
  purpose: 'promptgate.purpose',
  suite: 'promptgate.suite',
  side: 'promptgate.side',
  commit: 'promptgate.commit',
  /** The semantic conventions have gen_ai.prompt.name but no version. */
  promptVersion: 'promptgate.prompt.version',
  caseId: 'promptgate.case.id',
  caseVars: 'promptgate.case.vars',
  variant: 'promptgate.case.variant',
  repeat: 'promptgate.repeat',
  checks: 'promptgate.checks',
  checksFailed: 'promptgate.checks.failed',
  accepted: 'promptgate.accepted',
  cacheHit: 'promptgate.cache.hit',
  retries: 'promptgate.retries',
  /** Time in failed attempts and backoff sleeps before the answering attempt, ms. */
  retryWaitMs: 'promptgate.retry.wait_ms',
  /**
   * A failed call's last attempt, from its request to its failure, ms: with retry.wait_ms before
   * it, the split of the line's durationMs (an answered call's is durationMs − retry.wait_ms).
   */
  lastAttemptMs: 'promptgate.retry.last_attempt_ms',
  /** Attempts answered with 429 before the call got through. */
  rateLimited: 'promptgate.retry.rate_limited',
  /** What the feature says produced the answer (http/exec providers' `sourcePath`). */
  answerSource: 'promptgate.answer.source',
  /**
   * `cache` (the response cache), `baseline` (a stored baseline) or `cassette` (a replay
   * provider's recording): the answer was not asked for now.
   */
  replayedFrom: 'promptgate.replayed_from',
  costUsd: 'promptgate.cost.usd',
  /** What a replayed answer cost when it was first made (its usage at today's prices). */
  costSavedUsd: 'promptgate.cost.saved_usd',
  providerConfig: 'promptgate.provider.config',
  providerType: 'promptgate.provider.type',
  errorMessage: 'promptgate.error.message',
  feedback: 'promptgate.feedback',
  feedbackEdited: 'promptgate.feedback.edited_text',
  contentCapture: 'promptgate.content.capture'
} as const

/** Values of promptgate.replayed_from. */
export type ReplaySource = 'cache' | 'baseline' | 'cassette'

/** The span a feedback() through a tracer records (see src/observe/index.ts). */
export const FEEDBACK_SPAN_NAME = 'promptgate.feedback'

export type FeedbackVerdict = 'accepted' | 'rejected' | 'edited'
export const FEEDBACK_VERDICTS: readonly FeedbackVerdict[] = ['accepted', 'rejected', 'edited']

/** GenAI message parts (gen-ai-input-messages.json / gen-ai-output-messages.json): text only here. */
export interface TextPart {
  type: 'text'
  content: string
}
export interface InputMessage {
  role: string
  parts: TextPart[]
}
export interface OutputMessage {
  role: 'assistant'
  parts: TextPart[]
  finish_reason: string
}

export interface CheckOutcome {
  id: string
  pass: boolean
  status: string
}

/** Attribute values: what an OTel span attribute can hold, plus the structured content shapes. */
export type AttributeValue =
  | string
  | number
  | boolean
  | string[]
  | InputMessage[]
  | OutputMessage[]
  | TextPart[]
  | CheckOutcome[]
  | Record<string, unknown>

export type CallAttributes = Record<string, AttributeValue>

export interface CallLine {
  format: typeof CALL_RECORD_FORMAT
  /** Unique per call; `feedback` lines refer to it. */
  id: string
  /** When the call started, ISO 8601. */
  time: string
  durationMs?: number
  attributes: CallAttributes
}

export interface FeedbackLine {
  format: typeof FEEDBACK_RECORD_FORMAT
  callId: string
  time: string
  verdict: FeedbackVerdict
  editedText?: string
}

export type LogLine = CallLine | FeedbackLine

/** What content capture does to one text: drop it, mask PII and secrets, or keep it. */
export type TextFilter = (text: string) => string | undefined

export function contentFilter(mode: ContentCapture, redact: (text: string) => string): TextFilter {
  if (mode === 'off') return () => undefined
  if (mode === 'full') return text => text
  return redact
}

/** Well-known gen_ai.provider.name values by PromptGate provider type. */
const PROVIDER_NAMES: Record<string, string> = {
  openai: GEN_AI_PROVIDER_NAME_VALUE_OPENAI,
  // An OpenAI-compatible server speaks OpenAI's API: the conventions name the flavour of telemetry.
  'openai-compatible': GEN_AI_PROVIDER_NAME_VALUE_OPENAI,
  'azure-openai': GEN_AI_PROVIDER_NAME_VALUE_AZURE_AI_OPENAI,
  anthropic: GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC
}

/** Sets the key only when the value is known: a line never carries `undefined` or `null`. */
export function put(
  attributes: CallAttributes,
  key: string,
  value: CallAttributes[string] | undefined
): void {
  if (value !== undefined) attributes[key] = value
}

/** server.address and server.port together: the conventions ask for the port whenever the address is set. */
export function putServer(
  attributes: CallAttributes,
  server: { address: string; port: number } | undefined
): void {
  if (!server) return
  attributes[GENAI.serverAddress] = server.address
  attributes[GENAI.serverPort] = server.port
}

export function genAiProviderName(providerType: string): string {
  return PROVIDER_NAMES[providerType] ?? providerType
}

/** Whose list prices apply to a call by its gen_ai.provider.name (the vendors the price table has). */
const PRICE_VENDORS: Readonly<Record<string, PriceVendor>> = {
  [GEN_AI_PROVIDER_NAME_VALUE_OPENAI]: 'openai',
  [GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC]: 'anthropic',
  [GEN_AI_PROVIDER_NAME_VALUE_GROQ]: 'groq',
  [GEN_AI_PROVIDER_NAME_VALUE_MISTRAL_AI]: 'mistral'
}

export function priceVendorOfProviderName(providerName: string): PriceVendor | undefined {
  return PRICE_VENDORS[providerName]
}

/**
 * Messages in the conventions' shapes: system messages become gen_ai.system_instructions, the rest
 * gen_ai.input.messages. Texts go through `filter`; with capture off nothing is returned.
 */
export function contentAttributes(
  messages: readonly Message[],
  output: string | undefined,
  finishReason: string | undefined,
  filter: TextFilter,
  /** Set the attributes on this object (a call line's, built once) instead of a new one. */
  attributes: CallAttributes = {}
): CallAttributes {
  const text = (content: string): TextPart[] | undefined => {
    const kept = filter(content)
    return kept === undefined ? undefined : [{ type: 'text', content: kept }]
  }
  // One pass, in message order: system texts are instructions, the rest input messages.
  const system: TextPart[] = []
  const input: InputMessage[] = []
  for (const m of messages) {
    const parts = text(m.content)
    if (parts === undefined) continue
    if (m.role === 'system') system.push(...parts)
    else input.push({ role: m.role, parts })
  }
  if (system.length > 0) attributes[GENAI.systemInstructions] = system
  if (input.length > 0) attributes[GENAI.inputMessages] = input
  const outputParts = output === undefined ? undefined : text(output)
  if (outputParts) {
    attributes[GENAI.outputMessages] = [
      { role: 'assistant', parts: outputParts, finish_reason: finishReason ?? 'stop' }
    ]
  }
  return attributes
}

/** The texts of a content attribute, whichever of the three shapes it has. */
export function messageTexts(value: AttributeValue | undefined): { role: string; text: string }[] {
  const parsed = typeof value === 'string' ? safeJson(value) : value
  if (!Array.isArray(parsed)) return []
  const texts: { role: string; text: string }[] = []
  for (const entry of parsed as unknown[]) {
    if (!isRecord(entry)) continue
    if (entry.type === 'text' && typeof entry.content === 'string') {
      texts.push({ role: 'system', text: entry.content })
      continue
    }
    const role = typeof entry.role === 'string' ? entry.role : 'user'
    const parts = Array.isArray(entry.parts) ? (entry.parts as unknown[]) : []
    const text = parts
      .filter(isRecord)
      .map(p => (p.type === 'text' && typeof p.content === 'string' ? p.content : ''))
      .join('')
    texts.push({ role, text })
  }
  return texts
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Span attributes are primitives or arrays of primitives: structured values travel as JSON strings,
 * as the conventions say for content attributes on spans.
 */
export function toSpanAttributes(
  attributes: CallAttributes
): Record<string, string | number | boolean | string[]> {
  const out: Record<string, string | number | boolean | string[]> = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value
    else if (Array.isArray(value) && value.every(v => typeof v === 'string')) out[key] = value as string[]
    else out[key] = JSON.stringify(value)
  }
  return out
}

/** The inverse of toSpanAttributes for the attributes that are structured in a log line. */
const STRUCTURED_ATTRIBUTES: readonly string[] = [
  GENAI.systemInstructions,
  GENAI.inputMessages,
  GENAI.outputMessages,
  PG.checks,
  PG.caseVars
]

export function fromSpanAttributes(attributes: Record<string, unknown>): CallAttributes {
  const out: CallAttributes = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (STRUCTURED_ATTRIBUTES.includes(key) && typeof value === 'string') {
      const parsed = safeJson(value)
      if (parsed !== undefined) out[key] = parsed as AttributeValue
      continue
    }
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      (Array.isArray(value) && value.every(v => typeof v === 'string'))
    )
      out[key] = value as AttributeValue
  }
  return out
}

/**
 * error.type: a low-cardinality kind, as the conventions ask (the message stays in
 * promptgate.error.message). HTTP statuses are kinds of their own.
 */
export function errorKind(message: string, httpStatus?: number): string {
  if (httpStatus !== undefined && httpStatus >= 400) return String(httpStatus)
  const status = /\b(4\d\d|5\d\d)\b/.exec(message)
  if (status?.[1]) return status[1]
  if (/not run/i.test(message)) return 'not_run'
  if (/timed? ?out|timeout|deadline/i.test(message)) return 'timeout'
  if (/circuit/i.test(message)) return 'circuit_open'
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|network|socket|fetch failed/i.test(message)) return 'network'
  if (/cassette/i.test(message)) return 'cassette_miss'
  return '_OTHER'
}
