// A local OpenAI-compatible server for tests: node:http on 127.0.0.1, a free port, the real Chat
// Completions wire format (JSON, streamed chat.completion.chunk events, error bodies). Tests
// plug in a responder and read back the request bodies it received.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface ChatRequestBody {
  model?: string
  messages?: { role: string; content: string }[]
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } }
  [key: string]: unknown
}

export interface Reply {
  /** HTTP status; 400 and up answer with an OpenAI error body. */
  status?: number
  /** The assistant message, or the error message for an error status. */
  content?: string
  /** Wait before the first byte. */
  delayMs?: number
  /** Streaming only: wait between content chunks. */
  chunkDelayMs?: number
  /** Streaming only: how many pieces the content is split into (default 3). */
  chunks?: number
  model?: string
  finishReason?: string
  errorType?: string
  errorCode?: string
  headers?: Record<string, string>
  /** Sent verbatim with `status` and `headers` instead of a chat completion or an OpenAI error body. */
  body?: string
}

export type Responder = (body: ChatRequestBody, request: http.IncomingMessage) => Reply | Promise<Reply>

export interface ReceivedRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: ChatRequestBody
}

export interface OpenAITestServer {
  /** Base URL to configure as an openai-compatible provider, ending in /v1. */
  readonly baseUrl: string
  readonly received: ReceivedRequest[]
  setResponder(responder: Responder): void
  /** Client connections currently open (keep-alive sockets included). */
  openConnections(): number
  close(): Promise<void>
}

/** Waits, but no longer than the client stays connected: a test that timed out leaves no timer behind. */
const wait = (ms: number, response: http.ServerResponse): Promise<void> =>
  new Promise(resolve => {
    const timer = setTimeout(resolve, ms)
    response.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })

/** Rough token count for usage: words, enough to be non-zero and deterministic. */
function tokens(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export interface OpenAIServerOptions {
  /**
   * Idle time after which the server closes a kept-alive connection (node's default: 5 s).
   * 0 never closes one: a test that counts connections or tunnels then depends on the client
   * alone, not on how long a busy machine paused between two calls.
   */
  keepAliveTimeoutMs?: number
}

export async function startOpenAIServer(
  responder: Responder = () => ({ content: 'ok' }),
  options: OpenAIServerOptions = {}
): Promise<OpenAITestServer> {
  let current = responder
  const received: ReceivedRequest[] = []
  const sockets = new Set<Socket>()

  const server = http.createServer((request, response) => {
    let raw = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (raw += chunk))
    request.on('end', () => {
      void (async () => {
        let body: ChatRequestBody = {}
        try {
          body = JSON.parse(raw || '{}') as ChatRequestBody
        } catch {
          body = {}
        }
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body
        })
        const reply = await current(body, request)
        if (reply.delayMs) await wait(reply.delayMs, response)
        if (response.destroyed) return
        const status = reply.status ?? 200
        const model = reply.model ?? body.model ?? 'test-model'
        if (reply.body !== undefined) {
          response.writeHead(status, reply.headers)
          response.end(reply.body)
          return
        }
        if (status >= 400) {
          response.writeHead(status, { 'content-type': 'application/json', ...reply.headers })
          response.end(
            JSON.stringify({
              error: {
                message: reply.content ?? 'error',
                type: reply.errorType ?? 'invalid_request_error',
                param: null,
                code: reply.errorCode ?? null
              }
            })
          )
          return
        }
        const content = reply.content ?? ''
        const promptTokens = (body.messages ?? []).reduce((sum, message) => sum + tokens(message.content), 0)
        const usage = {
          prompt_tokens: promptTokens,
          completion_tokens: tokens(content),
          total_tokens: promptTokens + tokens(content)
        }
        const finishReason = reply.finishReason ?? 'stop'
        if (!body.stream) {
          response.writeHead(status, { 'content-type': 'application/json', ...reply.headers })
          response.end(
            JSON.stringify({
              id: 'chatcmpl-test',
              object: 'chat.completion',
              created: 1_700_000_000,
              model,
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content, refusal: null },
                  logprobs: null,
                  finish_reason: finishReason
                }
              ],
              usage,
              system_fingerprint: 'fp_test'
            })
          )
          return
        }
        response.writeHead(status, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
          ...reply.headers
        })
        const chunk = (delta: object, finish: string | null, extra: object = {}): string =>
          `data: ${JSON.stringify({
            id: 'chatcmpl-test',
            object: 'chat.completion.chunk',
            created: 1_700_000_000,
            model,
            choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
            ...extra
          })}\n\n`
        response.write(chunk({ role: 'assistant', content: '' }, null))
        const pieces = Math.max(1, reply.chunks ?? 3)
        const size = Math.ceil(content.length / pieces) || 1
        for (let start = 0; start < content.length; start += size) {
          if (start > 0 && reply.chunkDelayMs) await wait(reply.chunkDelayMs, response)
          if (response.destroyed) return
          response.write(chunk({ content: content.slice(start, start + size) }, null))
        }
        response.write(chunk({}, finishReason))
        if (body.stream_options?.include_usage) {
          response.write(
            `data: ${JSON.stringify({
              id: 'chatcmpl-test',
              object: 'chat.completion.chunk',
              created: 1_700_000_000,
              model,
              choices: [],
              usage
            })}\n\n`
          )
        }
        response.end('data: [DONE]\n\n')
      })().catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ error: { message: String(error), type: 'server_error' } }))
      })
    })
  })
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    setResponder(next) {
      current = next
    },
    openConnections: () => sockets.size,
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve()))
      )
    }
  }
}
