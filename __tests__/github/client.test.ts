import { createGitHubClient } from '../../src/github/client.js'
import type { GitHubLogger } from '../../src/github/api.js'
import { PROMPTGATE_VERSION } from '../../src/version.js'
import { GitHubRecorder, useGitHubNock } from '../helpers/github-nock.js'

const API = 'https://api.github.com'
const GHES = 'https://ghe.example.test'
const GHES_API = `${GHES}/api/v3`
const repo = { owner: 'octo', repo: 'prompts' }

function memoryLogger(): GitHubLogger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = []
  const infos: string[] = []
  return { warnings, infos, debug() {}, info: m => void infos.push(m), warning: m => void warnings.push(m) }
}

function prFiles(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    sha: 'a'.repeat(40),
    filename: `prompts/p${from + i}.prompt.yml`,
    status: 'modified',
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: 'https://github.com/x',
    raw_url: 'https://github.com/x',
    contents_url: 'https://api.github.com/x'
  }))
}

let recorder: GitHubRecorder

useGitHubNock(() => recorder)
beforeEach(() => {
  recorder = new GitHubRecorder()
})

test('sends the promptgate user agent and reads every page of PR files from a GHES base URL', async () => {
  recorder = new GitHubRecorder('ghes-3.19')
  const link = (page: number) =>
    `<${GHES_API}/repos/octo/prompts/pulls/5/files?per_page=100&page=${page}>; rel="next"`
  recorder
    .scope(GHES)
    .get('/api/v3/repos/octo/prompts/pulls/5/files')
    .query({ per_page: '100' })
    .reply(200, prFiles(0, 100), { link: link(2) })
    .get('/api/v3/repos/octo/prompts/pulls/5/files')
    .query({ per_page: '100', page: '2' })
    .reply(200, [{ ...prFiles(100, 1)[0], status: 'renamed', previous_filename: 'old/p.md' }])
  const api = createGitHubClient({
    token: 'ghp_test',
    apiUrl: GHES_API,
    logger: memoryLogger(),
    retryAfterBaseValueMs: 1
  })

  const files = await api.listPullFiles(repo, 5)

  expect(files).toHaveLength(101)
  expect(files[100]).toEqual({
    filename: 'prompts/p100.prompt.yml',
    status: 'renamed',
    previousFilename: 'old/p.md'
  })
  expect(recorder.requests.every(r => r.userAgent.startsWith(`promptgate/${PROMPTGATE_VERSION}`))).toBe(true)
})

