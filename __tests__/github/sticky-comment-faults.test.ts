// The sticky comment under GitHub faults, against nock with every request validated against
// GitHub's OpenAPI description: never two comments, never none, never an older run's results
// over a newer run's, and a diagnosis that fits the status.
import type nock from 'nock'
import { createGitHubClient } from '../../src/github/client.js'
import { silentLogger } from '../../src/github/api.js'
import {
  commentMarker,
  describeCommentFailure,
  headLine,
  upsertStickyComment
} from '../../src/github/sticky-comment.js'
import { GitHubRecorder, useGitHubNock } from '../helpers/github-nock.js'

const API = 'https://api.github.com'
const HEAD = 'a'.repeat(40)
const NEWER = 'b'.repeat(40)
const target = { owner: 'octo', repo: 'prompts', issueNumber: 7, configId: 'default', headSha: HEAD }
const MARKER = commentMarker('default')
const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const COMMENTS = '/repos/octo/prompts/issues/7/comments'

let recorder: GitHubRecorder
useGitHubNock(() => recorder)
beforeEach(() => {
  recorder = new GitHubRecorder()
})

const client = () =>
  createGitHubClient({ token: 'ghs_installation', logger: silentLogger, retryAfterBaseValueMs: 1 })

function raw(id: number, body: string) {
  return { id, body, user: BOT, html_url: `https://github.com/octo/prompts/pull/7#issuecomment-${id}` }
}

function listComments(scope: nock.Scope, comments: ReturnType<typeof raw>[]) {
  scope.get(COMMENTS).query({ per_page: '100' }).reply(200, comments)
}

function pullHead(scope: nock.Scope, sha: string) {
  scope.get('/repos/octo/prompts/pulls/7').reply(200, { number: 7, head: { sha, ref: 'x' } })
}

const expectedBody = `${MARKER}\n${headLine(HEAD)}\nresults`

test('a create answered 502 although GitHub stored it: found again by marker and author, no second POST', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [])
  pullHead(scope, HEAD)
  scope.post(COMMENTS).reply(502, { message: 'Bad Gateway' })
  listComments(scope, [raw(31, expectedBody)])
  const notes: string[] = []

  const result = await upsertStickyComment(client(), target, 'results', { onNote: n => notes.push(n) })

  expect(result).toEqual({ action: 'created', id: 31, url: expect.stringContaining('issuecomment-31') })
  expect(recorder.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  expect(notes.join('\n')).toMatch(/GitHub had stored it/)
})

test('a create answered 502 and really lost: tried exactly once more, then verified', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [])
  pullHead(scope, HEAD)
  scope.post(COMMENTS).reply(502, { message: 'Bad Gateway' })
  listComments(scope, [])
  scope.post(COMMENTS).reply(201, raw(32, expectedBody))
  listComments(scope, [raw(32, expectedBody)])

  const result = await upsertStickyComment(client(), target, 'results')

  expect(result).toMatchObject({ action: 'created', id: 32 })
  expect(recorder.requests.filter(r => r.method === 'POST')).toHaveLength(2)
})

test('a 422 on create is not retried at all (it cannot have been stored)', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [])
  pullHead(scope, HEAD)
  scope.post(COMMENTS).reply(422, { message: 'Validation Failed' })

  await expect(upsertStickyComment(client(), target, 'results')).rejects.toMatchObject({ status: 422 })
  expect(recorder.requests.filter(r => r.method === 'POST')).toHaveLength(1)
})

test('a comment deleted between finding and updating it (404 on PATCH) is created anew', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [raw(40, `${MARKER}\nold`)])
  pullHead(scope, HEAD)
  scope.patch('/repos/octo/prompts/issues/comments/40').reply(404, { message: 'Not Found' })
  scope.post(COMMENTS).reply(201, raw(41, expectedBody))
  listComments(scope, [raw(41, expectedBody)])
  const notes: string[] = []

  const result = await upsertStickyComment(client(), target, 'results', { onNote: n => notes.push(n) })

  expect(result).toMatchObject({ action: 'created', id: 41 })
  expect(notes.join('\n')).toMatch(/deleted while this run was going/)
})

