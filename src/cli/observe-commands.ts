// `promptgate import` and `promptgate insights`: production call logs → dataset cases, and what
// the logs say. Own argument parsing (the other commands' flags do not apply); returns an exit code.
import { errorMessage } from '../core/guards.js'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatIssue, SourceError } from '../core/errors.js'
import { configuredOutputPaths } from '../config/paths.js'
import type { Config } from '../config/schema.js'
import type { ResolvedSuite } from '../config/suites.js'
import { DEFAULT_CONFIG_PATH, EXIT_CONFIG_ERROR, EXIT_OK, EXIT_RUNTIME_ERROR } from '../constants.js'
import { loadProject, selectSuites, SuiteSelectionError } from '../engine/prepare.js'
import { CliPathError, cliPath } from './paths.js'
import { fsRepoFiles } from '../repo/files.js'
import { DatasetOutputError, renderDatasetFile } from '../observe/dataset-file.js'
import { importCalls } from '../observe/import.js'
import { renderImportMarkdown, renderImportTerminal } from '../observe/import-report.js'
import { computeInsights, renderInsightsMarkdown, renderInsightsTerminal } from '../observe/insights.js'
import { LOG_FORMATS, readCallLogs, type LogFormat, type LoggedCall } from '../observe/read.js'
import { createRedactor } from '../observe/redact.js'
import type { ImportMapping } from '../config/observe.js'
import { templateVariables } from '../prompts/index.js'
import {
  commandUsage,
  commandWord,
  isObserveCommand,
  OPTIONS,
  rejectMisplaced,
  usageProblem,
  UsageError,
  type ObserveCommand
} from './args.js'
import type { CliIo } from './run.js'

interface ObserveOptions {
  command: ObserveCommand
  logs: string[]
  configPath: string
  rootDir: string
  suite?: string
  format?: LogFormat
  out?: string
  force: boolean
  cap?: number
  seed?: number
  threshold?: number
  varName?: string
  summaryPath?: string
  help: boolean
}

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${flag} takes a whole number ≥ ${min}, got "${value}"`)
  return n
}

export function parseObserveArgs(argv: string[]): ObserveOptions {
  const command = commandWord(argv)
  if (!isObserveCommand(command))
    throw new UsageError('expected `import` or `insights`; see `promptgate --help`')
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
  } catch (error) {
    throw usageProblem(error, command)
  }
  const { values, positionals } = parsed
  const logs = positionals.slice(1)
  if (!values.help) rejectMisplaced(command, values)
  const suites = values.suite ?? []
  if (suites.length > 1) throw new UsageError(`${command} takes one --suite, got ${suites.join(', ')}`)
  const format = values.format
  if (format !== undefined && !(LOG_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${LOG_FORMATS.join(', ')}, got "${format}"`)
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    throw new UsageError(`--threshold takes a Jaccard similarity in (0, 1], got "${values.threshold}"`)
  }
  const options: ObserveOptions = {
    command,
    logs,
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    rootDir: values.root ?? '.',
    suite: suites[0],
    format: format as LogFormat | undefined,
    out: values.out,
    force: values.force ?? false,
    cap: wholeNumber('cap', values.cap, 1),
    seed: wholeNumber('seed', values.seed, 0),
    threshold,
    varName: values.var,
    summaryPath: values.summary,
    help: values.help ?? false
  }
  if (!options.help && command === 'import') {
    if (logs.length === 0)
      throw new UsageError('import: name at least one log file; see `promptgate import --help`')
    if (!options.suite) throw new UsageError('import: --suite <id> names the suite the cases are for')
  }
  return options
}

export async function runObserveCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseObserveArgs(argv)
    if (options.help) {
      io.stdout(commandUsage(options.command) + '\n')
      return EXIT_OK
    }
    return options.command === 'import'
      ? await importCommand(options, io)
      : await insightsCommand(options, io)
  } catch (error) {
    const message = errorMessage(error)
    io.stderr(`promptgate: ${message}\n`)
    const userError =
      error instanceof UsageError ||
      error instanceof SourceError ||
      error instanceof SuiteSelectionError ||
      error instanceof DatasetOutputError ||
      error instanceof CliPathError
    return userError ? EXIT_CONFIG_ERROR : EXIT_RUNTIME_ERROR
  }
}

async function readLogs(
  paths: readonly string[],
  options: ObserveOptions,
  mapping: ImportMapping | undefined
): Promise<LoggedCall[]> {
  const files = await Promise.all(
    paths.map(async path => {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        throw new UsageError(`${path}: no such log file`)
      }
      return { file: path, text, ...(options.format ? { format: options.format } : {}) }
    })
  )
  return readCallLogs(files, mapping)
}

