// Resolves each configured suite against one version of the repo: its prompt, its cases (prompt
// testData + datasets), its checks, model, parameters, thresholds and the files it depends on.
import type { CheckSpec, ModelParameters, PromptDefinition, RepoFiles, TestCase } from '../core/types.js'
import { loadDataset } from '../datasets/index.js'
import { duplicateIdIssues } from '../datasets/parse.js'
import { loadPrompt, type PromptLoadOptions } from '../prompts/index.js'
import { renderCase, TemplateError } from '../prompts/render.js'
import { setCheckOrigin, toCheckSpec, type ConfigCheckSpec } from '../core/check-spec.js'
import { combineSourceErrors, SourceError, type SourceIssue } from '../core/errors.js'
import { configLocation } from './load.js'
import { expandSuiteEntries, type SuiteEntry } from './prompt-globs.js'
import type { Config, RobustnessConfig, Sampling, SuiteConfig, Thresholds } from './schema.js'

/** Missing-variable problems listed per suite before the rest are only counted. */
export const MAX_TEMPLATE_ISSUES = 20

export interface ResolvedSuite {
  id: string
  config: SuiteConfig
  prompt: PromptDefinition
  /** Prompt testData first, then each dataset in config order. Ids are unique. */
  cases: TestCase[]
  /** The entry's prompt glob when this suite is one file of it (`config.prompt` is that file). */
  glob?: string
  /** Index of the entry in `config.suites` this suite was resolved from, for messages with a line. */
  configIndex?: number
  /** defaults.checks + suite.checks + the prompt file's evaluators. Per-case checks stay on the case. */
  checks: CheckSpec[]
  /** suite.model ?? prompt.model ?? defaults.model */
  modelId: string
  /** defaults < prompt file < suite */
  modelParameters: ModelParameters
  /** defaults.thresholds overridden key by key by the suite's. */
  thresholds: Thresholds
  sampling: Sampling
  /** defaults.robustness overridden key by key by the suite's; absent when robustness is off. */
  robustness?: RobustnessConfig
  /** What makes the suite affected: `suiteFiles()` of the resolved suite. */
  files: string[]
}

export type ResolveOptions = PromptLoadOptions

type Reference = Omit<SourceIssue, 'message'>

function reference(config: Config, path: (string | number)[], fallback: string): Reference {
  return configLocation(config, path) ?? { file: fallback, path: '' }
}

/** Resolves every suite; all problems of all suites are reported together in one error. */
export async function resolveSuites(
  config: Config,
  files: RepoFiles,
  options: ResolveOptions = {}
): Promise<ResolvedSuite[]> {
  const entries = await expandSuiteEntries(config, files, configLocation(config, [])?.file ?? 'the config')
  const settled = await Promise.allSettled(entries.map(entry => resolveEntry(config, entry, files, options)))
  throwRejections(settled)
  return settled.map(valueOf)
}

