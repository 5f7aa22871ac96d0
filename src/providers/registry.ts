// Builds the configured providers and resolves model ids to them. Keys come only from the
// environment variables the config names; each key is handed to `onSecret` (the action masks it
// with core.setSecret) and to nothing that logs.
import { configFileOf } from '../config/load.js'
import { resolveConfigPath } from '../config/paths.js'
import type { ProviderConfig } from '../config/schema.js'
import type { Provider } from '../core/types.js'
import { AnthropicProvider } from './anthropic.js'
import type { HttpProviderOptions } from './common.js'
import type { SleepFn } from './http.js'
import { OpenAIProvider } from './openai.js'
import { FeatureHttpProvider } from './feature-http.js'
import { FeatureExecProvider } from './feature-exec.js'
import {
  Cassette,
  CassetteRecorder,
  cassetteMustExist,
  ReplayProvider,
  type CassetteFiles
} from './replay.js'
import { routeModel, type ModelRoute, type RoutingConfig } from './routing.js'

export type Env = Record<string, string | undefined>

export interface RegistryOptions {
  /** Cassette paths in the config are relative to it (default: the working directory). */
  rootDir?: string
  /** `--record`: models routed to a replay provider call the real provider and record into its cassette. */
  record?: boolean
  /** Called once with each API key found, e.g. core.setSecret, so logs mask it. */
  onSecret?(value: string): void
  /** `run.timeoutMs`, for providers that set no `timeoutMs`. */
  defaultTimeoutMs?: number
  /** Sockets per host; at least the run's concurrency (default: unlimited). */
  maxSockets?: number
  sleep?: SleepFn
  random?: () => number
  now?: () => number
  cassetteFiles?: CassetteFiles
}

export interface ResolvedModel {
  provider: Provider
  /** The model name to put in CompletionRequest.model. */
  model: string
  route: ModelRoute
}

export interface ProviderRegistry {
  /** Providers by config name (replay providers included). */
  readonly providers: ReadonlyMap<string, Provider>
  /** Provider and model name for a model id; throws RoutingError naming the fix. */
  resolve(modelId: string, promptFile?: string): ResolvedModel
  /** Writes recorded cassettes, then closes every provider (destroys keep-alive sockets). */
  close(): Promise<void>
}

export interface MissingSecret {
  provider: string
  envVar: string
}

/** The environment variable holding a provider's key; undefined when it needs none. */
export function apiKeyEnvOf(config: ProviderConfig): string | undefined {
  switch (config.type) {
    case 'openai':
      return config.apiKeyEnv ?? 'OPENAI_API_KEY'
    case 'azure-openai':
      return config.apiKeyEnv ?? 'AZURE_OPENAI_API_KEY'
    case 'anthropic':
      return config.apiKeyEnv ?? 'ANTHROPIC_API_KEY'
    case 'openai-compatible':
      return config.apiKeyEnv
    case 'replay':
    case 'http':
    case 'exec':
      return undefined
  }
}

/** An empty value counts as missing: Actions passes secrets to fork PRs as empty strings. */
function keyFrom(env: Env, envVar: string | undefined): string | undefined {
  const value = envVar === undefined ? undefined : env[envVar]
  return value === undefined || value === '' ? undefined : value
}

/**
 * Providers whose key is absent, for the fork policy (gate.onMissingSecret). With `modelIds`, only
 * providers those models actually call count: a replay route needs the real provider's key only
 * when recording or with `onMiss: passthrough`.
 */
export function missingSecrets(
  config: RoutingConfig,
  env: Env,
  options: { modelIds?: string[]; record?: boolean } = {}
): MissingSecret[] {
  const names = options.modelIds
    ? usedProviders(config, options.modelIds, options.record ?? false)
    : undefined
  const missing: MissingSecret[] = []
  for (const [name, provider] of Object.entries(config.providers)) {
    if (names && !names.has(name)) continue
    const envVar = apiKeyEnvOf(provider)
    if (envVar !== undefined && keyFrom(env, envVar) === undefined) missing.push({ provider: name, envVar })
  }
  return missing
}

function usedProviders(config: RoutingConfig, modelIds: string[], record: boolean): Set<string> {
  const names = new Set<string>()
  for (const modelId of modelIds) {
    let route: ModelRoute
    try {
      route = routeModel(modelId, config)
    } catch {
      continue // an unrouted model is reported by resolve(), not as a missing secret
    }
    const provider = config.providers[route.provider]
    if (provider?.type !== 'replay') {
      names.add(route.provider)
      continue
    }
    if (!record && provider.onMiss !== 'passthrough') continue
    try {
      names.add(routeModel(modelId, config, { excludeReplay: true }).provider)
    } catch {
      // no real provider behind the replay: nothing needs a key
    }
  }
  return names
}

