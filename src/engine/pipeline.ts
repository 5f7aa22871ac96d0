// execute → score → compare → decide for a set of resolved suites. Loading (config, prompts,
// datasets) and detection (which suites a PR touched) happen before; rendering after. The CLI and
// the action both call runSuites, so a local `promptgate run --base main` and the PR bot agree.
import { runChecks, aggregateSample, unsupportedChecks } from '../checks/index.js'
import type { ChecksContext } from '../checks/types.js'
import type { Config } from '../config/schema.js'
import { suiteSide, type ResolvedSuite, type SuiteSide } from '../config/suites.js'
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, REPORT_SCHEMA_VERSION } from '../constants.js'
import type {
  CaseReport,
  ChaosReport,
  ProviderHealth,
  RunReport,
  SuiteChange,
  SuiteReport
} from '../core/report.js'
import type {
  CallRecordSink,
  CompletionRequest,
  CompletionResult,
  Judge,
  Message,
  ModelParameters,
  PromptDefinition,
  Provider,
  RepoFiles,
  SampleResult,
  TestCase
} from '../core/types.js'
import { renderCase } from '../prompts/index.js'
import { createProviders, type Env, type ProviderRegistry } from '../providers/registry.js'
import { pinnedJudgeProblem, providerModelName, routeModel, RoutingError } from '../providers/routing.js'
import { createRailsAsync, type Rails } from '../rails/index.js'
import {
  extraCallBudget as samplingBudget,
  observedCostPerCall,
  sampleUntilDecided,
  type ExtraSample
} from '../stats/adaptive.js'
import { flipOf, type CaseJoin } from '../stats/compare.js'
import { priceVendorOf, type PriceVendor } from '../stats/cost.js'
import { SINGLE_LOOK, type Look } from '../stats/sequential.js'
import { DEFAULT_OUTAGE_POLICY } from '../stats/outage.js'
import { decideOverall, decideSuite, type DecideInput, type SuiteDecision } from '../stats/verdict.js'
import { PROMPTGATE_VERSION } from '../version.js'
import { applyAcceptLabel } from './accept.js'
import { DiskCache, nullCache, type ResponseCache } from './cache.js'
import { startDeadline, type RunDeadline } from './deadline.js'
import { chaosBudgetMs, runChaosScenarios, startSuiteProxy } from './chaos.js'
import type { ChaosProxy } from '../chaos/proxy.js'
import type { ChaosConfig } from '../config/chaos-schema.js'
import { deadlineNote, outageNotes, throttlingNote } from './run-notes.js'
import type { ProgressSink } from './progress.js'
import {
  callRecord,
  completeCached,
  executeWork,
  failureOf,
  planWork,
  routeFor,
  type CallRoute,
  type EngineDeps,
  type SuitePlan,
  type WorkItem,
  type WorkTally
} from './run.js'
import type * as RobustnessModule from './robustness.js'
import type { RobustnessPlan } from './robustness.js'
import { combineWithRobustness } from '../stats/robustness.js'
import { logStoredBaselines } from './baseline.js'

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
  /** Epoch ms the report's duration counts from (the action counts its own loading); default: the run's start. */
  durationFrom?: number
  /** The PR's labels and the accept label: a known regression passes when a maintainer set it. */
  accept?: { labels: readonly string[]; label: string }
  /** Derive robustness variants from every case instead of a sample (runs that are not pull requests). */
  robustnessAllCases?: boolean
}

export interface RunDeps {
  head: RepoFiles
  base?: RepoFiles
  env: Env
  progress: ProgressSink
  now: () => number
  onSecret?: (secret: string) => void
  /** Receives every call record (see callRecordSink); the JSONL log in the CLI and the action. */
  onCall?: CallRecordSink
  /** Overrides for tests (e.g. a registry over a fake provider). */
  registry?: ProviderRegistry
  /**
   * Wraps every provider a call goes through, prompt and judge alike (a fault-injecting proxy).
   * The wrapper keeps the provider's name, kind and `unavailable`.
   */
  wrapProvider?: (provider: Provider) => Provider
  /** Derives a suite's cases from its loaded ones (see expandSuites); default: as loaded. */
  expandCases?: CaseExpander
  /** Lines for the log before the run starts (e.g. how many robustness variants will run). */
  log?: (line: string) => void
}

