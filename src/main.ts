// The GitHub Action: detect the suites a change touched, run base vs head, post one sticky
// comment, and fail the check when the gate says so. Every failure ends in one setFailed here.
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { applyAcceptLabel, baseFileSets, gateFails, headFileSet, skippedReport } from './action/gate.js'
import { parseInputs, OUTPUT, type ActionInputs } from './action/inputs.js'
import { responseCacheKeys, restoreResponseCache, saveResponseCache } from './action/response-cache.js'
import { SourceError } from './core/errors.js'
import { loadConfig } from './config/load.js'
import { configuredOutputPaths, ignoreOutputFolder, type OutputPaths } from './config/paths.js'
import type { Config } from './config/schema.js'
import { DEFAULT_ACCEPT_LABEL } from './constants.js'
import type { RunReport } from './core/report.js'
import type { RepoFiles } from './core/types.js'
import { applyBaseline, parseBaselineFile } from './engine/baseline.js'
import { describeMissingKeys, loadProject, missingKeys, withBase } from './engine/prepare.js'
import { runSuites, type DeletedSuite, type SuiteToRun } from './engine/pipeline.js'
import { LineProgress } from './engine/progress.js'
import type { GitHubApi, RepoRef } from './github/api.js'
import { fsRepoFiles, gitRepoFiles } from './repo/files.js'
import { affectedSuites, listChangedFiles, type AffectedSuite } from './github/changes.js'
import { createGitHubClient } from './github/client.js'
import { parseEventContext, type GitEventContext } from './github/event.js'
import { createLocalGit, type LocalGit } from './repo/git.js'
import { normalizeRepoPath } from './repo/paths.js'
import { upsertSkippedComment, upsertStickyComment } from './github/sticky-comment.js'
import { escapeHtml } from './report/escape.js'
import { withCallLog, writeJsonReport } from './report/json.js'
import {
  annotationsFor,
  renderComment,
  renderSkippedComment,
  renderSummary,
  type RenderOptions
} from './report/markdown.js'
import { errorMessage } from './core/guards.js'

/** Runs the action; never throws: errors become one setFailed with what to do. */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name))
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    await gate(inputs, process.env)
  } catch (error) {
    core.setOutput(OUTPUT.verdict, 'fail')
    if (error instanceof SourceError) {
      for (const issue of error.issues) {
        core.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
          file: issue.file,
          startLine: issue.line,
          startColumn: issue.column,
          title: 'PromptGate configuration'
        })
      }
    }
    const message = error instanceof Error ? error.message : `non-Error thrown: ${String(error)}`
    core.setOutput(OUTPUT.reason, message.split('\n')[0])
    core.setOutput(OUTPUT.affectedSuites, '[]')
    try {
      await core.summary
        .addHeading('PromptGate could not run', 2)
        .addRaw(`<pre><code>${escapeHtml(message)}</code></pre>`, true)
        .addRaw('Nothing was evaluated; fix the problem above and re-run the job.')
        .write()
    } catch {
      // No summary file outside a runner: the failure message below still says it all.
    }
    core.setFailed(message)
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set: PromptGate runs as a step of a GitHub Actions workflow`)
  return value
}

function renderOptions(env: NodeJS.ProcessEnv): RenderOptions {
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT
  }
}

/**
 * pull_request_target runs with secrets and a write token on a PR's files. Where secrets go
 * (providers, routes, the judge), what executes code (custom rails modules), where files are
 * written and restored (run), the comment identity (id) and the gate policy come from the base
 * config; the PR's config still defines its suites, checks and thresholds, which reviewers see.
 */
/**
 * Where the report, call log and cache go. On pull_request_target the checkout is the PR's, so
 * a committed symlink or forged cache shard must never be written through or read: use the
 * runner's temporary directory instead of paths in the workspace.
 */
function outputPaths(
  workspace: string,
  config: Config,
  configFile: string,
  ctx: GitEventContext,
  env: NodeJS.ProcessEnv
): OutputPaths {
  if (ctx.headIsUntrusted) {
    const root = join(env.RUNNER_TEMP || tmpdir(), 'promptgate')
    return { report: join(root, 'report.json'), log: join(root, 'calls.jsonl'), cache: join(root, 'cache') }
  }
  return configuredOutputPaths(workspace, config, configFile)
}

function trustedConfig(head: Config, base: Config | undefined, ctx: GitEventContext): Config {
  if (!ctx.headIsUntrusted) return head
  if (!base) {
    throw new Error(
      "pull_request_target: the base branch has no PromptGate config, and the PR's own config cannot be trusted " +
        'with secrets. Merge the config to the base branch first.'
    )
  }
  return {
    ...head,
    providers: base.providers,
    models: base.models,
    judge: base.judge,
    // Module paths from base would still load files of the PR checkout: no custom modules at all.
    rails: base.rails ? { ...base.rails, custom: undefined } : undefined,
    run: base.run,
    id: base.id,
    gate: base.gate,
    defaults: { ...head.defaults, provider: base.defaults?.provider }
  }
}

/**
 * Labels as they are now (a re-run sees the first run's payload); when the API cannot tell, the
 * event's labels still decide, and the log says so.
 */
async function currentLabels(api: GitHubApi, repo: RepoRef, ctx: GitEventContext): Promise<string[]> {
  try {
    return await api.listPullLabels(repo, ctx.prNumber as number)
  } catch (error) {
    core.warning(
      `Could not read the PR's current labels (${errorMessage(error)}); using the labels of the event.`
    )
    return ctx.labels
  }
}

