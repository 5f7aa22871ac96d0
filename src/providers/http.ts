// A small JSON-over-HTTP client for model APIs. It sits in the hot path of every model call, so
// it uses node:http/node:https with a keep-alive Agent: measured on the engine benchmark, global
// fetch costs almost three times the CPU for the same calls. Per-call work is kept to building one
// request and parsing one response; URLs are parsed once per provider, not per call.
import http from 'node:http'
import https from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { errorKindOfStatus, ProviderError, type ProviderErrorKind } from '../core/types.js'
import { errorMessage, isRecord } from '../core/guards.js'
import { proxyUrlFor } from '../core/proxy.js'
import { MIN_MASKED_LENGTH, secretRedactor } from '../core/secrets.js'
import type { CircuitBreaker } from './breaker.js'
import { hostAndPort } from './endpoint.js'

/** First backoff step; doubled per retry, with jitter. */
export const RETRY_BASE_DELAY_MS = 500
/** Upper bound of one computed backoff sleep (a server's Retry-After may ask for longer). */
export const RETRY_MAX_DELAY_MS = 20_000
/**
 * The longest `retry-after` we honour. A longer wait means a quota window (a minute or more), not
 * a blip: the call fails at once and says so instead of holding a CI job.
 */
export const RETRY_AFTER_CAP_MS = 30_000
/** A response body larger than this is a broken server, not a completion: stop reading. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024
/** API error messages are untrusted text: quote at most this much of them. */
const MAX_QUOTED_CHARS = 400

/** Node error codes of transient network failures worth another attempt. */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN'
])

export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>

/** Sleeps `ms`, waking early (rejecting) when the signal aborts. */
export const defaultSleep: SleepFn = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortReason(signal as AbortSignal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })

/** A parsed endpoint: parsing once per provider keeps URL work out of the per-call path. */
export interface RequestTarget {
  https: boolean
  hostname: string
  port: number
  /** Path plus query string. */
  path: string
  /** HTTPS_PROXY / HTTP_PROXY for this URL (NO_PROXY applied), decided once per provider. */
  proxy?: string
}

export function parseTarget(url: string): RequestTarget {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`Unsupported URL scheme in ${parsed.protocol}//${parsed.host}: use http or https`)
  }
  const secure = parsed.protocol === 'https:'
  const proxy = proxyUrlFor(parsed.href)
  // URL keeps IPv6 literals bracketed; node:http wants them bare.
  const { address, port } = hostAndPort(parsed)
  return {
    https: secure,
    hostname: address,
    port,
    path: `${parsed.pathname}${parsed.search}`,
    ...(proxy ? { proxy } : {})
  }
}

/** Joins a base URL and a path without doubling or dropping the slash between them. */
export function joinUrl(base: string, path: string): string {
  return `${base.endsWith('/') ? base.slice(0, -1) : base}/${path.startsWith('/') ? path.slice(1) : path}`
}

export interface HttpClientOptions {
  /** Names the provider in every error message, e.g. `openai`. */
  label: string
  /** Budget for the whole call, retries and backoff sleeps included. */
  timeoutMs: number
  maxRetries: number
  sleep?: SleepFn
  /** In [0, 1); injectable so backoff jitter is deterministic in tests. */
  random?: () => number
  /** Monotonic clock, ms. */
  now?: () => number
  /** Per host; must be at least the run's concurrency or calls queue inside the Agent. */
  maxSockets?: number
  /** Values (API keys) replaced by `***` in any error text, in case an API echoes them. */
  secrets?: string[]
  /** The environment variable of the key, named in the message of a rejected key. */
  keyEnv?: string
  /** Shared by every call of this provider: sees each attempt, refuses calls while open. */
  breaker?: CircuitBreaker
}

/** Receives Server-Sent Events of one attempt; `reset` runs before each attempt. */
export interface SseSink {
  reset(): void
  onEvent(event: string, data: string): void
}

