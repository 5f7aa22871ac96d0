// The CLI's commands: run, baseline, validate. Returns the exit code instead of exiting, so
// tests drive it in-process.
import { execFile } from 'node:child_process'
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { dirname, join, resolve } from 'node:path'
import { formatIssue, SourceError, type SourceIssue } from '../core/errors.js'
import { configuredOutputPaths, ignoreOutputFolder, type OutputPaths } from '../config/paths.js'
import { counted } from '../core/plural.js'
import {
  EXIT_CONFIG_ERROR,
  EXIT_GATE_FAILED,
  EXIT_INCONCLUSIVE,
  EXIT_OK,
  EXIT_RUNTIME_ERROR
} from '../constants.js'
import type { RunReport } from '../core/report.js'
import type { RepoFiles } from '../core/types.js'
import {
  asStoredBase,
  BASELINE_FORMAT,
  fingerprintResolvedSuite,
  parseBaselineFile,
  staleBaselineReason,
  type BaselineFile
} from '../engine/baseline.js'
import { missingCassetteIssues, missingKeyIssues } from '../engine/preflight.js'
import { loadProject, missingKeys, selectSuites, SuiteSelectionError, withBase } from '../engine/prepare.js'
import { runSuites, type SuiteToRun } from '../engine/pipeline.js'
import { LineProgress, silentProgress, TtyProgress, type ProgressSink } from '../engine/progress.js'
import { fsRepoFiles, gitRepoFiles } from '../repo/files.js'
import { createLocalGit } from '../repo/git.js'
import type { Env } from '../providers/registry.js'
import { RoutingError } from '../providers/routing.js'
import { withCallSinks } from '../observe/sink.js'
import { writeJsonReport } from '../report/json.js'
import { renderTerminal } from '../report/terminal.js'
import type { CliOptions } from './args.js'
import { CliPathError, cliPath, cliRepoPath } from './paths.js'
import type { Config } from '../config/schema.js'
import type { ResolvedSuite } from '../config/suites.js'
import { errorMessage } from '../core/guards.js'

export interface CliIo {
  env: Env
  stdout(text: string): void
  stderr(text: string): void
  isTty: boolean
  /** The folder the CLI was started in (default process.cwd()). */
  cwd?: string
}

export const DEFAULT_BASELINE_PATH = '.promptgate/baseline.json'

/** Errors the user fixes in their files or flags: exit code 2, message only, no stack. */
export function isConfigurationError(error: unknown): boolean {
  return (
    error instanceof SourceError ||
    error instanceof RoutingError ||
    error instanceof MissingSecretError ||
    error instanceof StaleBaselineError ||
    error instanceof MissingRefError ||
    error instanceof RootFolderError ||
    error instanceof CliPathError ||
    error instanceof SuiteSelectionError
  )
}

/** Keys the run needs and the environment lacks, each at its provider's line in the config. */
export class MissingSecretError extends SourceError {
  constructor(issues: readonly SourceIssue[]) {
    super(`Missing API ${issues.length === 1 ? 'key' : 'keys'}`, issues)
    this.name = 'MissingSecretError'
  }
}

/** A stored baseline recorded with another model, provider, cases, checks or parameters. */
export class StaleBaselineError extends Error {
  override name = 'StaleBaselineError'
}

/** A --base ref the local clone does not have. */
/** A -C folder that does not exist. */
export class RootFolderError extends Error {
  override name = 'RootFolderError'
}

/**
 * The folder every path is relative to: -C when given (it must exist), else like git the nearest
 * folder at or above the current one that holds `.git`, else the current folder.
 */
export async function repositoryRoot(
  options: Pick<CliOptions, 'rootDir' | 'rootGiven'>,
  cwd: string
): Promise<string> {
  if (options.rootGiven) {
    const dir = resolve(cwd, options.rootDir)
    const info = await stat(dir).catch(() => undefined)
    if (!info) throw new RootFolderError(`-C ${options.rootDir}: no such folder (${dir})`)
    if (!info.isDirectory()) throw new RootFolderError(`-C ${options.rootDir}: not a folder (${dir})`)
    return dir
  }
  for (let dir = resolve(cwd); ;) {
    if (await stat(join(dir, '.git')).catch(() => undefined)) return dir
    const parent = dirname(dir)
    if (parent === dir) return resolve(cwd)
    dir = parent
  }
}

export class MissingRefError extends Error {
  override name = 'MissingRefError'
}

export function exitCodeFor(report: RunReport, failOnInconclusive: boolean): number {
  if (report.verdict === 'fail') return EXIT_GATE_FAILED
  if (report.verdict === 'inconclusive') return failOnInconclusive ? EXIT_GATE_FAILED : EXIT_INCONCLUSIVE
  return EXIT_OK
}

