import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ProviderError } from '../../src/core/types.js'
import { readPath } from '../../src/core/guards.js'
import { FeatureHttpProvider, renderTemplate } from '../../src/providers/feature-http.js'

let server: http.Server
let url = ''
const received: { method?: string; url?: string; body: string; headers: http.IncomingHttpHeaders }[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = ''
    request.on('data', chunk => (body += chunk))
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, body, headers: request.headers })
      if (request.url?.startsWith('/fail')) {
        response.writeHead(500, { 'content-type': 'text/plain' })
        response.end('Error: model down\n    at answer (app.mjs:3:9)')
        return
      }
      if (request.url?.startsWith('/echo-token')) {
        // A feature that echoes its auth header: in an error body, then in an answer.
        const token = String(request.headers.authorization)
        const failing = request.url.includes('fail')
        response.writeHead(failing ? 401 : 200, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify(
            failing
              ? { error: `bad token ${token} (${Buffer.from(token).toString('base64')})` }
              : { data: { answer: `ok, you sent ${encodeURIComponent(token)}` } }
          )
        )
        return
      }
      if (request.url?.startsWith('/sse')) {
        response.writeHead(200, { 'content-type': 'text/event-stream' })
        response.end('data: {"delta":"Hel"}\n\ndata: {"delta":"lo"}\n\ndata: [DONE]\n\n')
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data: { answer: `echo ${body || request.url}` }, source: 'cache' }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

const request = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }], parameters: {} }

describe('renderTemplate and readPath', () => {
  it('replaces placeholders, keeping the type of a value that is a whole string', () => {
    expect(
      renderTemplate(
        { q: '{{question}}', n: '{{count}}', text: 'Q: {{question}} ({{count}})' },
        { question: 'why?', count: 3 }
      )
    ).toEqual({
      q: 'why?',
      n: 3,
      text: 'Q: why? (3)'
    })
    expect(readPath({ a: [{ b: 'x' }] }, 'a.0.b')).toBe('x')
    expect(readPath({ a: 1 }, 'a.b')).toBeUndefined()
  })
})

describe('FeatureHttpProvider', () => {
  it('POSTs the rendered body to the side’s URL with env headers, and reads the answer and its source by path', async () => {
    const provider = new FeatureHttpProvider(
      {
        type: 'http',
        url: `${url}/head`,
        baseVersionUrl: `${url}/base`,
        body: { question: '{{question}}' },
        headersFromEnv: { authorization: 'FEATURE_TOKEN' },
        outputPath: 'data.answer',
        sourcePath: 'source'
      },
      { name: 'feature', env: { FEATURE_TOKEN: 'Bearer t0ken-value' } }
    )
    const result = await provider.complete(request, { side: 'base', vars: { question: 'reset?' } })
    expect(received.at(-1)).toMatchObject({ method: 'POST', url: '/base', body: '{"question":"reset?"}' })
    expect(received.at(-1)?.headers.authorization).toBe('Bearer t0ken-value')
    expect(result).toMatchObject({
      text: 'echo {"question":"reset?"}',
      answerSource: 'cache',
      httpStatus: 200
    })
    await provider.close()
  })

  it('keeps a headersFromEnv secret and its derived forms out of errors and answers when the feature echoes it', async () => {
    const token = 'Bearer feature+Token/0123456789'
    const make = (path: string) =>
      new FeatureHttpProvider(
        {
          type: 'http',
          url: `${url}${path}`,
          headersFromEnv: { authorization: 'FEATURE_TOKEN' },
          outputPath: 'data.answer'
        },
        { name: 'feature', env: { FEATURE_TOKEN: token } }
      )
    const failing = make('/echo-token-fail')
    const error = (await failing.complete(request, { vars: {} }).catch((e: unknown) => e)) as Error
    expect(error.message).toContain('bad token *** (***)')
    const answering = make('/echo-token')
    expect((await answering.complete(request, { vars: {} })).text).toBe('ok, you sent ***')
    await failing.close()
    await answering.close()
  })

  it('GETs with the variables as the query string', async () => {
    const provider = new FeatureHttpProvider(
      { type: 'http', url: `${url}/q`, method: 'GET' },
      { name: 'f', env: {} }
    )
    await provider.complete(request, { vars: { question: 'a b' } })
    expect(received.at(-1)?.url).toBe('/q?question=a+b')
    await provider.close()
  })

  it('turns an error status into an error sample quoting the body, never retried', async () => {
    const provider = new FeatureHttpProvider({ type: 'http', url: `${url}/fail` }, { name: 'f', env: {} })
    const before = received.length
    const error = await provider.complete(request, { vars: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as ProviderError).message).toBe(
      'f: the feature answered HTTP 500: Error: model down at answer (app.mjs:3:9)'
    )
    expect((error as ProviderError).httpStatus).toBe(500)
    expect(received.length - before).toBe(1)
    await provider.close()
  })

  it('joins a streamed answer and records time to first byte', async () => {
    const provider = new FeatureHttpProvider(
      { type: 'http', url: `${url}/sse`, stream: true, outputPath: 'delta' },
      { name: 'f', env: {} }
    )
    const result = await provider.complete(request, { vars: {} })
    expect(result.text).toBe('Hello')
    expect(result.ttftMs).toBeDefined()
    await provider.close()
  })
})