export interface PostOptions {
  signal?: AbortSignal
  /** Stream mode: a 2xx `text/event-stream` response is fed to the sink instead of parsed as JSON. */
  sse?: SseSink
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  /** Parsed JSON body; undefined when the response was an event stream. */
  body: unknown
  retries: number
  /** Clock value when the call started. */
  startedAt: number
  /** Clock value when the answering attempt started: latency and time to first token count from it. */
  attemptStartedAt: number
  /** Attempts answered with 429 before this one. */
  rateLimited: number
}

/** What one attempt ended with; internal to the retry loop. */
interface AttemptFailure {
  error: ProviderError
  retryAfterMs?: number
}

/** Why the abort signal fired, when the run says more than "aborted" (see engine/deadline.ts). */
export interface AbortCause {
  name: string
  message: string
}

export class JsonHttpClient {
  private readonly httpAgent: http.Agent
  private readonly httpsAgent: https.Agent
  /** Keep-alive agents through a proxy, per proxy and scheme; empty unless a proxy is set. */
  private readonly proxyAgents = new Map<string, http.Agent>()
  private readonly sleep: SleepFn
  private readonly random: () => number
  private readonly now: () => number
  /**
   * Replaces the key and its derived forms by `***`. Applied to every response body as it is read,
   * before any of it is quoted or cut (a key across the cut would survive as a prefix), and by the
   * providers to the answer text (a gateway may echo the key inside a 200).
   */
  readonly redact: (text: string) => string

