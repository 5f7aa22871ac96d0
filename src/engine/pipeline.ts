// execute → score → compare → decide for a set of resolved suites. Loading (config, prompts,
// datasets) and detection (which suites a PR touched) happen before; rendering after. The CLI and
// the action both call runSuites, so a local `promptgate run --base main` and the PR bot agree.
import { runChecks, aggregateSample, unsupportedChecks } from '../checks/index.js'
import type { ChecksContext } from '../checks/types.js'
import type { Config } from '../config/schema.js'
import type { ResolvedSuite } from '../config/suites.js'
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, REPORT_SCHEMA_VERSION } from '../constants.js'
import type { CaseReport, RunReport, SuiteChange, SuiteReport } from '../core/report.js'
import type {
  CallRecord,
  CompletionRequest,
  CompletionResult,
  Judge,
  Message,
  ModelParameters,
  PromptDefinition,
  RepoFiles,
  SampleResult
} from '../core/types.js'
import { renderMessages } from '../prompts/index.js'
import { createProviders, type Env, type ProviderRegistry } from '../providers/registry.js'
import { providerModelName, routeModel, RoutingError } from '../providers/routing.js'
import { createRailsAsync, type Rails } from '../rails/index.js'
import { planExtraSamples, isDecided } from '../stats/adaptive.js'
import { flipOf, pairCases } from '../stats/compare.js'
import { priceVendorOf, type PriceVendor } from '../stats/cost.js'
import { isCompleted } from '../stats/summary.js'
import { decideOverall, decideSuite, type SuiteDecision } from '../stats/verdict.js'
import { PROMPTGATE_VERSION } from '../version.js'
import { DiskCache, nullCache, type ResponseCache } from './cache.js'
import type { ProgressSink } from './progress.js'
import {
  callRecord,
  completeCached,
  executeWork,
  planWork,
  type CallRoute,
  type EngineDeps,
  type SuitePlan,
  type WorkItem,
  type WorkTally
} from './run.js'

/** A suite to evaluate, with how the PR changed it. */
export interface SuiteToRun {
  suite: ResolvedSuite
  change: SuiteChange
  /** The base version's prompt; absent for added prompts and plain runs. */
  basePrompt?: PromptDefinition
  basePromptFile?: string
  /** Base samples from a stored baseline: the base side is then not re-run. */
  baseSamples?: SampleResult[]
}

/** A suite the PR removed: reported, never evaluated. */
export interface DeletedSuite {
  id: string
  promptFile: string
}

export interface RunOptions {
  configFile: string
  rootDir: string
  /** Absolute response cache directory (see configuredOutputPaths; RUNNER_TEMP on pull_request_target). */
  cacheDir: string
  record: boolean
  cache: boolean
  repeats?: number
  concurrency?: number
  git?: RunReport['git']
  notes?: string[]
}

export interface RunDeps {
  head: RepoFiles
  base?: RepoFiles
  env: Env
  progress: ProgressSink
  now: () => number
  onSecret?: (secret: string) => void
  onCall?: (record: CallRecord) => void
  /** Overrides for tests (e.g. a registry over a fake provider). */
  registry?: ProviderRegistry
}

/** defaults < prompt file < suite, per side: the base prompt's own parameters apply to base. */
export function parametersFor(
  config: Config,
  suite: ResolvedSuite,
  prompt: PromptDefinition
): ModelParameters {
  return { ...config.defaults?.modelParameters, ...prompt.modelParameters, ...suite.config.modelParameters }
}

/** Where a provider sends calls: a changed base URL or API version must not replay old answers. */
export function cacheScopeOf(config: Config, providerName: string): string {
  const provider = config.providers[providerName]
  if (!provider) return providerName
  const where = provider.type === 'replay' ? provider.cassette : (provider.baseUrl ?? '')
  const version = provider.type === 'azure-openai' ? (provider.apiVersion ?? '') : ''
  return [providerName, provider.type, where, version].join('|')
}

