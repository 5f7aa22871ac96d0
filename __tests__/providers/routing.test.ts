import {
  RoutingError,
  defaultRoutingTable,
  routeModel,
  routingTable,
  type RoutingConfig
} from '../../src/providers/routing.js'

const mixed: RoutingConfig = {
  providers: {
    openai: { type: 'openai' },
    claude: { type: 'anthropic' },
    ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' }
  },
  defaults: { provider: 'ollama' }
}

const routeOf = (id: string, config: RoutingConfig = mixed): [string, string, string] => {
  const route = routeModel(id, config)
  return [route.provider, route.model, route.rule]
}

const errorOf = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(RoutingError)
    return (error as Error).message
  }
  throw new Error('expected a RoutingError')
}

describe('routeModel default mapping', () => {
  it.each([
    ['openai/gpt-4o-mini', ['openai', 'gpt-4o-mini', 'publisher']],
    ['OpenAI/gpt-4o', ['openai', 'gpt-4o', 'publisher']],
    ['anthropic/claude-3-5-sonnet', ['claude', 'claude-3-5-sonnet', 'publisher']],
    ['meta/llama-3.3-70b-instruct', ['ollama', 'llama-3.3-70b-instruct', 'defaults.provider']],
    ['mistral-ai/mistral-small-2503', ['ollama', 'mistral-small-2503', 'defaults.provider']],
    ['microsoft/phi-4', ['ollama', 'phi-4', 'defaults.provider']],
    ['deepseek/deepseek-r1', ['ollama', 'deepseek-r1', 'defaults.provider']],
    ['llama3.2', ['ollama', 'llama3.2', 'defaults.provider']]
  ])('routes %s by publisher or to defaults.provider', (id, expected) => {
    expect(routeOf(id)).toEqual(expected)
  })

  it('sends openai/* to the single azure-openai provider, the model name being the deployment', () => {
    const config: RoutingConfig = {
      providers: { azure: { type: 'azure-openai', baseUrl: 'https://r.openai.azure.com' } }
    }
    expect(routeOf('openai/gpt-4o-mini', config)).toEqual(['azure', 'gpt-4o-mini', 'publisher'])
  })

  it('lets models: routes win, with their model name or the id without its publisher', () => {
    const config: RoutingConfig = {
      ...mixed,
      models: {
        'openai/gpt-4o': { provider: 'ollama', model: 'qwen2.5:7b' },
        'xai/grok-3': { provider: 'openai' }
      }
    }
    expect(routeOf('openai/gpt-4o', config)).toEqual(['ollama', 'qwen2.5:7b', 'models'])
    expect(routeOf('xai/grok-3', config)).toEqual(['openai', 'grok-3', 'models'])
  })

  it('routes a bare id to the only provider when there is no default', () => {
    expect(
      routeOf('llama3.2', { providers: { local: { type: 'openai-compatible', baseUrl: 'http://h/v1' } } })
    ).toEqual(['local', 'llama3.2', 'only-provider'])
  })

  it('sends openai/* to the only provider when it is openai-compatible and there is no default', () => {
    const config: RoutingConfig = {
      providers: { ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' } }
    }
    expect(routeOf('openai/gpt-4o-mini', config)).toEqual(['ollama', 'gpt-4o-mini', 'only-provider'])
  })

  it('uses defaults.provider to break a tie between two openai-type providers', () => {
    const config: RoutingConfig = {
      providers: {
        openai: { type: 'openai' },
        azure: { type: 'azure-openai', baseUrl: 'https://r.openai.azure.com' }
      },
      defaults: { provider: 'azure' }
    }
    expect(routeOf('openai/gpt-4o', config)).toEqual(['azure', 'gpt-4o', 'defaults.provider'])
  })
})

describe('routeModel errors', () => {
  it('names the model, the prompt file and the config lines to add when two providers could serve it', () => {
    const config: RoutingConfig = {
      providers: {
        openai: { type: 'openai' },
        azure: { type: 'azure-openai', baseUrl: 'https://r.openai.azure.com' }
      }
    }
    expect(errorOf(() => routeModel('openai/gpt-4o', config, { promptFile: 'prompts/a.prompt.yml' }))).toBe(
      'No provider for model "openai/gpt-4o" (used by prompts/a.prompt.yml): several providers can serve openai/* ' +
        'models ("openai", "azure") and none is defaults.provider. Add a route to the PromptGate config:\n' +
        'models:\n  "openai/gpt-4o":\n    provider: openai\n    model: gpt-4o\n' +
        'or set defaults.provider to the provider that serves it.'
    )
  })

  it('refuses anthropic/* when two providers of other types exist and no default', () => {
    const config: RoutingConfig = {
      providers: {
        openai: { type: 'openai' },
        ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' }
      }
    }
    expect(errorOf(() => routeModel('anthropic/claude-3-5-sonnet', config))).toBe(
      'No provider for model "anthropic/claude-3-5-sonnet": no provider of type anthropic is configured, ' +
        'several providers are configured ("openai", "ollama") and defaults.provider is not set. ' +
        'Add a route to the PromptGate config:\n' +
        'models:\n  "anthropic/claude-3-5-sonnet":\n    provider: openai\n    model: claude-3-5-sonnet\n' +
        'or set defaults.provider to the provider that serves it.'
    )
  })

  it('refuses a bare id among several providers without a default', () => {
    const config: RoutingConfig = { providers: { a: { type: 'openai' }, b: { type: 'anthropic' } } }
    expect(errorOf(() => routeModel('llama3.2', config))).toContain(
      'several providers are configured ("a", "b") and defaults.provider is not set'
    )
  })

  it('names an unknown provider in models: or defaults.provider', () => {
    expect(
      errorOf(() =>
        routeModel('openai/gpt-4o', {
          providers: { openai: { type: 'openai' } },
          models: { 'openai/gpt-4o': { provider: 'oai' } }
        })
      )
    ).toBe('models."openai/gpt-4o".provider is "oai", which is not under providers: use one of "openai".')
    expect(
      errorOf(() =>
        routeModel('x', { providers: { openai: { type: 'openai' } }, defaults: { provider: 'nope' } })
      )
    ).toBe('defaults.provider is "nope", which is not under providers: use one of "openai".')
  })
})

describe('routeModel with a replay provider', () => {
  const config: RoutingConfig = {
    providers: { openai: { type: 'openai' }, tape: { type: 'replay', cassette: 'tape.jsonl' } },
    defaults: { provider: 'tape' }
  }

  it('sends every id to a replay defaults.provider, and finds the real provider with excludeReplay', () => {
    expect(routeOf('openai/gpt-4o-mini', config)).toEqual(['tape', 'gpt-4o-mini', 'replay-default'])
    const real = routeModel('openai/gpt-4o-mini', config, { excludeReplay: true })
    expect([real.provider, real.model, real.rule]).toEqual(['openai', 'gpt-4o-mini', 'publisher'])
  })

  it('records openai/* through the only real provider when it is openai-compatible', () => {
    const local: RoutingConfig = {
      providers: {
        tape: { type: 'replay', cassette: 'tape.jsonl' },
        ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' }
      },
      defaults: { provider: 'tape' }
    }
    const real = routeModel('openai/gpt-4o-mini', local, { excludeReplay: true })
    expect([real.provider, real.model, real.rule]).toEqual(['ollama', 'gpt-4o-mini', 'only-provider'])
  })

  it('says the replay default is skipped when recording finds no real provider, not that it is unset', () => {
    const twoReal: RoutingConfig = {
      providers: {
        tape: { type: 'replay', cassette: 'tape.jsonl' },
        ollama: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1' },
        vllm: { type: 'openai-compatible', baseUrl: 'http://localhost:8000/v1' }
      },
      defaults: { provider: 'tape' }
    }
    expect(errorOf(() => routeModel('openai/gpt-4o-mini', twoReal, { excludeReplay: true }))).toBe(
      'No provider for model "openai/gpt-4o-mini": no provider of type openai or azure-openai is configured, ' +
        'several providers are configured ("ollama", "vllm") and defaults.provider "tape" is a replay provider, ' +
        'which recording (--record) and onMiss: passthrough skip to find the real provider. ' +
        'Add a route to the PromptGate config:\n' +
        'models:\n  "openai/gpt-4o-mini":\n    provider: ollama\n    model: gpt-4o-mini'
    )
  })

  it('does not pick a replay provider by publisher rules', () => {
    const noDefault: RoutingConfig = { providers: config.providers }
    expect(routeOf('openai/gpt-4o-mini', noDefault)).toEqual(['openai', 'gpt-4o-mini', 'publisher'])
  })
})

describe('routing tables', () => {
  it('documents the default mapping as a Markdown table', () => {
    expect(defaultRoutingTable()).toMatchSnapshot()
  })

  it('shows how given ids route under a config, unrouted ones included', () => {
    const config: RoutingConfig = { providers: { openai: { type: 'openai' }, claude: { type: 'anthropic' } } }
    expect(
      routingTable(
        ['openai/gpt-4o-mini', 'anthropic/claude-3-5-haiku', 'meta/llama-3.3-70b-instruct'],
        config
      )
    ).toBe(
      [
        '| Model id | Provider (rule) | Model name sent |',
        '| --- | --- | --- |',
        '| `openai/gpt-4o-mini` | openai (publisher) | `gpt-4o-mini` |',
        '| `anthropic/claude-3-5-haiku` | claude (publisher) | `claude-3-5-haiku` |',
        '| `meta/llama-3.3-70b-instruct` | unrouted | No provider for model "meta/llama-3.3-70b-instruct": several providers are configured ("openai", "claude") and defaults.provider is not set. Add a route to the PromptGate config: |'
      ].join('\n')
    )
  })
})
