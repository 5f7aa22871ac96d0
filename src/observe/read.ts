// Reading call logs back: PromptGate's own JSONL (runs and the production helper write the same
// lines), OTLP JSON exports of GenAI spans (a collector's file exporter, one request per line or one
// document), and any JSONL with a field mapping. Every reader yields the same LoggedCall, so
// import and insights never care where a call came from. Bad input names the file, line and key.
import { errorMessage, isRecord, readPath } from '../core/guards.js'
import { SourceError, type SourceIssue } from '../core/errors.js'
import type { Message } from '../core/types.js'
import {
  CALL_RECORD_FORMAT,
  contentAttributes,
  FEEDBACK_RECORD_FORMAT,
  FEEDBACK_SPAN_NAME,
  FEEDBACK_VERDICTS,
  fromSpanAttributes,
  GENAI,
  OPERATION_CHAT,
  PG,
  type CallAttributes,
  type FeedbackVerdict
} from './format.js'
import type { ImportMapping } from '../config/observe.js'

import { LOG_FORMATS, type LogFormat } from './defaults.js'

export { LOG_FORMATS, type LogFormat }

/** Problems listed per file before the rest are only counted. */
const MAX_LISTED_ISSUES = 20

export interface Feedback {
  verdict: FeedbackVerdict
  editedText?: string
  time?: string
}

export interface LoggedCall {
  id: string
  time?: string
  durationMs?: number
  attributes: CallAttributes
  /** Where the call was read from: provenance of an imported case. */
  source: { file: string; line: number }
  feedback?: Feedback
}

/**
 * Where a logged answer was replayed from (promptgate.replayed_from: the response cache, a stored
 * baseline or a replay provider's cassette), undefined when a model was asked. Older lines only
 * said promptgate.cache.hit.
 */
export function replaySourceOf(call: LoggedCall): string | undefined {
  const from = call.attributes[PG.replayedFrom]
  if (typeof from === 'string') return from
  return call.attributes[PG.cacheHit] === true ? 'cache' : undefined
}

/**
 * The model's own time of a logged call: its wall time less the failed attempts and backoff before
 * its last attempt (promptgate.retry.wait_ms), as the run's latency budgets count it; a 429 storm
 * is backoff, not a slow model. Undefined when the line has no duration, and for a replayed answer:
 * its time is not the model's (a cassette's recorded latency is not production latency).
 */
export function modelLatencyMs(call: LoggedCall): number | undefined {
  if (call.durationMs === undefined || replaySourceOf(call) !== undefined) return undefined
  const wait = call.attributes[PG.retryWaitMs]
  return Math.max(0, call.durationMs - (typeof wait === 'number' && Number.isFinite(wait) ? wait : 0))
}

export class LogFormatError extends SourceError {
  override name = 'LogFormatError'
}

interface Collected {
  calls: LoggedCall[]
  feedback: Map<string, Feedback>
  issues: SourceIssue[]
}

function issue(c: Collected, file: string, line: number, path: string, message: string): void {
  c.issues.push({ file, line, path, message })
}

function jsonLines(file: string, text: string, c: Collected): { line: number; value: unknown }[] {
  const out: { line: number; value: unknown }[] = []
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return
    try {
      out.push({ line: index + 1, value: JSON.parse(raw) })
    } catch (error) {
      issue(c, file, index + 1, '', `not JSON: ${errorMessage(error)}`)
    }
  })
  return out
}

function asFeedbackVerdict(value: unknown): FeedbackVerdict | undefined {
  if (value === true) return 'accepted'
  if (value === false) return 'rejected'
  return typeof value === 'string' && (FEEDBACK_VERDICTS as readonly string[]).includes(value)
    ? (value as FeedbackVerdict)
    : undefined
}

function readPromptGate(file: string, text: string, c: Collected): void {
  for (const { line, value } of jsonLines(file, text, c)) {
    if (!isRecord(value)) {
      issue(c, file, line, '', 'a line must be a JSON object')
      continue
    }
    if (value.format === CALL_RECORD_FORMAT) {
      if (typeof value.id !== 'string' || value.id === '') issue(c, file, line, 'id', 'missing call id')
      else if (!isRecord(value.attributes)) issue(c, file, line, 'attributes', 'must be an object')
      else
        c.calls.push({
          id: value.id,
          time: typeof value.time === 'string' ? value.time : undefined,
          durationMs: typeof value.durationMs === 'number' ? value.durationMs : undefined,
          attributes: value.attributes as CallAttributes,
          source: { file, line }
        })
    } else if (value.format === FEEDBACK_RECORD_FORMAT) {
      const verdict = asFeedbackVerdict(value.verdict)
      if (typeof value.callId !== 'string') issue(c, file, line, 'callId', 'missing the call id')
      else if (!verdict) issue(c, file, line, 'verdict', `must be one of ${FEEDBACK_VERDICTS.join(', ')}`)
      else
        c.feedback.set(value.callId, {
          verdict,
          ...(typeof value.editedText === 'string' ? { editedText: value.editedText } : {}),
          ...(typeof value.time === 'string' ? { time: value.time } : {})
        })
    } else {
      issue(
        c,
        file,
        line,
        'format',
        `unknown line format ${JSON.stringify(value.format)}; expected ${CALL_RECORD_FORMAT} or ${FEEDBACK_RECORD_FORMAT} (for other logs use --format otlp or generic)`
      )
    }
  }
}