function createJudge(
  config: Config,
  registry: ProviderRegistry,
  calls: Pick<EngineDeps, 'cache' | 'readCache' | 'timeoutMs'>,
  onCall: RunDeps['onCall']
): ((item: WorkItem) => Judge) | undefined {
  if (!config.judge) return undefined
  const judgeConfig = config.judge
  // A pinned judge provider wins over the model id's route.
  const pinned = judgeConfig.provider ? registry.providers.get(judgeConfig.provider) : undefined
  if (judgeConfig.provider && !pinned) {
    throw new RoutingError(
      `judge.provider is "${judgeConfig.provider}", which is not under providers: use one of ${[...registry.providers.keys()].join(', ')}.`
    )
  }
  const { provider, model } = pinned
    ? { provider: pinned, model: providerModelName(judgeConfig.model) }
    : registry.resolve(judgeConfig.model)
  const route: CallRoute = { provider, providerModel: model, cacheScope: cacheScopeOf(config, provider.name) }
  // One judge per sample, so each judge call in the log names the case and side it graded.
  return item => ({
    model: judgeConfig.model,
    async complete(messages: Message[], params?: ModelParameters): Promise<CompletionResult> {
      const request: CompletionRequest = {
        model,
        messages,
        parameters: { temperature: judgeConfig.temperature ?? 0, ...params }
      }
      const { result, cacheHit } = await completeCached(route, request, 0, calls)
      onCall?.(callRecord(item, route, messages, result, cacheHit, { purpose: 'judge' }))
      return result
    }
  })
}

function caseReports(
  suite: ResolvedSuite,
  head: SampleResult[],
  base: SampleResult[] | undefined
): CaseReport[] {
  const headByCase = groupByCase(head)
  const baseByCase = base ? groupByCase(base) : undefined
  const pairs = base ? new Map(pairCases(base, head).map(p => [p.caseId, p])) : undefined
  return suite.cases.map(testCase => {
    const headSamples = headByCase.get(testCase.id) ?? []
    const baseSamples = baseByCase?.get(testCase.id)
    const pair = pairs?.get(testCase.id)
    return {
      id: testCase.id,
      vars: testCase.vars,
      expected: testCase.expected,
      source: testCase.source,
      derivedFrom: testCase.derivedFrom,
      head: headSamples,
      base: baseSamples,
      headPassRate: passRate(headSamples),
      basePassRate: baseSamples ? passRate(baseSamples) : undefined,
      flip: pair ? flipOf(pair) : undefined
    }
  })
}

function groupByCase(samples: SampleResult[]): Map<string, SampleResult[]> {
  const groups = new Map<string, SampleResult[]>()
  for (const sample of samples) {
    const group = groups.get(sample.caseId)
    if (group) group.push(sample)
    else groups.set(sample.caseId, [sample])
  }
  return groups
}

function passRate(samples: SampleResult[]): number | undefined {
  const completed = samples.filter(isCompleted)
  return completed.length === 0 ? undefined : completed.filter(s => s.pass).length / completed.length
}

export interface SuiteState {
  toRun: SuiteToRun
  plan: SuitePlan
  head: SampleResult[]
  base?: SampleResult[]
  adaptiveExtra: number
}

function decisionInput(config: Config, state: SuiteState) {
  return {
    base: state.base,
    head: state.head,
    thresholds: state.toRun.suite.thresholds,
    change: state.toRun.change,
    prices: config.prices,
    modelName: state.plan.route.providerModel,
    priceVendor: priceVendorFor(config, state.plan.route.provider.name, state.toRun.suite.modelId)
  }
}

/**
 * Whose list prices apply to a suite's calls: its provider's vendor; for a replay provider, the
 * vendor of the real provider it recorded from (the route the id has without replay).
 */
export function priceVendorFor(
  config: Config,
  providerName: string,
  modelId: string
): PriceVendor | undefined {
  const provider = config.providers[providerName]
  if (provider?.type !== 'replay') return priceVendorOf(provider)
  try {
    return priceVendorOf(config.providers[routeModel(modelId, config, { excludeReplay: true }).provider])
  } catch (error) {
    if (error instanceof RoutingError) return undefined
    throw error
  }
}

