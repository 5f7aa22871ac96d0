import nock from 'nock'
import { ProviderError, type CompletionRequest } from '../../src/core/types.js'
import { OpenAIProvider, type OpenAIProviderConfig } from '../../src/providers/openai.js'
import {
  AZURE_KEY,
  OPENAI_KEY,
  openAIBadRequest,
  openAICompletion,
  openAIRateLimited,
  openAIStream
} from './fixtures.js'
import { useNock } from '../helpers/nock-lifecycle.js'

const request: CompletionRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You classify sentiment.' },
    { role: 'user', content: 'I loved it' }
  ],
  parameters: { temperature: 0, topP: 0.9, maxTokens: 5 }
}

let sleeps: number[] = []
const sleep = async (ms: number): Promise<void> => {
  sleeps.push(ms)
}

function provider(config: OpenAIProviderConfig, apiKey: string | null = OPENAI_KEY): OpenAIProvider {
  return new OpenAIProvider(config, {
    name: config.type === 'azure-openai' ? 'azure' : 'openai',
    apiKey: apiKey ?? undefined,
    apiKeyEnv: config.type === 'azure-openai' ? 'AZURE_OPENAI_API_KEY' : 'OPENAI_API_KEY',
    sleep,
    random: () => 0.5
  })
}

useNock()
beforeEach(() => {
  sleeps = []
})

describe('OpenAI provider', () => {
  it('sends the Chat Completions body and bearer key and maps text, model, usage and finish reason', async () => {
    let sent: unknown
    nock('https://api.openai.com', { reqheaders: { authorization: `Bearer ${OPENAI_KEY}` } })
      .matchHeader('content-type', 'application/json')
      .post('/v1/chat/completions', body => {
        sent = body
        return true
      })
      .reply(200, openAICompletion)
    const result = await provider({ type: 'openai' }).complete(request)
    expect(sent).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      temperature: 0,
      top_p: 0.9,
      max_completion_tokens: 5
    })
    expect(result).toMatchObject({
      text: 'positive',
      modelVersion: 'gpt-4o-mini-2024-07-18',
      usage: { inputTokens: 19, outputTokens: 1, totalTokens: 20 },
      finishReason: 'stop',
      httpStatus: 200,
      retries: 0
    })
    expect(result.ttftMs).toBeUndefined()
    expect(result.latencyMs).toBeGreaterThanOrEqual(0)
  })

  it('sends json_schema response_format with name, schema and strict', async () => {
    let sent: Record<string, unknown> = {}
    nock('https://api.openai.com')
      .post('/v1/chat/completions', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .reply(200, openAICompletion)
    const schema = { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] }
    await provider({ type: 'openai' }).complete({
      ...request,
      responseFormat: { type: 'json_schema', name: 'label', schema, strict: true }
    })
    expect(sent.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'label', schema, strict: true }
    })
  })

  it('streams with stream_options.include_usage and assembles text, usage, finish reason and ttft', async () => {
    let sent: Record<string, unknown> = {}
    nock('https://api.openai.com')
      .matchHeader('accept', 'text/event-stream')
      .post('/v1/chat/completions', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .reply(200, openAIStream, { 'content-type': 'text/event-stream' })
    const result = await provider({ type: 'openai' }).complete({ ...request, stream: true })
    expect(sent).toMatchObject({ stream: true, stream_options: { include_usage: true } })
    expect(result).toMatchObject({
      text: 'Hello there',
      modelVersion: 'gpt-4o-mini-2024-07-18',
      usage: { inputTokens: 9, outputTokens: 2, totalTokens: 11 },
      finishReason: 'length'
    })
    expect(result.ttftMs).toBeGreaterThanOrEqual(0)
    expect(result.ttftMs).toBeLessThanOrEqual(result.latencyMs)
  })

  it('retries a 429 after the Retry-After seconds, then reports the success and one retry', async () => {
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .reply(429, openAIRateLimited, { 'retry-after': '2' })
      .post('/v1/chat/completions')
      .reply(200, openAICompletion)
    const result = await provider({ type: 'openai' }).complete(request)
    expect(sleeps).toEqual([2000])
    expect(result.retries).toBe(1)
    expect(result.text).toBe('positive')
  })

  it('does not retry a 400 and quotes the API error message, type and status', async () => {
    nock('https://api.openai.com').post('/v1/chat/completions').once().reply(400, openAIBadRequest)
    const error = await provider({ type: 'openai' })
      .complete(request)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProviderError)
    const providerError = error as ProviderError
    expect(providerError.message).toBe(
      "openai: HTTP 400: invalid_request_error: Invalid value for 'temperature': must be between 0 and 2." +
        '; not retried: the provider rejected the request, check the model name and the model parameters'
    )
    expect(providerError.httpStatus).toBe(400)
    expect(providerError.retryable).toBe(false)
    expect(sleeps).toEqual([])
  })

  it('rejects with the variable to set when the API key is missing, without calling the API', async () => {
    const error = await provider({ type: 'openai' }, null)
      .complete(request)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as Error).message).toMatch(/openai: no API key: the environment variable OPENAI_API_KEY/)
  })

  it('never puts the API key in an error, even when the API echoes it', async () => {
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .reply(401, {
        error: {
          message: `Incorrect API key provided: ${OPENAI_KEY}.`,
          type: 'invalid_request_error',
          code: 'invalid_api_key'
        }
      })
    const error = (await provider({ type: 'openai' })
      .complete(request)
      .catch((caught: unknown) => caught)) as Error
    expect(error.message).toContain('Incorrect API key provided: ***.')
    expect(error.message).not.toContain(OPENAI_KEY)
    expect(JSON.stringify(error)).not.toContain(OPENAI_KEY)
  })
})