/** OTLP JSON AnyValue → a plain value (intValue arrives as a string: int64 in JSON). */
export function decodeAnyValue(value: unknown): unknown {
  if (!isRecord(value)) return undefined
  if ('stringValue' in value) return value.stringValue
  if ('boolValue' in value) return value.boolValue
  if ('intValue' in value) return Number(value.intValue)
  if ('doubleValue' in value) return Number(value.doubleValue)
  if ('arrayValue' in value) {
    const values =
      isRecord(value.arrayValue) && Array.isArray(value.arrayValue.values) ? value.arrayValue.values : []
    return (values as unknown[]).map(decodeAnyValue)
  }
  if ('kvlistValue' in value) {
    const values =
      isRecord(value.kvlistValue) && Array.isArray(value.kvlistValue.values) ? value.kvlistValue.values : []
    return decodeKeyValues(values as unknown[])
  }
  return undefined
}

export function decodeKeyValues(list: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const kv of list)
    if (isRecord(kv) && typeof kv.key === 'string') out[kv.key] = decodeAnyValue(kv.value)
  return out
}

/** Unix nanoseconds as a string or number → epoch ms. */
function nanosToMs(value: unknown): number | undefined {
  if (typeof value === 'number') return value / 1e6
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(BigInt(value) / 1000n) / 1000
  return undefined
}

function readOtlp(file: string, text: string, c: Collected): void {
  // A collector's file exporter writes one request per line; a saved request is one document.
  const trimmed = text.trim()
  let documents: { line: number; value: unknown }[]
  try {
    documents = [{ line: 1, value: JSON.parse(trimmed) }]
  } catch {
    documents = jsonLines(file, text, c)
  }
  for (const { line, value } of documents) {
    if (!isRecord(value) || !Array.isArray(value.resourceSpans)) {
      issue(c, file, line, 'resourceSpans', 'not an OTLP JSON trace export (no resourceSpans list)')
      continue
    }
    for (const resource of value.resourceSpans as unknown[]) {
      const scopes = isRecord(resource) && Array.isArray(resource.scopeSpans) ? resource.scopeSpans : []
      for (const scope of scopes as unknown[]) {
        const spans = isRecord(scope) && Array.isArray(scope.spans) ? scope.spans : []
        for (const span of spans as unknown[]) readSpan(file, line, span, c)
      }
    }
  }
}

function readSpan(file: string, line: number, span: unknown, c: Collected): void {
  if (!isRecord(span)) return
  const raw = decodeKeyValues(Array.isArray(span.attributes) ? span.attributes : [])
  const rawId = raw[PG.callId]
  const callId = typeof rawId === 'string' ? rawId : undefined
  if (span.name === FEEDBACK_SPAN_NAME) {
    const verdict = asFeedbackVerdict(raw[PG.feedback])
    if (callId && verdict) {
      const edited = raw[PG.feedbackEdited]
      c.feedback.set(callId, { verdict, ...(typeof edited === 'string' ? { editedText: edited } : {}) })
    }
    return
  }
  // Only GenAI spans are calls: a trace also holds HTTP, database and PromptGate's own parent spans.
  if (raw[GENAI.operationName] === undefined) return
  const startMs = nanosToMs(span.startTimeUnixNano)
  const endMs = nanosToMs(span.endTimeUnixNano)
  c.calls.push({
    id: callId ?? (typeof span.spanId === 'string' ? span.spanId : `${file}:${line}`),
    time: startMs === undefined ? undefined : new Date(startMs).toISOString(),
    durationMs: startMs !== undefined && endMs !== undefined ? endMs - startMs : undefined,
    attributes: fromSpanAttributes(raw),
    source: { file, line }
  })
}

function asRole(value: unknown): Message['role'] {
  return value === 'system' || value === 'assistant' ? value : 'user'
}