test('reads issue comments across three pages', async () => {
  const comment = (id: number) => ({
    id,
    body: `c${id}`,
    html_url: `https://github.com/octo/prompts/pull/1#issuecomment-${id}`,
    user: { login: 'someone', type: 'User' }
  })
  recorder
    .scope(API)
    .get('/repos/octo/prompts/issues/1/comments')
    .query({ per_page: '100' })
    .reply(200, [comment(1)], {
      link: `<${API}/repos/octo/prompts/issues/1/comments?per_page=100&page=2>; rel="next"`
    })
    .get('/repos/octo/prompts/issues/1/comments')
    .query({ per_page: '100', page: '2' })
    .reply(200, [comment(2)], {
      link: `<${API}/repos/octo/prompts/issues/1/comments?per_page=100&page=3>; rel="next"`
    })
    .get('/repos/octo/prompts/issues/1/comments')
    .query({ per_page: '100', page: '3' })
    .reply(200, [comment(3)])
  const api = createGitHubClient({ token: 't', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  const comments = await api.listIssueComments(repo, 1)

  expect(comments.map(c => c.id)).toEqual([1, 2, 3])
  expect(comments[0]).toEqual({
    id: 1,
    body: 'c1',
    htmlUrl: 'https://github.com/octo/prompts/pull/1#issuecomment-1',
    user: { login: 'someone', type: 'User' }
  })
})

test('decodes base64 file contents at a ref and answers undefined for a 404', async () => {
  recorder
    .scope(API)
    .get('/repos/octo/prompts/contents/prompts%2Fa%20b.md')
    .query({ ref: 'abc123' })
    .reply(200, {
      type: 'file',
      encoding: 'base64',
      size: 6,
      content: Buffer.from('héllo\n').toString('base64'),
      sha: 'f'.repeat(40)
    })
    .get('/repos/octo/prompts/contents/prompts%2Fmissing.md')
    .query({ ref: 'abc123' })
    .reply(404, { message: 'Not Found' })
  const api = createGitHubClient({ token: 't', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  expect(await api.getFileText(repo, 'prompts/a b.md', 'abc123')).toBe('héllo\n')
  expect(await api.getFileText(repo, 'prompts/missing.md', 'abc123')).toBeUndefined()
})

test('reads files over 1 MB through the blobs API when the contents API omits them', async () => {
  const big = 'x'.repeat(1_200_000)
  recorder
    .scope(API)
    .get('/repos/octo/prompts/contents/data%2Fbig.jsonl')
    .query({ ref: 'abc123' })
    .reply(200, { type: 'file', encoding: 'none', size: big.length, content: '', sha: 'b'.repeat(40) })
    .get(`/repos/octo/prompts/git/blobs/${'b'.repeat(40)}`)
    .reply(200, {
      sha: 'b'.repeat(40),
      size: big.length,
      encoding: 'base64',
      content: Buffer.from(big).toString('base64')
    })
  const api = createGitHubClient({ token: 't', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  expect(await api.getFileText(repo, 'data/big.jsonl', 'abc123')).toBe(big)
})

test('refuses a directory where a file was expected', async () => {
  recorder.scope(API).get('/repos/octo/prompts/contents/prompts').query({ ref: 'abc' }).reply(200, [])
  const api = createGitHubClient({ token: 't', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  await expect(api.getFileText(repo, 'prompts', 'abc')).rejects.toThrow(/directory/)
})

test('waits out a rate limit, logs it in the plain log (no warning per retry), and retries', async () => {
  const logger = memoryLogger()
  recorder
    .scope(API)
    .get('/repos/octo/prompts/issues/2/labels')
    .query({ per_page: '100' })
    .reply(
      403,
      { message: 'API rate limit exceeded' },
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000))
      }
    )
    .get('/repos/octo/prompts/issues/2/labels')
    .query({ per_page: '100' })
    .reply(200, [
      {
        id: 1,
        node_id: 'x',
        url: 'u',
        name: 'promptgate:accept-regression',
        color: 'fff',
        default: false,
        description: null
      }
    ])
  const api = createGitHubClient({ token: 't', logger, retryAfterBaseValueMs: 1 })

  expect(await api.listPullLabels(repo, 2)).toEqual(['promptgate:accept-regression'])
  expect(logger.infos.join('\n')).toMatch(/rate limit .*retrying/)
  expect(logger.warnings).toEqual([])
})

test('gives up after a bounded number of rate-limit retries', async () => {
  const logger = memoryLogger()
  recorder
    .scope(API)
    .get('/repos/octo/prompts/issues/2/labels')
    .query({ per_page: '100' })
    .times(3)
    .reply(429, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' })
  const api = createGitHubClient({ token: 't', logger, retryAfterBaseValueMs: 1 })

  await expect(api.listPullLabels(repo, 2)).rejects.toMatchObject({ status: 429 })
  expect(logger.infos.join('\n')).toMatch(/giving up after 2 retries/)
  // The caller warns once for the failed operation; the client adds none per attempt.
  expect(logger.warnings).toEqual([])
})

test('asks GET /user for the login of a personal token and tolerates 403', async () => {
  recorder
    .scope(API)
    .get('/user')
    .reply(200, { login: 'octocat', type: 'User' })
    .get('/user')
    .reply(403, { message: 'Resource not accessible by integration' })
  const api = createGitHubClient({ token: 'ghp_x', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  expect(await api.getAuthenticatedLogin()).toBe('octocat')
  expect(await api.getAuthenticatedLogin()).toBeUndefined()
})

test('does not call GET /user with an installation token, which can never read it', async () => {
  const api = createGitHubClient({
    token: 'ghs_installation',
    logger: memoryLogger(),
    retryAfterBaseValueMs: 1
  })

  expect(await api.getAuthenticatedLogin()).toBeUndefined()
  expect(recorder.requests).toHaveLength(0)
})

test('lists compare files with a BASE...HEAD path', async () => {
  recorder
    .scope(API)
    .get('/repos/octo/prompts/compare/aaa...bbb')
    .reply(200, {
      files: [
        { filename: 'a.md', status: 'added' },
        { filename: 'b.md', status: 'removed' }
      ]
    })
  const api = createGitHubClient({ token: 't', logger: memoryLogger(), retryAfterBaseValueMs: 1 })

  expect(await api.compareCommits(repo, 'aaa', 'bbb')).toEqual([
    { filename: 'a.md', status: 'added' },
    { filename: 'b.md', status: 'removed' }
  ])
})
