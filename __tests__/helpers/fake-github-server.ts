// A local stand-in for api.github.com, for running the bundled action end to end: node:http on
// 127.0.0.1, the handful of REST operations PromptGate calls, answered in GitHub's shapes (paging
// with Link headers, base64 contents, comment and label objects). Every request is checked
// against GitHub's OpenAPI description and recorded, so a test can assert none was invalid.
// Contents, changed files and comparisons are read from a real git repository: the "origin".
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { validateGitHubRequest } from './github-openapi.js'
import { GIT_FIXTURE_ENV } from './git-fixture.js'

export interface GitHubUser {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

export interface FakePull {
  number: number
  /** Base branch tip and PR head, as commits of the origin repository. */
  base: string
  head: string
  labels: string[]
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: GitHubUser
  createdAt: string
  updatedAt: string
}

export interface RecordedGitHubRequest {
  method: string
  /** Path and query as received. */
  url: string
  /** Raw request body ('' when none). */
  body: string
  authorization: string
  /** From the OpenAPI description; undefined when the request is not a GitHub operation. */
  operationId?: string
  /** Why the request is not a valid GitHub API call; undefined when it is. */
  invalid?: string
  status: number
}

export interface FakeGitHubOptions {
  owner: string
  repo: string
  /** Working directory of the origin repository that contents and diffs are read from. */
  gitDir: string
  /** The only token accepted, sent as `Authorization: token …` like Octokit does. */
  token: string
}

/**
 * A fault the fake injects into the next `times` requests of one operation:
 * - `status`: answer `status` without doing anything;
 * - `status-after-apply`: do the operation, then answer `status` (a 502 from GitHub's front end
 *   after the comment was stored);
 * - `reset`: close the connection without an answer (the API unreachable);
 * - `before`: run `action` first (e.g. delete the comment a run is about to update), then answer normally.
 */
export interface GitHubFault {
  operationId: string
  kind: 'status' | 'status-after-apply' | 'reset' | 'before'
  status?: number
  times?: number
  action?(): void
}

export interface FakeGitHubServer {
  /** For GITHUB_API_URL. */
  readonly apiUrl: string
  readonly requests: RecordedGitHubRequest[]
  /** Requests that are not valid GitHub API calls (wrong path, query, body or token). */
  invalidRequests(): RecordedGitHubRequest[]
  /** Operation ids of the requests received since `from` (an index into `requests`). */
  operationsSince(from: number): string[]
  setPull(pull: FakePull): void
  setLabels(pullNumber: number, labels: string[]): void
  addComment(issueNumber: number, body: string, user: GitHubUser): StoredComment
  comments(issueNumber: number): StoredComment[]
  deleteComment(id: number): void
  injectFault(fault: GitHubFault): void
  /** Faults injected but not yet used up. */
  pendingFaults(): GitHubFault[]
  close(): Promise<void>
}

/** GitHub's default and largest page sizes for list endpoints. */
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
/** Longest request body we read; PromptGate's largest is a 65,536-character comment. */
const MAX_BODY_BYTES = 1024 * 1024
const GIT_TIMEOUT_MS = 15_000

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface Reply {
  status: number
  body: Json
  headers?: Record<string, string>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

function gitOut(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: GIT_FIXTURE_ENV,
    encoding: 'utf8',
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

function gitOk(dir: string, args: string[]): boolean {
  try {
    gitOut(dir, args)
    return true
  } catch {
    return false
  }
}

/** Path parameters of a request, by the OpenAPI template it matched. */
function pathParams(template: string, path: string): Record<string, string> {
  const names: string[] = []
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
      names.push(name)
      return name === 'path' ? '(.+)' : '([^/]+)'
    })
  const match = new RegExp(`^${pattern}$`).exec(path)
  if (!match) throw new HttpError(404, 'Not Found')
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]))
}

function userJson(user: GitHubUser): Json {
  const login = encodeURIComponent(user.login)
  return {
    login: user.login,
    id: user.id,
    node_id: user.type === 'Bot' ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjE=',
    avatar_url: `https://avatars.githubusercontent.com/in/15368?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: user.type === 'Bot' ? 'https://github.com/apps/github-actions' : `https://github.com/${login}`,
    type: user.type,
    site_admin: false
  }
}