/** The cases a suite runs, from the suite as loaded (e.g. plus robustness variants of each). */
export type CaseExpander = (suite: ResolvedSuite) => TestCase[]

/** Where a provider sends calls: a changed base URL or API version must not replay old answers. */
export function cacheScopeOf(config: Config, providerName: string): string {
  const provider = config.providers[providerName]
  if (!provider) return providerName
  const where =
    provider.type === 'replay'
      ? provider.cassette
      : provider.type === 'http'
        ? [provider.url, provider.baseVersionUrl ?? ''].join(' ')
        : provider.type === 'exec'
          ? [...provider.command, provider.cwd ?? '', provider.baseVersionCwd ?? ''].join(' ')
          : (provider.baseUrl ?? '')
  const version = provider.type === 'azure-openai' ? (provider.apiVersion ?? '') : ''
  return [providerName, provider.type, where, version].join('|')
}

/** A judge model's route: a pinned provider wins over the model id's route. */
function judgeRoute(
  config: Config,
  registry: ProviderRegistry,
  judge: { model: string; provider?: string },
  key: string,
  deps: RunDeps
): CallRoute {
  const problem = pinnedJudgeProblem(config, judge, key)
  if (problem) throw new RoutingError(problem)
  const pinned = judge.provider ? registry.providers.get(judge.provider) : undefined
  const { provider, model } = pinned
    ? { provider: pinned, model: providerModelName(judge.model) }
    : registry.resolve(judge.model)
  return callRoute(provider, model, cacheScopeOf(config, provider.name), deps)
}

function createJudge(
  config: Config,
  registry: ProviderRegistry,
  calls: Pick<EngineDeps, 'cache' | 'readCache' | 'timeoutMs' | 'deadline'>,
  onCall: CallRecordSink,
  deps: RunDeps
): ((item: WorkItem) => Judge) | undefined {
  if (!config.judge) return undefined
  const judgeConfig = config.judge
  const primary = judgeRoute(config, registry, judgeConfig, 'judge', deps)
  const fallback =
    judgeConfig.fallback && judgeRoute(config, registry, judgeConfig.fallback, 'judge.fallback', deps)
  // One judge per sample, so each judge call in the log names the case and side it graded.
  return item => {
    const ask = async (route: CallRoute, messages: Message[], params?: ModelParameters) => {
      const request: CompletionRequest = {
        model: route.providerModel,
        messages,
        parameters: { temperature: judgeConfig.temperature ?? 0, ...params }
      }
      const judged = { purpose: 'judge', parameters: request.parameters } as const
      const startedAt = deps.now()
      try {
        const { result, cacheHit } = await completeCached(route, request, 0, calls)
        onCall(callRecord(item, route, messages, result, cacheHit, judged))
        return result
      } catch (error) {
        const failedAfterMs = deps.now() - startedAt
        onCall(
          callRecord(item, route, messages, undefined, false, {
            ...failureOf(error),
            ...judged,
            failedAfterMs
          })
        )
        throw error
      }
    }
    return {
      model: judgeConfig.model,
      async complete(messages: Message[], params?: ModelParameters): Promise<CompletionResult> {
        if (!fallback) return ask(primary, messages, params)
        // A judge outage must not leave every graded check undecided: ask the fallback judge.
        try {
          return await ask(primary, messages, params)
        } catch (primaryError) {
          try {
            return await ask(fallback, messages, params)
          } catch (fallbackError) {
            const first = failureOf(primaryError).error
            const second = failureOf(fallbackError).error
            throw new Error(`judge failed: ${first}; judge.fallback failed too: ${second}`)
          }
        }
      }
    }
  }
}

/** The report's case rows, in the suite's order, from the decision's one join of the samples. */
function caseReports(suite: ResolvedSuite, joined: CaseJoin): CaseReport[] {
  return suite.cases.map(testCase => {
    const samples = joined.cases.get(testCase.id)
    const { headTally, baseTally, pair } = samples ?? {}
    return {
      id: testCase.id,
      vars: testCase.vars,
      expected: testCase.expected,
      source: testCase.source,
      derivedFrom: testCase.derivedFrom,
      head: samples?.head ?? [],
      base: samples?.base,
      headPassRate: headTally ? headTally.passes / headTally.n : undefined,
      basePassRate: samples?.base ? (baseTally ? baseTally.passes / baseTally.n : undefined) : undefined,
      flip: pair ? flipOf(pair) : undefined
    }
  })
}