export async function runCli(options: CliOptions, io: CliIo): Promise<number> {
  try {
    return await runCommand(options, io)
  } catch (error) {
    const message = errorMessage(error)
    io.stderr(`promptgate: ${message}\n`)
    if (isConfigurationError(error)) return EXIT_CONFIG_ERROR
    if (!(error instanceof Error)) return EXIT_RUNTIME_ERROR
    if (io.env.PROMPTGATE_DEBUG) io.stderr(`${error.stack ?? ''}\n`)
    return EXIT_RUNTIME_ERROR
  }
}

function progressFor(options: CliOptions, io: CliIo): ProgressSink {
  if (options.quiet || options.json) return silentProgress
  if (io.isTty) return new TtyProgress({ write: io.stderr })
  return new LineProgress(line => io.stderr(`${line}\n`))
}

/** load → validate, or: require keys and cassettes → choose the base side → run → write and print the report. */
async function runCommand(given: CliOptions, io: CliIo): Promise<number> {
  const rootDir = await repositoryRoot(given, io.cwd ?? process.cwd())
  const options = confinedPaths(given, rootDir)
  const head: RepoFiles = fsRepoFiles(rootDir, 'the working tree')
  const project = await loadProject(
    options.configPath,
    head,
    issue => io.stderr(`warning: ${formatIssue(issue)}\n`),
    { env: io.env }
  )
  const { config } = project
  const suites = selectSuites(project.suites, options.suites)
  if (options.command === 'validate')
    return validate(options, project.discovered, config, suites, io, rootDir)
  requireMachine(config, suites, options, io, rootDir)
  const notes: string[] = project.discovered ? [project.discovered] : []
  const sides = await baseSide(options, rootDir, config, suites, notes)
  const paths = configuredOutputPaths(rootDir, config, options.configPath)
  await ignoreOutputFolder(rootDir, paths)
  const report = await runLogged(options, io, { config, rootDir, head, sides, notes, paths })
  await writeOutputs(options, io, { report, config, rootDir, toRun: sides.toRun, paths })
  return exitCodeFor(report, config.gate?.failOnInconclusive ?? false)
}

/** Every path option resolved by the one rule (cli/paths.ts), before anything is read or written. */
function confinedPaths(options: CliOptions, rootDir: string): CliOptions {
  if (options.reportPath) cliPath(rootDir, '--report', options.reportPath)
  if (options.baselinePath) cliPath(rootDir, '--baseline', options.baselinePath)
  return { ...options, configPath: cliRepoPath(rootDir, '--config', options.configPath) }
}

/**
 * `run` without the calls: loading already ran the preflight (engine/preflight.ts) that `run`
 * runs; what is left is what the machine must provide, checked by the same `requireMachine` as
 * `run`. A missing key is an error here as in `run`, or a warning with --offline (checking the
 * files where no keys are); a missing cassette is an error either way.
 */
function validate(
  options: CliOptions,
  discovered: string | undefined,
  config: Config,
  suites: ResolvedSuite[],
  io: CliIo,
  rootDir: string
): number {
  const keys = requireMachine(config, suites, options, io, rootDir)
  for (const issue of keys) io.stderr(`warning (--offline): ${formatIssue(issue)}\n`)
  const cases = suites.reduce((n, s) => n + s.cases.length, 0)
  const what = discovered ? 'no config (discovered prompt files)' : options.configPath
  io.stdout(
    `${what}: valid — ${counted(suites.length, 'suite')}, ${counted(cases, 'case')}; no model was called\n`
  )
  return EXIT_OK
}

interface Sides {
  toRun: SuiteToRun[]
  base?: RepoFiles
}

/** What head is compared with: a git ref (--base), a stored baseline (--baseline), or nothing. */
async function baseSide(
  options: CliOptions,
  rootDir: string,
  config: Config,
  suites: ResolvedSuite[],
  notes: string[]
): Promise<Sides> {
  const toRun: SuiteToRun[] = suites.map(suite => ({ suite, change: 'run' as const }))
  if (options.baseRef) {
    const git = createLocalGit(rootDir)
    if (!(await git.hasCommit(options.baseRef))) {
      throw new MissingRefError(`--base ${options.baseRef}: no such commit in ${rootDir}; fetch it first`)
    }
    const base = gitRepoFiles({ rev: options.baseRef, git, label: `base (${options.baseRef})` })
    return { toRun: await Promise.all(suites.map(suite => withBase(suite, base))), base }
  }
  // For `baseline`, --baseline names the file to write, not one to compare with.
  if (options.baselinePath && options.command !== 'baseline')
    return { toRun: await fromBaseline(options.baselinePath, rootDir, toRun, config, notes) }
  return { toRun }
}

/**
 * What this machine must provide beyond the files: the API keys (the CLI needs them whatever
 * `gate.onMissingSecret` says) and the cassettes strict replays read. Throws for what is missing;
 * under `validate --offline` returns the missing keys instead, as warnings.
 */