/** Evaluates the suites and decides every verdict; throws only for problems no report can carry. */
export async function runSuites(
  config: Config,
  suites: SuiteToRun[],
  deleted: DeletedSuite[],
  options: RunOptions,
  deps: RunDeps
): Promise<RunReport> {
  const startedAt = deps.now()
  const concurrency = options.concurrency ?? config.run?.concurrency ?? DEFAULT_CONCURRENCY
  const timeoutMs = config.run?.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const useCache = options.cache && config.run?.cache !== false
  const cache: ResponseCache = useCache ? new DiskCache(options.cacheDir) : nullCache
  const readCache = !options.record
  const registry =
    deps.registry ??
    (await createProviders(config, deps.env, {
      rootDir: options.rootDir,
      record: options.record,
      onSecret: deps.onSecret,
      defaultTimeoutMs: timeoutMs,
      maxSockets: concurrency
    }))
  const notes = [...(options.notes ?? [])]
  try {
    const needsRails = suites.some(s =>
      [...s.suite.checks, ...s.suite.cases.flatMap(c => c.checks)].some(c => c.type === 'rails')
    )
    const rails: Rails | undefined = needsRails
      ? await createRailsAsync(config.rails, { rootDir: options.rootDir })
      : undefined
    const judge = createJudge(config, registry, { cache, readCache, timeoutMs }, deps.onCall)

    const states: SuiteState[] = suites.map(toRun => {
      const { suite } = toRun
      const resolved = registry.resolve(suite.modelId, suite.prompt.file)
      // The base version runs the model it named: a PR that switches models is compared across them.
      const baseModelId = toRun.basePrompt
        ? (suite.config.model ?? toRun.basePrompt.model ?? config.defaults?.model ?? suite.modelId)
        : suite.modelId
      const baseResolved =
        baseModelId !== suite.modelId && toRun.basePrompt
          ? registry.resolve(baseModelId, toRun.basePrompt.file)
          : undefined
      const repeats = options.repeats ?? suite.sampling.repeats ?? 1
      const plan: SuitePlan = {
        id: suite.id,
        route: {
          provider: resolved.provider,
          providerModel: resolved.model,
          cacheScope: cacheScopeOf(config, resolved.route.provider)
        },
        baseRoute: baseResolved && {
          provider: baseResolved.provider,
          providerModel: baseResolved.model,
          cacheScope: cacheScopeOf(config, baseResolved.route.provider)
        },
        head: suite.prompt,
        base: toRun.baseSamples ? undefined : toRun.basePrompt,
        cases: suite.cases,
        checks: suite.checks,
        repeats,
        stream: streamFor(config, resolved.route.provider),
        parameters: side =>
          parametersFor(config, suite, side === 'base' && toRun.basePrompt ? toRun.basePrompt : suite.prompt)
      }
      return {
        toRun,
        plan,
        head: [],
        base: toRun.baseSamples ? [...toRun.baseSamples] : undefined,
        adaptiveExtra: 0
      }
    })

    for (const state of states) {
      const unavailable = (state.plan.route.provider as { unavailable?: string }).unavailable
      if (unavailable) throw new Error(unavailable)
    }

    const checkFor = async (
      output: string,
      item: WorkItem,
      messages: Message[],
      prompt: PromptDefinition
    ) => {
      const context: ChecksContext = {
        testCase: item.testCase,
        prompt,
        messages,
        rootDir: options.rootDir,
        judge: judge?.(item),
        rails,
        files: item.side === 'base' && deps.base ? deps.base : deps.head
      }
      return runChecks(output, [...item.suite.checks, ...item.testCase.checks], context)
    }

    const tally: WorkTally = { done: 0, total: 0, failed: 0, cached: 0, startedAt: deps.now() }
    const engineDeps = {
      cache,
      readCache,
      progress: deps.progress,
      now: deps.now,
      concurrency,
      timeoutMs,
      deadlineAt: config.run?.deadlineMs !== undefined ? startedAt + config.run.deadlineMs : undefined,
      render: renderMessages,
      check: checkFor,
      aggregate: aggregateSample,
      onCall: deps.onCall
    }

    const initial = planWork(states.map(s => s.plan))
    tally.total = initial.length
    deps.progress.start(initial.length, 'promptgate')
    const results = await executeWork(initial, engineDeps, tally)
    const stateOf = new Map(states.map(s => [s.plan, s]))
    results.forEach((sample, index) => {
      const state = stateOf.get((initial[index] as WorkItem).suite) as SuiteState
      if (sample.side === 'base') (state.base ??= []).push(sample)
      else state.head.push(sample)
    })

    await adaptiveRounds(config, states, engineDeps, tally)
    deps.progress.finish({ ...tally, elapsedMs: deps.now() - tally.startedAt })

    const suiteReports: SuiteReport[] = states.map(state =>
      suiteReport(state, decideSuite(decisionInput(config, state)))
    )
    for (const gone of deleted) {
      suiteReports.push({
        id: gone.id,
        change: 'deleted',
        promptFile: gone.promptFile,
        model: '–',
        provider: '–',
        verdict: 'skipped',
        reason: `The prompt ${gone.promptFile} was deleted in this change; nothing to evaluate.`,
        budgets: [],
        cases: [],
        unsupportedChecks: [],
        calls: { made: 0, cached: 0, failed: 0, adaptiveExtra: 0, saved: 0 }
      })
    }
    const overall = decideOverall(suiteReports)
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'promptgate', version: PROMPTGATE_VERSION },
      configId: config.id ?? 'default',
      configFile: options.configFile,
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(deps.now()).toISOString(),
      git: options.git,
      verdict: overall.verdict,
      reason: overall.reason,
      suites: suiteReports,
      missingSecrets: [],
      notes,
      run: { concurrency, durationMs: deps.now() - startedAt }
    }
  } finally {
    // Responses already paid for are kept even when the run fails part-way.
    await cache.flush()
    if (!deps.registry) await registry.close()
  }
}

