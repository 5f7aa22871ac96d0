// Loads `.github/promptgate.yml`: YAML with positions → zod validation → cross-reference checks.
// Every problem is collected and reported with file:line:col, key path and what to change.
import { readFile } from 'node:fs/promises'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { decodeTextFile } from '../core/text-file.js'
import { isGhModelsPromptPath } from '../prompts/files.js'
import {
  closest,
  ConfigError,
  MissingFileError,
  formatPath,
  readDecoded,
  type ConfigIssue
} from '../core/errors.js'
import { configSchema, type Config } from './schema.js'
import { parseYaml, positionAt, yamlToJs, type YamlSource } from '../core/yaml.js'
import { mapZodIssues, type Locate } from '../core/zod-issues.js'

export { ConfigError, MissingFileError } from '../core/errors.js'
export type { ConfigIssue } from '../core/errors.js'

/**
 * The largest config file accepted, in characters. Real configs are a few kilobytes; one that is
 * valid YAML but enormous (generated, or a hostile PR) would cost the runner memory and time in
 * parsing and validation for nothing, so it is refused before parsing.
 */
export const MAX_CONFIG_CHARS = 1024 * 1024

/** Parses and validates a config. Throws `ConfigError` listing every problem. */
export function loadConfig(file: string, text: string): Config {
  if (text.length > MAX_CONFIG_CHARS) {
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        path: '',
        message: `the config is ${text.length} characters, over the ${MAX_CONFIG_CHARS}-character limit; a config is a few kilobytes: move cases into datasets and prompts into prompt files`,
        expected: `at most ${MAX_CONFIG_CHARS} characters`,
        found: `${text.length} characters`
      }
    ])
  }
  const source = parseYaml(file, text)
  if (source.errors.length > 0) {
    throw new ConfigError(
      source.errors.map(e => ({
        ...e,
        line: e.line ?? 1,
        column: e.column ?? 1,
        expected: 'valid YAML',
        found: 'a syntax error'
      }))
    )
  }
  let data: unknown
  try {
    data = yamlToJs(source)
  } catch (error) {
    throw new ConfigError([
      issueAt(source, [], String(error), 'YAML without excessive aliases', 'too many aliases')
    ])
  }
  if (data === null || data === undefined) {
    throw new ConfigError([
      issueAt(
        source,
        [],
        'the config is empty; start it with `version: 1`, `providers:` and `suites:`',
        'a mapping',
        'an empty document'
      )
    ])
  }
  const parsed = configSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    const locate: Locate = (path, atKey) => ({ file, ...positionAt(source, path, { atKey }) })
    throw new ConfigError(sortIssues(mapZodIssues(configSchema, data, parsed.error.issues, locate)))
  }
  const crossIssues = crossReferenceIssues(source, parsed.data)
  if (crossIssues.length > 0) throw new ConfigError(sortIssues(crossIssues))
  configSources.set(parsed.data, source)
  return parsed.data
}

/** Sources of loaded configs, so later stages can point at the line that names a file. */
const configSources = new WeakMap<Config, YamlSource>()

/**
 * Where `path` (e.g. `['suites', 0, 'prompt']`) sits in the file a config was loaded from.
 * Undefined for a config built in code or copied after loading.
 */
export function configLocation(
  config: Config,
  path: readonly PropertyKey[],
  options: { atKey?: boolean } = {}
): { file: string; line: number; column: number; path: string } | undefined {
  const source = configSources.get(config)
  if (!source) return undefined
  return { file: source.file, ...positionAt(source, path, options), path: formatPath(path) }
}

/** The file a config was loaded from, for messages that tell the user where to add a line. */
export function configFileOf(config: object): string | undefined {
  return configSources.get(config as Config)?.file
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column)
}

/** Read access to the config file; `RepoFiles` fits, and so does the default disk reader. */
export interface ConfigFileReader {
  readonly label?: string
  readText(path: string): Promise<string | undefined>
}

