import nock from 'nock'
import { ProviderError } from '../../src/core/types.js'
import {
  JsonHttpClient,
  SseParser,
  describeErrorBody,
  parseTarget,
  retryAfterMs,
  type HttpClientOptions
} from '../../src/providers/http.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { anthropicOverloaded, openAIBadRequest } from './fixtures.js'
import { useNock } from '../helpers/nock-lifecycle.js'

const target = parseTarget('https://api.example.test/v1/chat/completions')
let sleeps: number[] = []
let clients: JsonHttpClient[] = []

function client(options: Partial<HttpClientOptions> = {}): JsonHttpClient {
  const created = new JsonHttpClient({
    label: 'test',
    timeoutMs: 5_000,
    maxRetries: 3,
    random: () => 0.5,
    sleep: async ms => {
      sleeps.push(ms)
    },
    ...options
  })
  clients.push(created)
  return created
}

const rejection = (promise: Promise<unknown>): Promise<ProviderError> =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(ProviderError)
      return error as ProviderError
    }
  )

let slowServer: OpenAITestServer
useNock({ allowHost: '127.0.0.1' })
beforeAll(async () => {
  // Timeouts run against a real socket: a server that waits an hour before answering, so a call
  // to it can only end by the client's own timeout or abort (no wall-clock bound needed).
  slowServer = await startOpenAIServer(() => ({ content: 'late', delayMs: 3_600_000 }))
})
afterAll(async () => {
  await slowServer.close()
})
beforeEach(() => {
  sleeps = []
})
afterEach(() => {
  for (const created of clients) created.close()
  clients = []
})

describe('SseParser', () => {
  it('joins data lines, names events, skips comments and handles CRLF split across chunks', () => {
    const events: [string, string][] = []
    const parser = new SseParser((event, data) => events.push([event, data]))
    parser.push(': keep-alive\r\nevent: message_start\r\ndata: {"a":')
    parser.push('1}\r\n\r\ndata: line one\ndata: line two\n\n')
    parser.push('data: [DONE]')
    parser.end()
    expect(events).toEqual([
      ['message_start', '{"a":1}'],
      ['message', 'line one\nline two'],
      ['message', '[DONE]']
    ])
  })
})

describe('retryAfterMs', () => {
  it('prefers retry-after-ms, then Retry-After seconds, then an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250)
    expect(retryAfterMs({ 'retry-after': '1.5' }, now)).toBe(1500)
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now)).toBe(3000)
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined()
    expect(retryAfterMs({}, now)).toBeUndefined()
  })
})

describe('describeErrorBody', () => {
  it('reads OpenAI, Anthropic, Ollama and FastAPI error shapes and quotes plain text bounded', () => {
    expect(describeErrorBody(JSON.stringify(openAIBadRequest))).toEqual({
      kind: 'invalid_request_error',
      code: 'invalid_value',
      message: "Invalid value for 'temperature': must be between 0 and 2."
    })
    expect(describeErrorBody(JSON.stringify(anthropicOverloaded))).toEqual({
      kind: 'overloaded_error',
      message: 'Overloaded'
    })
    expect(describeErrorBody('{"error":"model not found"}')).toEqual({ message: 'model not found' })
    expect(describeErrorBody('{"detail":"Not Found"}')).toEqual({ message: 'Not Found' })
    const html = describeErrorBody(`<html>\n<body>${'x'.repeat(1000)}</body></html>`).message ?? ''
    expect(html.startsWith('<html> <body>')).toBe(true)
    expect(html.length).toBeLessThanOrEqual(401)
  })
})

