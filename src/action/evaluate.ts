// Step 4c of the gate: run base vs head for the affected suites and decide.
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withBaseGateSettings } from '../config/gate-settings.js'
import type { Config } from '../config/schema.js'
import { rejudgedUnder } from '../config/suites.js'
import { DEFAULT_ACCEPT_LABEL } from '../constants.js'
import { errorMessage } from '../core/guards.js'
import type { RunReport } from '../core/report.js'
import { withBase } from '../engine/prepare.js'
import {
  runSuites,
  type DeletedSuite,
  type RunDeps,
  type RunOptions,
  type SuiteToRun
} from '../engine/pipeline.js'
import { LineProgress } from '../engine/progress.js'
import type { AffectedSuite } from '../github/changes.js'
import { computeInsights, renderInsightsMarkdown } from '../observe/insights.js'
import { readCallLogs } from '../observe/read.js'
import { withCallSinks } from '../observe/sink.js'
import { withStoredBaseline } from './baseline.js'
import { decideUnderBothSettings, FIRST_ADOPTION_WHY, reviewBaseOnly } from './config-review.js'
import type { GateContext } from './context.js'
import { gateFails } from './gate.js'
import type { GateOutcome } from './outcome.js'
import { responseCacheKeys, restoreResponseCache, saveResponseCache } from './response-cache.js'
import type { GateWorld } from './runtime.js'
import type { TrustedProject } from './trust.js'

export interface AffectedPlan {
  toRun: SuiteToRun[]
  deleted: DeletedSuite[]
}

/** Each affected suite with its base version, or as deleted. */
export async function planAffected(
  context: GateContext,
  trusted: TrustedProject,
  affected: AffectedSuite[]
): Promise<AffectedPlan> {
  const plan: AffectedPlan = { toRun: [], deleted: [] }
  for (const entry of affected) {
    const suite = trusted.project.suites.find(s => s.id === entry.id)
    if (entry.change === 'deleted' || !suite) {
      plan.deleted.push({ id: entry.id, promptFile: entry.basePromptPath ?? entry.promptPath ?? entry.id })
    } else if (entry.change === 'added' || !context.base || !entry.basePromptPath) {
      plan.toRun.push({ suite, change: 'added' })
    } else {
      plan.toRun.push(await withBase(suite, context.base, entry.basePromptPath, entry.change === 'renamed'))
    }
  }
  return plan
}

/** The affected suites run base vs head (a stored baseline and the response cache save calls). */
export async function evaluate(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  startedAt: number
): Promise<GateOutcome> {
  const { config } = trusted
  const { inputs, event } = context
  const runnable = inputs.baselinePath
    ? await withStoredBaseline(plan.toRun, inputs.baselinePath, context, trusted, world)
    : plan.toRun
  const baseGated = baseSettingsToJudge(trusted)
  const cache = await cacheFor(context, trusted, plan, world, baseGated !== undefined)
  const labels = event.prNumber === undefined ? undefined : await currentLabels(context, world)
  // The label's name is a gate setting too: a PR must not rename it to a label it already carries.
  const acceptLabel = (trusted.baseConfig ?? config).gate?.acceptLabel ?? DEFAULT_ACCEPT_LABEL
  const run = { startedAt, accept: labels && { labels, label: acceptLabel }, cache }
  const toRun = { ...plan, toRun: runnable }
  const underPr = await runLogged(context, trusted, toRun, world, { ...run, config })
  const underBase =
    baseGated &&
    (await judgeUnderBase(context, trusted, toRun, world, { ...run, config: baseGated }, underPr))
  await cache.finish()
  const report = reviewed(underPr, underBase, trusted, labels ?? [], acceptLabel, event.headIsUntrusted)
  const decidingGate = report.configReview?.decidedBy === 'base' ? (baseGated ?? config).gate : config.gate
  const fails = gateFails(report, decidingGate?.failOnInconclusive ?? false)
  return {
    report,
    comment: 'upsert',
    annotate: true,
    failure: fails ? `PromptGate: ${report.reason}` : undefined,
    callLog: { path: trusted.paths.log, insights: await callLogInsights(trusted.paths.log, config, world) }
  }
}

/** The call log's insights as markdown; telemetry never fails the gate, so a problem only warns. */
async function callLogInsights(path: string, config: Config, world: GateWorld): Promise<string | undefined> {
  try {
    const calls = readCallLogs([{ file: path, text: await world.readFile(path), format: 'promptgate' }])
    const budget = config.defaults?.thresholds?.maxP95LatencyMs
    return renderInsightsMarkdown(
      computeInsights(calls, budget !== undefined ? { latencyBudgetMs: budget } : {})
    )
  } catch (error) {
    world.runtime.warning(`Call log insights skipped: ${errorMessage(error)}`)
    return undefined
  }
}

/** The config to judge the same samples with when the PR changed its own gate settings (configFrom: pr). */
function baseSettingsToJudge(trusted: TrustedProject): Config | undefined {
  const { baseConfig, configFrom, gateChanges, project } = trusted
  if (configFrom !== 'pr' || !baseConfig || gateChanges.length === 0) return undefined
  return withBaseGateSettings(project.config, baseConfig)
}

/** The report with the PR's gate-setting changes and which settings decided. */
function reviewed(
  underPr: RunReport,
  underBase: RunReport | undefined,
  trusted: TrustedProject,
  labels: string[],
  acceptLabel: string,
  untrustedHead: boolean
): RunReport {
  const changes = trusted.gateChanges
  if (underBase) return decideUnderBothSettings({ underPr, underBase, changes, labels, acceptLabel })
  if (changes.length > 0)
    return reviewBaseOnly(underPr, changes, untrustedHead ? 'pull_request_target' : 'configFrom')
  if (!trusted.baseConfig && underPr.git?.pr !== undefined && underPr.git.baseSha)
    return { ...underPr, notes: [...underPr.notes, FIRST_ADOPTION_WHY] }
  return underPr
}