test('a newer push while the run was going: nothing is written, the result says superseded', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [raw(50, `${MARKER}\n${headLine(NEWER)}\nnewer results`)])
  pullHead(scope, NEWER)

  const result = await upsertStickyComment(client(), target, 'results')

  expect(result).toEqual({
    action: 'superseded',
    currentHead: NEWER,
    url: expect.stringContaining('issuecomment-50')
  })
  expect(recorder.requests.some(r => r.method === 'PATCH' || r.method === 'POST')).toBe(false)
})

test('two runs racing: the later duplicate is deleted and the older comment carries the result', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [])
  pullHead(scope, HEAD)
  scope.post(COMMENTS).reply(201, raw(61, expectedBody))
  // The other run's comment (60) landed between our search and our create.
  listComments(scope, [raw(60, `${MARKER}\nother run`), raw(61, expectedBody)])
  scope.delete('/repos/octo/prompts/issues/comments/61').reply(204)
  scope.patch('/repos/octo/prompts/issues/comments/60').reply(200, raw(60, expectedBody))

  const result = await upsertStickyComment(client(), target, 'results')

  expect(result).toMatchObject({ action: 'updated', id: 60 })
  expect(JSON.parse(recorder.requests.at(-1)!.body)).toEqual({ body: expectedBody })
})

test('the head line sits right after the marker, so the marker stays first', async () => {
  const scope = recorder.scope(API)
  listComments(scope, [])
  pullHead(scope, HEAD)
  scope.post(COMMENTS).reply(201, raw(70, expectedBody))
  listComments(scope, [raw(70, expectedBody)])

  await upsertStickyComment(client(), target, `${MARKER}\nresults`)

  const post = recorder.requests.find(r => r.method === 'POST')!
  expect(JSON.parse(post.body)).toEqual({ body: expectedBody })
})

describe('the diagnosis of a failed write', () => {
  async function failure(status: number, message: string, times = 1): Promise<unknown> {
    const scope = recorder.scope(API)
    scope.post(COMMENTS).times(times).reply(status, { message }, { 'retry-after': '1' })
    return client()
      .createIssueComment({ owner: 'octo', repo: 'prompts' }, 7, 'x')
      .catch((error: unknown) => error)
  }

  test('names the missing permission on a 403', async () => {
    expect(describeCommentFailure(await failure(403, 'Resource not accessible by integration'))).toMatch(
      /permissions: pull-requests: write/
    )
  })

  test('a 500 is a server error, without the permission hint', async () => {
    const text = describeCommentFailure(await failure(500, 'Server Error'))
    expect(text).toMatch(/GitHub answered 500/)
    expect(text).not.toMatch(/permission/)
  })

  test('a 404 says the PR or comment is gone, without the permission hint', async () => {
    const text = describeCommentFailure(await failure(404, 'Not Found'))
    expect(text).toMatch(/404/)
    expect(text).not.toMatch(/pull-requests: write/)
  })

  test('a secondary rate limit (403 with that message) is not blamed on permissions', async () => {
    const text = describeCommentFailure(await failure(403, 'You have exceeded a secondary rate limit', 3))
    expect(text).toMatch(/rate limit/)
    expect(text).not.toMatch(/pull-requests: write/)
  })

  test('a connection that fails says the API could not be reached', async () => {
    const scope = recorder.scope(API)
    scope.post(COMMENTS).replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })
    const error = await client()
      .createIssueComment({ owner: 'octo', repo: 'prompts' }, 7, 'x')
      .catch((e: unknown) => e)
    expect(describeCommentFailure(error)).toMatch(/could not be reached/)
  })
})
