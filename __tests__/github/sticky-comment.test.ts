import type nock from 'nock'
import { createGitHubClient } from '../../src/github/client.js'
import { silentLogger } from '../../src/github/api.js'
import { commentMarker, upsertSkippedComment, upsertStickyComment } from '../../src/github/sticky-comment.js'
import { GitHubRecorder, useGitHubNock } from '../helpers/github-nock.js'

const API = 'https://api.github.com'
const GHES = 'https://ghe.example.test'
const target = { owner: 'octo', repo: 'prompts', issueNumber: 7, configId: 'default' }
const MARKER = commentMarker('default')
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

let recorder: GitHubRecorder

interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

function raw(c: FakeComment) {
  return { ...c, html_url: `https://github.com/octo/prompts/pull/7#issuecomment-${c.id}` }
}

/** Serves comments in pages of `pageSize` with Link headers, the way GitHub paginates. */
function serveComments(scope: nock.Scope, comments: FakeComment[], pageSize: number, prefix = '') {
  const pages = Math.max(1, Math.ceil(comments.length / pageSize))
  for (let page = 1; page <= pages; page++) {
    const query: Record<string, string> =
      page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) }
    const headers: Record<string, string> = {}
    if (page < pages) {
      headers.link = `<${API}${prefix}/repos/octo/prompts/issues/7/comments?per_page=100&page=${page + 1}>; rel="next"`
    }
    scope
      .get(`${prefix}/repos/octo/prompts/issues/7/comments`)
      .query(query)
      .reply(200, comments.slice((page - 1) * pageSize, page * pageSize).map(raw), headers)
  }
}

function others(count: number, startId = 1): FakeComment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: startId + i,
    body: `looks good ${i}`,
    user: { login: `dev${i}`, type: 'User' }
  }))
}

const installationClient = () =>
  createGitHubClient({ token: 'ghs_installation', logger: silentLogger, retryAfterBaseValueMs: 1 })

useGitHubNock(() => recorder)
beforeEach(() => {
  recorder = new GitHubRecorder()
})

test('finds our comment on page 3 and updates it in place instead of creating another', async () => {
  const ours = { id: 250, body: `${MARKER}\nold results`, user: BOT }
  const scope = recorder.scope(API)
  serveComments(scope, [...others(249), ours, ...others(10, 251)], 100)
  scope
    .patch('/repos/octo/prompts/issues/comments/250', { body: `${MARKER}\nnew results` })
    .reply(200, raw({ ...ours, body: `${MARKER}\nnew results` }))

  const result = await upsertStickyComment(installationClient(), target, `${MARKER}\nnew results`)

  expect(result).toEqual({
    action: 'updated',
    id: 250,
    url: 'https://github.com/octo/prompts/pull/7#issuecomment-250'
  })
  expect(recorder.requests.map(r => r.method)).toEqual(['GET', 'GET', 'GET', 'PATCH'])
})

test('does not treat a marker in a comment by someone else as ours', async () => {
  const scope = recorder.scope(API)
  serveComments(
    scope,
    [{ id: 1, body: `${MARKER}\ncopied by a person`, user: { login: 'mallory', type: 'User' } }],
    100
  )
  scope
    .post('/repos/octo/prompts/issues/7/comments')
    .reply(201, raw({ id: 2, body: `${MARKER}\nresults`, user: BOT }))
  serveComments(scope, [{ id: 2, body: `${MARKER}\nresults`, user: BOT }], 100)

  const result = await upsertStickyComment(installationClient(), target, 'results')

  expect(result.action).toBe('created')
  expect(JSON.parse(recorder.requests[1]!.body)).toEqual({ body: `${MARKER}\nresults` })
})

