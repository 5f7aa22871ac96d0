// The two wire formats the chaos proxy speaks, as the providers document them: OpenAI Chat
// Completions (`POST …/chat/completions`, `chat.completion` / `chat.completion.chunk` events,
// `{error:{message,type,param,code}}`) and Anthropic Messages (`POST …/v1/messages`, the
// message_start … message_stop event sequence, `{type:"error",error:{type,message}}`).
import type { Message } from '../core/types.js'
import { isRecord } from '../core/guards.js'

export type WireFormat = 'openai' | 'anthropic'

/** What the proxy read from a request, in either format. */
export interface WireRequest {
  wire: WireFormat
  model: string
  messages: Message[]
  stream: boolean
  /** OpenAI `stream_options.include_usage`. */
  includeUsage: boolean
  maxTokens?: number
  temperature?: number
}

export interface WireAnswer {
  text: string
  model?: string
  /** Set to report a length-truncated answer. */
  truncated?: boolean
  inputTokens?: number
  outputTokens?: number
}

export interface SseEvent {
  /** Anthropic names its events; OpenAI sends bare `data:` lines. */
  event?: string
  data: string
}

export function wireOfPath(path: string): WireFormat | undefined {
  const bare = path.split('?')[0] ?? ''
  if (bare.endsWith('/chat/completions')) return 'openai'
  if (bare.endsWith('/v1/messages') || bare === '/messages') return 'anthropic'
  return undefined
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    return content.map(part => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('')
  }
  return ''
}

function roleOf(value: unknown): Message['role'] {
  return value === 'system' || value === 'assistant' ? value : 'user'
}

/** Reads a request body; throws with a client-facing message when it is not one. */
export function parseWireRequest(wire: WireFormat, body: unknown): WireRequest {
  if (!isRecord(body) || typeof body.model !== 'string' || !Array.isArray(body.messages)) {
    throw new Error('request body must be a JSON object with "model" and "messages"')
  }
  const messages: Message[] = []
  if (wire === 'anthropic' && body.system !== undefined) {
    messages.push({ role: 'system', content: contentText(body.system) })
  }
  for (const message of body.messages as unknown[]) {
    if (!isRecord(message)) continue
    messages.push({ role: roleOf(message.role), content: contentText(message.content) })
  }
  const maxTokens = body.max_tokens ?? body.max_completion_tokens
  const options = isRecord(body.stream_options) ? body.stream_options : {}
  return {
    wire,
    model: body.model,
    messages,
    stream: body.stream === true,
    includeUsage: options.include_usage === true,
    ...(typeof maxTokens === 'number' ? { maxTokens } : {}),
    ...(typeof body.temperature === 'number' ? { temperature: body.temperature } : {})
  }
}

const CREATED = 1_700_000_000

/** A non-streamed success body. */
export function successBody(request: WireRequest, answer: WireAnswer): unknown {
  const model = answer.model ?? request.model
  const input = answer.inputTokens ?? 0
  const output = answer.outputTokens ?? 0
  if (request.wire === 'openai') {
    return {
      id: 'chatcmpl-chaos',
      object: 'chat.completion',
      created: CREATED,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer.text, refusal: null },
          logprobs: null,
          finish_reason: answer.truncated ? 'length' : 'stop'
        }
      ],
      usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output }
    }
  }
  return {
    id: 'msg_chaos',
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text: answer.text }],
    stop_reason: answer.truncated ? 'max_tokens' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: input, output_tokens: output }
  }
}