/**
 * A branch name given as base-ref exists in a full clone only as `origin/<name>`: use that
 * rather than the API when the plain name is not a local commit.
 */
async function localRev(git: LocalGit, rev: string): Promise<string> {
  if (await git.hasCommit(rev).catch(() => false)) return rev
  const remote = `origin/${rev}`
  return (await git.hasCommit(remote).catch(() => false)) ? remote : rev
}

/**
 * A stored baseline must come from outside the change (a cache saved on the base branch): a file
 * the checked-out commit carries is the PR's own, and a PR could forge its base side with it.
 */
async function withStoredBaseline(
  toRun: SuiteToRun[],
  path: string,
  workspace: string,
  git: LocalGit,
  ctx: GitEventContext,
  config: Config,
  notes: string[]
): Promise<SuiteToRun[]> {
  let tracked = false
  try {
    tracked = (await git.readFile('HEAD', normalizeRepoPath(path))) !== undefined
  } catch {
    // Not a repo path (absolute, outside the checkout): not part of the commit either.
  }
  if (tracked) {
    const why = `The baseline ${path} is a file of the checked-out commit, which the change itself controls; it was not used and the base side was run. Restore the baseline from a cache saved on the base branch instead.`
    core.warning(why)
    notes.push(why)
    return toRun
  }
  let text: string
  try {
    text = await readFile(resolve(workspace, path), 'utf8')
  } catch {
    notes.push(`No stored baseline at ${path}: the base side was run.`)
    return toRun
  }
  const baseline = parseBaselineFile(path, text)
  if (baseline.commit && ctx.baseSha && baseline.commit !== ctx.baseSha) {
    notes.push(
      `The stored baseline was recorded at ${baseline.commit.slice(0, 7)}, not at the base commit ${ctx.baseSha.slice(0, 7)}; suites whose base prompt, model, cases or checks differ run their base side.`
    )
  }
  return applyBaseline(toRun, baseline, config, notes)
}

async function loadBaseConfig(files: RepoFiles | undefined, path: string): Promise<Config | undefined> {
  if (!files) return undefined
  const text = await files.readText(path)
  if (text === undefined) return undefined
  try {
    return loadConfig(path, text)
  } catch (error) {
    // A broken base config must not block fixing it in this PR: head decides what runs.
    core.warning(
      `The base version of ${path} does not load (${errorMessage(error).split('\n')[0]}); treating every suite as added.`
    )
    return undefined
  }
}