test('does not treat a User account whose login mimics the bot as ours', async () => {
  const scope = recorder.scope(API)
  serveComments(
    scope,
    [{ id: 1, body: `${MARKER}\nx`, user: { login: 'github-actions[bot]', type: 'User' } }],
    100
  )
  scope.post('/repos/octo/prompts/issues/7/comments').reply(201, raw({ id: 2, body: MARKER, user: BOT }))
  serveComments(scope, [{ id: 2, body: MARKER, user: BOT }], 100)

  expect((await upsertStickyComment(installationClient(), target, 'results')).action).toBe('created')
})

test('keeps comments of another config id apart', async () => {
  const scope = recorder.scope(API)
  serveComments(scope, [{ id: 1, body: `${commentMarker('frontend')}\nx`, user: BOT }], 100)
  scope.post('/repos/octo/prompts/issues/7/comments').reply(201, raw({ id: 2, body: MARKER, user: BOT }))
  serveComments(scope, [{ id: 2, body: MARKER, user: BOT }], 100)

  expect((await upsertStickyComment(installationClient(), target, 'results')).action).toBe('created')
})

test('matches the login of a personal token read from GET /user', async () => {
  const scope = recorder.scope(API)
  scope.get('/user').reply(200, { login: 'release-bot-user', type: 'User' })
  serveComments(
    scope,
    [{ id: 9, body: `${MARKER}\nx`, user: { login: 'release-bot-user', type: 'User' } }],
    100
  )
  scope.patch('/repos/octo/prompts/issues/comments/9').reply(200, raw({ id: 9, body: MARKER, user: BOT }))
  const api = createGitHubClient({ token: 'ghp_personal', logger: silentLogger, retryAfterBaseValueMs: 1 })

  expect((await upsertStickyComment(api, target, 'results')).action).toBe('updated')
})

test('matches an explicit GitHub App login without calling GET /user', async () => {
  const scope = recorder.scope(API)
  serveComments(scope, [{ id: 4, body: `${MARKER}\nx`, user: { login: 'my-gate[bot]', type: 'Bot' } }], 100)
  scope.patch('/repos/octo/prompts/issues/comments/4').reply(200, raw({ id: 4, body: MARKER, user: BOT }))
  const api = createGitHubClient({ token: 'ghp_personal', logger: silentLogger, retryAfterBaseValueMs: 1 })

  const result = await upsertStickyComment(api, target, 'results', { authorLogin: 'my-gate[bot]' })

  expect(result.action).toBe('updated')
  expect(recorder.requests.some(r => r.path === '/user')).toBe(false)
})

test('updates in place on a GHES base URL', async () => {
  const scope = recorder.scope(GHES)
  serveComments(scope, [{ id: 3, body: `${MARKER}\nold`, user: BOT }], 100, '/api/v3')
  scope
    .patch('/api/v3/repos/octo/prompts/issues/comments/3')
    .reply(200, raw({ id: 3, body: MARKER, user: BOT }))
  const api = createGitHubClient({
    token: 'ghs_x',
    apiUrl: `${GHES}/api/v3`,
    logger: silentLogger,
    retryAfterBaseValueMs: 1
  })

  expect((await upsertStickyComment(api, target, 'new')).action).toBe('updated')
})

test('skipped run updates an existing comment to say no prompt was affected', async () => {
  const scope = recorder.scope(API)
  serveComments(scope, [{ id: 5, body: `${MARKER}\nold results`, user: BOT }], 100)
  scope
    .patch('/repos/octo/prompts/issues/comments/5', { body: `${MARKER}\nskipped` })
    .reply(200, raw({ id: 5, body: `${MARKER}\nskipped`, user: BOT }))

  expect(await upsertSkippedComment(installationClient(), target, `${MARKER}\nskipped`)).toMatchObject({
    action: 'updated',
    id: 5
  })
})

test('skipped run posts nothing when there is no earlier comment', async () => {
  serveComments(recorder.scope(API), others(3), 100)

  expect(await upsertSkippedComment(installationClient(), target, 'skipped')).toBeUndefined()
  expect(recorder.requests.map(r => r.method)).toEqual(['GET'])
})
