// Anthropic Messages API (`POST {baseUrl}/v1/messages`).
//
// - System messages move to the top-level `system` field (joined by blank lines, in order); the
//   API accepts only user and assistant turns in `messages`.
// - `max_tokens` is required by the API: without `maxTokens` in the prompt or config we send
//   ANTHROPIC_DEFAULT_MAX_TOKENS (1024), enough for eval answers and a bounded cost.
// - The Messages API has no JSON mode: a JSON response format becomes an instruction appended to
//   the system prompt (with the schema for json_schema); checks still validate the output.
import type { OutgoingHttpHeaders } from 'node:http'
import type { ProviderConfig } from '../config/schema.js'
import {
  ProviderError,
  type CallOptions,
  type CompletionRequest,
  type CompletionResult,
  type Message,
  type Provider,
  type ProviderErrorKind,
  type ProviderHealthSnapshot,
  type ResponseFormat,
  type TokenUsage
} from '../core/types.js'
import {
  createClient,
  missingKeyError,
  monotonicNow,
  parseOrFail,
  toCompletionResult,
  type HttpProviderOptions,
  type ParsedCompletion,
  StreamSink
} from './common.js'
import { joinUrl, parseTarget, type JsonHttpClient, type RequestTarget } from './http.js'
import { apiBaseUrl } from './endpoint.js'
import { errorMessage, isRecord } from '../core/guards.js'
import type { CircuitBreaker } from './breaker.js'

export type AnthropicProviderConfig = Extract<ProviderConfig, { type: 'anthropic' }>

export { ANTHROPIC_DEFAULT_BASE_URL } from './endpoint.js'
export const ANTHROPIC_DEFAULT_VERSION = '2023-06-01'
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024

/** Error types Anthropic documents as transient (also sent inside a stream as an `error` event). */
const RETRYABLE_ERROR_TYPES = new Set(['overloaded_error', 'api_error', 'rate_limit_error', 'timeout_error'])
/** The error class of an `error` event in a stream, by Anthropic's error type. */
const STREAM_ERROR_KINDS: Record<string, ProviderErrorKind> = {
  overloaded_error: 'overloaded',
  api_error: 'server',
  rate_limit_error: 'rate-limit',
  timeout_error: 'timeout',
  billing_error: 'quota',
  authentication_error: 'auth',
  permission_error: 'auth',
  invalid_request_error: 'bad-request'
}

export function jsonInstruction(format: ResponseFormat | undefined): string | undefined {
  if (format?.type === 'json_object') return 'Respond with a single JSON object and nothing else.'
  if (format?.type === 'json_schema') {
    return (
      `Respond with a single JSON object and nothing else. It must conform to this JSON Schema ` +
      `(named ${format.name}):\n${JSON.stringify(format.schema)}`
    )
  }
  return undefined
}

/** The Messages API request body for one call. Pure, so tests can assert the wire format. */
export function anthropicRequestBody(request: CompletionRequest, stream: boolean): Record<string, unknown> {
  const system: string[] = []
  const messages: Message[] = []
  for (const message of request.messages) {
    if (message.role === 'system') system.push(message.content)
    else messages.push(message)
  }
  if (messages.length === 0) {
    throw new ProviderError(
      'the Messages API needs at least one user message; the prompt has only system messages',
      undefined,
      false
    )
  }
  const instruction = jsonInstruction(request.responseFormat)
  if (instruction) system.push(instruction)
  const { temperature, topP, maxTokens } = request.parameters
  const body: Record<string, unknown> = {
    model: request.model,
    max_tokens: maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages
  }
  if (system.length > 0) body.system = system.join('\n\n')
  if (temperature !== undefined) body.temperature = temperature
  if (topP !== undefined) body.top_p = topP
  if (stream) body.stream = true
  return body
}

export function parseAnthropicResponse(body: unknown): ParsedCompletion {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw new ProviderError('response has no content: not a Messages API response', undefined, false)
  }
  let text = ''
  for (const block of body.content as unknown[]) {
    if (isRecord(block) && block.type === 'text' && typeof block.text === 'string') text += block.text
  }
  const usage = isRecord(body.usage) ? addUsage({}, body.usage) : undefined
  return {
    text,
    responseId: typeof body.id === 'string' ? body.id : undefined,
    modelVersion: typeof body.model === 'string' ? body.model : undefined,
    usage,
    finishReason: typeof body.stop_reason === 'string' ? body.stop_reason : undefined
  }
}