/** The same samples judged under the base branch's gate settings; a failure makes it inconclusive. */
async function judgeUnderBase(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  run: RunSettings,
  underPr: RunReport
): Promise<RunReport> {
  const rejudged = {
    ...plan,
    toRun: plan.toRun.map(t => ({ ...t, suite: rejudgedUnder(t.suite, run.config) }))
  }
  try {
    return await runSuites(
      ...suitesArgs(context, { ...trusted, notes: [...trusted.notes] }, rejudged, world, run)
    )
  } catch (error) {
    // Cannot judge under the base settings: then the gate cannot decide, and says so.
    const reason = `The change could not be judged under the base branch's gate settings (${errorMessage(error)}).`
    return { ...underPr, verdict: 'inconclusive', reason }
  }
}

interface RunSettings extends Pick<RunOptions, 'accept'> {
  startedAt: number
  config: Config
  cache: RunCache
}

/** runSuites with every call logged to the configured JSONL file (and exported over OTLP when configured). */
function runLogged(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  run: RunSettings
): Promise<RunReport> {
  const sinks = {
    logPath: trusted.paths.log,
    config: trusted.config,
    env: world.env,
    runName: 'gate',
    commits: { base: context.gitInfo?.baseSha, head: context.gitInfo?.headSha },
    warn: (message: string) => world.runtime.warning(message),
    onSecret: (secret: string) => world.runtime.setSecret(secret)
  }
  return withCallSinks(sinks, onCall => runSuites(...suitesArgs(context, trusted, plan, world, run, onCall)))
}

function suitesArgs(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  run: RunSettings,
  onCall?: RunDeps['onCall']
): Parameters<typeof runSuites> {
  const options: RunOptions = {
    configFile: context.inputs.configPath,
    rootDir: context.workspace,
    record: false,
    cache: run.cache.enabled,
    cacheDir: run.cache.dir,
    git: context.gitInfo,
    notes: trusted.notes,
    durationFrom: run.startedAt,
    accept: run.accept,
    // Pull requests run robustness on a sample of cases; pushes and schedules on all of them.
    robustnessAllCases: context.event.prNumber === undefined
  }
  const deps: RunDeps = {
    head: context.head,
    base: context.base,
    env: world.env,
    // The second judgement (base settings) replays; its progress would only repeat the first.
    progress: new LineProgress(line => (onCall ? world.runtime.info(line) : undefined)),
    log: line => (onCall ? world.runtime.info(line) : undefined),
    now: () => world.now(),
    onSecret: secret => world.runtime.setSecret(secret),
    onCall
  }
  return [run.cache.passConfig(run.config), plan.toRun, plan.deleted, options, deps]
}

interface RunCache {
  enabled: boolean
  dir: string
  /** The config as runSuites must see it for `enabled` to hold (see cacheFor). */
  passConfig(config: Config): Config
  /** Saves to the Actions cache (trusted events only) and removes a private cache. */
  finish(): Promise<void>
}

/**
 * The response cache of this run, restored from the Actions cache. When the samples are judged
 * twice (PR and base gate settings) the passes share answers through it; with `run.cache: false`
 * through a private directory that is removed afterwards, so the user's cache stays untouched.
 */
async function cacheFor(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  judgedTwice: boolean
): Promise<RunCache> {
  const { config, paths } = trusted
  const { event } = context
  if (config.run?.cache === false) {
    if (!judgedTwice)
      return { enabled: false, dir: paths.cache, passConfig: c => c, finish: async () => undefined }
    const dir = await mkdtemp(join(world.env.RUNNER_TEMP || tmpdir(), 'promptgate-rejudge-'))
    return {
      enabled: true,
      dir,
      passConfig: c => ({ ...c, run: { ...c.run, cache: undefined } }),
      finish: () => rm(dir, { recursive: true, force: true })
    }
  }
  const keys = responseCacheKeys({
    configId: trusted.configId,
    contentDigest: contentDigest(trusted, plan),
    env: world.env,
    baseCommit: event.prNumber !== undefined ? event.baseSha : event.headSha,
    source: event.prNumber !== undefined ? `pr${event.prNumber}` : (world.env.GITHUB_EVENT_NAME ?? 'run')
  })
  const options = { env: world.env, logger: world.runtime }
  await restoreResponseCache(paths.cache, keys, options)
  return {
    enabled: true,
    dir: paths.cache,
    passConfig: c => c,
    // Caches saved by a pull_request_target run land in the base branch's scope: never from PR input.
    finish: async () => {
      if (!event.headIsUntrusted) await saveResponseCache(paths.cache, keys, options)
    }
  }
}

/** Names the cache content: the config and every prompt of both sides. */
function contentDigest(trusted: TrustedProject, plan: AffectedPlan): string {
  return createHash('sha256')
    .update(JSON.stringify([trusted.config, plan.toRun.map(t => [t.suite.prompt, t.basePrompt ?? null])]))
    .digest('hex')
    .slice(0, 16)
}

/**
 * Labels as they are now (a re-run sees the first run's payload); when the API cannot tell, the
 * event's labels still decide, and the log says so.
 */
async function currentLabels(context: GateContext, world: GateWorld): Promise<string[]> {
  try {
    return await context.api.listPullLabels(context.repo, context.event.prNumber as number)
  } catch (error) {
    world.runtime.warning(
      `Could not read the PR's current labels (${errorMessage(error)}); using the labels of the event.`
    )
    return context.event.labels
  }
}
