// The `http` provider: tests the team's own feature, not the raw model. Each case is sent to the
// feature's endpoint the way its users call it (a JSON body or a query string built from the
// case's variables), and the answer is read from the response by a JSON path. Status and latency
// are recorded; with `stream: true` an event-stream answer is measured for time to first token.
// A feature's errors are its own: no retries and no circuit breaker, every call is evidence.
import http from 'node:http'
import https from 'node:https'
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import type { ProviderConfig } from '../config/schema.js'
import {
  ProviderError,
  type CallOptions,
  type CompletionRequest,
  type CompletionResult,
  type Provider,
  type VarValue
} from '../core/types.js'
import { errorMessage, isRecord, readPath } from '../core/guards.js'
import { secretRedactor } from '../core/secrets.js'
import { DEFAULT_TIMEOUT_MS } from '../constants.js'
import { answerFromReply } from './feature-answer.js'
import { featureUrl } from './endpoint.js'
import { MAX_RESPONSE_BYTES, parseTarget, quote, SseParser, type RequestTarget } from './http.js'

export type FeatureHttpConfig = Extract<ProviderConfig, { type: 'http' }>

export interface FeatureHttpOptions {
  name: string
  env: Record<string, string | undefined>
  defaultTimeoutMs?: number
  /** Header values read from the environment, for masking. */
  onSecret?(value: string): void
  now?: () => number
}

/** Replaces `{{name}}` in every string of a JSON template; a string that is one placeholder keeps the value's type. */
export function renderTemplate(template: unknown, vars: Record<string, VarValue>): unknown {
  if (typeof template === 'string') {
    const whole = /^\{\{\s*([\w.-]+)\s*\}\}$/.exec(template)
    if (whole) return lookup(vars, whole[1] as string) ?? ''
    return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      const value = lookup(vars, name)
      return value === undefined || value === null
        ? ''
        : typeof value === 'string'
          ? value
          : JSON.stringify(value)
    })
  }
  if (Array.isArray(template)) return template.map(item => renderTemplate(item, vars))
  if (isRecord(template)) {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, renderTemplate(value, vars)])
    )
  }
  return template
}

function lookup(vars: Record<string, VarValue>, path: string): VarValue | undefined {
  let value: VarValue | undefined = vars
  for (const part of path.split('.')) {
    if (!isRecord(value)) return undefined
    value = (value as Record<string, VarValue>)[part]
  }
  return value
}

/** An error body quoted on one line: whitespace runs collapsed, then bounded like the APIs' errors. */
function quoteBody(text: string): string {
  return quote(text.replace(/\s+/g, ' '))
}

interface RawResponse {
  status: number
  text: string
  firstByteAt?: number
  contentType: string
}

export class FeatureHttpProvider implements Provider {
  readonly kind = 'http'
  private readonly agent = new http.Agent({ keepAlive: true })
  private readonly httpsAgent = new https.Agent({ keepAlive: true })
  private readonly head: RequestTarget
  private readonly base: RequestTarget
  private readonly headers: OutgoingHttpHeaders
  private readonly now: () => number
  private readonly timeoutMs: number
  /** The header secrets (headersFromEnv) and their derived forms → `***`, in errors and answers. */
  private readonly redact: (text: string) => string

  constructor(
    private readonly config: FeatureHttpConfig,
    private readonly options: FeatureHttpOptions
  ) {
    this.head = parseTarget(featureUrl(config, 'head'))
    this.base = parseTarget(featureUrl(config, 'base'))
    this.now = options.now ?? (() => performance.now())
    this.timeoutMs = config.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
    const headers: OutgoingHttpHeaders = { ...config.headers }
    const secrets: string[] = []
    for (const [header, envVar] of Object.entries(config.headersFromEnv ?? {})) {
      const value = options.env[envVar]
      if (value === undefined || value === '') continue
      options.onSecret?.(value)
      secrets.push(value)
      headers[header] = value
    }
    this.headers = headers
    this.redact = secretRedactor(secrets)
  }

  get name(): string {
    return this.options.name
  }

