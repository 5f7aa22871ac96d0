// OpenAI Chat Completions, spoken by OpenAI itself, Azure OpenAI and the many servers that copy
// its wire format (Ollama, vLLM, LM Studio, OpenRouter, Groq, Gemini's OpenAI endpoint).
//
// Token limit field: `openai` sends `max_completion_tokens` (OpenAI deprecated `max_tokens`, and
// its reasoning models reject it). `openai-compatible` and `azure-openai` send `max_tokens`, the
// field every compatible server and every Azure api-version accepts.
import type { OutgoingHttpHeaders } from 'node:http'
import type { ProviderConfig } from '../config/schema.js'
import {
  ProviderError,
  type CallOptions,
  type CompletionRequest,
  type CompletionResult,
  type Provider,
  type ProviderHealthSnapshot,
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
import { isRecord } from '../core/guards.js'
import type { CircuitBreaker } from './breaker.js'

export type OpenAIProviderConfig = Extract<
  ProviderConfig,
  { type: 'openai' | 'openai-compatible' | 'azure-openai' }
>

export { OPENAI_DEFAULT_BASE_URL } from './endpoint.js'
export const AZURE_DEFAULT_API_VERSION = '2024-10-21'

/** The Chat Completions request body for one call. Pure, so tests can assert the wire format. */
export function openAIRequestBody(
  request: CompletionRequest,
  kind: OpenAIProviderConfig['type'],
  stream: boolean
): Record<string, unknown> {
  // Azure takes the model from the deployment in the URL.
  const body: Record<string, unknown> = kind === 'azure-openai' ? {} : { model: request.model }
  body.messages = request.messages
  const { temperature, topP, maxTokens } = request.parameters
  if (temperature !== undefined) body.temperature = temperature
  if (topP !== undefined) body.top_p = topP
  if (maxTokens !== undefined) body[kind === 'openai' ? 'max_completion_tokens' : 'max_tokens'] = maxTokens
  const format = request.responseFormat
  if (format?.type === 'json_object') body.response_format = { type: 'json_object' }
  if (format?.type === 'json_schema') {
    const jsonSchema: Record<string, unknown> = { name: format.name, schema: format.schema }
    if (format.strict !== undefined) jsonSchema.strict = format.strict
    body.response_format = { type: 'json_schema', json_schema: jsonSchema }
  }
  if (stream) {
    body.stream = true
    body.stream_options = { include_usage: true }
  }
  return body
}

/** Maps a non-streamed chat.completion body; a body without a choice is an error, not empty text. */
export function parseOpenAIResponse(body: unknown): ParsedCompletion {
  const choice = isRecord(body) && Array.isArray(body.choices) ? (body.choices[0] as unknown) : undefined
  if (!isRecord(body) || !isRecord(choice)) {
    throw new ProviderError('response has no choices[0]: not a Chat Completions response', undefined, false)
  }
  const message = isRecord(choice.message) ? choice.message : {}
  return {
    // A structured-output refusal comes with null content and the reason in `refusal`.
    text: contentText(message.content) ?? stringOf(message.refusal) ?? '',
    responseId: stringOf(body.id),
    modelVersion: stringOf(body.model),
    usage: usageOf(body.usage),
    finishReason: stringOf(choice.finish_reason)
  }
}

function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content
  // Some compatible servers answer with content parts.
  if (Array.isArray(content)) {
    return content.map(part => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('')
  }
  return undefined
}

function usageOf(value: unknown): TokenUsage | undefined {
  if (!isRecord(value)) return undefined
  const usage: TokenUsage = {}
  if (typeof value.prompt_tokens === 'number') usage.inputTokens = value.prompt_tokens
  if (typeof value.completion_tokens === 'number') usage.outputTokens = value.completion_tokens
  if (typeof value.total_tokens === 'number') usage.totalTokens = value.total_tokens
  return usage
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Accumulates `chat.completion.chunk` events; the last chunk carries usage when asked for. */
export class OpenAIStreamSink extends StreamSink {
  onEvent(_event: string, data: string): void {
    if (data === '[DONE]') return
    const chunk = this.eventJson(data)
    if (!isRecord(chunk)) return
    if (isRecord(chunk.error)) {
      const message = stringOf(chunk.error.message) ?? 'unknown error'
      // An error after the 200: the stream is lost, so the whole call is retried.
      throw new ProviderError(`error in stream: ${message}`, undefined, true, 0, 'server')
    }
    if (this.modelVersion === undefined) this.modelVersion = stringOf(chunk.model)
    // Every chunk repeats the completion's id.
    if (this.responseId === undefined) this.responseId = stringOf(chunk.id)
    if (isRecord(chunk.usage)) this.usage = usageOf(chunk.usage)
    const choice = Array.isArray(chunk.choices) ? (chunk.choices[0] as unknown) : undefined
    if (!isRecord(choice)) return
    const delta = isRecord(choice.delta) ? choice.delta : undefined
    const content = delta ? (contentText(delta.content) ?? stringOf(delta.refusal)) : undefined
    if (content) {
      if (this.firstTokenAt === undefined) this.firstTokenAt = this.now()
      this.text += content
    }
    if (typeof choice.finish_reason === 'string') this.finishReason = choice.finish_reason
  }
}

export class OpenAIProvider implements Provider {
  readonly kind: OpenAIProviderConfig['type']
  private readonly client: JsonHttpClient
  private readonly breaker: CircuitBreaker
  private readonly headers: OutgoingHttpHeaders
  private readonly now: () => number
  /** Azure's URL names the deployment, so targets are per model; parsed once each. */
  private readonly targets = new Map<string, RequestTarget>()
  private readonly needsKey: boolean

  constructor(
    private readonly config: OpenAIProviderConfig,
    private readonly options: HttpProviderOptions
  ) {
    this.kind = config.type
    ;({ client: this.client, breaker: this.breaker } = createClient(options, config))
    this.now = options.now ?? monotonicNow
    this.needsKey = config.type !== 'openai-compatible' || config.apiKeyEnv !== undefined
    const headers: OutgoingHttpHeaders = { ...config.headers }
    if (options.apiKey) {
      if (config.type === 'azure-openai') headers['api-key'] = options.apiKey
      else headers.authorization = `Bearer ${options.apiKey}`
    }
    this.headers = headers
    // Fail on a malformed base URL now, not on the first call.
    if (config.type === 'azure-openai') parseTarget(config.baseUrl)
    else this.targetFor('')
  }

  get name(): string {
    return this.options.name
  }

  async complete(request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    if (this.needsKey && !this.options.apiKey) throw missingKeyError(this.options)
    const stream = request.stream ?? this.config.stream ?? false
    const sink = stream ? new OpenAIStreamSink(this.now) : undefined
    const response = await this.client.post(
      this.targetFor(request.model),
      this.headers,
      openAIRequestBody(request, this.kind, stream),
      { signal: options.signal, sse: sink }
    )
    const parsed = parseOrFail(this.name, response, sink, parseOpenAIResponse, this.client.redact)
    return toCompletionResult(parsed, response, this.now(), this.client.redact)
  }

  async close(): Promise<void> {
    this.client.close()
  }

  health(): ProviderHealthSnapshot {
    return this.breaker.snapshot()
  }

  private targetFor(model: string): RequestTarget {
    const key = this.kind === 'azure-openai' ? model : ''
    let target = this.targets.get(key)
    if (!target) {
      target = parseTarget(this.urlFor(model))
      this.targets.set(key, target)
    }
    return target
  }

  private urlFor(model: string): string {
    const config = this.config
    if (config.type === 'azure-openai') {
      const version = encodeURIComponent(config.apiVersion ?? AZURE_DEFAULT_API_VERSION)
      const path = `openai/deployments/${encodeURIComponent(model)}/chat/completions?api-version=${version}`
      return joinUrl(config.baseUrl, path)
    }
    return joinUrl(apiBaseUrl(config), 'chat/completions')
  }
}
