import { loadConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/schema.js'
import { priceVendorFor } from '../../src/engine/pipeline.js'
import { routeModel } from '../../src/providers/routing.js'
import { costOf, normaliseModelName, priceOf, priceVendorOf } from '../../src/stats/cost.js'

describe('price table', () => {
  it('prices gpt-4o-mini at $0.15 in / $0.60 out per million tokens', () => {
    expect(
      costOf({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, 'gpt-4o-mini', {}, 'openai')
    ).toBeCloseTo(0.75, 10)
  })

  it('finds dated snapshots, publisher prefixes and dotted versions', () => {
    expect(priceOf('gpt-4o-2024-08-06', {}, 'openai')).toEqual(priceOf('gpt-4o', {}, 'openai'))
    expect(priceOf('openai/gpt-4.1-mini', {}, 'openai')).toEqual({
      inputPerMillion: 0.4,
      outputPerMillion: 1.6
    })
    expect(priceOf('claude-3-5-sonnet-20241022', {}, 'anthropic')).toEqual({
      inputPerMillion: 3,
      outputPerMillion: 15
    })
    expect(priceOf('anthropic/claude-3.5-haiku', {}, 'anthropic')).toEqual({
      inputPerMillion: 0.8,
      outputPerMillion: 4
    })
  })

  it('does not price a longer model name by its prefix', () => {
    expect(priceOf('gpt-4o-mini-search-preview', {}, 'openai')).toBeUndefined()
    expect(normaliseModelName('OpenAI/GPT-4.1-2025-04-14')).toBe('gpt-4-1')
  })

  it('gives an unknown model an unknown cost, never 0', () => {
    expect(costOf({ inputTokens: 10, outputTokens: 10 }, 'my-finetune', {}, 'openai')).toBeUndefined()
  })

  it('gives a call with no token counts an unknown cost', () => {
    expect(costOf({}, 'gpt-4o', {}, 'openai')).toBeUndefined()
    expect(costOf(undefined, 'gpt-4o', {}, 'openai')).toBeUndefined()
  })

  it('lets config prices override the table', () => {
    const overrides = { 'gpt-4o': { inputPerMillion: 1, outputPerMillion: 1 } }
    expect(
      costOf({ inputTokens: 500_000, outputTokens: 500_000 }, 'gpt-4o', overrides, 'openai')
    ).toBeCloseTo(1, 10)
  })

  it('matches an override by normalised name (an Azure deployment named like the model)', () => {
    const overrides = { 'my-deploy': { inputPerMillion: 2, outputPerMillion: 4 } }
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, 'My-Deploy', overrides)).toBeCloseTo(2, 10)
  })
})

describe('prices by provider type and model', () => {
  const usage = { inputTokens: 1_000_000, outputTokens: 0 }

  it('does not price openai/… ids served by a local or unknown OpenAI-compatible server', () => {
    const local = { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' } as const
    expect(priceVendorOf(local)).toBeUndefined()
    expect(costOf(usage, 'gpt-4o-mini', {}, priceVendorOf(local))).toBeUndefined()
  })

  it('does not price an Azure deployment from OpenAI list prices', () => {
    expect(priceVendorOf({ type: 'azure-openai', baseUrl: 'https://r.openai.azure.com' })).toBeUndefined()
  })

  it('prices OpenAI and Anthropic providers, and OpenAI-compatible hosts with a list in the table', () => {
    expect(priceVendorOf({ type: 'openai' })).toBe('openai')
    expect(priceVendorOf({ type: 'anthropic' })).toBe('anthropic')
    expect(priceVendorOf({ type: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1' })).toBe(
      'groq'
    )
    expect(costOf(usage, 'llama-3.3-70b-versatile', {}, 'groq')).toBeCloseTo(0.59, 10)
    expect(costOf(usage, 'llama-3.3-70b-versatile', {}, 'openai')).toBeUndefined()
  })

  it('prices a replayed call like the real provider the cassette was recorded from', () => {
    const config = {
      version: 1,
      providers: {
        tape: { type: 'replay', cassette: 'c.jsonl' },
        openai: { type: 'openai' },
        local: { type: 'openai-compatible', baseUrl: 'http://localhost:8000/v1' }
      },
      models: { 'meta/llama': { provider: 'local' } },
      defaults: { provider: 'tape' },
      suites: []
    } as unknown as Config
    expect(priceVendorFor(config, 'tape', 'openai/gpt-4o-mini')).toBe('openai')
    expect(priceVendorFor(config, 'tape', 'meta/llama')).toBeUndefined()
    expect(priceVendorFor(config, 'local', 'openai/gpt-4o-mini')).toBeUndefined()
  })

  it('a config price still prices a local model', () => {
    expect(
      costOf(usage, 'llama3.2', { 'llama3.2': { inputPerMillion: 1, outputPerMillion: 1 } })
    ).toBeCloseTo(1, 10)
  })
})

describe('routing errors name the config file in use', () => {
  it('says which file to add the route to', () => {
    const config = loadConfig(
      'ci/promptgate-staging.yml',
      [
        'version: 1',
        'providers:',
        '  a: { type: openai-compatible, baseUrl: "http://localhost:1/v1" }',
        '  b: { type: openai-compatible, baseUrl: "http://localhost:2/v1" }',
        'suites:',
        '  - { id: s, prompt: p.prompt.yml }',
        ''
      ].join('\n')
    )
    expect(() => routeModel('meta/llama', config)).toThrow('Add a route to ci/promptgate-staging.yml:')
  })
})
