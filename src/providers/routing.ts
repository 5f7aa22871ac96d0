// Which provider serves a model id, and under which name. GitHub Models prompt files name models
// as `publisher/model` (openai/gpt-4o-mini, meta/llama-3.3-70b-instruct); those repos must run
// unchanged, so the ids map onto the configured providers by a small documented rule set:
//
// 1. `models:` in the config wins: `models: { "openai/gpt-4o": { provider: azure, model: prod-4o } }`.
// 2. If `defaults.provider` is a replay provider, it serves every other id (see replay.ts).
// 3. `openai/*` → the one provider of type openai or azure-openai; `anthropic/*` → the one
//    anthropic provider. With none of that type: `defaults.provider`, else the only provider (a
//    config whose one real model server is Ollama/vLLM/OpenRouter runs openai/* prompts on it).
// 4. Any other id (other publishers, bare ids) → `defaults.provider`, else the only provider.
// The provider model name is the id without its `publisher/` prefix (Azure: the deployment name).
import { configFileOf } from '../config/load.js'
import type { Config, ProviderConfig } from '../config/schema.js'
import { errorMessage } from '../core/guards.js'

export type RoutingConfig = Pick<Config, 'providers' | 'models' | 'defaults'>

export interface ModelRoute {
  /** The model id as written in the prompt or config. */
  modelId: string
  /** The provider's name under `providers:`. */
  provider: string
  /** The model name the provider expects. */
  model: string
  /** Which rule chose it, for `--explain` style output and error messages. */
  rule: 'models' | 'replay-default' | 'publisher' | 'defaults.provider' | 'only-provider'
}

export interface RouteContext {
  /** Repo-relative prompt file, named in errors. */
  promptFile?: string
  /**
   * Route as if replay providers did not exist: how a replay provider finds the real provider
   * behind a model (for `onMiss: passthrough` and `--record`).
   */
  excludeReplay?: boolean
}

/** Publishers whose ids go to a provider of a matching type rather than to the default. */
const PUBLISHER_TYPES: Record<string, readonly ProviderConfig['type'][]> = {
  openai: ['openai', 'azure-openai'],
  anthropic: ['anthropic']
}

export class RoutingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoutingError'
  }
}

/**
 * Why a judge pinned to `judge.provider` cannot be built (the provider is not configured), worded
 * for the key `key` (`judge` or `judge.fallback`); undefined when it can, or when nothing is pinned.
 */
export function pinnedJudgeProblem(
  config: RoutingConfig,
  judge: { provider?: string | undefined },
  key: string
): string | undefined {
  if (!judge.provider || config.providers[judge.provider] !== undefined) return undefined
  return `${key}.provider is "${judge.provider}", which is not under providers: use one of ${Object.keys(config.providers).join(', ')}.`
}

/** The id without its `publisher/` prefix; ids with more slashes keep the rest (`a/b/c` → `b/c`). */
export function providerModelName(modelId: string): string {
  const slash = modelId.indexOf('/')
  return slash === -1 ? modelId : modelId.slice(slash + 1)
}

/** What the routing rules read: the id, the config, and which providers may serve it. */
interface RouteScope {
  modelId: string
  config: RoutingConfig
  context: RouteContext
  isReplay(name: string): boolean
  usable(name: string): boolean
  route(provider: string, rule: ModelRoute['rule'], model?: string): ModelRoute
  defaultProvider?: string
  defaultUsable: boolean
  /** Only a replay default excluded by `excludeReplay` is set but unusable (unknown names throw). */
  replayDefaultSkipped: boolean
}

/** The rules of the header comment, in order; the first that answers routes the id. */
export function routeModel(modelId: string, config: RoutingConfig, context: RouteContext = {}): ModelRoute {
  const isReplay = (name: string): boolean => config.providers[name]?.type === 'replay'
  const usable = (name: string): boolean =>
    config.providers[name] !== undefined && !(context.excludeReplay && isReplay(name))
  const route = (
    provider: string,
    rule: ModelRoute['rule'],
    model = providerModelName(modelId)
  ): ModelRoute => ({
    modelId,
    provider,
    model,
    rule
  })
  const scope = { modelId, config, context, isReplay, usable, route }
  const explicit = explicitRoute(scope)
  if (explicit) return explicit
  const defaultProvider = knownDefault(config)
  const defaultUsable = defaultProvider !== undefined && usable(defaultProvider)
  const withDefault: RouteScope = {
    ...scope,
    ...(defaultProvider !== undefined ? { defaultProvider } : {}),
    defaultUsable,
    replayDefaultSkipped: defaultProvider !== undefined && !defaultUsable
  }
  return replayDefaultRoute(withDefault) ?? publisherRoute(withDefault) ?? fallbackRoute(withDefault)
}