  constructor(private readonly options: HttpClientOptions) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? Infinity }
    this.httpAgent = new http.Agent(agentOptions)
    this.httpsAgent = new https.Agent(agentOptions)
    this.sleep = options.sleep ?? defaultSleep
    this.random = options.random ?? Math.random
    this.now = options.now ?? (() => performance.now())
    // Very short "secrets" would redact ordinary words; real keys are long.
    this.redact = secretRedactor((options.secrets ?? []).filter(secret => secret.length >= MIN_MASKED_LENGTH))
  }

  /** POSTs `body` as JSON; retries transient failures; throws ProviderError on anything else. */
  async post(
    target: RequestTarget,
    headers: OutgoingHttpHeaders,
    body: unknown,
    options: PostOptions = {}
  ): Promise<HttpResponse> {
    const startedAt = this.now()
    const deadline = startedAt + this.options.timeoutMs
    const payload = JSON.stringify(body)
    const requestHeaders: OutgoingHttpHeaders = {
      ...headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      accept: options.sse ? 'text/event-stream' : 'application/json'
    }
    const { signal } = options
    const breaker = this.options.breaker
    let rateLimited = 0
    // The last attempt's start and end: a failed call's log line splits its time as an answer's.
    let attempted: { startedAt: number; endedAt: number } | undefined
    try {
      for (let retries = 0; ; retries++) {
        if (signal?.aborted) throw this.aborted(signal, retries)
        breaker?.admit(retries)
        options.sse?.reset()
        const attemptStartedAt = this.now()
        const outcome = await this.attempt(target, requestHeaders, payload, deadline, options, retries)
        attempted = { startedAt: attemptStartedAt, endedAt: this.now() }
        breaker?.record('error' in outcome ? outcome.error : undefined)
        if (!('error' in outcome)) return { ...outcome, retries, startedAt, attemptStartedAt, rateLimited }
        await this.retryOrThrow(outcome, retries, deadline, signal, () => rateLimited++)
      }
    } catch (error) {
      if (error instanceof ProviderError && attempted) {
        error.attempts = {
          retryWaitMs: attempted.startedAt - startedAt,
          lastAttemptMs: attempted.endedAt - attempted.startedAt
        }
      }
      throw error
    }
  }

  /** Sleeps before the next attempt, or throws the attempt's error when it is not to be retried. */
  private async retryOrThrow(
    outcome: AttemptFailure,
    retries: number,
    deadline: number,
    signal: AbortSignal | undefined,
    onRateLimited: () => void
  ): Promise<void> {
    const breaker = this.options.breaker
    const { error, retryAfterMs } = outcome
    if (error.kind === 'rate-limit') onRateLimited()
    if (!error.retryable || retries >= this.options.maxRetries) throw withRetries(error, retries)
    if (breaker?.isOpen) {
      throw withRetries(
        this.notRetried(error, `the circuit breaker of ${this.options.label} is open`),
        retries
      )
    }
    if (retryAfterMs !== undefined && retryAfterMs > RETRY_AFTER_CAP_MS) {
      const why = `the provider asked to wait ${Math.ceil(retryAfterMs / 1000)} s (retry-after), over the ${RETRY_AFTER_CAP_MS / 1000} s cap`
      throw withRetries(this.notRetried(error, why), retries)
    }
    const delay = retryAfterMs ?? this.backoff(retries)
    if (this.now() + delay >= deadline) {
      const why = `waiting ${Math.ceil(delay)} ms would pass the ${this.options.timeoutMs} ms timeout`
      throw withRetries(this.notRetried(error, why), retries)
    }
    try {
      await this.sleep(delay, signal)
    } catch {
      throw this.aborted(signal, retries)
    }
  }

  private notRetried(error: ProviderError, why: string): ProviderError {
    return new ProviderError(`${error.message}; not retried: ${why}`, error.httpStatus, true, 0, error.kind)
  }

  /** Destroys pooled sockets so the process can exit. */
  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
    for (const agent of this.proxyAgents.values()) agent.destroy()
  }

  /** The agent of a target: direct (the hot path, unchanged) or through its proxy (CONNECT for https). */
  private agentFor(target: RequestTarget): http.Agent {
    if (!target.proxy) return target.https ? this.httpsAgent : this.httpAgent
    const id = `${target.https ? 'https' : 'http'} ${target.proxy}`
    let agent = this.proxyAgents.get(id)
    if (!agent) {
      const options = { keepAlive: true, maxSockets: this.options.maxSockets ?? Infinity }
      agent = target.https
        ? new HttpsProxyAgent(target.proxy, options)
        : new HttpProxyAgent(target.proxy, options)
      this.proxyAgents.set(id, agent)
    }
    return agent
  }

  /** Exponential backoff with "equal jitter": never less than half the step, never in lockstep. */
  private backoff(retry: number): number {
    const step = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** retry)
    return step / 2 + this.random() * (step / 2)
  }

  private attempt(
    target: RequestTarget,
    headers: OutgoingHttpHeaders,
    payload: string,
    deadline: number,
    options: PostOptions,
    retries: number
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: unknown } | AttemptFailure> {
    return new Promise(resolve => {
      let settled = false
      const { signal, sse } = options
      const finish = (
        value: { status: number; headers: IncomingHttpHeaders; body: unknown } | AttemptFailure
      ): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        resolve(value)
      }
      const request = (target.https ? https : http).request(
        {
          method: 'POST',
          // Said explicitly for the proxy agents (agent-base): without it they guess http vs https
          // from the call stack, which works when a request starts but not when its socket is
          // freed, so a kept-alive CONNECT tunnel was pooled under the wrong name and never reused.
          protocol: target.https ? 'https:' : 'http:',
          hostname: target.hostname,
          port: target.port,
          path: target.path,
          headers,
          agent: this.agentFor(target)
        },
        response => {
          const status = response.statusCode ?? 0
          const contentType = response.headers['content-type'] ?? ''
          const isStream = sse !== undefined && status < 300 && contentType.includes('text/event-stream')
          response.setEncoding('utf8')
          if (isStream) {
            this.readStream(response, sse, retries).then(
              failure => finish(failure ?? { status, headers: response.headers, body: undefined }),
              (error: unknown) => finish({ error: this.asProviderError(error, status, retries) })
            )
            return
          }
          readText(response).then(
            raw => {
              const text = raw === undefined ? undefined : this.redact(raw)
              if (text === undefined) {
                finish({
                  error: this.fail(`response body over ${MAX_RESPONSE_BYTES} bytes`, status, false, retries)
                })
              } else if (status >= 200 && status < 300) {
                finish(this.parseSuccess(text, status, response.headers, retries))
              } else {
                finish(this.httpFailure(status, response.headers, text, retries))
              }
            },
            (error: unknown) => finish({ error: this.networkError(error, retries) })
          )
        }
      )
      const timer = setTimeout(
        () => {
          request.destroy()
          finish({
            // Not retryable: the timeout is the budget of the whole call, and it is spent.
            error: this.fail(
              `timed out: no complete response within the ${this.options.timeoutMs} ms timeout ` +
                `(providers.${this.options.label}.timeoutMs, default run.timeoutMs)`,
              undefined,
              false,
              retries,
              'timeout'
            )
          })
        },
        Math.max(0, deadline - this.now())
      )
      const onAbort = (): void => {
        request.destroy()
        finish({ error: this.aborted(signal, retries) })
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      request.on('error', error => finish({ error: this.networkError(error, retries) }))
      request.end(payload)
    })
  }

  /** Feeds an event stream to the sink; resolves with a failure when the sink rejects an event. */
  private readStream(
    response: IncomingMessage,
    sse: SseSink,
    retries: number
  ): Promise<AttemptFailure | undefined> {
    return new Promise((resolve, reject) => {
      let failure: AttemptFailure | undefined
      const parser = new SseParser((event, data) => {
        if (failure) return
        try {
          sse.onEvent(event, data)
        } catch (error) {
          failure = { error: this.asProviderError(error, response.statusCode, retries) }
          response.destroy()
          resolve(failure)
        }
      })
      response.on('data', (chunk: string) => parser.push(chunk))
      response.on('end', () => {
        parser.end()
        resolve(failure)
      })
      response.on('error', reject)
      response.on('close', () => {
        if (!response.complete) reject(connectionLost())
      })
    })
  }

  private parseSuccess(
    text: string,
    status: number,
    headers: IncomingHttpHeaders,
    retries: number
  ): { status: number; headers: IncomingHttpHeaders; body: unknown } | AttemptFailure {
    try {
      return { status, headers, body: JSON.parse(text) as unknown }
    } catch {
      return {
        error: this.fail(
          `HTTP ${status} with a body that is not JSON: ${quote(text)}`,
          status,
          false,
          retries,
          'malformed'
        )
      }
    }
  }

  private httpFailure(
    status: number,
    headers: IncomingHttpHeaders,
    text: string,
    retries: number
  ): AttemptFailure {
    const described = describeErrorBody(text)
    const { message, kind } = described
    const errorKind = classifyHttpError(status, described)
    const retryable = RETRYABLE_KINDS.has(errorKind)
    const detail = message ? `: ${kind ? `${kind}: ` : ''}${message}` : ''
    const fix = this.whatToFix(errorKind, status)
    return {
      error: this.fail(
        `HTTP ${status}${detail}${fix ? `; ${fix}` : ''}`,
        status,
        retryable,
        retries,
        errorKind
      ),
      retryAfterMs: retryable ? retryAfterMs(headers, Date.now()) : undefined
    }
  }

  /** For errors a retry cannot fix: what the user has to change. */
  private whatToFix(kind: ProviderErrorKind, status: number): string | undefined {
    const key = this.options.keyEnv ?? 'the API key variable'
    switch (kind) {
      case 'auth':
        return status === 403
          ? `not retried: the key in ${key} has no access to this model or project, check its permissions`
          : `not retried: the key in ${key} was rejected, check that the secret holds a valid key for ${this.options.label}`
      case 'quota':
        return `not retried: the account behind ${key} has no quota or credit left, add credit or raise the limit in the provider's billing settings`
      case 'context-length':
        return "not retried: the prompt is longer than the model's context window, shorten the case or the prompt, or use a model with a larger window"
      case 'bad-request':
        return 'not retried: the provider rejected the request, check the model name and the model parameters'
      default:
        return undefined
    }
  }

  private networkError(error: unknown, retries: number): ProviderError {
    const code = (error as { code?: unknown } | null)?.code
    const text = errorMessage(error)
    const retryable = typeof code === 'string' && RETRYABLE_NETWORK_CODES.has(code)
    return this.fail(`network error: ${text}`, undefined, retryable, retries, 'network')
  }

  private asProviderError(error: unknown, status: number | undefined, retries: number): ProviderError {
    if (error instanceof ProviderError) {
      return this.fail(error.message, error.httpStatus ?? status, error.retryable, retries, error.kind)
    }
    return this.networkError(error, retries)
  }

  private aborted(signal: AbortSignal | undefined, retries: number): ProviderError {
    // Duck-typed: AbortSignal.timeout's DOMException may come from another realm (test VMs).
    const reason = signal?.reason as Partial<AbortCause> | undefined
    if (reason?.name === 'DeadlineExceeded' && typeof reason.message === 'string') {
      return this.fail(reason.message, undefined, false, retries, 'deadline')
    }
    const timedOut = reason?.name === 'TimeoutError'
    return this.fail(
      timedOut ? "call timed out: the run's per-call timeout (run.timeoutMs) aborted it" : 'call aborted',
      undefined,
      false,
      retries,
      timedOut ? 'timeout' : 'aborted'
    )
  }

  /** Builds the one error type callers see: provider label first, secrets redacted, retries counted. */
  private fail(
    message: string,
    status: number | undefined,
    retryable: boolean,
    retries: number,
    kind?: ProviderErrorKind
  ): ProviderError {
    let text = message.startsWith(`${this.options.label}: `) ? message : `${this.options.label}: ${message}`
    text = this.redact(text)
    return new ProviderError(text, status, retryable, retries, kind)
  }
}

