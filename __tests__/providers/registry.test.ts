import { apiKeyEnvOf, createProviders, missingSecrets } from '../../src/providers/registry.js'
import type { RoutingConfig } from '../../src/providers/routing.js'
import { startOpenAIServer } from '../helpers/openai-server.js'

const config: RoutingConfig = {
  providers: {
    openai: { type: 'openai' },
    azure: { type: 'azure-openai', baseUrl: 'https://r.openai.azure.com', apiKeyEnv: 'MY_AZURE_KEY' },
    claude: { type: 'anthropic' },
    ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' }
  },
  defaults: { provider: 'ollama' },
  models: { 'openai/gpt-4o': { provider: 'openai' } }
}

describe('apiKeyEnvOf', () => {
  it('uses the documented defaults and apiKeyEnv overrides; keyless servers and replay need none', () => {
    expect(
      Object.fromEntries(Object.entries(config.providers).map(([name, p]) => [name, apiKeyEnvOf(p)]))
    ).toEqual({
      openai: 'OPENAI_API_KEY',
      azure: 'MY_AZURE_KEY',
      claude: 'ANTHROPIC_API_KEY',
      ollama: undefined
    })
    expect(apiKeyEnvOf({ type: 'replay', cassette: 'c.jsonl' })).toBeUndefined()
  })
})

describe('missingSecrets', () => {
  it('lists every provider whose key variable is unset or empty (fork PRs get empty secrets)', () => {
    expect(missingSecrets(config, { OPENAI_API_KEY: '', MY_AZURE_KEY: 'k' })).toEqual([
      { provider: 'openai', envVar: 'OPENAI_API_KEY' },
      { provider: 'claude', envVar: 'ANTHROPIC_API_KEY' }
    ])
  })

  it('with model ids, counts only the providers those models route to', () => {
    expect(
      missingSecrets(config, {}, { modelIds: ['openai/gpt-4o', 'meta/llama-3.3-70b-instruct'] })
    ).toEqual([{ provider: 'openai', envVar: 'OPENAI_API_KEY' }])
  })

  it('needs no key for a strict replay, but the real provider key when recording or passing through', () => {
    const replaying: RoutingConfig = {
      providers: { openai: { type: 'openai' }, tape: { type: 'replay', cassette: 't.jsonl' } },
      defaults: { provider: 'tape' }
    }
    const modelIds = ['openai/gpt-4o-mini']
    expect(missingSecrets(replaying, {}, { modelIds })).toEqual([])
    expect(missingSecrets(replaying, {}, { modelIds, record: true })).toEqual([
      { provider: 'openai', envVar: 'OPENAI_API_KEY' }
    ])
  })
})

describe('createProviders', () => {
  it('hands each key found to onSecret and builds every configured provider', async () => {
    const secrets: string[] = []
    const registry = await createProviders(
      config,
      { OPENAI_API_KEY: 'sk-openai-key-123456', MY_AZURE_KEY: 'azure-key-123456', ANTHROPIC_API_KEY: '' },
      { onSecret: value => secrets.push(value) }
    )
    expect(secrets).toEqual(['sk-openai-key-123456', 'azure-key-123456'])
    expect([...registry.providers].map(([name, provider]) => [name, provider.kind])).toEqual([
      ['openai', 'openai'],
      ['azure', 'azure-openai'],
      ['claude', 'anthropic'],
      ['ollama', 'openai-compatible']
    ])
    const resolved = registry.resolve('anthropic/claude-3-5-haiku')
    expect([resolved.provider.name, resolved.model]).toEqual(['claude', 'claude-3-5-haiku'])
    await registry.close()
  })

  it('refuses --record without a replay provider to record into', async () => {
    await expect(createProviders(config, {}, { record: true })).rejects.toThrow(
      '--record needs a provider of type replay in the PromptGate config'
    )
  })

  it('lets the process exit after close() although calls used keep-alive sockets', async () => {
    const server = await startOpenAIServer(() => ({ content: 'ok' }))
    const registry = await createProviders(
      { providers: { local: { type: 'openai-compatible', baseUrl: server.baseUrl } } },
      {}
    )
    const { provider, model } = registry.resolve('llama3.2')
    await provider.complete({ model, messages: [{ role: 'user', content: 'hi' }], parameters: {} })
    expect(server.openConnections()).toBe(1)
    await registry.close()
    // close() destroyed the pooled keep-alive socket; the server sees it go.
    for (let i = 0; i < 50 && server.openConnections() > 0; i++)
      await new Promise(resolve => setTimeout(resolve, 10))
    expect(server.openConnections()).toBe(0)
    await server.close()
  })
})