/** Rule 1: `models:` in the config. */
function explicitRoute({
  modelId,
  config,
  usable,
  route
}: Omit<RouteScope, 'defaultUsable' | 'replayDefaultSkipped'>): ModelRoute | undefined {
  const explicit = config.models?.[modelId]
  if (!explicit) return undefined
  if (config.providers[explicit.provider] === undefined) {
    throw new RoutingError(
      `models."${modelId}".provider is "${explicit.provider}", which is not under providers: ` +
        `use one of ${listNames(Object.keys(config.providers))}.`
    )
  }
  return usable(explicit.provider) ? route(explicit.provider, 'models', explicit.model) : undefined
}

/** `defaults.provider`, which must name a configured provider. */
function knownDefault(config: RoutingConfig): string | undefined {
  const defaultProvider = config.defaults?.provider
  if (defaultProvider !== undefined && config.providers[defaultProvider] === undefined) {
    throw new RoutingError(
      `defaults.provider is "${defaultProvider}", which is not under providers: ` +
        `use one of ${listNames(Object.keys(config.providers))}.`
    )
  }
  return defaultProvider
}

/** Rule 2: a replay `defaults.provider` serves every other id. */
function replayDefaultRoute({
  defaultProvider,
  defaultUsable,
  isReplay,
  route
}: RouteScope): ModelRoute | undefined {
  return defaultUsable && defaultProvider !== undefined && isReplay(defaultProvider)
    ? route(defaultProvider, 'replay-default')
    : undefined
}

/** Rule 3: `openai/*` and `anthropic/*` go to the one provider of a matching type. */
function publisherRoute(scope: RouteScope): ModelRoute | undefined {
  const { modelId, config, usable, route, defaultProvider, defaultUsable } = scope
  const types = publisherTypes(modelId)
  if (!types) return undefined
  const matching = Object.keys(config.providers).filter(
    name => usable(name) && types.includes((config.providers[name] as ProviderConfig).type)
  )
  if (matching.length === 1) return route(matching[0] as string, 'publisher')
  if (matching.length === 0) return undefined
  if (defaultUsable && defaultProvider !== undefined && matching.includes(defaultProvider)) {
    return route(defaultProvider, 'defaults.provider')
  }
  throw unrouted(
    config,
    modelId,
    scope.context,
    `several providers can serve ${publisherOf(modelId)}/* models (${listNames(matching)}) and ` +
      (scope.replayDefaultSkipped ? noDefault(defaultProvider) : 'none is defaults.provider'),
    matching[0] as string,
    scope.replayDefaultSkipped
  )
}

function publisherOf(modelId: string): string | undefined {
  const slash = modelId.indexOf('/')
  return slash === -1 ? undefined : modelId.slice(0, slash).toLowerCase()
}

function publisherTypes(modelId: string): readonly ProviderConfig['type'][] | undefined {
  const publisher = publisherOf(modelId)
  return publisher === undefined ? undefined : PUBLISHER_TYPES[publisher]
}

/**
 * Rule 4, and rule 3 with no provider of the publisher's type: `defaults.provider`, else the
 * only provider, so a config whose one real server is Ollama/vLLM/OpenRouter still runs openai/*
 * prompts.
 */