/** Kinds worth another attempt: the same request may well succeed in a moment. */
const RETRYABLE_KINDS: ReadonlySet<ProviderErrorKind> = new Set([
  'rate-limit',
  'overloaded',
  'server',
  'timeout'
])

/**
 * The error class of an HTTP error response, from the status and the provider's own error code:
 * OpenAI answers an exhausted account with 429 `insufficient_quota` (a rate limit by status, but
 * no wait helps) and an over-long prompt with 400 `context_length_exceeded`; Anthropic uses 402
 * `billing_error`, 413 `request_too_large` and 529 `overloaded_error`.
 */
export function classifyHttpError(
  status: number,
  body: { message?: string; kind?: string; code?: string }
): ProviderErrorKind {
  const codes = [body.kind, body.code]
  if (
    codes.includes('insufficient_quota') ||
    codes.includes('billing_error') ||
    /credit balance is too low/i.test(body.message ?? '')
  ) {
    return 'quota'
  }
  if (
    codes.includes('context_length_exceeded') ||
    codes.includes('request_too_large') ||
    status === 413 ||
    (status === 400 && /prompt is too long|maximum context length/i.test(body.message ?? ''))
  ) {
    return 'context-length'
  }
  if (codes.includes('overloaded_error')) return 'overloaded'
  return errorKindOfStatus(status, status >= 500)
}

