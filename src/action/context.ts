// Step 1 of the gate: the event, the repository and both versions of its files.
import { resolve } from 'node:path'
import type { RunReport } from '../core/report.js'
import type { RepoFiles, RepoRef } from '../core/types.js'
import type { GitHubApi } from '../github/api.js'
import { parseEventContext, type GitEventContext } from '../github/event.js'
import type { RenderOptions } from '../report/markdown.js'
import { fsRepoFiles, gitRepoFiles } from '../repo/files.js'
import type { LocalGit } from '../repo/git.js'
import type { ActionInputs } from './inputs.js'
import type { GateWorld } from './runtime.js'

export interface GateContext {
  inputs: ActionInputs
  workspace: string
  event: GitEventContext
  repo: RepoRef
  api: GitHubApi
  git: LocalGit
  head: RepoFiles
  /** Absent for a push that created a branch without a base-ref input. */
  base?: RepoFiles
  baseRev?: string
  gitInfo: RunReport['git']
  render: RenderOptions
}

export async function readGateContext(inputs: ActionInputs, world: GateWorld): Promise<GateContext> {
  const { env, runtime } = world
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory)
  const eventName = required(env, 'GITHUB_EVENT_NAME')
  const payload: unknown = JSON.parse(await world.readFile(required(env, 'GITHUB_EVENT_PATH')))
  const event = parseEventContext(
    eventName,
    payload,
    { GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_SHA: env.GITHUB_SHA, GITHUB_REF: env.GITHUB_REF },
    { baseRef: inputs.baseRef }
  )
  const repo: RepoRef = { owner: event.owner, repo: event.repo }
  // The runner passes ${{ github.token }} by default; without any token, calls go unauthenticated
  // (enough for public repositories and local test servers) and the log says so.
  const token = inputs.githubToken ?? env.GITHUB_TOKEN ?? ''
  if (token) runtime.setSecret(token)
  else
    runtime.warning(
      'No github-token: GitHub API calls are unauthenticated and the PR comment cannot be written.'
    )
  const api = world.github({ token, apiUrl: env.GITHUB_API_URL })
  const git = world.git(workspace)
  const baseRev = event.baseRev ? await localRev(git, event.baseRev) : undefined
  return {
    inputs,
    workspace,
    event,
    repo,
    api,
    git,
    head: fsRepoFiles(workspace, `head (${event.headSha.slice(0, 7)})`),
    base: baseRev
      ? gitRepoFiles({ rev: baseRev, git, api, repo, label: `base (${baseRev.slice(0, 7)})` })
      : undefined,
    baseRev,
    gitInfo: gitInfo(event),
    render: renderOptions(env)
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set: PromptGate runs as a step of a GitHub Actions workflow`)
  return value
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

function gitInfo(event: GitEventContext): RunReport['git'] {
  return {
    baseSha: event.baseSha,
    headSha: event.headSha,
    baseRef: event.baseRef,
    headRef: event.headRef,
    pr: event.prNumber
  }
}

function renderOptions(env: NodeJS.ProcessEnv): RenderOptions {
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT
  }
}