const GIT_STATUS: Record<string, string> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied'
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHubServer> {
  const { owner, repo, gitDir, token } = options
  const requests: RecordedGitHubRequest[] = []
  const pulls = new Map<number, FakePull>()
  const comments: StoredComment[] = []
  const sockets = new Set<Socket>()
  const faults: (GitHubFault & { times: number })[] = []
  let nextCommentId = 1_000_000
  let apiUrl = ''

  const repoUrl = `https://api.github.com/repos/${owner}/${repo}`
  const htmlRepoUrl = `https://github.com/${owner}/${repo}`

  function commentJson(c: StoredComment): Json {
    return {
      id: c.id,
      node_id: `IC_kwDOfake${c.id}`,
      url: `${repoUrl}/issues/comments/${c.id}`,
      html_url: `${htmlRepoUrl}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${repoUrl}/issues/${c.issueNumber}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null
    }
  }

  function pullOf(number: string | undefined): FakePull {
    const pull = pulls.get(Number(number))
    if (!pull) throw new HttpError(404, 'Not Found')
    return pull
  }

  function page<T>(items: T[], query: URLSearchParams, path: string): { slice: T[]; link?: string } {
    const perPage = Math.min(
      Number(query.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE,
      MAX_PER_PAGE
    )
    const current = Math.max(1, Number(query.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((current - 1) * perPage, current * perPage)
    const url = (n: number) => {
      const q = new URLSearchParams(query)
      q.set('per_page', String(perPage))
      q.set('page', String(n))
      return `<${apiUrl}${path}?${q.toString()}>`
    }
    const rels: string[] = []
    if (current > 1) rels.push(`${url(current - 1)}; rel="prev"`)
    if (current < last) rels.push(`${url(current + 1)}; rel="next"`, `${url(last)}; rel="last"`)
    if (current > 1) rels.push(`${url(1)}; rel="first"`)
    return rels.length ? { slice, link: rels.join(', ') } : { slice }
  }

  function paged(items: Json[], query: URLSearchParams, path: string): Reply {
    const { slice, link } = page(items, query, path)
    return { status: 200, body: slice, ...(link ? { headers: { link } } : {}) }
  }

  /** Changed files base...head with GitHub's fields, from git in the origin. */
  function changedFiles(base: string, head: string): Json[] {
    const numstat = new Map<string, { additions: number; deletions: number }>()
    for (const line of gitOut(gitDir, ['diff', '--numstat', '-M', `${base}...${head}`]).split('\n')) {
      const [add, del, ...rest] = line.split('\t')
      const name = rest.join('\t')
      if (!name) continue
      const target = name.includes(' => ') ? (name.split(' => ')[1] ?? name) : name
      numstat.set(target, { additions: Number(add) || 0, deletions: Number(del) || 0 })
    }
    const fields = gitOut(gitDir, [
      '-c',
      'core.quotepath=off',
      'diff',
      '--name-status',
      '-z',
      '-M',
      `${base}...${head}`
    ]).split('\0')
    const files: Json[] = []
    for (let i = 0; i < fields.length;) {
      const status = fields[i++]
      if (!status) continue
      const code = status[0] ?? 'M'
      const previous = code === 'R' || code === 'C' ? fields[i++] : undefined
      const filename = fields[i++] ?? ''
      const stats = numstat.get(filename) ?? { additions: 0, deletions: 0 }
      const sha =
        code === 'D'
          ? '0000000000000000000000000000000000000000'
          : gitOut(gitDir, ['rev-parse', `${head}:${filename}`]).trim()
      files.push({
        sha,
        filename,
        status: GIT_STATUS[code] ?? 'modified',
        additions: stats.additions,
        deletions: stats.deletions,
        changes: stats.additions + stats.deletions,
        blob_url: `${htmlRepoUrl}/blob/${head}/${filename}`,
        raw_url: `${htmlRepoUrl}/raw/${head}/${filename}`,
        contents_url: `${repoUrl}/contents/${encodeURIComponent(filename)}?ref=${head}`,
        ...(previous ? { previous_filename: previous } : {})
      })
    }
    return files
  }

  function getContent(path: string, ref: string): Reply {
    const spec = `${ref}:${path}`
    if (!gitOk(gitDir, ['cat-file', '-e', spec])) {
      return {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
          status: '404'
        }
      }
    }
    const type = gitOut(gitDir, ['cat-file', '-t', spec]).trim()
    if (type !== 'blob') throw new HttpError(501, `the fake serves files only, ${path} is a ${type}`)
    const sha = gitOut(gitDir, ['rev-parse', spec]).trim()
    const content = execFileSync('git', ['cat-file', 'blob', spec], { cwd: gitDir, env: GIT_FIXTURE_ENV })
    // GitHub wraps the base64 at 60 characters.
    const base64 = (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n')
    const name = path.split('/').pop() ?? path
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: content.length,
        name,
        path,
        content: base64 ? `${base64}\n` : '',
        sha,
        url: `${repoUrl}/contents/${path}?ref=${ref}`,
        git_url: `${repoUrl}/git/blobs/${sha}`,
        html_url: `${htmlRepoUrl}/blob/${ref}/${path}`,
        download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
        _links: {
          self: `${repoUrl}/contents/${path}?ref=${ref}`,
          git: `${repoUrl}/git/blobs/${sha}`,
          html: `${htmlRepoUrl}/blob/${ref}/${path}`
        }
      }
    }
  }

  function readBody(operationId: string, raw: string): { body: string } {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new HttpError(400, `${operationId}: body is not JSON`)
    }
    const body = (parsed as { body?: unknown }).body
    if (typeof body !== 'string') throw new HttpError(422, `${operationId}: body must be a string`)
    return { body }
  }

  function handle(
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    path: string,
    raw: string
  ): Reply {
    if (params.owner !== owner || params.repo !== repo) throw new HttpError(404, 'Not Found')
    const now = new Date().toISOString()
    switch (operationId) {
      case 'pulls/list-files': {
        const pull = pullOf(params.pull_number)
        return paged(changedFiles(pull.base, pull.head), query, path)
      }
      case 'repos/compare-commits-with-basehead': {
        const [base = '', head = ''] = (params.basehead ?? '').split('...')
        const files = changedFiles(base, head)
        const ahead = Number(gitOut(gitDir, ['rev-list', '--count', `${base}..${head}`]).trim())
        return {
          status: 200,
          body: {
            url: `${repoUrl}/compare/${base}...${head}`,
            html_url: `${htmlRepoUrl}/compare/${base}...${head}`,
            status: ahead > 0 ? 'ahead' : 'identical',
            ahead_by: ahead,
            behind_by: 0,
            total_commits: ahead,
            commits: [],
            files
          }
        }
      }
      case 'repos/get-content':
        return getContent(params.path ?? '', query.get('ref') ?? 'main')
      case 'issues/list-comments': {
        const issue = Number(params.issue_number)
        pullOf(params.issue_number)
        return paged(comments.filter(c => c.issueNumber === issue).map(commentJson), query, path)
      }
      case 'issues/create-comment': {
        const pull = pullOf(params.issue_number)
        const { body } = readBody(operationId, raw)
        const comment: StoredComment = {
          id: nextCommentId++,
          issueNumber: pull.number,
          body,
          user: ACTIONS_BOT,
          createdAt: now,
          updatedAt: now
        }
        comments.push(comment)
        return {
          status: 201,
          body: commentJson(comment),
          headers: { location: `${repoUrl}/issues/comments/${comment.id}` }
        }
      }
      case 'issues/update-comment': {
        const comment = comments.find(c => c.id === Number(params.comment_id))
        if (!comment) throw new HttpError(404, 'Not Found')
        if (comment.user.login !== ACTIONS_BOT.login)
          throw new HttpError(403, 'Resource not accessible by integration')
        comment.body = readBody(operationId, raw).body
        comment.updatedAt = now
        return { status: 200, body: commentJson(comment) }
      }
      case 'issues/delete-comment': {
        const index = comments.findIndex(c => c.id === Number(params.comment_id))
        if (index < 0) throw new HttpError(404, 'Not Found')
        if (comments[index]!.user.login !== ACTIONS_BOT.login)
          throw new HttpError(403, 'Resource not accessible by integration')
        comments.splice(index, 1)
        return { status: 204, body: null }
      }
      case 'pulls/get': {
        const pull = pullOf(params.pull_number)
        const side = (sha: string, ref: string) => ({ sha, ref, label: `${owner}:${ref}` })
        return {
          status: 200,
          body: {
            url: `${repoUrl}/pulls/${pull.number}`,
            number: pull.number,
            state: 'open',
            html_url: `${htmlRepoUrl}/pull/${pull.number}`,
            head: side(pull.head, `pr-${pull.number}`),
            base: side(pull.base, 'main')
          }
        }
      }
      case 'issues/list-labels-on-issue': {
        const pull = pullOf(params.issue_number)
        const labels = pull.labels.map((name, i) => ({
          id: 4_000_000 + i,
          node_id: `LA_kwDOfake${i}`,
          url: `${repoUrl}/labels/${encodeURIComponent(name)}`,
          name,
          color: 'ededed',
          default: false,
          description: null
        }))
        return paged(labels, query, path)
      }
      case 'users/get-authenticated':
        // What an installation token (GITHUB_TOKEN) gets.
        throw new HttpError(403, 'Resource not accessible by integration')
      default:
        throw new HttpError(501, `the fake GitHub does not implement ${operationId}`)
    }
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const method = request.method ?? 'GET'
      const url = request.url ?? '/'
      const record: RecordedGitHubRequest = {
        method,
        url,
        body: raw,
        authorization: String(request.headers.authorization ?? ''),
        status: 0
      }
      requests.push(record)
      let reply: Reply
      try {
        if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large')
        if (record.authorization !== `token ${token}`) {
          record.invalid = 'missing or wrong Authorization header'
          throw new HttpError(401, 'Bad credentials')
        }
        let check
        try {
          check = validateGitHubRequest(method, url, raw === '' ? undefined : raw)
        } catch (error) {
          record.invalid = error instanceof Error ? error.message : String(error)
          throw new HttpError(422, record.invalid)
        }
        record.operationId = check.operationId
        const faultIndex = faults.findIndex(f => f.operationId === check.operationId)
        const fault = faultIndex >= 0 ? faults[faultIndex] : undefined
        if (fault && --fault.times <= 0) faults.splice(faultIndex, 1)
        if (fault?.kind === 'reset') {
          record.status = -1
          request.socket.destroy()
          return
        }
        if (fault?.kind === 'status') throw new HttpError(fault.status ?? 502, 'Bad Gateway')
        fault?.action?.()
        const parsed = new URL(url, 'http://127.0.0.1')
        reply = handle(
          check.operationId,
          pathParams(check.template, parsed.pathname),
          parsed.searchParams,
          parsed.pathname,
          raw
        )
        if (fault?.kind === 'status-after-apply') throw new HttpError(fault.status ?? 502, 'Bad Gateway')
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500
        const message = error instanceof Error ? error.message : String(error)
        reply = {
          status,
          body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }
        }
      }
      record.status = reply.status
      response.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        ...reply.headers
      })
      response.end(reply.status === 204 ? undefined : JSON.stringify(reply.body))
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    apiUrl,
    requests,
    invalidRequests: () => requests.filter(r => r.invalid !== undefined),
    operationsSince: from => requests.slice(from).map(r => r.operationId ?? `INVALID ${r.method} ${r.url}`),
    setPull(pull) {
      pulls.set(pull.number, { ...pull, labels: [...pull.labels] })
    },
    setLabels(pullNumber, labels) {
      pullOf(String(pullNumber)).labels = [...labels]
    },
    addComment(issueNumber, body, user) {
      const time = new Date().toISOString()
      const comment: StoredComment = {
        id: nextCommentId++,
        issueNumber,
        body,
        user,
        createdAt: time,
        updatedAt: time
      }
      comments.push(comment)
      return comment
    },
    comments: issueNumber => comments.filter(c => c.issueNumber === issueNumber),
    deleteComment(id) {
      const index = comments.findIndex(c => c.id === id)
      if (index >= 0) comments.splice(index, 1)
    },
    injectFault(fault) {
      faults.push({ ...fault, times: fault.times ?? 1 })
    },
    pendingFaults: () => faults.map(f => ({ ...f })),
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve()))
      )
    }
  }
}