describe('JsonHttpClient retries', () => {
  it('backs off exponentially with jitter on 5xx and succeeds on the third attempt', async () => {
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(503, 'upstream unavailable')
      .post('/v1/chat/completions')
      .reply(500, { error: { message: 'The server had an error', type: 'server_error' } })
      .post('/v1/chat/completions')
      .reply(200, { ok: true })
    const response = await client().post(target, {}, { q: 1 })
    expect(response.body).toEqual({ ok: true })
    expect(response.retries).toBe(2)
    // random() = 0.5 → 3/4 of each step: 500 ms, then 1000 ms.
    expect(sleeps).toEqual([375, 750])
  })

  it('times a failed call’s backoff and last attempt apart on its error', async () => {
    // A clock that only moves when an attempt is answered (40 ms each) or the client sleeps.
    let clock = 0
    const slow503 = (): [number, string] => {
      clock += 40
      return [503, 'upstream unavailable']
    }
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(slow503)
      .post('/v1/chat/completions')
      .reply(slow503)
    const failing = client({
      maxRetries: 1,
      now: () => clock,
      sleep: async ms => {
        sleeps.push(ms)
        clock += ms
      }
    })
    const error = await rejection(failing.post(target, {}, { q: 1 }))
    expect(error.retries).toBe(1)
    // The first attempt (40 ms) and the 375 ms backoff before the last attempt; that attempt took 40 ms.
    expect(sleeps).toEqual([375])
    expect(error.attempts).toEqual({ retryWaitMs: 415, lastAttemptMs: 40 })
  })

  it('gives an error thrown before any attempt no attempt timing', async () => {
    const aborted = new AbortController()
    aborted.abort()
    const error = await rejection(client().post(target, {}, { q: 1 }, { signal: aborted.signal }))
    expect(error.attempts).toBeUndefined()
  })

  it('honours retry-after-ms on 429', async () => {
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(429, { error: { message: 'slow down', type: 'requests' } }, { 'retry-after-ms': '120' })
      .post('/v1/chat/completions')
      .reply(200, { ok: true })
    const response = await client().post(target, {}, {})
    expect(sleeps).toEqual([120])
    expect(response.retries).toBe(1)
  })

  it('retries 408 and network resets, but gives up after maxRetries with the count in the error', async () => {
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(408, 'timeout')
      .post('/v1/chat/completions')
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .post('/v1/chat/completions')
      .reply(529, anthropicOverloaded)
    const error = await rejection(client({ maxRetries: 2 }).post(target, {}, {}))
    expect(error.message).toBe('test: HTTP 529: overloaded_error: Overloaded (after 2 retries)')
    expect(error.retries).toBe(2)
    expect(error.retryable).toBe(true)
    expect(sleeps).toHaveLength(2)
  })

  it('never retries a 4xx other than 408 and 429', async () => {
    nock('https://api.example.test').post('/v1/chat/completions').reply(422, { detail: 'bad field' })
    const error = await rejection(client().post(target, {}, {}))
    expect(error.message).toBe(
      'test: HTTP 422: bad field; not retried: the provider rejected the request, check the model name and the model parameters'
    )
    expect(error.httpStatus).toBe(422)
    expect(error.retryable).toBe(false)
    expect(sleeps).toEqual([])
  })

  it('fails at once when Retry-After asks for a wait past the call timeout', async () => {
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(429, { error: { message: 'slow down', type: 'rate_limit_error' } }, { 'retry-after': '20' })
    const error = await rejection(client({ timeoutMs: 1_000 }).post(target, {}, {}))
    expect(error.message).toBe(
      'test: HTTP 429: rate_limit_error: slow down; not retried: waiting 20000 ms would pass the 1000 ms timeout'
    )
    expect(sleeps).toEqual([])
  })

  it('times out a response that does not arrive within timeoutMs, without retrying', async () => {
    const slow = parseTarget(`${slowServer.baseUrl}/chat/completions`)
    const requestsBefore = slowServer.received.length
    const error = await rejection(client({ timeoutMs: 100 }).post(slow, {}, {}))
    expect(error.message).toBe(
      'test: timed out: no complete response within the 100 ms timeout (providers.test.timeoutMs, default run.timeoutMs)'
    )
    expect(error.retryable).toBe(false)
    // One request, no retry and no backoff: the timeout is the budget of the whole call.
    expect(slowServer.received.length - requestsBefore).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('stops when the caller aborts and does not retry', async () => {
    const slow = parseTarget(`${slowServer.baseUrl}/chat/completions`)
    const error = await rejection(client().post(slow, {}, {}, { signal: AbortSignal.timeout(50) }))
    expect(error.message).toBe("test: call timed out: the run's per-call timeout (run.timeoutMs) aborted it")
    expect(error.retryable).toBe(false)
  })

  it('redacts secrets from error text', async () => {
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(401, { error: { message: 'bad key sk-secret-value-123', type: 'auth' } })
    const error = await rejection(client({ secrets: ['sk-secret-value-123'] }).post(target, {}, {}))
    expect(error.message).toBe(
      'test: HTTP 401: auth: bad key ***; not retried: the key in the API key variable was rejected, check that the secret holds a valid key for test'
    )
  })

  it('redacts the URL-encoded and base64 forms of a key that an error body echoes back', async () => {
    const key = 'sk-proj/abc+def=ghi 123'
    const echoed = `key=${encodeURIComponent(key)} auth=Basic ${Buffer.from(`:${key}`).toString('base64')} b64=${Buffer.from(key).toString('base64')}`
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(401, { error: { message: echoed, type: 'auth' } })
    const error = await rejection(client({ secrets: [key] }).post(target, {}, {}))
    expect(error.message.startsWith('test: HTTP 401: auth: key=*** auth=Basic *** b64=***')).toBe(true)
    expect(error.message).not.toContain(encodeURIComponent(key))
    expect(error.message).not.toContain(Buffer.from(key).toString('base64'))
  })

  it('redacts a key before cutting quoted error text, so no prefix of it survives the cut', async () => {
    const key = 'sk-proj-Straddles0The1Cut2Here3'
    // The key starts at character 380 of the message; quoted text is cut at 400.
    const message = `${'x'.repeat(351)} Incorrect API key provided: ${key}.`
    nock('https://api.example.test')
      .post('/v1/chat/completions')
      .reply(401, { error: { message, type: 'invalid_request_error' } })
    const error = await rejection(client({ secrets: [key] }).post(target, {}, {}))
    expect(error.message).toContain('Incorrect API key provided: ***.')
    expect(error.message).not.toContain(key.slice(0, 12))
  })

  it('reports a 2xx body that is not JSON as a non-retryable error quoting it', async () => {
    nock('https://api.example.test').post('/v1/chat/completions').reply(200, '<html>proxy login</html>')
    const error = await rejection(client().post(target, {}, {}))
    expect(error.message).toBe('test: HTTP 200 with a body that is not JSON: <html>proxy login</html>')
    expect(error.retryable).toBe(false)
  })
})
