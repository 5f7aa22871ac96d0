// What every HTTP-backed provider shares: options, the missing-key error, the client settings.
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../constants.js'
import { ProviderError, type CompletionResult, type TokenUsage } from '../core/types.js'
import { CircuitBreaker } from './breaker.js'
import { JsonHttpClient, type HttpResponse, type SleepFn, type SseSink } from './http.js'
import { errorMessage } from '../core/guards.js'

export interface HttpProviderOptions {
  /** The provider's name under `providers:` in the config. */
  name: string
  /** Undefined when the environment variable is unset or empty. */
  apiKey?: string
  /** The environment variable the key comes from, named in the missing-key error. */
  apiKeyEnv?: string
  /** `run.timeoutMs`, used when the provider config sets no `timeoutMs`. */
  defaultTimeoutMs?: number
  maxSockets?: number
  sleep?: SleepFn
  random?: () => number
  now?: () => number
}

export interface ProviderTuning {
  timeoutMs?: number
  maxRetries?: number
  headers?: Record<string, string>
  stream?: boolean
  circuitBreaker?: { consecutiveFailures?: number; cooldownMs?: number }
}

/** The client of one provider, with the circuit breaker all its calls share. */
export function createClient(
  options: HttpProviderOptions,
  tuning: ProviderTuning
): { client: JsonHttpClient; breaker: CircuitBreaker } {
  const breaker = new CircuitBreaker(options.name, { ...tuning.circuitBreaker, now: options.now })
  const client = new JsonHttpClient({
    label: options.name,
    timeoutMs: tuning.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: tuning.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxSockets: options.maxSockets,
    sleep: options.sleep,
    random: options.random,
    now: options.now,
    secrets: options.apiKey ? [options.apiKey] : [],
    keyEnv: options.apiKeyEnv,
    breaker
  })
  return { client, breaker }
}

/** Thrown per call rather than at start-up, so a provider no suite uses never blocks a run. */
export function missingKeyError(options: HttpProviderOptions): ProviderError {
  const envVar = options.apiKeyEnv ?? 'the API key variable'
  return new ProviderError(
    `${options.name}: no API key: the environment variable ${envVar} is unset or empty. ` +
      `Set it from a secret (in a workflow: env: ${envVar}: \${{ secrets.${envVar} }}); ` +
      'pull requests from forks get no secrets, see gate.onMissingSecret.',
    undefined,
    false,
    0,
    'missing-key'
  )
}

export const monotonicNow = (): number => performance.now()

/** What a provider extracts from a response body or an event stream. */
export interface ParsedCompletion {
  text: string
  /** The provider's id of this response (`chatcmpl-…`, `msg_…`). */
  responseId?: string
  modelVersion?: string
  usage?: TokenUsage
  finishReason?: string
  /** Clock value of the first content token (streams only). */
  firstTokenAt?: number
}

/**
 * What a streamed answer accumulates, whatever the wire format: each provider's sink reads its own
 * event shapes into these fields (`onEvent`); `reset` starts over when a broken stream is retried.
 */
export abstract class StreamSink implements SseSink, ParsedCompletion {
  text = ''
  responseId?: string
  modelVersion?: string
  usage?: TokenUsage
  finishReason?: string
  firstTokenAt?: number

  constructor(protected readonly now: () => number) {}

  reset(): void {
    this.text = ''
    this.responseId = undefined
    this.modelVersion = undefined
    this.usage = undefined
    this.finishReason = undefined
    this.firstTokenAt = undefined
  }

  abstract onEvent(event: string, data: string): void

  /** An event's data as JSON; an event that is not JSON breaks the stream (not retried). */
  protected eventJson(data: string): unknown {
    try {
      return JSON.parse(data) as unknown
    } catch {
      throw new ProviderError('stream event is not JSON', undefined, false)
    }
  }
}

/**
 * Latency and time to first token count from the start of the attempt that answered: the time of
 * failed attempts and backoff sleeps is reported apart as `retryWaitMs`, so latency budgets judge
 * the model and not the provider's rate limiter.
 */
export function toCompletionResult(
  parsed: ParsedCompletion,
  response: HttpResponse,
  now: number,
  /** The client's secret redactor: a gateway that echoes the key inside an answer must not leak it. */
  redact: (text: string) => string
): CompletionResult {
  const result: CompletionResult = {
    // Also after parsing: a streamed answer may split the key across chunks, a JSON body escape it.
    text: redact(parsed.text),
    latencyMs: now - response.attemptStartedAt,
    httpStatus: response.status,
    retries: response.retries
  }
  if (response.retries > 0) result.retryWaitMs = response.attemptStartedAt - response.startedAt
  if (response.rateLimited > 0) result.rateLimited = response.rateLimited
  if (parsed.firstTokenAt !== undefined) result.ttftMs = parsed.firstTokenAt - response.attemptStartedAt
  if (parsed.modelVersion !== undefined) result.modelVersion = parsed.modelVersion
  if (parsed.responseId !== undefined) result.responseId = parsed.responseId
  if (parsed.usage !== undefined) result.usage = parsed.usage
  if (parsed.finishReason !== undefined) result.finishReason = parsed.finishReason
  return result
}

/** Parses a response body (or takes the stream's result) and names the provider on failure. */
export function parseOrFail(
  name: string,
  response: HttpResponse,
  sink: ParsedCompletion | undefined,
  parse: (body: unknown) => ParsedCompletion,
  redact: (text: string) => string
): ParsedCompletion {
  try {
    // A server may ignore `stream: true` and answer with one JSON body; accept both.
    return response.body === undefined && sink ? sink : parse(response.body)
  } catch (error) {
    // A parse error may quote the body, which a stream builds from chunks the client never redacted.
    const message = redact(errorMessage(error))
    throw new ProviderError(`${name}: ${message}`, response.status, false, response.retries, 'malformed')
  }
}
