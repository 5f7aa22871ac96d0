// Shared by the CLI and the action: load the config and suites of head, and the base version of
// each suite's prompt, deciding how the suite changed.
import { isDeepStrictEqual } from 'node:util'
import { MissingFileError, SourceError, type SourceIssue } from '../core/errors.js'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { discoveryConfig, DISCOVERY_GLOB } from '../config/discovery.js'
import { readConfigFile } from '../config/load.js'
import type { Config } from '../config/schema.js'
import { resolveSuites, type ResolvedSuite } from '../config/suites.js'
import type { SuiteChange } from '../core/report.js'
import type { PromptDefinition, RepoFiles } from '../core/types.js'
import { isModelGraded } from '../checks/index.js'
import { loadPrompt } from '../prompts/index.js'
import { apiKeyEnvOf, missingSecrets, type Env, type MissingSecret } from '../providers/registry.js'
import type { SuiteToRun } from './pipeline.js'
import { preflight } from './preflight.js'

export interface LoadedProject {
  config: Config
  suites: ResolvedSuite[]
  /** Set when no config file exists and the suites were discovered (see config/discovery.ts). */
  discovered?: string
}

export interface LoadProjectOptions {
  /** Lets a missing default config fall back to discovering prompt files, with these keys. */
  env?: Readonly<Record<string, string | undefined>>
}

/**
 * Reads the config, or, when the default config file does not exist and `env` is given,
 * discovers the repository's `.prompt.yml` files (an explicitly named config must exist).
 */
async function readOrDiscoverConfig(
  configPath: string,
  files: RepoFiles,
  options: LoadProjectOptions
): Promise<{ config: Config; discovered: boolean }> {
  try {
    return { config: await readConfigFile(configPath, files), discovered: false }
  } catch (error) {
    const missingDefault =
      error instanceof MissingFileError && error.path === configPath && configPath === DEFAULT_CONFIG_PATH
    if (!missingDefault || !options.env || !files.listFiles) throw error
    return { config: discoveryConfig(options.env, configPath), discovered: true }
  }
}

export async function loadProject(
  configPath: string,
  files: RepoFiles,
  onWarning: (issue: SourceIssue) => void = () => undefined,
  options: LoadProjectOptions = {}
): Promise<LoadedProject> {
  const { config, discovered } = await readOrDiscoverConfig(configPath, files, options)
  const suites = await resolveSuites(config, files, { onWarning })
  const found = await preflight(config, suites, configPath, files)
  found.warnings.forEach(onWarning)
  if (found.errors.length > 0) throw new SourceError('PromptGate cannot run these suites', found.errors)
  if (!discovered) return { config, suites }
  const providers = Object.keys(config.providers).join(', ')
  return {
    config,
    suites,
    discovered: `No config at ${configPath}: evaluated the ${suites.length === 1 ? 'prompt file' : `${suites.length} prompt files`} found (${DISCOVERY_GLOB}) with their own testData and evaluators, on ${providers}.`
  }
}

export class SuiteSelectionError extends Error {
  override name = 'SuiteSelectionError'
}

/** Only the named suites; an unknown id is an error listing the valid ones. */
export function selectSuites(suites: ResolvedSuite[], ids: string[]): ResolvedSuite[] {
  if (ids.length === 0) return suites
  const unknown = ids.filter(id => !suites.some(s => s.id === id))
  if (unknown.length > 0) {
    throw new SuiteSelectionError(
      `unknown suite id(s): ${unknown.join(', ')}; the config defines: ${suites.map(s => s.id).join(', ')}`
    )
  }
  return suites.filter(s => ids.includes(s.id))
}

/** Same model, messages, response format and parameters: running both sides would only double the cost. */
export function samePrompt(a: PromptDefinition, b: PromptDefinition): boolean {
  return (
    a.model === b.model &&
    isDeepStrictEqual(a.messages, b.messages) &&
    isDeepStrictEqual(a.responseFormat, b.responseFormat) &&
    isDeepStrictEqual(a.modelParameters, b.modelParameters)
  )
}

/**
 * The base version of a suite's prompt. A prompt missing on base is an added prompt (absolute
 * thresholds only); an identical one makes the suite `unchanged` (its dataset, checks or config
 * changed), which is judged on absolute thresholds too, since comparing a prompt with itself
 * proves nothing and costs twice.
 */
export async function withBase(
  suite: ResolvedSuite,
  base: RepoFiles,
  basePromptFile = suite.config.prompt,
  renamed = false
): Promise<SuiteToRun> {
  let basePrompt: PromptDefinition
  try {
    basePrompt = await loadPrompt({ ...suite.config, prompt: basePromptFile }, base)
  } catch (error) {
    if (error instanceof MissingFileError) return { suite, change: 'added' }
    throw error
  }
  const change: SuiteChange = samePrompt(basePrompt, suite.prompt)
    ? 'unchanged'
    : renamed
      ? 'renamed'
      : 'modified'
  if (change === 'unchanged') return { suite, change, basePromptFile }
  return { suite, change, basePrompt, basePromptFile }
}

/**
 * Provider keys the run needs but the environment lacks: the suites' models and, when any check
 * is model-graded, the judge's provider (a judge without its key would fail every graded check).
 */
export function missingKeys(
  config: Config,
  suites: ResolvedSuite[],
  env: Env,
  record = false
): MissingSecret[] {
  const graded = suites.some(
    s => s.robustness?.judge === true || [...s.checks, ...s.cases.flatMap(c => c.checks)].some(isModelGraded)
  )
  const judge = graded ? config.judge : undefined
  const modelIds = suites.map(s => s.modelId)
  if (judge && !judge.provider) modelIds.push(judge.model)
  const missing = missingSecrets(config, env, { modelIds, record })
  const pinned = judge?.provider ? config.providers[judge.provider] : undefined
  const envVar = pinned ? apiKeyEnvOf(pinned) : undefined
  if (judge?.provider && envVar && !env[envVar] && !missing.some(m => m.provider === judge.provider)) {
    missing.push({ provider: judge.provider, envVar })
  }
  return missing
}

/** `OPENAI_API_KEY (provider openai), …` for messages that say what to set. */
export function describeMissingKeys(missing: MissingSecret[]): string {
  return missing.map(m => `${m.envVar} (provider ${m.provider})`).join(', ')
}
