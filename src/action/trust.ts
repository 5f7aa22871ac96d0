// Step 2 of the gate: the config that decides. On pull_request_target the PR's files are
// untrusted, so where secrets go, what executes and where files are written come from base.
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import {
  configFromOf,
  gateSettingChanges,
  withBaseGateSettings,
  type ConfigFrom,
  type GateSettingChange
} from '../config/gate-settings.js'
import { loadConfig } from '../config/load.js'
import { configuredOutputPaths, type OutputPaths } from '../config/paths.js'
import type { Config } from '../config/schema.js'
import { rejudgedUnder } from '../config/suites.js'
import { errorMessage } from '../core/guards.js'
import type { RepoFiles } from '../core/types.js'
import { loadProject, type LoadedProject } from '../engine/prepare.js'
import type { GitEventContext } from '../github/event.js'
import type { GateContext } from './context.js'
import type { ActionRuntime, GateWorld } from './runtime.js'

export interface TrustedProject {
  /**
   * Head's config and resolved suites (which suites exist, their cases), judged (checks,
   * thresholds, sampling) under the deciding config's settings.
   */
  project: LoadedProject
  baseConfig?: Config
  /** The config the run obeys: head's, with base's providers, routes, run and gate on pull_request_target. */
  config: Config
  configId: string
  /** Where gate settings come from (gate.configFrom of the base config; base on pull_request_target). */
  configFrom: ConfigFrom
  /** Every gate setting the PR changed, against the base config (none without one). */
  gateChanges: GateSettingChange[]
  paths: OutputPaths
  /** Notes for the report, gathered by every step that follows. */
  notes: string[]
}

export async function loadTrustedProject(context: GateContext, world: GateWorld): Promise<TrustedProject> {
  const { inputs, event } = context
  const project = await loadProject(
    inputs.configPath,
    context.head,
    issue =>
      world.runtime.warning(issue.message, {
        file: issue.file,
        startLine: issue.line,
        title: 'PromptGate prompt file'
      }),
    { env: world.env }
  )
  const baseConfig = await loadBaseConfig(context.base, inputs.configPath, world.runtime)
  const configFrom = configFromOf(baseConfig, project.config, event.headIsUntrusted)
  const gateChanges = baseConfig ? gateSettingChanges(baseConfig, project.config) : []
  const config = trustedConfig(project.config, baseConfig, event, configFrom)
  // The suites as the deciding settings judge them (a no-op when those are the PR's own).
  const judged = { ...project, suites: project.suites.map(s => rejudgedUnder(s, config)) }
  const notes: string[] = project.discovered ? [project.discovered] : []
  if (event.headIsUntrusted && (baseConfig?.rails?.custom?.length ?? 0) > 0) {
    notes.push(
      'pull_request_target: custom rails modules were not loaded, because their files in this checkout come from the PR; validators that need them are reported as errors.'
    )
  }
  const paths = outputPaths(context.workspace, config, inputs.configPath, event, world.env)
  return {
    project: judged,
    baseConfig,
    config,
    configId: config.id ?? 'default',
    configFrom,
    gateChanges,
    paths,
    notes
  }
}

/**
 * pull_request_target runs with secrets and a write token on a PR's files. Where secrets go
 * (providers, routes, the judge), what executes code (custom rails modules), where files are
 * written and restored (run), the comment identity (id) and every gate setting (thresholds,
 * checks, rails, budgets, sampling…; config/gate-settings.ts) come from the base config; the
 * PR's config defines only what is evaluated. On pull_request, `gate.configFrom: base` takes the
 * gate settings from base too.
 */
export function trustedConfig(
  head: Config,
  base: Config | undefined,
  event: GitEventContext,
  configFrom: ConfigFrom = event.headIsUntrusted ? 'base' : 'pr'
): Config {
  if (!event.headIsUntrusted) return configFrom === 'base' && base ? withBaseGateSettings(head, base) : head
  refuseExecProviders(base)
  if (!base) {
    throw new Error(
      "pull_request_target: the base branch has no PromptGate config, and the PR's own config cannot be trusted " +
        'with secrets. Merge the config to the base branch first.'
    )
  }
  const gated = withBaseGateSettings(head, base)
  return {
    ...gated,
    providers: base.providers,
    models: base.models,
    judge: base.judge,
    // Module paths from base would still load files of the PR checkout: no custom modules at all.
    rails: base.rails ? { ...base.rails, custom: undefined } : undefined,
    run: base.run,
    id: base.id,
    gate: base.gate,
    defaults: { ...gated.defaults, provider: base.defaults?.provider }
  }
}

/**
 * An exec provider runs a command of the checkout, which on pull_request_target is the PR's code,
 * with the workflow's secrets in reach: it never runs there, whichever config names it.
 */
function refuseExecProviders(base: Config | undefined): void {
  const exec = Object.entries(base?.providers ?? {}).find(([, provider]) => provider.type === 'exec')
  if (exec) {
    throw new Error(
      `pull_request_target: providers.${exec[0]} is an exec provider, which would run the pull request's code ` +
        "with this workflow's secrets; exec providers never run under pull_request_target. Run the suite in a " +
        'pull_request workflow, or test a deployed feature with an http provider.'
    )
  }
}

/**
 * Where the report, call log and cache go. On pull_request_target the checkout is the PR's, so
 * a committed symlink or forged cache shard must never be written through or read: use the
 * runner's temporary directory instead of paths in the workspace.
 */
export function outputPaths(
  workspace: string,
  config: Config,
  configFile: string,
  event: GitEventContext,
  env: NodeJS.ProcessEnv
): OutputPaths {
  if (event.headIsUntrusted) {
    const root = join(env.RUNNER_TEMP || tmpdir(), 'promptgate')
    return { report: join(root, 'report.json'), log: join(root, 'calls.jsonl'), cache: join(root, 'cache') }
  }
  return configuredOutputPaths(workspace, config, configFile)
}

async function loadBaseConfig(
  files: RepoFiles | undefined,
  path: string,
  runtime: ActionRuntime
): Promise<Config | undefined> {
  if (!files) return undefined
  const text = await files.readText(path)
  if (text === undefined) return undefined
  try {
    return loadConfig(path, text)
  } catch (error) {
    // A broken base config must not block fixing it in this PR: head decides what runs.
    runtime.warning(
      `The base version of ${path} does not load (${errorMessage(error).split('\n')[0]}); treating every suite as added.`
    )
    return undefined
  }
}
