// A fault-injecting model proxy on loopback. The feature under test is pointed at it through the
// base-URL variable it already reads (OPENAI_BASE_URL, ANTHROPIC_BASE_URL…); the proxy answers in
// the OpenAI or Anthropic wire format (by path), streaming included, from an upstream model (a
// replay cassette offline, or a real provider), and breaks a seeded share of requests the way
// model APIs break (faults.ts). The scenario can change between runs without a restart, so one
// feature process serves a whole chaos suite.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Message, Provider } from '../core/types.js'
import { errorMessage } from '../core/guards.js'
import { DEFAULT_CHAOS_SEED, faultPicker, seededRandom, type FaultKind, type FaultSpec } from './faults.js'
import {
  encodeEvent,
  errorResponse,
  parseWireRequest,
  streamEvents,
  successBody,
  wireOfPath,
  type WireAnswer,
  type WireRequest
} from './wire.js'

/** The model behind the proxy. */
export type Upstream = (request: WireRequest) => Promise<WireAnswer>

/** Default silence of a slow first byte: long enough to blow a 2 s feature budget. */
export const DEFAULT_SLOW_FIRST_BYTE_MS = 2_000
/** Request bodies past this are refused: the proxy is for test traffic. */
const MAX_REQUEST_BYTES = 8 * 1024 * 1024

export interface ChaosScenario {
  faults: FaultSpec[]
  seed?: number
}

export interface ChaosProxyOptions {
  upstream: Upstream
  scenario?: ChaosScenario
  /** Default 0: a free port. */
  port?: number
}

export interface ChaosStats {
  requests: number
  passedThrough: number
  injected: Partial<Record<FaultKind, number>>
}

export interface ChaosProxy {
  /** `http://127.0.0.1:<port>`: OpenAI clients take `${url}/v1`, Anthropic clients `url`. */
  readonly url: string
  readonly stats: ChaosStats
  /** Replaces the faults (and reseeds) for the requests that follow. */
  setScenario(scenario: ChaosScenario): void
  close(): Promise<void>
}

/** An upstream that asks a PromptGate provider (e.g. a replay cassette) for the answer. */
export function providerUpstream(provider: Provider): Upstream {
  return async request => {
    const result = await provider.complete({
      model: request.model,
      messages: request.messages,
      parameters: {
        ...(request.maxTokens !== undefined ? { maxTokens: request.maxTokens } : {}),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {})
      }
    })
    return {
      text: result.text,
      ...(result.modelVersion !== undefined ? { model: result.modelVersion } : {}),
      truncated: result.finishReason === 'length' || result.finishReason === 'max_tokens',
      ...(result.usage?.inputTokens !== undefined ? { inputTokens: result.usage.inputTokens } : {}),
      ...(result.usage?.outputTokens !== undefined ? { outputTokens: result.usage.outputTokens } : {})
    }
  }
}

/** Last user message, for upstreams that answer by question. */
export function lastUserText(messages: Message[]): string {
  return [...messages].reverse().find(m => m.role === 'user')?.content ?? ''
}