/** Anthropic reports input and output separately; `message_delta` carries cumulative output. */
function addUsage(usage: TokenUsage, value: Record<string, unknown>): TokenUsage {
  if (typeof value.input_tokens === 'number') usage.inputTokens = value.input_tokens
  if (typeof value.output_tokens === 'number') usage.outputTokens = value.output_tokens
  if (usage.inputTokens !== undefined && usage.outputTokens !== undefined) {
    usage.totalTokens = usage.inputTokens + usage.outputTokens
  }
  return usage
}

/** Accumulates message_start / content_block_delta / message_delta / message_stop events. */
export class AnthropicStreamSink extends StreamSink {
  onEvent(_event: string, data: string): void {
    const payload = this.eventJson(data)
    if (!isRecord(payload)) return
    switch (payload.type) {
      case 'message_start': {
        const message = isRecord(payload.message) ? payload.message : {}
        if (typeof message.model === 'string') this.modelVersion = message.model
        if (typeof message.id === 'string') this.responseId = message.id
        if (isRecord(message.usage)) this.usage = addUsage(this.usage ?? {}, message.usage)
        break
      }
      case 'content_block_delta': {
        const delta = isRecord(payload.delta) ? payload.delta : {}
        if (delta.type === 'text_delta' && typeof delta.text === 'string' && delta.text !== '') {
          if (this.firstTokenAt === undefined) this.firstTokenAt = this.now()
          this.text += delta.text
        }
        break
      }
      case 'message_delta': {
        const delta = isRecord(payload.delta) ? payload.delta : {}
        if (typeof delta.stop_reason === 'string') this.finishReason = delta.stop_reason
        if (isRecord(payload.usage)) this.usage = addUsage(this.usage ?? {}, payload.usage)
        break
      }
      case 'error': {
        const error = isRecord(payload.error) ? payload.error : {}
        const type = typeof error.type === 'string' ? error.type : 'error'
        const message = typeof error.message === 'string' ? error.message : 'unknown error'
        throw new ProviderError(
          `error in stream: ${type}: ${message}`,
          undefined,
          RETRYABLE_ERROR_TYPES.has(type),
          0,
          STREAM_ERROR_KINDS[type] ?? 'server'
        )
      }
      default:
        // ping, content_block_start/stop, message_stop carry nothing we report.
        break
    }
  }
}

export class AnthropicProvider implements Provider {
  readonly kind = 'anthropic'
  private readonly client: JsonHttpClient
  private readonly breaker: CircuitBreaker
  private readonly headers: OutgoingHttpHeaders
  private readonly target: RequestTarget
  private readonly now: () => number

  constructor(
    private readonly config: AnthropicProviderConfig,
    private readonly options: HttpProviderOptions
  ) {
    ;({ client: this.client, breaker: this.breaker } = createClient(options, config))
    this.now = options.now ?? monotonicNow
    this.target = parseTarget(joinUrl(apiBaseUrl(config), 'v1/messages'))
    const headers: OutgoingHttpHeaders = {
      ...config.headers,
      'anthropic-version': config.anthropicVersion ?? ANTHROPIC_DEFAULT_VERSION
    }
    if (options.apiKey) headers['x-api-key'] = options.apiKey
    this.headers = headers
  }

  get name(): string {
    return this.options.name
  }

  async complete(request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    if (!this.options.apiKey) throw missingKeyError(this.options)
    const stream = request.stream ?? this.config.stream ?? false
    let body: Record<string, unknown>
    try {
      body = anthropicRequestBody(request, stream)
    } catch (error) {
      const message = errorMessage(error)
      throw new ProviderError(`${this.name}: ${message}`, undefined, false)
    }
    const sink = stream ? new AnthropicStreamSink(this.now) : undefined
    const response = await this.client.post(this.target, this.headers, body, {
      signal: options.signal,
      sse: sink
    })
    const parsed = parseOrFail(this.name, response, sink, parseAnthropicResponse, this.client.redact)
    return toCompletionResult(parsed, response, this.now(), this.client.redact)
  }

  async close(): Promise<void> {
    this.client.close()
  }

  health(): ProviderHealthSnapshot {
    return this.breaker.snapshot()
  }
}