function fallbackRoute(scope: RouteScope): ModelRoute {
  const { modelId, config, usable, route, defaultProvider, defaultUsable } = scope
  if (defaultUsable && defaultProvider !== undefined) return route(defaultProvider, 'defaults.provider')
  const candidates = Object.keys(config.providers).filter(usable)
  if (candidates.length === 1) return route(candidates[0] as string, 'only-provider')
  const types = publisherTypes(modelId)
  const noType = types ? `no provider of type ${types.join(' or ')} is configured, ` : ''
  throw unrouted(
    config,
    modelId,
    scope.context,
    candidates.length === 0
      ? defaultProvider === undefined
        ? 'no provider is configured'
        : `${noType}${noDefault(defaultProvider)} and no other provider is configured`
      : `${noType}several providers are configured (${listNames(candidates)}) and ${noDefault(defaultProvider)}`,
    candidates[0],
    scope.replayDefaultSkipped
  )
}

/**
 * Why `defaults.provider` did not serve the id. It is either unset, or a replay provider that
 * `--record` and `onMiss: passthrough` skip to find the real provider behind it; saying "not set"
 * then would send the user to a setting that is already there.
 */
function noDefault(defaultProvider: string | undefined): string {
  return defaultProvider === undefined
    ? 'defaults.provider is not set'
    : `defaults.provider "${defaultProvider}" is a replay provider, which recording (--record) and ` +
        `onMiss: passthrough skip to find the real provider`
}

function unrouted(
  config: RoutingConfig,
  modelId: string,
  context: RouteContext,
  why: string,
  example: string | undefined,
  replayDefaultSkipped: boolean
): RoutingError {
  const where = context.promptFile ? ` (used by ${context.promptFile})` : ''
  const provider = example ?? '<provider name>'
  // With a replay default, pointing defaults.provider elsewhere would stop replaying: only a
  // models: route helps there.
  const orDefault = replayDefaultSkipped ? '' : 'or set defaults.provider to the provider that serves it.'
  return new RoutingError(
    `No provider for model "${modelId}"${where}: ${why}. Add a route to ${configFileOf(config) ?? 'the PromptGate config'}:\n` +
      `models:\n  "${modelId}":\n    provider: ${provider}\n    model: ${providerModelName(modelId)}` +
      (orDefault ? `\n${orDefault}` : '')
  )
}

function listNames(names: string[]): string {
  return names.length === 0 ? '(none configured)' : names.map(name => `"${name}"`).join(', ')
}

/** The default mapping as a Markdown table (README and `promptgate models`). */
export function defaultRoutingTable(): string {
  const rows: [string, string, string][] = [
    [
      'listed under `models:`',
      'the route’s `provider`',
      'the route’s `model`, else the id without `publisher/`'
    ],
    [
      'any id, when `defaults.provider` is a replay provider',
      'that replay provider (recording and passthrough use the route the id has without it)',
      'the name that route gives, so recording and replaying use the same key'
    ],
    [
      '`openai/*` (e.g. `openai/gpt-4o-mini`)',
      'the one provider of type `openai` or `azure-openai`, else `defaults.provider`, else the only provider',
      '`gpt-4o-mini` (Azure: the deployment name)'
    ],
    [
      '`anthropic/*` (e.g. `anthropic/claude-3-5-sonnet`)',
      'the one provider of type `anthropic`, else `defaults.provider`, else the only provider',
      '`claude-3-5-sonnet`'
    ],
    [
      'other publishers (`meta/`, `mistral-ai/`, `microsoft/`, `deepseek/`, `xai/`, `cohere/`…)',
      '`defaults.provider`, else the only provider',
      'id without `publisher/` (e.g. `llama-3.3-70b-instruct`)'
    ],
    ['bare id (e.g. `llama3.2`)', '`defaults.provider`, else the only provider', 'the id unchanged']
  ]
  return markdownTable(['Model id', 'Provider', 'Model name sent'], rows)
}

/** How each given id routes under a config: a table for `promptgate models` and errors up front. */
export function routingTable(modelIds: string[], config: RoutingConfig): string {
  const rows = modelIds.map((id): [string, string, string] => {
    try {
      const route = routeModel(id, config)
      return [`\`${id}\``, `${route.provider} (${route.rule})`, `\`${route.model}\``]
    } catch (error) {
      const first = errorMessage(error).split('\n')[0] ?? ''
      return [`\`${id}\``, 'unrouted', first]
    }
  })
  return markdownTable(['Model id', 'Provider (rule)', 'Model name sent'], rows)
}

function markdownTable(header: string[], rows: string[][]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|')
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n')
}