  async complete(request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    const vars = options.vars ?? { input: lastUser(request) }
    const target = options.side === 'base' ? this.base : this.head
    const method = this.config.method ?? 'POST'
    const startedAt = this.now()
    let path = target.path
    let payload: string | undefined
    if (method === 'GET') {
      const query = new URLSearchParams()
      for (const [key, value] of Object.entries(vars)) {
        query.set(key, typeof value === 'string' ? value : JSON.stringify(value))
      }
      path = `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`
    } else {
      payload = JSON.stringify(this.config.body === undefined ? vars : renderTemplate(this.config.body, vars))
    }
    const raw = await this.send(target, method, path, payload, options.signal)
    // Before quoting or parsing: a feature that echoes its token must not put it in the report.
    const response = { ...raw, text: this.redact(raw.text) }
    const latencyMs = this.now() - startedAt
    if (response.status >= 400) {
      throw new ProviderError(
        `${this.name}: the feature answered HTTP ${response.status}: ${quoteBody(response.text) || '(empty body)'}`,
        response.status,
        false,
        0,
        response.status >= 500 ? 'server' : 'bad-request'
      )
    }
    const { text: answer, source } = this.extract(response)
    // Again after parsing: a JSON string may have escaped the token's characters.
    const text = this.redact(answer)
    const result: CompletionResult = { text, latencyMs, httpStatus: response.status, retries: 0 }
    if (response.firstByteAt !== undefined && this.config.stream)
      result.ttftMs = response.firstByteAt - startedAt
    if (source !== undefined) result.answerSource = source
    return result
  }

  async close(): Promise<void> {
    this.agent.destroy()
    this.httpsAgent.destroy()
  }

  /** The answer text (and its source) from a JSON body, an event stream or plain text. */
  private extract(response: RawResponse): { text: string; source?: string } {
    if (response.contentType.includes('text/event-stream')) {
      let text = ''
      const parser = new SseParser((_event, data) => {
        if (data === '[DONE]') return
        let value: unknown = data
        try {
          value = JSON.parse(data)
        } catch {
          // plain-text events carry the text itself
        }
        const piece =
          this.config.outputPath && typeof value !== 'string'
            ? readPath(value, this.config.outputPath)
            : value
        if (typeof piece === 'string') text += piece
      })
      parser.push(response.text)
      parser.end()
      return { text }
    }
    return answerFromReply(response.text, this.config)
  }

  private send(
    target: RequestTarget,
    method: 'GET' | 'POST',
    path: string,
    payload: string | undefined,
    signal: AbortSignal | undefined
  ): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      let settled = false
      const done = (fn: () => void): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        fn()
      }
      const headers: OutgoingHttpHeaders = {
        accept: 'application/json, text/event-stream, text/plain',
        ...this.headers
      }
      if (payload !== undefined) {
        headers['content-type'] = 'application/json'
        headers['content-length'] = Buffer.byteLength(payload)
      }
      const request = (target.https ? https : http).request(
        {
          method,
          hostname: target.hostname,
          port: target.port,
          path,
          headers,
          agent: target.https ? this.httpsAgent : this.agent
        },
        (response: IncomingMessage) => {
          let text = ''
          let firstByteAt: number | undefined
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => {
            firstByteAt ??= this.now()
            text += chunk
            if (text.length > MAX_RESPONSE_BYTES) response.destroy()
          })
          response.on('end', () =>
            done(() =>
              resolve({
                status: response.statusCode ?? 0,
                text,
                ...(firstByteAt !== undefined ? { firstByteAt } : {}),
                contentType: String(response.headers['content-type'] ?? '')
              })
            )
          )
          response.on('error', error => done(() => reject(this.networkError(error))))
          response.on('close', () => {
            if (!response.complete)
              done(() => reject(this.networkError(new Error('connection closed mid-answer'))))
          })
        }
      )
      const timer = setTimeout(() => {
        request.destroy()
        done(() =>
          reject(
            new ProviderError(
              `${this.name}: timed out: the feature gave no complete answer within ${this.timeoutMs} ms (providers.${this.name}.timeoutMs)`,
              undefined,
              false,
              0,
              'timeout'
            )
          )
        )
      }, this.timeoutMs)
      const onAbort = (): void => {
        request.destroy()
        const reason = signal?.reason as { name?: unknown; message?: unknown } | undefined
        const deadline = reason?.name === 'DeadlineExceeded' && typeof reason.message === 'string'
        done(() =>
          reject(
            new ProviderError(
              `${this.name}: ${deadline ? String(reason.message) : "call timed out: the run's per-call timeout (run.timeoutMs) aborted it"}`,
              undefined,
              false,
              0,
              deadline ? 'deadline' : 'timeout'
            )
          )
        )
      }
      if (signal?.aborted) onAbort()
      else signal?.addEventListener('abort', onAbort, { once: true })
      request.on('error', error => done(() => reject(this.networkError(error))))
      request.end(payload)
    })
  }

  private networkError(error: unknown): ProviderError {
    return new ProviderError(
      `${this.name}: network error: ${errorMessage(error)}`,
      undefined,
      false,
      0,
      'network'
    )
  }
}

function lastUser(request: CompletionRequest): string {
  return [...request.messages].reverse().find(m => m.role === 'user')?.content ?? ''
}
