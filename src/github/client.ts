// The real GitHubApi: Octokit with retries on server errors and bounded waits on rate limits.
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { GITHUB_PAGE_SIZE, GITHUB_PR_FILES_CAP } from '../constants.js'
import { PROMPTGATE_VERSION } from '../version.js'
import { decodeTextFile } from '../core/text-file.js'
import { NotAFileError } from '../repo/paths.js'
import { refuseOversized } from '../repo/size.js'
import {
  httpStatusOf,
  type GitHubApi,
  type GitHubChangedFile,
  type GitHubFileStatus,
  type GitHubLogger,
  type IssueComment,
  type RepoRef
} from './api.js'

/** Rate-limit waits we accept before giving up: a gate must finish, not sleep for an hour. */
export const GITHUB_RATE_LIMIT_RETRIES = 2
/** Longest rate-limit wait we sit out, seconds; beyond it the request fails with the API's error. */
export const GITHUB_RATE_LIMIT_MAX_WAIT_S = 120
/** Retries of 5xx and network errors (plugin-retry never retries 4xx other than 429). */
export const GITHUB_SERVER_ERROR_RETRIES = 3
/**
 * Total rate-limit wait one client sits out over the whole run, seconds: each wait is bounded
 * by GITHUB_RATE_LIMIT_MAX_WAIT_S, and this bounds their sum, so a storm of secondary limits
 * cannot hold a gate for retries × requests × two minutes.
 */
export const GITHUB_TOTAL_RATE_LIMIT_WAIT_S = 300
/**
 * One GitHub request may take this long before it is aborted (and, for idempotent requests,
 * retried). Octokit sets no timeout of its own: a hung connection would hold the job until
 * the workflow's timeout-minutes.
 */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

export interface GitHubClientOptions {
  token: string
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl?: string
  logger: GitHubLogger
  /** Milliseconds per "second" of retry-after; tests shrink it to keep rate-limit retries instant. */
  retryAfterBaseValueMs?: number
  /** Default GITHUB_REQUEST_TIMEOUT_MS; tests shrink it. */
  requestTimeoutMs?: number
  /** Replaces global fetch, e.g. one that goes through HTTPS_PROXY (see src/github/proxy.ts). */
  fetch?: typeof globalThis.fetch
}

const PromptGateOctokit = Octokit.plugin(retry, throttling)
let clientCount = 0
export type GitHubOctokit = InstanceType<typeof PromptGateOctokit>