function readGeneric(file: string, text: string, mapping: ImportMapping | undefined, c: Collected): void {
  if (!mapping) {
    issue(
      c,
      file,
      1,
      'observe.import.mapping',
      'a generic log needs a field mapping: set observe.import.mapping.input (and output, feedback…) in the config'
    )
    return
  }
  for (const { line, value } of jsonLines(file, text, c)) {
    const messages = genericMessages(readPath(value, mapping.input))
    if (!messages) {
      issue(c, file, line, mapping.input, 'no input at this path (a string or a list of {role, content})')
      continue
    }
    c.calls.push(genericCall(value, mapping, messages, { file, line }))
  }
}

/** A mapped input: a string (one user message) or a list of {role, content}. */
function genericMessages(input: unknown): Message[] | undefined {
  if (typeof input === 'string') return [{ role: 'user', content: input }]
  if (Array.isArray(input))
    return input.filter(isRecord).map(m => ({ role: asRole(m.role), content: String(m.content ?? '') }))
  return undefined
}

/** One mapped line as a call; `messages` were read from it through `mapping.input`. */
function genericCall(
  value: unknown,
  mapping: ImportMapping,
  messages: Message[],
  source: LoggedCall['source']
): LoggedCall {
  const at = (path: string | undefined): unknown => (path === undefined ? undefined : readPath(value, path))
  const text = (path: string | undefined): string | undefined => {
    const picked = at(path)
    return typeof picked === 'string' ? picked : undefined
  }
  const attributes = genericAttributes(messages, mapping, at, text)
  const rawTime = at(mapping.time)
  const time =
    typeof rawTime === 'number'
      ? new Date(rawTime).toISOString()
      : typeof rawTime === 'string'
        ? rawTime
        : undefined
  const latency = mapping.latencyMs === undefined ? undefined : Number(readPath(value, mapping.latencyMs))
  const rawId = at(mapping.id)
  const id =
    typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${source.file}:${source.line}`
  const verdict = asFeedbackVerdict(at(mapping.feedback))
  const edited = text(mapping.editedText)
  return {
    id,
    ...(time ? { time } : {}),
    ...(Number.isFinite(latency) ? { durationMs: latency } : {}),
    attributes,
    source,
    ...(verdict ? { feedback: { verdict, ...(edited !== undefined ? { editedText: edited } : {}) } } : {})
  }
}

function genericAttributes(
  messages: Message[],
  mapping: ImportMapping,
  at: (path: string | undefined) => unknown,
  text: (path: string | undefined) => string | undefined
): CallAttributes {
  const attributes: CallAttributes = {
    [GENAI.operationName]: OPERATION_CHAT,
    [PG.purpose]: 'production',
    ...contentAttributes(messages, text(mapping.output), undefined, kept => kept)
  }
  const model = text(mapping.model)
  if (model) attributes[GENAI.responseModel] = model
  const error = text(mapping.error)
  if (error) {
    attributes[GENAI.errorType] = '_OTHER'
    attributes[PG.errorMessage] = error
  }
  const vars = at(mapping.vars)
  if (isRecord(vars)) attributes[PG.caseVars] = vars
  return attributes
}

/** Guesses the format from the first non-empty line. */
export function detectLogFormat(text: string): LogFormat {
  const first = text.split('\n').find(l => l.trim() !== '') ?? ''
  if (/"resourceSpans"/.test(first) || /^\s*\{\s*$/.test(first)) return 'otlp'
  if (first.includes(CALL_RECORD_FORMAT) || first.includes(FEEDBACK_RECORD_FORMAT)) return 'promptgate'
  return 'generic'
}

/** Reads logs, joins feedback to its call (the last feedback wins), and throws on bad lines. */
export function readCallLogs(
  files: readonly { file: string; text: string; format?: LogFormat }[],
  mapping?: ImportMapping
): LoggedCall[] {
  const c: Collected = { calls: [], feedback: new Map(), issues: [] }
  for (const { file, text, format } of files) {
    const kind = format ?? detectLogFormat(text)
    if (kind === 'promptgate') readPromptGate(file, text, c)
    else if (kind === 'otlp') readOtlp(file, text, c)
    else readGeneric(file, text, mapping, c)
  }
  if (c.issues.length > 0) {
    // Parse errors are found before format errors: list them in file order for the reader.
    const ordered = c.issues
      .map((found, index) => ({ found, index }))
      .sort((a, b) =>
        a.found.file === b.found.file ? (a.found.line ?? 0) - (b.found.line ?? 0) : a.index - b.index
      )
      .map(({ found }) => found)
    const listed = ordered.slice(0, MAX_LISTED_ISSUES)
    const more = ordered.length - listed.length
    throw new LogFormatError(
      `Cannot read the call log${more > 0 ? ` (${more} more problems not listed)` : ''}`,
      listed
    )
  }
  return c.calls.map(call => {
    const feedback = c.feedback.get(call.id) ?? call.feedback
    return feedback ? { ...call, feedback } : call
  })
}