/** Every problem at once: the rejections' SourceErrors combined into one; any other error as it is. */
function throwRejections(results: readonly PromiseSettledResult<unknown>[]): void {
  const errors: SourceError[] = []
  for (const result of results) {
    if (result.status !== 'rejected') continue
    if (result.reason instanceof SourceError) errors.push(result.reason)
    else throw result.reason
  }
  if (errors.length > 0) throw combineSourceErrors(errors)
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

/**
 * Resolves `config.suites[index]`. A prompt or dataset missing in this version throws a
 * `MissingFileError` (the PR bot treats a prompt missing on base as an added prompt).
 */
export async function resolveSuite(
  config: Config,
  index: number,
  files: RepoFiles,
  options: ResolveOptions = {}
): Promise<ResolvedSuite> {
  const suite = config.suites[index]
  if (!suite) throw new RangeError(`config has no suite at index ${index}`)
  return resolveEntry(config, { index, suite }, files, options)
}

/** Resolves one concrete suite of an entry (a glob entry's file, or the entry itself). */
async function resolveEntry(
  config: Config,
  entry: SuiteEntry,
  files: RepoFiles,
  options: ResolveOptions
): Promise<ResolvedSuite> {
  const { suite } = entry
  const { prompt, cases } = await loadSources(config, entry, files, options)
  const modelId = modelIdFor(config, suite, prompt)
  const problems = suiteProblems(config, entry, prompt, cases, modelId)
  if (problems.length > 0 || modelId === undefined)
    throw new SourceError(`Suite ${suite.id} cannot run`, problems)
  const judging = judgingOf(config, suite, prompt, entry.index)
  return {
    id: suite.id,
    ...(entry.glob ? { glob: entry.glob } : {}),
    configIndex: entry.index,
    config: suite,
    prompt,
    cases,
    modelId,
    modelParameters: parametersFor(config, suite, prompt),
    ...judging,
    ...robustnessOf(config, suite),
    files: suiteFiles(suite, judging.checks, cases)
  }
}

/** The suite's prompt and its cases (prompt testData, then each dataset); all load errors at once. */
async function loadSources(
  config: Config,
  { index, suite }: SuiteEntry,
  files: RepoFiles,
  options: ResolveOptions
): Promise<{ prompt: PromptDefinition; cases: TestCase[] }> {
  const base = ['suites', index]
  const promptLoad = loadPrompt(suite, files, {
    ...options,
    promptReference: reference(config, [...base, 'prompt'], suite.prompt),
    systemReference: reference(config, [...base, 'system'], suite.system ?? suite.prompt)
  })
  const datasetLoads = (suite.datasets ?? []).map((path, i) =>
    loadDataset(path, files, reference(config, [...base, 'datasets', i], path))
  )
  const [promptResult, ...datasetResults] = await Promise.allSettled([promptLoad, ...datasetLoads] as const)
  throwRejections([promptResult, ...datasetResults])
  const prompt = valueOf(promptResult)
  return { prompt, cases: [prompt.testData, ...datasetResults.map(valueOf)].flat() }
}

/** What keeps a suite from running: no cases, duplicate ids, missing variables, no model. */
function suiteProblems(
  config: Config,
  { index, suite }: SuiteEntry,
  prompt: PromptDefinition,
  cases: readonly TestCase[],
  modelId: string | undefined
): SourceIssue[] {
  const suiteRef = reference(config, ['suites', index], suite.prompt)
  const problems: SourceIssue[] = []
  if (cases.length === 0) {
    problems.push({
      ...suiteRef,
      message: `suite "${suite.id}" has no cases: add testData to ${suite.prompt} or datasets: to the suite`
    })
  }
  problems.push(...duplicateIdIssues(cases))
  problems.push(...missingVariableIssues(prompt, cases))
  if (modelId === undefined) {
    problems.push({
      ...suiteRef,
      message: `suite "${suite.id}" has no model: set suites[${index}].model, defaults.model, or model: in ${suite.prompt}`
    })
  }
  return problems
}

function robustnessOf(config: Config, suite: SuiteConfig): { robustness?: RobustnessConfig } {
  const defaults = config.defaults?.robustness
  const own = suite.robustness
  if (!own && !defaults) return {}
  if ((own?.enabled ?? defaults?.enabled) === false) return {}
  return {
    robustness: {
      ...defaults,
      ...own,
      gates: { ...defaults?.gates, ...own?.gates },
      perCategory: { ...defaults?.perCategory, ...own?.perCategory }
    }
  }
}

/** How a suite is judged, from the config: its checks, thresholds and sampling. */
function judgingOf(
  config: Config,
  suite: SuiteConfig,
  prompt: PromptDefinition,
  index?: number
): Pick<ResolvedSuite, 'checks' | 'thresholds' | 'sampling'> {
  return {
    checks: configuredChecks(config, suite, index).concat(prompt.checks),
    thresholds: { ...config.defaults?.thresholds, ...suite.thresholds },
    sampling: { ...config.defaults?.sampling, ...suite.sampling }
  }
}

/**
 * The same resolved suite judged under another config's settings (the base branch's gate
 * settings, see config/gate-settings.ts): prompt, cases and model stay; checks, thresholds,
 * sampling and the suite config come from `config`'s suite of the same id.
 */
export function rejudgedUnder(resolved: ResolvedSuite, config: Config): ResolvedSuite {
  const suite = config.suites.find(s => s.id === resolved.id)
  if (!suite) return resolved
  return { ...resolved, config: suite, ...judgingOf(config, suite, resolved.prompt) }
}

/** Renders every case once so a missing variable fails validation, not the middle of a run. */
function missingVariableIssues(prompt: PromptDefinition, cases: readonly TestCase[]): SourceIssue[] {
  const issues: SourceIssue[] = []
  let more = 0
  for (const testCase of cases) {
    try {
      renderCase(prompt, testCase)
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      if (issues.length >= MAX_TEMPLATE_ISSUES) {
        more++
        continue
      }
      issues.push({ ...testCase.source, path: `case ${testCase.id}`, message: error.message })
    }
  }
  if (more > 0)
    issues.push({ file: prompt.file, path: '', message: `and ${more} more case(s) with missing variables` })
  return issues
}

/** The model a prompt version runs: the suite's, else the prompt file's, else defaults.model. */
export function modelIdFor(config: Config, suite: SuiteConfig, prompt: PromptDefinition): string | undefined {
  return suite.model ?? prompt.model ?? config.defaults?.model
}

/** defaults < prompt file < suite, per side: the base prompt's own parameters apply to base. */
export function parametersFor(config: Config, suite: SuiteConfig, prompt: PromptDefinition): ModelParameters {
  return { ...config.defaults?.modelParameters, ...prompt.modelParameters, ...suite.modelParameters }
}

/** One prompt version of a suite as it runs: its model and parameters, by the rules above. */
export interface SuiteSide {
  prompt: PromptDefinition
  modelId: string
  parameters: ModelParameters
}

/**
 * The side that runs `prompt` (head's by default). A base prompt that names no model, with no
 * suite or default model either, runs head's model: the comparison is then of prompts alone.
 */
export function suiteSide(config: Config, suite: ResolvedSuite, prompt = suite.prompt): SuiteSide {
  return {
    prompt,
    modelId: modelIdFor(config, suite.config, prompt) ?? suite.modelId,
    parameters: parametersFor(config, suite.config, prompt)
  }
}

/**
 * defaults.checks + suite.checks as the engine's CheckSpecs (the prompt file's come on top), each
 * with its origin recorded when the config came from a file, so preflight can name its line.
 * `index` is the suite's entry in `config.suites` (found by identity when not given).
 */
export function configuredChecks(
  config: Config,
  suite: SuiteConfig,
  index = config.suites.indexOf(suite)
): CheckSpec[] {
  const located = (spec: ConfigCheckSpec, path: (string | number)[] | undefined): CheckSpec => {
    const check = toCheckSpec(spec)
    const origin = path && configLocation(config, path)
    if (origin) setCheckOrigin(check, origin)
    return check
  }
  return [
    ...(config.defaults?.checks ?? []).map((spec, i) => located(spec, ['defaults', 'checks', i])),
    ...(suite.checks ?? []).map((spec, i) =>
      located(spec, index >= 0 ? ['suites', index, 'checks', i] : undefined)
    )
  ]
}

/**
 * Repo-relative paths and globs whose change makes the suite affected: prompt, system template,
 * datasets, schemaFiles of json-schema checks (suite and case level), suite.files. Without the
 * resolved cases (a base config read alone) the case-level schema files are unknown.
 */
export function suiteFiles(
  suite: SuiteConfig,
  checks: readonly CheckSpec[],
  cases: readonly TestCase[] = []
): string[] {
  const files = new Set<string>([suite.prompt])
  if (suite.system) files.add(suite.system)
  for (const dataset of suite.datasets ?? []) files.add(dataset)
  for (const check of [...checks, ...cases.flatMap(c => c.checks)]) {
    if (check.type === 'json-schema' && check.schemaFile) files.add(check.schemaFile)
  }
  for (const pattern of suite.files ?? []) files.add(pattern)
  return [...files]
}