export async function startChaosProxy(options: ChaosProxyOptions): Promise<ChaosProxy> {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const stats: ChaosStats = { requests: 0, passedThrough: 0, injected: {} }
  let pick = picker(options.scenario ?? { faults: [] })

  const later = (ms: number, response: http.ServerResponse, then: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!response.destroyed) then()
    }, ms)
    timers.add(timer)
    response.once('close', () => {
      clearTimeout(timer)
      timers.delete(timer)
    })
  }

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const wire = request.method === 'POST' ? wireOfPath(request.url ?? '') : undefined
    const raw = await readBody(request)
    if (!wire)
      return sendJson(response, 404, {
        error: { message: `no model API at ${request.method} ${request.url}` }
      })
    if (raw === undefined) return sendJson(response, 413, { error: { message: 'request body too large' } })
    let parsed: WireRequest
    try {
      parsed = parseWireRequest(wire, JSON.parse(raw) as unknown)
    } catch (error) {
      const message = errorMessage(error)
      return sendJson(
        response,
        400,
        wire === 'openai'
          ? { error: { message, type: 'invalid_request_error', param: null, code: null } }
          : { type: 'error', error: { type: 'invalid_request_error', message } }
      )
    }
    stats.requests++
    const fault = pick()
    if (!fault) {
      stats.passedThrough++
      return answer(parsed, response, await upstreamAnswer(parsed))
    }
    stats.injected[fault.kind] = (stats.injected[fault.kind] ?? 0) + 1
    await inject(fault, parsed, request, response)
  }

  const upstreamAnswer = async (parsed: WireRequest): Promise<WireAnswer | Error> => {
    try {
      return await options.upstream(parsed)
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error))
    }
  }

  /** Writes a complete answer, or the upstream's failure as a 502 in the request's format. */
  const answer = (parsed: WireRequest, response: http.ServerResponse, result: WireAnswer | Error): void => {
    if (result instanceof Error) {
      const message = `chaos proxy: upstream failed: ${result.message}`
      sendJson(
        response,
        502,
        parsed.wire === 'openai'
          ? { error: { message, type: 'server_error', param: null, code: null } }
          : { type: 'error', error: { type: 'api_error', message } }
      )
      return
    }
    if (!parsed.stream) return sendJson(response, 200, successBody(parsed, result))
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    response.end(streamEvents(parsed, result).map(encodeEvent).join(''))
  }

  const inject = async (
    fault: FaultSpec,
    parsed: WireRequest,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> => {
    switch (fault.kind) {
      case 'rate-limit':
      case 'insufficient-quota':
      case 'server-error':
      case 'unavailable':
      case 'overloaded':
      case 'unauthorized':
      case 'context-length': {
        const error = errorResponse(parsed.wire, fault.kind, fault.retryAfterS)
        return sendJson(response, error.status, error.body, error.headers)
      }
      case 'connection-reset':
        request.socket.destroy()
        return
      case 'hang':
        return // never answered; close() destroys the socket
      case 'slow-first-byte': {
        const result = await upstreamAnswer(parsed)
        later(fault.delayMs ?? DEFAULT_SLOW_FIRST_BYTE_MS, response, () => answer(parsed, response, result))
        return
      }
      case 'stream-stall':
      case 'stream-break':
        return sendFirstPartOnly(fault.kind, parsed, request, response)
      case 'malformed-json':
        return sendMalformedJson(parsed, response)
      case 'empty-completion':
        return answer(parsed, response, { text: '', outputTokens: 0 })
      case 'truncated':
        return answerHalf(parsed, response)
    }
  }

  /** Headers and the first part, then nothing (stall) or a reset socket (break). */
  const sendFirstPartOnly = async (
    kind: 'stream-stall' | 'stream-break',
    parsed: WireRequest,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> => {
    const result = await upstreamAnswer(parsed)
    if (result instanceof Error) return answer(parsed, response, result)
    const head = firstPart(parsed, result)
    response.writeHead(200, {
      'content-type': parsed.stream ? 'text/event-stream' : 'application/json'
    })
    response.write(head)
    if (kind === 'stream-break') later(20, response, () => request.socket.destroy())
  }

  /** The upstream answer cut to its first half, marked truncated. */
  const answerHalf = async (parsed: WireRequest, response: http.ServerResponse): Promise<void> => {
    const result = await upstreamAnswer(parsed)
    if (result instanceof Error) return answer(parsed, response, result)
    const half = result.text.slice(0, Math.max(1, Math.floor(result.text.length / 2)))
    return answer(parsed, response, { ...result, text: half, truncated: true })
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: { message: errorMessage(error) } })
      else response.destroy()
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setScenario(scenario) {
      pick = picker(scenario)
    },
    close: () =>
      new Promise(resolve => {
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function picker(scenario: ChaosScenario): () => FaultSpec | undefined {
  return faultPicker(scenario.faults, seededRandom(scenario.seed ?? DEFAULT_CHAOS_SEED))
}

/** The bytes a stalled or broken response gets out before it stops: about a third of the answer. */
function firstPart(parsed: WireRequest, result: WireAnswer): string {
  if (!parsed.stream) {
    const body = JSON.stringify(successBody(parsed, result))
    return body.slice(0, Math.floor(body.length / 3))
  }
  const events = streamEvents(parsed, result)
  // The role/start events and the first content piece: the client has seen a token.
  const upTo = parsed.wire === 'openai' ? 2 : 4
  return events.slice(0, upTo).map(encodeEvent).join('')
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  response.end(text)
}

function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = ''
    let tooLarge = false
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      if (tooLarge) return
      text += chunk
      if (text.length > MAX_REQUEST_BYTES) tooLarge = true
    })
    request.on('end', () => resolve(tooLarge ? undefined : text))
    request.on('error', reject)
  })
}

/** A body that breaks off mid-JSON: an SSE chunk when streaming, else a chat completion. */
function sendMalformedJson(parsed: WireRequest, response: http.ServerResponse): void {
  if (parsed.stream) {
    response.writeHead(200, { 'content-type': 'text/event-stream' })
    response.end(encodeEvent({ data: '{"id":"chaos","choices":[{"delta":{"content":"Hel' }))
    return
  }
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(
    '{"id":"chatcmpl-chaos","object":"chat.completion","choices":[{"index":0,"message":{"role":"assis'
  )
}