function streamFor(config: Config, providerName: string): boolean | undefined {
  const provider = config.providers[providerName]
  return provider && provider.type !== 'replay' ? provider.stream : undefined
}

/**
 * Extra samples only where the verdict is still open: the stats module picks the cases, the
 * engine runs them in rounds until the verdict is decided or the call budget is spent.
 */
async function adaptiveRounds(
  config: Config,
  states: SuiteState[],
  engineDeps: Parameters<typeof executeWork>[1],
  tally: WorkTally
): Promise<void> {
  for (;;) {
    const round: WorkItem[] = []
    for (const state of states) {
      const budget = extraCallBudget(config, state) - state.adaptiveExtra
      if (budget <= 0) continue
      const input = decisionInput(config, state)
      if (isDecided(input)) continue
      const byCase = new Map(state.plan.cases.map(c => [c.id, c]))
      for (const extra of planExtraSamples(input, budget)) {
        const testCase = byCase.get(extra.caseId)
        if (!testCase || (extra.side === 'base' && !state.plan.base)) continue
        const sides = extra.side === 'base' ? state.base : state.head
        const repeat = (sides ?? []).filter(s => s.caseId === extra.caseId).length
        round.push({ suite: state.plan, testCase, side: extra.side, repeat })
      }
    }
    if (round.length === 0) return
    tally.total += round.length
    engineDeps.progress.extend(round.length, tally.total)
    const samples = await executeWork(round, engineDeps, tally)
    const stateOf = new Map(states.map(s => [s.plan, s]))
    samples.forEach((sample, index) => {
      const state = stateOf.get((round[index] as WorkItem).suite) as SuiteState
      state.adaptiveExtra++
      if (sample.side === 'base') (state.base ??= []).push(sample)
      else state.head.push(sample)
    })
  }
}

/**
 * Extra calls adaptive sampling may spend on a suite. Default twice its cases: the verdict
 * benchmark shows that without it most no-change PRs on a 200-case suite end inconclusive. A
 * replay provider gets none by default: a cassette only holds the samples it recorded.
 */
export function extraCallBudget(config: Config, state: SuiteState): number {
  const sampling = state.toRun.suite.sampling
  // Extra samples go to both sides of a case; a stored baseline cannot grow its side.
  if (sampling.adaptive === false || state.toRun.baseSamples) return 0
  if (sampling.maxExtraCalls !== undefined) return sampling.maxExtraCalls
  const provider = config.providers[state.plan.route.provider.name]
  return provider?.type === 'replay' ? 0 : 2 * state.plan.cases.length
}

function suiteReport(state: SuiteState, decision: SuiteDecision): SuiteReport {
  const { suite, change } = state.toRun
  const all = [...state.head, ...(state.base ?? [])]
  // Stored baseline samples were not run here: they count as saved calls only.
  const stored = new Set(state.toRun.baseSamples)
  const ran = all.filter(s => !stored.has(s))
  const cached = ran.filter(s => s.cacheHit).length
  return {
    id: suite.id,
    change,
    promptFile: suite.prompt.file,
    basePromptFile: state.toRun.basePromptFile,
    model: suite.modelId,
    provider: state.plan.route.provider.name,
    verdict: decision.verdict,
    reason: decision.reason,
    needs: decision.needs,
    head: decision.head,
    base: decision.base,
    comparison: decision.comparison,
    budgets: decision.budgets,
    cases: caseReports(suite, state.head, state.base),
    unsupportedChecks: unsupportedChecks(state.head.flatMap(s => s.checks)),
    calls: {
      made: ran.filter(s => !s.cacheHit && !s.error).length,
      cached,
      failed: ran.filter(s => s.error).length,
      adaptiveExtra: state.adaptiveExtra,
      saved: cached + stored.size
    }
  }
}