describe('an answer that echoes the key', () => {
  const chunk = (content: string) =>
    `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`

  it('redacts the key in a 200 answer, even streamed with the key split across two chunks', async () => {
    const half = Math.floor(OPENAI_KEY.length / 2)
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .reply(200, {
        ...openAICompletion,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: `debug: Bearer ${OPENAI_KEY}` },
            finish_reason: 'stop'
          }
        ]
      })
      .post('/v1/chat/completions')
      .reply(
        200,
        `${chunk('debug: Bearer ')}${chunk(OPENAI_KEY.slice(0, half))}${chunk(`${OPENAI_KEY.slice(half)} end`)}data: [DONE]\n\n`,
        { 'content-type': 'text/event-stream' }
      )
    expect((await provider({ type: 'openai' }).complete(request)).text).toBe('debug: Bearer ***')
    expect((await provider({ type: 'openai' }).complete({ ...request, stream: true })).text).toBe(
      'debug: Bearer *** end'
    )
  })
})

describe('Azure OpenAI provider', () => {
  it('posts to the deployment URL with api-version and the api-key header, without model in the body', async () => {
    let sent: Record<string, unknown> = {}
    nock('https://my-resource.openai.azure.com', { badheaders: ['authorization'] })
      .matchHeader('api-key', AZURE_KEY)
      .post('/openai/deployments/prod-4o-mini/chat/completions', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .query({ 'api-version': '2024-10-21' })
      .reply(200, { ...openAICompletion, model: 'gpt-4o-mini' })
    const result = await provider(
      { type: 'azure-openai', baseUrl: 'https://my-resource.openai.azure.com/' },
      AZURE_KEY
    ).complete({ ...request, model: 'prod-4o-mini' })
    expect(sent).toEqual({ messages: request.messages, temperature: 0, top_p: 0.9, max_tokens: 5 })
    expect(result.modelVersion).toBe('gpt-4o-mini')
  })

  it('uses the configured apiVersion', async () => {
    nock('https://my-resource.openai.azure.com')
      .post('/openai/deployments/d1/chat/completions')
      .query({ 'api-version': '2025-01-01-preview' })
      .reply(200, openAICompletion)
    const result = await provider(
      {
        type: 'azure-openai',
        baseUrl: 'https://my-resource.openai.azure.com',
        apiVersion: '2025-01-01-preview'
      },
      AZURE_KEY
    ).complete({ ...request, model: 'd1' })
    expect(result.text).toBe('positive')
  })
})

describe('OpenAI-compatible provider', () => {
  it('posts to {baseUrl}/chat/completions with max_tokens, extra headers and no auth when no key is configured', async () => {
    let sent: Record<string, unknown> = {}
    nock('http://localhost:11434', { badheaders: ['authorization'] })
      .matchHeader('x-title', 'promptgate')
      .post('/v1/chat/completions', body => {
        sent = body as Record<string, unknown>
        return true
      })
      .reply(200, { ...openAICompletion, model: 'llama3.2' })
    const result = await new OpenAIProvider(
      {
        type: 'openai-compatible',
        baseUrl: 'http://localhost:11434/v1',
        headers: { 'x-title': 'promptgate' }
      },
      { name: 'ollama' }
    ).complete({ ...request, model: 'llama3.2', responseFormat: { type: 'json_object' } })
    expect(sent).toMatchObject({ model: 'llama3.2', max_tokens: 5, response_format: { type: 'json_object' } })
    expect(sent).not.toHaveProperty('max_completion_tokens')
    expect(result.modelVersion).toBe('llama3.2')
  })

  it('surfaces an Ollama-style {"error": "..."} body', async () => {
    nock('http://localhost:11434')
      .post('/v1/chat/completions')
      .reply(404, { error: { message: 'model "nope" not found, try pulling it first', type: 'api_error' } })
    await expect(
      new OpenAIProvider(
        { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' },
        { name: 'ollama' }
      ).complete({ ...request, model: 'nope' })
    ).rejects.toThrow('ollama: HTTP 404: api_error: model "nope" not found, try pulling it first')
  })
})