export interface SuiteState {
  toRun: SuiteToRun
  plan: SuitePlan
  /** The fault × outcome matrix, for a suite with a `chaos:` block. */
  chaos?: ChaosReport
  head: SampleResult[]
  base?: SampleResult[]
  adaptiveExtra: number
  /** The look of adaptive sampling the verdict is read at. */
  look: Look
  sampling?: SuiteReport['sampling']
  /** The suite's robustness variants, run beside its cases with their own statistics. */
  robustness?: RobustnessPlan
}

/** Temperature 0 on every side that runs: identical repeats then mean the case cannot vary. */
function isDeterministic(plan: SuitePlan): boolean {
  const sides = plan.base ? (['base', 'head'] as const) : (['head'] as const)
  return sides.every(side => plan.parameters(side).temperature === 0)
}

function decisionInput(config: Config, state: SuiteState): DecideInput {
  return {
    base: state.base,
    head: state.head,
    thresholds: state.toRun.suite.thresholds,
    change: state.toRun.change,
    prices: config.prices,
    modelName: state.plan.route.providerModel,
    look: state.look,
    deterministic: isDeterministic(state.plan),
    promptFile: state.toRun.suite.prompt.file,
    priceVendor: priceVendorFor(config, state.plan.route.provider.name, state.toRun.suite.modelId),
    outage: {
      policy: config.gate?.onProviderOutage ?? DEFAULT_OUTAGE_POLICY,
      providerOf: side => routeFor(state.plan, side).provider.name
    },
    // Known once the fault scenarios ran, after the adaptive rounds (executeSuites).
    ...(state.chaos ? { chaos: state.chaos } : {})
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

/** Cases whose own input trips the rails: their answers are the likeliest to leak. */
function casesNearViolation(suite: ResolvedSuite, rails: Rails | undefined): Set<string> {
  const near = new Set<string>()
  if (!rails) return near
  for (const testCase of suite.cases) {
    const text = Object.values(testCase.vars)
      .map(v => (typeof v === 'string' ? v : JSON.stringify(v)))
      .join('\n')
    if (rails.validate(text).violations.length > 0) near.add(testCase.id)
  }
  return near
}

/** How calls are made in this run: from the config, with the CLI's overrides. */
interface CallSettings {
  concurrency: number
  timeoutMs: number
  cache: ResponseCache
  /** False when recording a cassette: every call must reach the provider to be recorded. */
  readCache: boolean
}

function callSettings(config: Config, options: RunOptions): CallSettings {
  const useCache = options.cache && config.run?.cache !== false
  return {
    concurrency: options.concurrency ?? config.run?.concurrency ?? DEFAULT_CONCURRENCY,
    timeoutMs: config.run?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cache: useCache ? new DiskCache(options.cacheDir) : nullCache,
    readCache: !options.record
  }
}

/**
 * Evaluates the suites and decides every verdict; throws only for problems no report can carry.
 * The steps: expand the cases → plan each suite's routes → execute (with adaptive rounds) →
 * decide and build the report.
 */
export async function runSuites(
  config: Config,
  suites: SuiteToRun[],
  deleted: DeletedSuite[],
  options: RunOptions,
  deps: RunDeps
): Promise<RunReport> {
  const startedAt = deps.now()
  const settings = callSettings(config, options)
  const registry =
    deps.registry ??
    (await createProviders(config, deps.env, {
      rootDir: options.rootDir,
      record: options.record,
      onSecret: deps.onSecret,
      defaultTimeoutMs: settings.timeoutMs,
      maxSockets: settings.concurrency
    }))
  // run.deadlineMs: calls in flight are aborted when it passes, later ones are not started.
  const deadline: RunDeadline | undefined =
    config.run?.deadlineMs !== undefined ? startDeadline(config.run.deadlineMs) : undefined
  const proxies = new Map<SuiteState, ChaosProxy>()
  try {
    const expanded = expandSuites(suites, deps.expandCases)
    const rails = await railsFor(config, expanded, options)
    const engineDeps = await engineDepsFor(config, rails, registry, settings, options, deps, deadline)
    const states = expanded.map(toRun => planSuite(config, toRun, registry, options, deps))
    await planVariants(states, options, deps)
    refuseUnavailable(states)
    logStoredBaselines(states, engineDeps.onCall)
    await startChaosProxies(states, registry, proxies)
    await executeSuites(config, states, engineDeps, rails, { proxies, timeoutMs: settings.timeoutMs })
    await judgeVariantsByModel(config, states, registry, { ...settings, deadline }, deps)
    return buildReport(config, states, deleted, options, settings.concurrency, {
      startedAt,
      finishedAt: deps.now(),
      deadline,
      registry
    })
  } finally {
    deadline?.dispose()
    await Promise.all([...proxies.values()].map(proxy => proxy.close()))
    // Responses already paid for are kept even when the run fails part-way.
    await settings.cache.flush()
    if (!deps.registry) await registry.close()
  }
}

/**
 * Seam for derived cases: the one place between load and execute where a suite's cases can grow
 * (robustness variants). Everything after (plans, rails, reports) sees the expanded cases.
 */
export function expandSuites(suites: SuiteToRun[], expand: CaseExpander | undefined): SuiteToRun[] {
  if (!expand) return suites
  return suites.map(toRun => ({ ...toRun, suite: { ...toRun.suite, cases: expand(toRun.suite) } }))
}

/**
 * Robustness variants enter beside the expanded cases, not inside them: they run as a second plan
 * per suite (same routes, cache and checks that still apply, a canary prompt when configured) so
 * they never count in the pass rate, budgets or the unjudged share, and are gated on their own.
 * The variant count is logged before any call.
 */
async function planVariants(states: SuiteState[], options: RunOptions, deps: RunDeps): Promise<void> {
  if (!states.some(state => state.toRun.suite.robustness)) return
  const { planRobustness } = await loadRobustness()
  for (const state of states) {
    state.robustness = planRobustness(state.toRun.suite, state.plan, options.robustnessAllCases === true)
    if (state.robustness) deps.log?.(state.robustness.expansion.summary)
  }
}

/**
 * engine/robustness.ts with the variant generators, corpora and detectors behind it (130 KB of the
 * bundle, a tenth of what a run parses) is imported only when a suite has a robustness block.
 */
let robustnessModule: typeof RobustnessModule | undefined
async function loadRobustness(): Promise<typeof RobustnessModule> {
  robustnessModule ??= await import('./robustness.js')
  return robustnessModule
}

/** The module that made a suite's variant plan: loaded before any plan exists (planVariants). */
function plannedRobustness(): typeof RobustnessModule {
  if (!robustnessModule) throw new Error('a robustness plan exists but engine/robustness.js was not loaded')
  return robustnessModule
}

/**
 * robustness.judge: variant answers the detectors cannot settle go to the run's judge (the same
 * factory as graded checks: cached, logged through onCall, under the deadline, with its fallback).
 */
async function judgeVariantsByModel(
  config: Config,
  states: SuiteState[],
  registry: ProviderRegistry,
  calls: Pick<EngineDeps, 'cache' | 'readCache' | 'timeoutMs' | 'deadline' | 'concurrency'>,
  deps: RunDeps
): Promise<void> {
  const wanted = states.filter(s => s.robustness?.config.judge === true)
  if (wanted.length === 0) return
  const judgeFor = createJudge(config, registry, calls, callRecordSink(deps), deps)
  if (!judgeFor) return
  for (const state of wanted) {
    const robust = state.robustness as RobustnessPlan
    await plannedRobustness().consultModelJudge(
      robust,
      { head: state.head, base: state.base },
      judgeFor,
      calls.concurrency
    )
  }
}

/** Seam for a fault-injecting proxy: every route, prompt or judge, is built here. */
function callRoute(provider: Provider, providerModel: string, cacheScope: string, deps: RunDeps): CallRoute {
  return { provider: deps.wrapProvider ? deps.wrapProvider(provider) : provider, providerModel, cacheScope }
}

/** Routes, prompts and parameters of both sides of one suite. */
function planSuite(
  config: Config,
  toRun: SuiteToRun,
  registry: ProviderRegistry,
  options: RunOptions,
  deps: RunDeps
): SuiteState {
  const { suite } = toRun
  const headSide = suiteSide(config, suite)
  // The base version runs the model it named: a PR that switches models is compared across them.
  const baseSide = toRun.basePrompt ? suiteSide(config, suite, toRun.basePrompt) : headSide
  const routeOf = (side: SuiteSide) => {
    const resolved = registry.resolve(side.modelId, side.prompt.file)
    const scope = cacheScopeOf(config, resolved.route.provider)
    return { route: callRoute(resolved.provider, resolved.model, scope, deps), name: resolved.route.provider }
  }
  const head = routeOf(headSide)
  const plan: SuitePlan = {
    id: suite.id,
    route: head.route,
    baseRoute: baseSide.modelId !== headSide.modelId ? routeOf(baseSide).route : undefined,
    head: suite.prompt,
    base: toRun.baseSamples ? undefined : toRun.basePrompt,
    cases: suite.cases,
    checks: suite.checks,
    repeats: options.repeats ?? suite.sampling.repeats ?? 1,
    stream: streamFor(config, head.name),
    parameters: side => (side === 'base' ? baseSide : headSide).parameters
  }
  const base = toRun.baseSamples ? [...toRun.baseSamples] : undefined
  return { toRun, plan, head: [], base, adaptiveExtra: 0, look: SINGLE_LOOK }
}

/** A provider that cannot serve any call (a missing cassette) stops the run before it spends any. */
function refuseUnavailable(states: SuiteState[]): void {
  for (const state of states) {
    const unavailable = state.plan.route.provider.unavailable
    if (unavailable) throw new Error(unavailable)
  }
}

/** The safety rails, built once when any suite's checks use them. */
async function railsFor(
  config: Config,
  suites: SuiteToRun[],
  options: RunOptions
): Promise<Rails | undefined> {
  const needsRails = suites.some(s =>
    [...s.suite.checks, ...s.suite.cases.flatMap(c => c.checks)].some(c => c.type === 'rails')
  )
  return needsRails ? await createRailsAsync(config.rails, { rootDir: options.rootDir }) : undefined
}

/** What executing needs: calls, checks (with the judge and rails), progress and the call sink. */
async function engineDepsFor(
  config: Config,
  rails: Rails | undefined,
  registry: ProviderRegistry,
  settings: CallSettings,
  options: RunOptions,
  deps: RunDeps,
  deadline: RunDeadline | undefined
): Promise<EngineDeps> {
  const recordCall = callRecordSink(deps)
  const judge = createJudge(config, registry, { ...settings, deadline }, recordCall, deps)
  const check: EngineDeps['check'] = async (output, item, messages, prompt) => {
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
  return {
    ...settings,
    progress: deps.progress,
    now: deps.now,
    deadline,
    render: renderCase,
    check,
    aggregate: aggregateSample,
    onCall: recordCall
  }
}

/**
 * Seam for observability: the ONE place every call record (prompt and judge calls) passes on its
 * way to the log. A telemetry exporter wraps `RunDeps.onCall`; nothing else emits records.
 */
function callRecordSink(deps: RunDeps): CallRecordSink {
  return record => deps.onCall?.(record)
}

/** Chaos suites' features reach their model through the proxy, for the plain run too. */
async function startChaosProxies(
  states: SuiteState[],
  registry: ProviderRegistry,
  proxies: Map<SuiteState, ChaosProxy>
): Promise<void> {
  for (const state of states) {
    const chaos = state.toRun.suite.config.chaos
    if (chaos) proxies.set(state, await startSuiteProxy(state.plan.id, chaos, registry.providers))
  }
}

/**
 * The planned calls of every suite, then adaptive rounds until the verdicts are decided, then
 * each chaos suite's fault scenarios.
 */
async function executeSuites(
  config: Config,
  states: SuiteState[],
  engineDeps: EngineDeps,
  rails: Rails | undefined,
  chaos: { proxies: Map<SuiteState, ChaosProxy>; timeoutMs: number }
): Promise<void> {
  const tally: WorkTally = { done: 0, total: 0, failed: 0, cached: 0, startedAt: engineDeps.now() }
  const variantPlans = states.flatMap(s => (s.robustness ? [s.robustness] : []))
  const initial = planWork([...states.map(s => s.plan), ...variantPlans.map(v => v.plan)])
  tally.total = initial.length
  engineDeps.progress.start(initial.length, 'promptgate')
  const samples = await executeWork(initial, engineDeps, tally)
  addSamples(states, initial, samples, false)
  addVariantSamples(variantPlans, initial, samples)
  await adaptiveRounds(config, states, engineDeps, tally, rails)
  for (const [state, proxy] of chaos.proxies) {
    const suiteChaos = state.toRun.suite.config.chaos as ChaosConfig
    const budget = chaosBudgetMs(suiteChaos, state.toRun.suite.thresholds.maxP95LatencyMs, chaos.timeoutMs)
    state.chaos = await runChaosScenarios(state.plan, suiteChaos, proxy, budget, engineDeps, tally)
  }
  engineDeps.progress.finish({ ...tally, elapsedMs: engineDeps.now() - tally.startedAt })
}

/** Files each variant sample under its suite's robustness plan and side. */
function addVariantSamples(plans: RobustnessPlan[], items: WorkItem[], samples: SampleResult[]): void {
  const planOf = new Map(plans.map(p => [p.plan, p]))
  samples.forEach((sample, index) => {
    const plan = planOf.get((items[index] as WorkItem).suite)
    if (!plan) return
    if (sample.side === 'base') (plan.base ??= []).push(sample)
    else plan.head.push(sample)
  })
}

/** Files each sample under its suite and side; `extra` counts adaptive samples. */
function addSamples(states: SuiteState[], items: WorkItem[], samples: SampleResult[], extra: boolean): void {
  const stateOf = new Map(states.map(s => [s.plan, s]))
  samples.forEach((sample, index) => {
    const state = stateOf.get((items[index] as WorkItem).suite)
    if (!state) return
    if (extra) state.adaptiveExtra++
    if (sample.side === 'base') (state.base ??= []).push(sample)
    else state.head.push(sample)
  })
}

/** Every verdict decided, deleted suites reported, the accept label applied: the run's report. */
function buildReport(
  config: Config,
  states: SuiteState[],
  deleted: DeletedSuite[],
  options: RunOptions,
  concurrency: number,
  run: { startedAt: number; finishedAt: number; deadline?: RunDeadline; registry: ProviderRegistry }
): RunReport {
  const { startedAt, finishedAt } = run
  const suiteReports: SuiteReport[] = [
    ...states.map(state => suiteReport(state, decideSuite(decisionInput(config, state)))),
    ...deleted.map(deletedSuiteReport)
  ]
  const allSamples = states.flatMap(s => [...s.head, ...(s.base ?? [])])
  const runNotes = [
    ...outageNotes(suiteReports),
    ...[run.deadline && deadlineNote(run.deadline, states), throttlingNote(allSamples)].filter(
      (note): note is string => note !== undefined
    )
  ]
  const overall = decideOverall(suiteReports)
  const report: RunReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'promptgate', version: PROMPTGATE_VERSION },
    configId: config.id ?? 'default',
    configFile: options.configFile,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    git: options.git,
    verdict: overall.verdict,
    reason: overall.reason,
    suites: suiteReports,
    missingSecrets: [],
    notes: [...(options.notes ?? []), ...runNotes],
    run: { concurrency, durationMs: finishedAt - (options.durationFrom ?? startedAt) },
    ...providerHealth(run.registry)
  }
  return options.accept ? applyAcceptLabel(report, options.accept.labels, options.accept.label) : report
}

function deletedSuiteReport(gone: DeletedSuite): SuiteReport {
  const decision = decideSuite({ head: [], thresholds: {}, change: 'deleted', promptFile: gone.promptFile })
  return {
    id: gone.id,
    change: 'deleted',
    promptFile: gone.promptFile,
    model: '–',
    provider: '–',
    verdict: decision.verdict,
    reason: decision.reason,
    budgets: [],
    cases: [],
    unsupportedChecks: [],
    calls: { made: 0, cached: 0, failed: 0, adaptiveExtra: 0, saved: 0 }
  }
}

/** Providers that sent requests, with their circuit breaker's account; absent when none did. */
function providerHealth(registry: ProviderRegistry): { providerHealth?: Record<string, ProviderHealth> } {
  const health: Record<string, ProviderHealth> = {}
  for (const [name, provider] of registry.providers) {
    const snapshot = provider.health?.()
    if (snapshot && snapshot.attempts + snapshot.rejectedCalls > 0) health[name] = snapshot
  }
  return Object.keys(health).length > 0 ? { providerHealth: health } : {}
}

function streamFor(config: Config, providerName: string): boolean | undefined {
  const provider = config.providers[providerName]
  return provider && provider.type !== 'replay' && provider.type !== 'exec' ? provider.stream : undefined
}

/**
 * Extra samples only where the verdict is still open: the stats module picks the cases and the
 * looks (sampleUntilDecided), the engine runs them. Suites are sampled one after another; each
 * round runs at full concurrency.
 */
async function adaptiveRounds(
  config: Config,
  states: SuiteState[],
  engineDeps: EngineDeps,
  tally: WorkTally,
  rails: Rails | undefined
): Promise<void> {
  for (const state of states) {
    // Past the deadline every extra sample would only be reported as not run.
    if (engineDeps.deadline?.passed()) return
    const costPerCall = observedCostPerCall(decisionInput(config, state))
    const budget = { ...extraCallBudget(config, state, costPerCall), costPerCall }
    const byCase = new Map(state.plan.cases.map(c => [c.id, c]))
    const run = async (extras: ExtraSample[]): Promise<void> => {
      const round: WorkItem[] = []
      for (const extra of extras) {
        const testCase = byCase.get(extra.caseId)
        if (!testCase || (extra.side === 'base' && !state.plan.base)) continue
        const sides = extra.side === 'base' ? state.base : state.head
        const repeat = (sides ?? []).filter(s => s.caseId === extra.caseId).length
        round.push({ suite: state.plan, testCase, side: extra.side, repeat })
      }
      if (round.length === 0) return
      tally.total += round.length
      engineDeps.progress.extend(round.length, tally.total)
      addSamples([state], round, await executeWork(round, engineDeps, tally), true)
    }
    const { look, spend } = await sampleUntilDecided(
      { run, state: () => decisionInput(config, state) },
      budget,
      { watch: casesNearViolation(state.toRun.suite, rails) }
    )
    state.look = look
    state.sampling = { ...spend, extraCalls: state.adaptiveExtra }
  }
}

/**
 * Extra calls and dollars adaptive sampling may spend on a suite: `sampling.maxExtraCalls`
 * (default DEFAULT_EXTRA_CALLS_PER_CASE per case) and `sampling.maxExtraCost` (default
 * DEFAULT_MAX_EXTRA_COST_USD, applied when the price is known). A replay provider gets none by
 * default: a cassette only holds the samples it recorded.
 */
export function extraCallBudget(
  config: Config,
  state: SuiteState,
  costPerCall?: number
): { calls: number; usd?: number } {
  const sampling = state.toRun.suite.sampling
  // Extra samples go to both sides of a case; a stored baseline cannot grow its side.
  if (sampling.adaptive === false || state.toRun.baseSamples) return { calls: 0 }
  const provider = config.providers[state.plan.route.provider.name]
  if (provider?.type === 'replay' && sampling.maxExtraCalls === undefined) return { calls: 0 }
  return samplingBudget({
    cases: state.plan.cases.length,
    maxExtraCalls: sampling.maxExtraCalls,
    maxExtraCost: sampling.maxExtraCost,
    costPerCall
  })
}

function suiteReport(state: SuiteState, suiteDecision: SuiteDecision): SuiteReport {
  const { suite, change } = state.toRun
  const robustness = state.robustness
    ? plannedRobustness().robustnessReport(state.robustness, suite, {
        head: state.head,
        ...(state.base ? { base: state.base } : {})
      })
    : undefined
  const decision = robustness
    ? { ...suiteDecision, ...combineWithRobustness(suiteDecision, robustness) }
    : suiteDecision
  const variantSamples = state.robustness ? [...state.robustness.head, ...(state.robustness.base ?? [])] : []
  const all = [...state.head, ...(state.base ?? []), ...variantSamples]
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
    causes: decision.causes,
    contributors: decision.contributors,
    failures: decision.failures,
    ...(state.sampling ? { sampling: state.sampling } : {}),
    head: decision.head,
    base: decision.base,
    comparison: decision.comparison,
    budgets: decision.budgets,
    cases: caseReports(suite, suiteDecision.joined),
    unsupportedChecks: unsupportedChecks(state.head.flatMap(s => s.checks)),
    calls: {
      made: ran.filter(s => !s.cacheHit && !s.error).length,
      cached,
      failed: ran.filter(s => s.error).length,
      adaptiveExtra: state.adaptiveExtra,
      saved: cached + stored.size
    },
    ...(suiteDecision.outage ? { outage: suiteDecision.outage } : {}),
    ...(state.chaos ? { chaos: state.chaos } : {}),
    ...(robustness ? { robustness } : {})
  }
}