function withRetries(error: ProviderError, retries: number): ProviderError {
  if (retries === 0) return error
  const message = `${error.message} (after ${retries} ${retries === 1 ? 'retry' : 'retries'})`
  return new ProviderError(message, error.httpStatus, error.retryable, retries, error.kind)
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted')
}

/** Reads a whole body as text; undefined when it exceeds MAX_RESPONSE_BYTES. */
function readText(response: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = ''
    response.on('data', (chunk: string) => {
      text += chunk
      if (text.length > MAX_RESPONSE_BYTES) {
        response.destroy()
        resolve(undefined)
      }
    })
    response.on('end', () => resolve(text))
    response.on('error', reject)
    response.on('close', () => {
      if (!response.complete) reject(connectionLost())
    })
  })
}

/** A body cut off mid-way is a transient network failure, like a reset. */
function connectionLost(): Error {
  return Object.assign(new Error('connection closed before the response was complete'), {
    code: 'ECONNRESET'
  })
}

/**
 * The server's wait hint in ms: OpenAI's `retry-after-ms`, else `Retry-After` in seconds or as an
 * HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterMs(headers: IncomingHttpHeaders, nowEpochMs: number): number | undefined {
  const ms = headers['retry-after-ms']
  if (typeof ms === 'string' && ms.trim() !== '') {
    const value = Number(ms)
    if (Number.isFinite(value) && value >= 0) return value
  }
  const after = headers['retry-after']
  if (typeof after !== 'string' || after.trim() === '') return undefined
  const seconds = Number(after)
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined
  const date = Date.parse(after)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowEpochMs)
}

/**
 * The API's own words from an error body: OpenAI `{error:{message,type,code}}`, Anthropic
 * `{type:'error', error:{type,message}}`, and the shapes OpenAI-compatible servers use
 * (`{error:"..."}` from Ollama, `{detail:"..."}` from FastAPI servers, `{message:"..."}`).
 * Anything else is quoted, shortened, as text.
 */
