// Real sockets end to end: the OpenAI-compatible provider against the local test server.
import { OpenAIProvider } from '../../src/providers/openai.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

let server: OpenAITestServer
let provider: OpenAIProvider

beforeAll(async () => {
  server = await startOpenAIServer()
  provider = new OpenAIProvider(
    { type: 'openai-compatible', baseUrl: server.baseUrl, maxRetries: 0 },
    { name: 'local' }
  )
})
afterAll(async () => {
  await provider.close()
  await server.close()
})

describe('OpenAI-compatible provider against a local server', () => {
  it('measures time to first token on a streamed answer: after the first-byte delay, before the last chunk', async () => {
    server.setResponder(() => ({ content: 'streamed answer text', delayMs: 60, chunks: 4, chunkDelayMs: 40 }))
    const result = await provider.complete({
      model: 'local-model',
      messages: [{ role: 'user', content: 'say something' }],
      parameters: {},
      stream: true
    })
    expect(result.text).toBe('streamed answer text')
    expect(result.usage).toEqual({ inputTokens: 2, outputTokens: 3, totalTokens: 5 })
    expect(result.finishReason).toBe('stop')
    const ttft = result.ttftMs as number
    expect(ttft).toBeGreaterThanOrEqual(55)
    // Three more chunks follow the first, 40 ms apart.
    expect(result.latencyMs - ttft).toBeGreaterThanOrEqual(100)
    const body = server.received.at(-1)?.body
    expect(body).toMatchObject({
      model: 'local-model',
      stream: true,
      stream_options: { include_usage: true }
    })
  })

  it('reuses one keep-alive connection for sequential calls', async () => {
    server.setResponder(() => ({ content: 'ok' }))
    for (let i = 0; i < 5; i++) {
      await provider.complete({
        model: 'm',
        messages: [{ role: 'user', content: `call ${i}` }],
        parameters: {}
      })
    }
    expect(server.openConnections()).toBe(1)
  })
})
