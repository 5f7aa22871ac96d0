// Fakes for the action's side effects (src/action/runtime.ts), so the gate's steps run in-process:
// a recording runtime, an in-memory GitHub, a scripted local git and an event file in memory.
import { readFile } from 'node:fs/promises'
import type { ActionRuntime, AnnotationProperties, GateWorld } from '../../src/action/runtime.js'
import type { GitHubApi, GitHubChangedFile, IssueComment } from '../../src/github/api.js'
import type { FileChange, LocalGit } from '../../src/repo/git.js'

export interface RecordedRuntime extends ActionRuntime {
  outputs: Record<string, string>
  infos: string[]
  warnings: { message: string; properties?: AnnotationProperties }[]
  errors: { message: string; properties?: AnnotationProperties }[]
  secrets: string[]
  failures: string[]
  summaries: string[]
}

export function recordingRuntime(): RecordedRuntime {
  const runtime: RecordedRuntime = {
    outputs: {},
    infos: [],
    warnings: [],
    errors: [],
    secrets: [],
    failures: [],
    summaries: [],
    info: message => void runtime.infos.push(message),
    warning: (message, properties) => void runtime.warnings.push({ message, properties }),
    error: (message, properties) => void runtime.errors.push({ message, properties }),
    setOutput: (name, value) => void (runtime.outputs[name] = value),
    setSecret: secret => void runtime.secrets.push(secret),
    setFailed: message => void runtime.failures.push(message),
    writeSummary: async markdown => void runtime.summaries.push(markdown)
  }
  return runtime
}

export interface MemoryGitHub extends GitHubApi {
  comments: IssueComment[]
  /** When set, every comment write fails with it (a read-only token). */
  commentError?: Error
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export function memoryGitHub(pullFiles: GitHubChangedFile[], labels: string[] = []): MemoryGitHub {
  let nextId = 1
  const api: MemoryGitHub = {
    comments: [],
    listPullFiles: async () => pullFiles,
    compareCommits: async () => pullFiles,
    getFileText: async () => undefined,
    listIssueComments: async () => [...api.comments],
    async createIssueComment(_repo, issueNumber, body) {
      if (api.commentError) throw api.commentError
      const comment = {
        id: nextId++,
        body,
        user: BOT,
        htmlUrl: `https://github.test/pr/${issueNumber}#c${nextId}`
      }
      api.comments.push(comment)
      return comment
    },
    async updateIssueComment(_repo, commentId, body) {
      if (api.commentError) throw api.commentError
      const comment = api.comments.find(c => c.id === commentId)
      if (!comment) throw new Error(`no comment ${commentId}`)
      comment.body = body
      return comment
    },
    async deleteIssueComment(_repo, commentId) {
      api.comments = api.comments.filter(c => c.id !== commentId)
    },
    // The head the event names: no newer push in these runs.
    getPullHeadSha: async () => HEAD_SHA,
    getAuthenticatedLogin: async () => undefined,
    listPullLabels: async () => labels
  }
  return api
}

/** Local git that knows one base commit with `files`, and the diff from it to head. */
export function scriptedGit(baseSha: string, files: Record<string, string>, diff: FileChange[]): LocalGit {
  return {
    hasCommit: async rev => rev === baseSha,
    readFile: async (rev, path) => (rev === baseSha && Object.hasOwn(files, path) ? files[path] : undefined),
    diff: async () => diff
  }
}

export const BASE_SHA = 'b'.repeat(40)
export const HEAD_SHA = 'c'.repeat(40)
export const EVENT_PATH = '/memory/event.json'

/** A pull_request event payload for PR #7 of octo/prompts, trimmed to what PromptGate reads. */
export function pullRequestEvent(labels: string[] = []): string {
  return JSON.stringify({
    pull_request: {
      number: 7,
      labels: labels.map(name => ({ name })),
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: 'octo/prompts' } },
      head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: 'octo/prompts' } }
    },
    repository: { full_name: 'octo/prompts', name: 'prompts', owner: { login: 'octo' } }
  })
}

export interface WorldOptions {
  workspace: string
  api: MemoryGitHub
  git: LocalGit
  env?: NodeJS.ProcessEnv
  eventName?: string
  event?: string
}

export function gateWorld(options: WorldOptions): GateWorld & { runtime: RecordedRuntime } {
  const runtime = recordingRuntime()
  let clock = Date.parse('2026-01-01T00:00:00Z')
  return {
    runtime,
    env: {
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: EVENT_PATH,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_REPOSITORY: 'octo/prompts',
      ...options.env
    },
    // A clock that moves on each reading, so durations are positive and deterministic.
    now: () => (clock += 5),
    async readFile(path) {
      if (path === EVENT_PATH) return options.event ?? pullRequestEvent()
      return readFile(path, 'utf8')
    },
    github: () => options.api,
    git: () => options.git
  }
}
