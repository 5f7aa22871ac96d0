// Step 4c of the gate: run base vs head for the affected suites and decide.
import { createHash } from 'node:crypto'
import { DEFAULT_ACCEPT_LABEL } from '../constants.js'
import { errorMessage } from '../core/guards.js'
import type { RunReport } from '../core/report.js'
import { withBase } from '../engine/prepare.js'
import { runSuites, type DeletedSuite, type RunOptions, type SuiteToRun } from '../engine/pipeline.js'
import { LineProgress } from '../engine/progress.js'
import type { AffectedSuite } from '../github/changes.js'
import { withCallLog } from '../report/json.js'
import { withStoredBaseline } from './baseline.js'
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
  const { config, paths } = trusted
  const { inputs, event } = context
  const runnable = inputs.baselinePath
    ? await withStoredBaseline(plan.toRun, inputs.baselinePath, context, trusted, world)
    : plan.toRun
  const cacheKeys =
    config.run?.cache !== false
      ? await restoreResponseCache(
          paths.cache,
          responseCacheKeys(trusted.configId, contentDigest(trusted, plan), world.env),
          world.runtime
        )
      : undefined
  const labels = event.prNumber === undefined ? undefined : await currentLabels(context, world)
  const accept = labels && { labels, label: config.gate?.acceptLabel ?? DEFAULT_ACCEPT_LABEL }
  const report = await runLogged(context, trusted, { ...plan, toRun: runnable }, world, { startedAt, accept })
  // Caches saved by a pull_request_target run land in the base branch's scope: never from PR input.
  if (cacheKeys && !event.headIsUntrusted) await saveResponseCache(paths.cache, cacheKeys, world.runtime)
  const fails = gateFails(report, config.gate?.failOnInconclusive ?? false)
  return {
    report,
    comment: 'upsert',
    annotate: true,
    failure: fails ? `PromptGate: ${report.reason}` : undefined
  }
}

/** runSuites with every call logged to the configured JSONL file. */
function runLogged(
  context: GateContext,
  trusted: TrustedProject,
  plan: AffectedPlan,
  world: GateWorld,
  report: Pick<RunOptions, 'accept'> & { startedAt: number }
): Promise<RunReport> {
  const { config, paths, notes } = trusted
  return withCallLog(paths.log, onCall =>
    runSuites(
      config,
      plan.toRun,
      plan.deleted,
      {
        configFile: context.inputs.configPath,
        rootDir: context.workspace,
        record: false,
        cache: config.run?.cache !== false,
        cacheDir: paths.cache,
        git: context.gitInfo,
        notes,
        durationFrom: report.startedAt,
        accept: report.accept,
        // Pull requests run robustness on a sample of cases; pushes and schedules on all of them.
        robustnessAllCases: context.event.prNumber === undefined
      },
      {
        head: context.head,
        base: context.base,
        env: world.env,
        progress: new LineProgress(line => world.runtime.info(line)),
        log: line => world.runtime.info(line),
        now: () => world.now(),
        onSecret: secret => world.runtime.setSecret(secret),
        onCall
      }
    )
  )
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