function requireMachine(
  config: Config,
  suites: ResolvedSuite[],
  options: CliOptions,
  io: CliIo,
  rootDir: string
): SourceIssue[] {
  const cassettes = missingCassetteIssues(config, suites, options.configPath, rootDir, options.record)
  const keys = missingKeyIssues(
    config,
    missingKeys(config, suites, io.env, options.record),
    options.configPath
  )
  const warnOnly = options.command === 'validate' && options.offline
  if (cassettes.length > 0)
    throw new SourceError('Missing cassette', [...cassettes, ...(warnOnly ? [] : keys)])
  if (keys.length > 0 && !warnOnly) throw new MissingSecretError(keys)
  return keys
}

interface RunInput {
  config: Config
  rootDir: string
  head: RepoFiles
  sides: Sides
  notes: string[]
  paths: OutputPaths
}

function runLogged(options: CliOptions, io: CliIo, input: RunInput): Promise<RunReport> {
  const { config, rootDir, sides, paths } = input
  const sinks = {
    logPath: paths.log,
    config,
    env: io.env,
    runName: options.command,
    warn: (message: string) => io.stderr(`warning: ${message}\n`)
  }
  return withCallSinks(sinks, writeCall =>
    runSuites(
      config,
      sides.toRun,
      [],
      {
        configFile: options.configPath,
        rootDir,
        record: options.record,
        cache: options.cache,
        cacheDir: paths.cache,
        repeats: options.repeats,
        concurrency: options.concurrency,
        notes: input.notes,
        git: options.baseRef ? { baseRef: options.baseRef } : undefined
      },
      {
        head: input.head,
        base: sides.base,
        env: io.env,
        progress: progressFor(options, io),
        log: line => io.stderr(`${line}\n`),
        now: Date.now,
        onCall: writeCall
      }
    )
  )
}

interface Outputs {
  report: RunReport
  config: Config
  rootDir: string
  toRun: SuiteToRun[]
  paths: OutputPaths
}

/** The JSON report, the baseline (for `baseline`), and the terminal or JSON output. */
async function writeOutputs(options: CliOptions, io: CliIo, out: Outputs): Promise<void> {
  const { report, paths } = out
  const reportPath = options.reportPath ? resolve(out.rootDir, options.reportPath) : paths.report
  await writeJsonReport(reportPath, report)
  if (options.command === 'baseline') {
    const baselinePath = resolve(out.rootDir, options.baselinePath ?? DEFAULT_BASELINE_PATH)
    await writeBaseline(baselinePath, report, out.toRun, out.config, out.rootDir)
    io.stderr(`baseline written to ${baselinePath}\n`)
  }
  if (options.json) io.stdout(JSON.stringify(report, null, 2) + '\n')
  else {
    io.stdout(renderTerminal(report) + '\n')
    io.stdout(`Report: ${reportPath}\nCall log: ${paths.log}\n`)
  }
}

/** The commit the baseline was recorded at, so the action can tell a baseline of another base. */
async function headCommit(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}

async function writeBaseline(
  path: string,
  report: RunReport,
  toRun: SuiteToRun[],
  config: Config,
  rootDir: string
): Promise<void> {
  const baseline: BaselineFile = {
    format: BASELINE_FORMAT,
    createdAt: report.finishedAt,
    commit: report.git?.headSha ?? (await headCommit(rootDir)),
    suites: toRun.map(({ suite }) => ({
      id: suite.id,
      fingerprint: fingerprintResolvedSuite(suite, config),
      samples: report.suites.find(s => s.id === suite.id)?.cases.flatMap(c => c.head) ?? []
    }))
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(baseline) + '\n')
}

/** Head is compared with a stored baseline; a stale baseline is refused, never used. */
async function fromBaseline(
  path: string,
  rootDir: string,
  toRun: SuiteToRun[],
  config: Config,
  notes: string[]
): Promise<SuiteToRun[]> {
  let text: string
  try {
    text = await readFile(resolve(rootDir, path), 'utf8')
  } catch {
    throw new StaleBaselineError(
      `--baseline ${path}: no such file; write one with \`promptgate baseline\` first`
    )
  }
  const baseline = parseBaselineFile(path, text)
  return toRun.map(entry => {
    const stored = baseline.suites.find(s => s.id === entry.suite.id)
    if (!stored) {
      notes.push(
        `No baseline stored for suite ${entry.suite.id} in ${path}: judged on absolute thresholds only.`
      )
      return { ...entry, change: 'added' as const }
    }
    const current = fingerprintResolvedSuite(entry.suite, config)
    // The prompt is what the change is about: compare everything else.
    const stale = staleBaselineReason({ ...stored.fingerprint, prompt: current.prompt }, current)
    if (stale) throw new StaleBaselineError(`suite ${entry.suite.id}: ${stale}`)
    return {
      ...entry,
      change: 'modified' as const,
      baseSamples: asStoredBase(stored.samples)
    }
  })
}
