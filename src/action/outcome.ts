// Steps 4a and 4b of the gate: the runs that evaluate nothing, each with its reason said out loud.
import type { RunReport } from '../core/report.js'
import { describeMissingKeys, missingKeys } from '../engine/prepare.js'
import type { AffectedSuite } from '../github/changes.js'
import type { GateContext } from './context.js'
import { skippedReport } from './gate.js'
import type { TrustedProject } from './trust.js'

/** What the gate decided, ready to publish. */
export interface GateOutcome {
  report: RunReport
  /**
   * `refresh`: only update an existing comment (a PR that never touched prompts gets none);
   * `upsert`: create or update it.
   */
  comment: 'refresh' | 'upsert'
  /** Per-suite annotations: only for evaluated runs. */
  annotate: boolean
  /** Set when the check must fail, with the message it fails with. */
  failure?: string
}

function reportBase(context: GateContext, trusted: TrustedProject, now: number) {
  const { configId, notes } = trusted
  return { configId, configFile: context.inputs.configPath, now, git: context.gitInfo, notes }
}

/** No suite affected: verdict skipped, no model was called. */
export function nothingAffected(context: GateContext, trusted: TrustedProject, now: number): GateOutcome {
  const reason =
    'No prompt, dataset, schema or config file of a suite changed: nothing to evaluate, no model was called.'
  return {
    report: skippedReport({ ...reportBase(context, trusted, now), reason }),
    comment: 'refresh',
    annotate: false
  }
}

/**
 * Missing provider keys (fork PRs get none): follow gate.onMissingSecret, never pass unevaluated
 * prompts. Undefined when every key the affected suites need is set.
 */
export function missingSecret(
  context: GateContext,
  trusted: TrustedProject,
  affected: AffectedSuite[],
  env: NodeJS.ProcessEnv,
  now: number
): GateOutcome | undefined {
  const { project, config } = trusted
  const running = project.suites.filter(s => affected.some(a => a.id === s.id && a.change !== 'deleted'))
  const missing = missingKeys(config, running, env)
  if (missing.length === 0) return undefined
  const policy = config.gate?.onMissingSecret ?? 'fail'
  const why = context.event.isFork ? ' GitHub does not pass secrets to workflows triggered from forks.' : ''
  const advice =
    policy === 'fail'
      ? 'Pass it to the step with env: (from a repository secret), or set gate.onMissingSecret: skip to skip such runs.'
      : 'Skipped as gate.onMissingSecret: skip says; nothing was evaluated.'
  const reason = `Not evaluated: the provider key ${describeMissingKeys(missing)} is not set.${why} ${advice}`
  const skipped = skippedReport({
    ...reportBase(context, trusted, now),
    reason,
    missingSecrets: missing.map(m => m.envVar)
  })
  // An earlier comment's results no longer describe this push: say why nothing was evaluated.
  if (policy === 'skip') return { report: skipped, comment: 'upsert', annotate: false }
  return { report: { ...skipped, verdict: 'fail' }, comment: 'upsert', annotate: false, failure: reason }
}