const diskReader: ConfigFileReader = {
  async readText(path) {
    try {
      return decodeTextFile(path, await readFile(path))
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      throw error
    }
  }
}

/** Reads and loads the config; a missing file gets its own message naming the path tried. */
export async function readConfigFile(path: string, reader: ConfigFileReader = diskReader): Promise<Config> {
  const text = await readDecoded(() => reader.readText(path))
  if (text === undefined) {
    const message =
      `no config file at ${path}. Create it (a minimal one needs \`version: 1\`, \`providers:\` and \`suites:\`), ` +
      `or point PromptGate at another file with the action's \`config\` input or the CLI's --config option ` +
      `(default ${DEFAULT_CONFIG_PATH}, relative to the repository root)`
    throw new MissingFileError(path, reader.label ?? 'the working directory', message)
  }
  return loadConfig(path, text)
}

function issueAt(
  source: YamlSource,
  path: readonly PropertyKey[],
  message: string,
  expected: string,
  found: string,
  atKey = false
): ConfigIssue {
  const { line, column } = positionAt(source, path, { atKey })
  return { file: source.file, line, column, path: formatPath(path), message, expected, found }
}

// ---------------------------------------------------------------------------------------------
// Cross-reference checks: what the schema alone cannot see.

function crossReferenceIssues(source: YamlSource, config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const firstIndex = new Map<string, number>()
  config.suites.forEach((suite, index) => {
    const first = firstIndex.get(suite.id)
    if (first === undefined) {
      firstIndex.set(suite.id, index)
      return
    }
    const firstLine = positionAt(source, ['suites', first, 'id']).line
    issues.push(
      issueAt(
        source,
        ['suites', index, 'id'],
        `duplicate suite id "${suite.id}" (first used by suites[${first}] at line ${firstLine}); suite ids must be unique`,
        'a unique suite id',
        JSON.stringify(suite.id)
      )
    )
  })

  const providers = Object.keys(config.providers)
  const checkProvider = (name: string | undefined, path: PropertyKey[]) => {
    if (name === undefined || Object.hasOwn(config.providers, name)) return
    const suggestion = closest(name, providers)
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : `defined providers: ${providers.join(', ') || 'none'}`
    issues.push(
      issueAt(
        source,
        path,
        `provider "${name}" is not defined under providers; ${hint}`,
        `one of ${providers.map(p => JSON.stringify(p)).join(', ')}`,
        JSON.stringify(name)
      )
    )
  }
  checkProvider(config.defaults?.provider, ['defaults', 'provider'])
  // robustness.judge asks the run's judge model: without `judge:` it would silently do nothing.
  const robustnessJudges: PropertyKey[][] = [
    ...(config.defaults?.robustness?.judge === true ? [['defaults', 'robustness', 'judge']] : []),
    ...config.suites.flatMap((suite, index) =>
      suite.robustness?.judge === true ? [['suites', index, 'robustness', 'judge']] : []
    )
  ]
  if (!config.judge) {
    for (const path of robustnessJudges) {
      issues.push(
        issueAt(
          source,
          path,
          'robustness.judge is true but no judge model is configured; add a top-level `judge: { model: … }`',
          'a top-level judge',
          'no judge'
        )
      )
    }
  }
  checkProvider(config.judge?.provider, ['judge', 'provider'])
  for (const [model, route] of Object.entries(config.models ?? {}))
    checkProvider(route.provider, ['models', model, 'provider'])

  config.suites.forEach((suite, index) => {
    if (
      isGhModelsPromptPath(suite.prompt) ||
      suite.model !== undefined ||
      config.defaults?.model !== undefined
    )
      return
    issues.push(
      issueAt(
        source,
        ['suites', index, 'prompt'],
        `suite "${suite.id}" uses a text template (${suite.prompt}), which names no model; set suites[${index}].model or defaults.model`,
        'a model for the template',
        'no model'
      )
    )
  })
  return issues
}
