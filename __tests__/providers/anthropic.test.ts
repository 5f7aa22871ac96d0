import nock from 'nock'
import { ProviderError, type CompletionRequest } from '../../src/core/types.js'
import { AnthropicProvider, type AnthropicProviderConfig } from '../../src/providers/anthropic.js'
import {
  ANTHROPIC_KEY,
  anthropicInvalidRequest,
  anthropicMessage,
  anthropicOverloaded,
  anthropicStream
} from './fixtures.js'
import { useNock } from '../helpers/nock-lifecycle.js'

const request: CompletionRequest = {
  model: 'claude-3-5-sonnet-20241022',
  messages: [
    { role: 'system', content: 'Translate to French.' },
    { role: 'system', content: 'Answer with one word.' },
    { role: 'user', content: 'Hello' }
  ],
  parameters: { temperature: 0.2 }
}

let sleeps: number[] = []

function provider(
  config: Partial<AnthropicProviderConfig> = {},
  apiKey: string | null = ANTHROPIC_KEY
): AnthropicProvider {
  return new AnthropicProvider(
    { type: 'anthropic', ...config },
    {
      name: 'anthropic',
      apiKey: apiKey ?? undefined,
      apiKeyEnv: 'ANTHROPIC_API_KEY',
      random: () => 0.5,
      sleep: async ms => {
        sleeps.push(ms)
      }
    }
  )
}

useNock()
beforeEach(() => {
  sleeps = []
})

describe('Anthropic provider', () => {
  it('sends x-api-key and anthropic-version, moves system messages to `system` and defaults max_tokens to 1024', async () => {
    let sent: unknown
    nock('https://api.anthropic.com', { badheaders: ['authorization'] })
      .matchHeader('x-api-key', ANTHROPIC_KEY)
      .matchHeader('anthropic-version', '2023-06-01')
      .post('/v1/messages', body => {
        sent = body
        return true
      })
      .reply(200, anthropicMessage)
    const result = await provider().complete(request)
    expect(sent).toEqual({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 1024,
      system: 'Translate to French.\n\nAnswer with one word.',
      messages: [{ role: 'user', content: 'Hello' }],
      temperature: 0.2
    })
    expect(result).toMatchObject({
      text: 'Bonjour',
      modelVersion: 'claude-3-5-sonnet-20241022',
      usage: { inputTokens: 21, outputTokens: 4, totalTokens: 25 },
      finishReason: 'end_turn',
      httpStatus: 200,
      retries: 0
    })
  })

  it('sends maxTokens, top_p, a custom base URL and anthropic-version, and a JSON instruction for json_schema', async () => {
    let sent: Record<string, unknown> = {}
    nock('https://gateway.example.test')
      .matchHeader('anthropic-version', '2024-01-01')
      .post('/anthropic/v1/messages', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .reply(200, anthropicMessage)
    await provider({
      baseUrl: 'https://gateway.example.test/anthropic',
      anthropicVersion: '2024-01-01'
    }).complete({
      ...request,
      messages: [{ role: 'user', content: 'Hello' }],
      parameters: { maxTokens: 50, topP: 0.5 },
      responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' } }
    })
    expect(sent).toMatchObject({ max_tokens: 50, top_p: 0.5 })
    expect(sent.system).toBe(
      'Respond with a single JSON object and nothing else. It must conform to this JSON Schema (named answer):\n{"type":"object"}'
    )
  })

  it('streams message_start, content_block_delta and message_delta into text, usage, stop reason and ttft', async () => {
    let sent: Record<string, unknown> = {}
    nock('https://api.anthropic.com')
      .matchHeader('accept', 'text/event-stream')
      .post('/v1/messages', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .reply(200, anthropicStream, { 'content-type': 'text/event-stream; charset=utf-8' })
    const result = await provider({ stream: true }).complete(request)
    expect(sent.stream).toBe(true)
    expect(result).toMatchObject({
      text: 'Hello!',
      modelVersion: 'claude-3-5-sonnet-20241022',
      usage: { inputTokens: 25, outputTokens: 15, totalTokens: 40 },
      finishReason: 'end_turn'
    })
    expect(result.ttftMs).toBeGreaterThanOrEqual(0)
  })

  it('retries a 529 overloaded answer and an overloaded error event inside a stream', async () => {
    const overloadedEvent = `event: error\ndata: ${JSON.stringify(anthropicOverloaded)}\n\n`
    nock('https://api.anthropic.com')
      .post('/v1/messages')
      .reply(529, anthropicOverloaded)
      .post('/v1/messages')
      .reply(200, overloadedEvent, { 'content-type': 'text/event-stream' })
      .post('/v1/messages')
      .reply(200, anthropicStream, { 'content-type': 'text/event-stream' })
    const result = await provider().complete({ ...request, stream: true })
    expect(result.retries).toBe(2)
    expect(result.text).toBe('Hello!')
    expect(sleeps).toEqual([375, 750])
  })

  it('does not retry a 400 and quotes the Anthropic error type and message', async () => {
    nock('https://api.anthropic.com').post('/v1/messages').once().reply(400, anthropicInvalidRequest)
    const error = await provider()
      .complete(request)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as Error).message).toBe(
      'anthropic: HTTP 400: invalid_request_error: messages: roles must alternate between "user" and "assistant"' +
        '; not retried: the provider rejected the request, check the model name and the model parameters'
    )
    expect(sleeps).toEqual([])
  })

  it('rejects a prompt with only system messages before calling the API', async () => {
    await expect(
      provider().complete({ ...request, messages: [{ role: 'system', content: 'x' }] })
    ).rejects.toThrow('anthropic: the Messages API needs at least one user message')
  })

  it('rejects with the variable to set when ANTHROPIC_API_KEY is missing', async () => {
    await expect(provider({}, null).complete(request)).rejects.toThrow(
      /anthropic: no API key: the environment variable ANTHROPIC_API_KEY is unset or empty/
    )
  })

  it('keeps the key out of errors when the API echoes it', async () => {
    nock('https://api.anthropic.com')
      .post('/v1/messages')
      .reply(401, {
        type: 'error',
        error: { type: 'authentication_error', message: `invalid x-api-key ${ANTHROPIC_KEY}` }
      })
    const error = (await provider()
      .complete(request)
      .catch((caught: unknown) => caught)) as Error
    expect(error.message).toBe(
      'anthropic: HTTP 401: authentication_error: invalid x-api-key ***; not retried: the key in ANTHROPIC_API_KEY was rejected, check that the secret holds a valid key for anthropic'
    )
  })
})