export function createOctokit(options: GitHubClientOptions): GitHubOctokit {
  const { logger } = options
  const base = options.retryAfterBaseValueMs ?? 1000
  let waitedS = 0
  // Retries are logged at info level: the operation that finally fails gets one warning from its
  // caller, not one per HTTP attempt.
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      const what = `${request.method ?? 'GET'} ${request.url ?? ''}`
      if (
        retryCount >= GITHUB_RATE_LIMIT_RETRIES ||
        retryAfter > GITHUB_RATE_LIMIT_MAX_WAIT_S ||
        waitedS + retryAfter > GITHUB_TOTAL_RATE_LIMIT_WAIT_S
      ) {
        logger.info(
          `GitHub ${kind} on ${what}: giving up after ${retryCount} retries (retry-after ${retryAfter}s, ${waitedS}s waited in this run)`
        )
        return false
      }
      waitedS += retryAfter
      logger.info(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1})`)
      return true
    }
  const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  return new PromptGateOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, ''),
    userAgent: `promptgate/${PROMPTGATE_VERSION}`,
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      // Octokit logs every failed HTTP attempt here; the operation's caller warns once when it
      // finally fails, so attempts stay in the plain log.
      warn: (m: string) => logger.info(m),
      error: (m: string) => logger.info(m)
    },
    retry: {
      retries: GITHUB_SERVER_ERROR_RETRIES,
      retryAfterBaseValue: base,
      // 429 belongs to the throttling plugin's bounded rate-limit handling, not to a second retry loop.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      // Write spacing (1 s, 3 s for notifying writes) is kept per id; one id per client keeps
      // separate clients in one process (tests, monorepo gates) from queueing behind each other.
      id: `promptgate-${++clientCount}`,
      retryAfterBaseValue: base,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    },
    request: { fetch: withTimeout(options.fetch, timeoutMs) }
  })
}

/** Each HTTP attempt gets its own deadline, so a retried request starts a fresh one. */
function withTimeout(fetch: typeof globalThis.fetch | undefined, timeoutMs: number): typeof globalThis.fetch {
  // Global fetch is looked up per call: test interceptors (nock) replace it after import.
  return (input, init) =>
    (fetch ?? globalThis.fetch)(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
}

/** The GitHubApi over a real Octokit. The token decides whether `GET /user` is worth a call. */
export function createGitHubClient(options: GitHubClientOptions): GitHubApi {
  return octokitGitHubApi(createOctokit(options), {
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) start with ghs_ and always get 403 from GET /user.
    canReadUser: !options.token.startsWith('ghs_')
  })
}

interface RawFile {
  filename: string
  status: string
  previous_filename?: string
}

const STATUSES: readonly GitHubFileStatus[] = [
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
  'unchanged'
]

function toChangedFile(f: RawFile): GitHubChangedFile {
  const status = (STATUSES as readonly string[]).includes(f.status)
    ? (f.status as GitHubFileStatus)
    : 'modified'
  return f.previous_filename
    ? { filename: f.filename, status, previousFilename: f.previous_filename }
    : { filename: f.filename, status }
}

interface RawComment {
  id: number
  body?: string | null
  user?: { login: string; type: string } | null
  html_url: string
}

function toComment(c: RawComment): IssueComment {
  const comment: IssueComment = { id: c.id, body: c.body ?? '', htmlUrl: c.html_url }
  if (c.user) comment.user = { login: c.user.login, type: c.user.type }
  return comment
}

export function octokitGitHubApi(octokit: GitHubOctokit, opts: { canReadUser?: boolean } = {}): GitHubApi {
  return {
    async listPullFiles(repo: RepoRef, pullNumber: number) {
      const files: GitHubChangedFile[] = []
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: GITHUB_PAGE_SIZE
      })
      for await (const page of pages) {
        for (const f of page.data) files.push(toChangedFile(f))
        // GitHub stops at the cap itself; the guard keeps a misbehaving server from looping us.
        if (files.length >= GITHUB_PR_FILES_CAP) break
      }
      return files
    },

    async compareCommits(repo: RepoRef, base: string, head: string) {
      // Files come only with the first page when paginating, so one request without paging.
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`
      })
      return (data.files ?? []).map(toChangedFile)
    },

    async getFileText(repo: RepoRef, path: string, ref: string) {
      let data: unknown
      try {
        ;({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref }))
      } catch (error) {
        if (httpStatusOf(error) === 404) return undefined
        throw error
      }
      if (Array.isArray(data)) throw new NotAFileError(`${path} at ${ref} is a directory, expected a file`)
      const file = data as { type?: string; encoding?: string; content?: string; sha?: string; size?: number }
      if (file.type !== 'file') return undefined
      // The listing's `size` comes before any content: an oversized file is never downloaded.
      const where = `commit ${ref.slice(0, 7)} (GitHub contents API)`
      refuseOversized(path, file.size ?? 0, where)
      if (file.encoding === 'base64' && typeof file.content === 'string' && (file.content || !file.size)) {
        return decodeTextFile(path, Buffer.from(file.content, 'base64'))
      }
      // Files over 1 MB come back with encoding "none" and no content: read the blob by its sha.
      if (!file.sha) throw new Error(`GitHub returned no content and no sha for ${path} at ${ref}`)
      const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: file.sha })
      // The blob's own size too: the contents answer may have omitted it.
      refuseOversized(path, blob.data.size ?? 0, where)
      return decodeTextFile(
        path,
        Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8')
      )
    },

    async listIssueComments(repo: RepoRef, issueNumber: number) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: GITHUB_PAGE_SIZE
      })
      return comments.map(toComment)
    },

    async createIssueComment(repo: RepoRef, issueNumber: number, body: string) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body,
        // Not idempotent: see GitHubApi.createIssueComment.
        request: { retries: 0 }
      })
      return toComment(data)
    },

    async deleteIssueComment(repo: RepoRef, commentId: number) {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId })
    },

    async getPullHeadSha(repo: RepoRef, pullNumber: number) {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber })
      return data.head.sha
    },

    async updateIssueComment(repo: RepoRef, commentId: number, body: string) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body })
      return toComment(data)
    },

    async getAuthenticatedLogin() {
      if (opts.canReadUser === false) return undefined
      try {
        const { data } = await octokit.rest.users.getAuthenticated()
        return data.login
      } catch (error) {
        const status = httpStatusOf(error)
        if (status === 401 || status === 403 || status === 404) return undefined
        throw error
      }
    },

    async listPullLabels(repo: RepoRef, pullNumber: number) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: pullNumber,
        per_page: GITHUB_PAGE_SIZE
      })
      return labels.map(l => l.name)
    }
  }
}