export async function createProviders(
  config: RoutingConfig,
  env: Env,
  options: RegistryOptions = {}
): Promise<ProviderRegistry> {
  const record = options.record ?? false
  refuseRecordWithoutReplay(config, record)
  const providers = new Map<string, Provider>()
  const cassettes = new Map<string, Cassette>()
  const built = { env, options, rootDir: options.rootDir ?? process.cwd(), record }
  for (const [name, provider] of Object.entries(config.providers)) {
    if (provider.type === 'replay') {
      const cassette = await loadCassette(config, name, provider, built)
      cassettes.set(name, cassette)
      providers.set(name, new ReplayProvider(name, cassette, { onMiss: provider.onMiss }))
    } else {
      providers.set(name, liveProvider(name, provider, built))
    }
  }
  const views = replayViews(config, cassettes, record)
  return {
    providers,
    resolve: (modelId, promptFile) => resolveModel(config, providers, views, { modelId, promptFile, record }),
    async close() {
      const flushed = await Promise.allSettled(views.recorders.map(recorder => recorder.close()))
      await Promise.allSettled([...providers.values()].map(provider => provider.close?.()))
      const failure = flushed.find(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected'
      )
      if (failure) throw failure.reason
    }
  }
}

function refuseRecordWithoutReplay(config: RoutingConfig, record: boolean): void {
  if (record && !Object.values(config.providers).some(provider => provider.type === 'replay')) {
    throw new Error(
      `--record needs a provider of type replay in ${configFileOf(config) ?? 'the PromptGate config'}: its cassette is where the ` +
        'recordings go, e.g. providers: { recorded: { type: replay, cassette: .promptgate/cassette.jsonl } } ' +
        'with defaults.provider: recorded.'
    )
  }
}

/** What building a provider needs besides its config. */
interface BuildContext {
  env: Env
  options: RegistryOptions
  rootDir: string
  record: boolean
}

type ReplayConfig = Extract<ProviderConfig, { type: 'replay' }>

function loadCassette(
  config: RoutingConfig,
  name: string,
  provider: ReplayConfig,
  { options, rootDir, record }: BuildContext
): Promise<Cassette> {
  // Confined like every path the config names: a PR's config must not read files outside the checkout.
  const path = resolveConfigPath(
    rootDir,
    provider.cassette,
    `providers.${name}.cassette`,
    configFileOf(config) ?? 'the PromptGate config'
  )
  const mustExist = cassetteMustExist(provider, record)
  return Cassette.load(path, provider.cassette, { mustExist, files: options.cassetteFiles })
}

/** A provider that answers itself: the team's endpoint, a command, or a model API with its key. */
function liveProvider(
  name: string,
  provider: Exclude<ProviderConfig, ReplayConfig>,
  { env, options, rootDir }: BuildContext
): Provider {
  const { defaultTimeoutMs, now } = options
  if (provider.type === 'http') {
    return new FeatureHttpProvider(provider, { name, env, defaultTimeoutMs, onSecret: options.onSecret, now })
  }
  if (provider.type === 'exec')
    return new FeatureExecProvider(provider, { name, rootDir, env, defaultTimeoutMs, now })
  const apiKeyEnv = apiKeyEnvOf(provider)
  const apiKey = keyFrom(env, apiKeyEnv)
  if (apiKey !== undefined) options.onSecret?.(apiKey)
  const httpOptions: HttpProviderOptions = {
    name,
    apiKey,
    apiKeyEnv,
    defaultTimeoutMs,
    maxSockets: options.maxSockets,
    sleep: options.sleep,
    random: options.random,
    now
  }
  return provider.type === 'anthropic'
    ? new AnthropicProvider(provider, httpOptions)
    : new OpenAIProvider(provider, httpOptions)
}

/** Replay and record views per (replay provider, real provider) pair, built on first use. */
interface ReplayViews {
  viewFor(replayName: string, real: Provider | undefined): Provider
  /** The recorders made so far: each writes its cassette on close. */
  readonly recorders: CassetteRecorder[]
}

function replayViews(
  config: RoutingConfig,
  cassettes: ReadonlyMap<string, Cassette>,
  record: boolean
): ReplayViews {
  const views = new Map<string, Provider>()
  const recorders: CassetteRecorder[] = []
  const viewFor = (replayName: string, real: Provider | undefined): Provider => {
    const id = `${replayName}\u0000${real?.name ?? ''}`
    let view = views.get(id)
    if (!view) {
      const cassette = cassettes.get(replayName) as Cassette
      const replayConfig = config.providers[replayName] as ReplayConfig
      if (record && real) {
        const recorder = new CassetteRecorder(real, cassette, { name: replayName })
        recorders.push(recorder)
        view = recorder
      } else {
        view = new ReplayProvider(replayName, cassette, { onMiss: replayConfig.onMiss, passthrough: real })
      }
      views.set(id, view)
    }
    return view
  }
  return { viewFor, recorders }
}

/** A model id's provider and model name; a replay route answers through its view of the real route. */
function resolveModel(
  config: RoutingConfig,
  providers: ReadonlyMap<string, Provider>,
  views: ReplayViews,
  call: { modelId: string; promptFile?: string; record: boolean }
): ResolvedModel {
  const { modelId, promptFile, record } = call
  const route = routeModel(modelId, config, { promptFile })
  const provider = providers.get(route.provider) as Provider
  if (provider.kind !== 'replay') return { provider, model: route.model, route }
  let real: ModelRoute | undefined
  try {
    real = routeModel(modelId, config, { promptFile, excludeReplay: true })
  } catch (error) {
    if (record) throw error
  }
  // The model name must be the same when recording and replaying, or every key would miss:
  // take it from the real route unless the replay route names it explicitly.
  const explicit = route.rule === 'models' && config.models?.[modelId]?.model !== undefined
  const model = explicit || !real ? route.model : real.model
  return { provider: views.viewFor(route.provider, real && providers.get(real.provider)), model, route }
}