export function describeErrorBody(text: string): { message?: string; kind?: string; code?: string } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    const trimmed = text.trim()
    return trimmed ? { message: quote(trimmed) } : {}
  }
  if (!isRecord(body)) return { message: quote(text) }
  const error = body.error
  if (isRecord(error)) {
    const kind = stringOf(error.type) ?? stringOf(error.code)
    const code = stringOf(error.code)
    const message = stringOf(error.message)
    return {
      message: message === undefined ? quote(JSON.stringify(error)) : quote(message),
      kind: kind && quote(kind),
      ...(code ? { code: quote(code) } : {})
    }
  }
  const message = stringOf(error) ?? stringOf(body.message) ?? stringOf(body.detail)
  if (message !== undefined) return { message: quote(message) }
  return { message: quote(text) }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Untrusted text made safe for a one-line error message: no control characters, bounded. */
export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return flat.length > MAX_QUOTED_CHARS ? `${flat.slice(0, MAX_QUOTED_CHARS)}…` : flat
}

/**
 * Incremental Server-Sent Events parser (the WHATWG event-stream format): `data:` lines are joined
 * with newlines, `event:` names the event, a blank line dispatches, `:` lines are comments.
 */
export class SseParser {
  private buffer = ''
  private data = ''
  private hasData = false
  private event = ''

  constructor(private readonly onEvent: (event: string, data: string) => void) {}

  push(chunk: string): void {
    const buffer = this.buffer + chunk
    let start = 0
    let newline = buffer.indexOf('\n', start)
    while (newline !== -1) {
      const end = newline > start && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
      this.line(buffer.slice(start, end))
      start = newline + 1
      newline = buffer.indexOf('\n', start)
    }
    this.buffer = start === 0 ? buffer : buffer.slice(start)
  }

  /** A stream that ends without a final blank line still delivers its last event. */
  end(): void {
    if (this.buffer !== '') this.line(this.buffer.endsWith('\r') ? this.buffer.slice(0, -1) : this.buffer)
    this.buffer = ''
    this.line('')
  }

  private line(line: string): void {
    if (line === '') {
      if (this.hasData) this.onEvent(this.event || 'message', this.data)
      this.data = ''
      this.hasData = false
      this.event = ''
      return
    }
    if (line.charCodeAt(0) === 58) return
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.charCodeAt(0) === 32) value = value.slice(1)
    if (field === 'data') {
      this.data = this.hasData ? `${this.data}\n${value}` : value
      this.hasData = true
    } else if (field === 'event') {
      this.event = value
    }
  }
}