/** Splits text into `parts` pieces of about equal length (at least one, possibly empty). */
export function pieces(text: string, parts: number): string[] {
  if (text === '') return ['']
  const size = Math.max(1, Math.ceil(text.length / parts))
  const out: string[] = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

/** The event sequence of a streamed answer, in the request's format. */
export function streamEvents(request: WireRequest, answer: WireAnswer, parts = 3): SseEvent[] {
  const model = answer.model ?? request.model
  const input = answer.inputTokens ?? 0
  const output = answer.outputTokens ?? 0
  const chunks = pieces(answer.text, parts)
  if (request.wire === 'openai') {
    const chunk = (delta: Record<string, unknown>, finish: string | null): SseEvent => ({
      data: JSON.stringify({
        id: 'chatcmpl-chaos',
        object: 'chat.completion.chunk',
        created: CREATED,
        model,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }]
      })
    })
    const events = [chunk({ role: 'assistant', content: '' }, null)]
    for (const text of chunks) if (text !== '') events.push(chunk({ content: text }, null))
    events.push(chunk({}, answer.truncated ? 'length' : 'stop'))
    if (request.includeUsage) {
      events.push({
        data: JSON.stringify({
          id: 'chatcmpl-chaos',
          object: 'chat.completion.chunk',
          created: CREATED,
          model,
          choices: [],
          usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output }
        })
      })
    }
    events.push({ data: '[DONE]' })
    return events
  }
  const named = (event: string, payload: Record<string, unknown>): SseEvent => ({
    event,
    data: JSON.stringify({ type: event, ...payload })
  })
  const events = [
    named('message_start', {
      message: {
        id: 'msg_chaos',
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: 1 }
      }
    }),
    named('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    named('ping', {})
  ]
  for (const text of chunks) {
    if (text !== '')
      events.push(named('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }))
  }
  events.push(
    named('content_block_stop', { index: 0 }),
    named('message_delta', {
      delta: { stop_reason: answer.truncated ? 'max_tokens' : 'end_turn', stop_sequence: null },
      usage: { output_tokens: output }
    }),
    named('message_stop', {})
  )
  return events
}

export function encodeEvent(event: SseEvent): string {
  return `${event.event ? `event: ${event.event}\n` : ''}data: ${event.data}\n\n`
}

export interface WireError {
  status: number
  body: unknown
  headers?: Record<string, string>
}

type ErrorFault =
  | 'rate-limit'
  | 'insufficient-quota'
  | 'server-error'
  | 'unavailable'
  | 'overloaded'
  | 'unauthorized'
  | 'context-length'

/**
 * Error responses with the providers' own status, type, code and wording (OpenAI's error-codes
 * guide; Anthropic's errors page), so the client under test meets what production sends.
 */
export function errorResponse(wire: WireFormat, fault: ErrorFault, retryAfterS = 1): WireError {
  const openai = (status: number, message: string, type: string, code: string | null): WireError => ({
    status,
    body: { error: { message, type, param: null, code } }
  })
  const anthropic = (status: number, type: string, message: string): WireError => ({
    status,
    body: { type: 'error', error: { type, message } }
  })
  const pick = (o: WireError, a: WireError): WireError => (wire === 'openai' ? o : a)
  switch (fault) {
    case 'rate-limit': {
      const error = pick(
        openai(
          429,
          'Rate limit reached for requests. Please try again in 1s.',
          'requests',
          'rate_limit_exceeded'
        ),
        anthropic(429, 'rate_limit_error', 'Number of requests has exceeded your rate limit.')
      )
      return { ...error, headers: { 'retry-after': String(retryAfterS) } }
    }
    case 'insufficient-quota':
      return pick(
        openai(
          429,
          'You exceeded your current quota, please check your plan and billing details.',
          'insufficient_quota',
          'insufficient_quota'
        ),
        anthropic(
          400,
          'invalid_request_error',
          'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'
        )
      )
    case 'server-error':
      return pick(
        openai(
          500,
          'The server had an error while processing your request. Sorry about that!',
          'server_error',
          null
        ),
        anthropic(500, 'api_error', 'Internal server error')
      )
    case 'unavailable':
      return pick(
        openai(503, 'The engine is currently overloaded, please try again later.', 'server_error', null),
        anthropic(503, 'api_error', 'Service unavailable')
      )
    case 'overloaded':
      return pick(
        openai(529, 'The server is overloaded.', 'server_error', 'overloaded'),
        anthropic(529, 'overloaded_error', 'Overloaded')
      )
    case 'unauthorized':
      return pick(
        openai(
          401,
          'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
          'invalid_request_error',
          'invalid_api_key'
        ),
        anthropic(401, 'authentication_error', 'invalid x-api-key')
      )
    case 'context-length':
      return pick(
        openai(
          400,
          "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
          'invalid_request_error',
          'context_length_exceeded'
        ),
        anthropic(400, 'invalid_request_error', 'prompt is too long: 210000 tokens > 200000 maximum')
      )
  }
}