async function gate(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const startedAt = Date.now()
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory)
  const eventName = required(env, 'GITHUB_EVENT_NAME')
  const payload: unknown = JSON.parse(await readFile(required(env, 'GITHUB_EVENT_PATH'), 'utf8'))
  const ctx = parseEventContext(
    eventName,
    payload,
    { GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_SHA: env.GITHUB_SHA, GITHUB_REF: env.GITHUB_REF },
    { baseRef: inputs.baseRef }
  )
  const repo: RepoRef = { owner: ctx.owner, repo: ctx.repo }
  // The runner passes ${{ github.token }} by default; without any token, calls go unauthenticated
  // (enough for public repositories and local test servers) and the log says so.
  const token = inputs.githubToken ?? env.GITHUB_TOKEN ?? ''
  if (token) core.setSecret(token)
  if (!token)
    core.warning(
      'No github-token: GitHub API calls are unauthenticated and the PR comment cannot be written.'
    )
  const api: GitHubApi = createGitHubClient({
    token,
    apiUrl: env.GITHUB_API_URL,
    logger: core
  })
  const git = createLocalGit(workspace)
  const head = fsRepoFiles(workspace, `head (${ctx.headSha.slice(0, 7)})`)
  const baseRev = ctx.baseRev ? await localRev(git, ctx.baseRev) : undefined
  const base = baseRev
    ? gitRepoFiles({ rev: baseRev, git, api, repo, label: `base (${baseRev.slice(0, 7)})` })
    : undefined
  const gitInfo: RunReport['git'] = {
    baseSha: ctx.baseSha,
    headSha: ctx.headSha,
    baseRef: ctx.baseRef,
    headRef: ctx.headRef,
    pr: ctx.prNumber
  }

  const project = await loadProject(
    inputs.configPath,
    head,
    issue =>
      core.warning(issue.message, {
        file: issue.file,
        startLine: issue.line,
        title: 'PromptGate prompt file'
      }),
    { env }
  )
  const baseConfig = await loadBaseConfig(base, inputs.configPath)
  const config = trustedConfig(project.config, baseConfig, ctx)
  const configId = config.id ?? 'default'
  const paths = outputPaths(workspace, config, inputs.configPath, ctx, env)
  await ignoreOutputFolder(workspace, paths)
  const reportPath = paths.report
  const renderOpts = renderOptions(env)
  const notes: string[] = project.discovered ? [project.discovered] : []
  if (ctx.headIsUntrusted && (baseConfig?.rails?.custom?.length ?? 0) > 0) {
    notes.push(
      'pull_request_target: custom rails modules were not loaded, because their files in this checkout come from the PR; validators that need them are reported as errors.'
    )
  }

  // Which suites this change touched.
  let affected: AffectedSuite[]
  if (!base) {
    notes.push(
      'No base version to compare with (a push that created a branch without a base-ref input): every suite is judged on absolute thresholds.'
    )
    affected = project.suites.map(s => ({
      id: s.id,
      affected: true,
      change: 'added' as const,
      promptPath: s.prompt.file,
      reasons: ['no base']
    }))
  } else {
    const changes = await listChangedFiles(
      { ...repo, prNumber: ctx.prNumber, base: ctx.baseSha ?? (baseRev as string), head: ctx.headSha },
      { api, git }
    )
    notes.push(...changes.notes)
    affected = affectedSuites({
      head: project.suites.map(headFileSet),
      // Without a config on either side, base discovered the same prompt files (minus the PR's changes).
      base:
        (baseConfig ?? (project.discovered ? project.config : undefined)) &&
        baseFileSets(baseConfig ?? project.config, project.suites, changes.files),
      changes,
      configPath: inputs.configPath
    }).filter(a => a.affected)
  }
  const commentTarget =
    ctx.prNumber !== undefined && inputs.comment
      ? { ...repo, issueNumber: ctx.prNumber, configId }
      : undefined

  if (affected.length === 0) {
    const report = skippedReport({
      configId,
      configFile: inputs.configPath,
      now: Date.now(),
      git: gitInfo,
      notes,
      reason:
        'No prompt, dataset, schema or config file of a suite changed: nothing to evaluate, no model was called.'
    })
    await writeJsonReport(reportPath, report)
    if (commentTarget) {
      try {
        const updated = await upsertSkippedComment(
          api,
          commentTarget,
          renderSkippedComment({ configId, headSha: ctx.headSha }, renderOpts),
          { authorLogin: inputs.commentAuthor }
        )
        if (updated) core.setOutput(OUTPUT.commentUrl, updated.url)
      } catch (error) {
        core.warning(`Could not update the PR comment: ${errorMessage(error)}`)
      }
    }
    await finish(report, reportPath, renderOpts, false)
    return
  }

  // Missing provider keys (fork PRs get none): follow the policy, never pass unevaluated prompts.
  const running = project.suites.filter(s => affected.some(a => a.id === s.id && a.change !== 'deleted'))
  const missing = missingKeys(config, running, env)
  if (missing.length > 0) {
    const policy = config.gate?.onMissingSecret ?? 'fail'
    const names = describeMissingKeys(missing)
    const why = ctx.isFork ? ' GitHub does not pass secrets to workflows triggered from forks.' : ''
    const advice =
      policy === 'fail'
        ? 'Pass it to the step with env: (from a repository secret), or set gate.onMissingSecret: skip to skip such runs.'
        : 'Skipped as gate.onMissingSecret: skip says; nothing was evaluated.'
    const reason = `Not evaluated: the provider key ${names} is not set.${why} ${advice}`
    const report = skippedReport({
      configId,
      configFile: inputs.configPath,
      now: Date.now(),
      git: gitInfo,
      reason,
      missingSecrets: missing.map(m => m.envVar),
      notes
    })
    const verdictReport: RunReport = policy === 'fail' ? { ...report, verdict: 'fail' } : report
    await writeJsonReport(reportPath, verdictReport)
    if (commentTarget) {
      // An earlier comment's results no longer describe this push: say why nothing was evaluated.
      await upsertStickyComment(api, commentTarget, renderComment(verdictReport, renderOpts), {
        authorLogin: inputs.commentAuthor
      })
        .then(comment => core.setOutput(OUTPUT.commentUrl, comment.url))
        .catch(error => core.warning(`Could not write the PR comment: ${errorMessage(error)}`))
    }
    await finish(verdictReport, reportPath, renderOpts, false)
    if (policy === 'fail') core.setFailed(reason)
    return
  }

  const toRun: SuiteToRun[] = []
  const deleted: DeletedSuite[] = []
  for (const entry of affected) {
    const suite = project.suites.find(s => s.id === entry.id)
    if (entry.change === 'deleted' || !suite) {
      deleted.push({ id: entry.id, promptFile: entry.basePromptPath ?? entry.promptPath ?? entry.id })
      continue
    }
    if (entry.change === 'added' || !base || !entry.basePromptPath) {
      toRun.push({ suite, change: 'added' })
      continue
    }
    toRun.push(await withBase(suite, base, entry.basePromptPath, entry.change === 'renamed'))
  }

  const runnable = inputs.baselinePath
    ? await withStoredBaseline(toRun, inputs.baselinePath, workspace, git, ctx, config, notes)
    : toRun

  const cacheDir = paths.cache
  const useCache = config.run?.cache !== false
  const digest = createHash('sha256')
    .update(JSON.stringify([config, toRun.map(t => [t.suite.prompt, t.basePrompt ?? null])]))
    .digest('hex')
    .slice(0, 16)
  const cacheKeys = useCache
    ? await restoreResponseCache(cacheDir, responseCacheKeys(configId, digest, env), core)
    : undefined

  let report: RunReport = await withCallLog(paths.log, writeCall =>
    runSuites(
      config,
      runnable,
      deleted,
      {
        configFile: inputs.configPath,
        rootDir: workspace,
        record: false,
        cache: useCache,
        cacheDir,
        git: gitInfo,
        notes
      },
      {
        head,
        base,
        env,
        progress: new LineProgress(line => core.info(line)),
        now: Date.now,
        onSecret: secret => core.setSecret(secret),
        onCall: writeCall
      }
    )
  )
  // Caches saved by a pull_request_target run land in the base branch's scope: never from PR input.
  if (cacheKeys && !ctx.headIsUntrusted) await saveResponseCache(cacheDir, cacheKeys, core)

  if (ctx.prNumber !== undefined) {
    report = applyAcceptLabel(
      report,
      await currentLabels(api, repo, ctx),
      config.gate?.acceptLabel ?? DEFAULT_ACCEPT_LABEL
    )
  }
  report = { ...report, run: { ...report.run, durationMs: Date.now() - startedAt } }
  await writeJsonReport(reportPath, report)

  if (commentTarget) {
    try {
      const comment = await upsertStickyComment(api, commentTarget, renderComment(report, renderOpts), {
        authorLogin: inputs.commentAuthor
      })
      core.setOutput(OUTPUT.commentUrl, comment.url)
      core.info(`PR comment ${comment.action}: ${comment.url}`)
    } catch (error) {
      // The verdict stands without the comment; a read-only token (fork PRs) is the usual cause.
      core.warning(
        `Could not write the PR comment (${errorMessage(error)}). The workflow needs permissions: pull-requests: write.`
      )
    }
  }
  await finish(report, reportPath, renderOpts, true)
  if (gateFails(report, config.gate?.failOnInconclusive ?? false))
    core.setFailed(`PromptGate: ${report.reason}`)
}

/** Outputs, job summary and annotations: the same report everywhere. */
async function finish(
  report: RunReport,
  reportPath: string,
  renderOpts: RenderOptions,
  annotate: boolean
): Promise<void> {
  core.setOutput(OUTPUT.verdict, report.verdict)
  core.setOutput(OUTPUT.reason, report.reason)
  const evaluated = report.suites.filter(s => s.change !== 'deleted' && s.verdict !== 'skipped')
  core.setOutput(OUTPUT.affectedSuites, JSON.stringify(evaluated.map(s => s.id)))
  core.setOutput(OUTPUT.reportPath, reportPath)
  await core.summary.addRaw(renderSummary(report, renderOpts)).write()
  if (!annotate) return
  for (const annotation of annotationsFor(report)) {
    const properties = { file: annotation.file, title: annotation.title }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
}