/** --summary follows the command-line path rule (cli/paths.ts): relative to the root, inside it. */
async function writeSummary(rootDir: string, path: string | undefined, markdown: string): Promise<void> {
  if (!path) return
  const full = cliPath(rootDir, '--summary', path)
  await mkdir(dirname(full), { recursive: true })
  await writeFile(full, markdown)
}

/** `datasets/reviews.jsonl` → `datasets/reviews.imported.jsonl`. */
function defaultOutPath(suite: ResolvedSuite): string {
  const first = suite.config.datasets?.[0]
  if (!first) return join('datasets', `${suite.id}.imported.jsonl`)
  const ext = extname(first)
  const name = basename(first, ext)
  return join(dirname(first), `${name}.imported${ext === '.csv' ? '.jsonl' : ext}`)
}

function varNameFor(suite: ResolvedSuite, given: string | undefined): string | undefined {
  if (given) return given
  const names = templateVariables(suite.prompt)
  return names.length === 1 ? names[0] : undefined
}

async function importCommand(options: ObserveOptions, io: CliIo): Promise<number> {
  const rootDir = resolve(options.rootDir)
  const project = await loadProject(options.configPath, fsRepoFiles(rootDir, 'the working tree'), issue =>
    io.stderr(`warning: ${formatIssue(issue)}\n`)
  )
  const [suite] = selectSuites(project.suites, [options.suite as string])
  if (!suite) throw new UsageError(`import: no suite ${options.suite}`)
  const outRel = options.out ?? defaultOutPath(suite)
  const outPath = cliPath(rootDir, '--out', outRel)
  if (existsSync(outPath) && !options.force) {
    throw new UsageError(`import: ${outRel} exists; choose another --out or pass --force to overwrite it`)
  }
  const calls = await readLogs(
    options.logs.map(l => resolve(l)),
    options,
    project.config.observe?.import?.mapping
  )
  const varName = varNameFor(suite, options.varName)
  const summary = importCalls(
    calls,
    {
      suiteId: suite.id,
      cases: suite.cases,
      ...(varName ? { varName } : {}),
      ...(suite.thresholds.maxP95LatencyMs !== undefined
        ? { latencyBudgetMs: suite.thresholds.maxP95LatencyMs }
        : {})
    },
    {
      redact: createRedactor(project.config.rails),
      ...(options.cap !== undefined ? { cap: options.cap } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {})
    }
  )
  if (summary.dropped.noInput > 0 && !varName) {
    const names = templateVariables(suite.prompt)
    io.stderr(
      `warning: ${summary.dropped.noInput} call(s) carry no variables and the prompt has ${names.length === 0 ? 'none' : `several (${names.join(', ')})`}: pass --var <name> to say which one a user message fills\n`
    )
  }
  const shownPath = relative(rootDir, outPath) || outRel
  const header = `Imported by promptgate import for suite ${suite.id}: review before committing.`
  await mkdir(dirname(outPath), { recursive: true })
  await writeFile(outPath, renderDatasetFile(outPath, summary.added, header))
  io.stdout(renderImportTerminal(summary, shownPath) + '\n')
  await writeSummary(rootDir, options.summaryPath, renderImportMarkdown(summary, shownPath))
  return EXIT_OK
}

async function insightsCommand(options: ObserveOptions, io: CliIo): Promise<number> {
  const rootDir = resolve(options.rootDir)
  let config: Config | undefined
  let budget: number | undefined
  const configFile = resolve(rootDir, options.configPath)
  if (existsSync(configFile)) {
    const project = await loadProject(options.configPath, fsRepoFiles(rootDir, 'the working tree'))
    config = project.config
    const suite = options.suite ? selectSuites(project.suites, [options.suite])[0] : undefined
    budget = suite?.thresholds.maxP95LatencyMs ?? config.defaults?.thresholds?.maxP95LatencyMs
  }
  const logs =
    options.logs.length > 0
      ? options.logs.map(l => resolve(l))
      : config
        ? [configuredOutputPaths(rootDir, config, options.configPath).log]
        : []
  if (logs.length === 0)
    throw new UsageError('insights: name a log file (no config found for the default call log)')
  const calls = await readLogs(logs, options, config?.observe?.import?.mapping)
  const insights = computeInsights(calls, budget !== undefined ? { latencyBudgetMs: budget } : {})
  io.stdout(renderInsightsTerminal(insights) + '\n')
  await writeSummary(rootDir, options.summaryPath, renderInsightsMarkdown(insights))
  return EXIT_OK
}
