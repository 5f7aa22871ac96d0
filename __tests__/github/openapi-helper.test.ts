import { validateGitHubRequest } from '../helpers/github-openapi.js'

test('accepts a comment creation that matches the OpenAPI request body schema', () => {
  expect(validateGitHubRequest('POST', '/repos/o/r/issues/1/comments', '{"body":"hi"}').operationId).toBe(
    'issues/create-comment'
  )
})

test('rejects a comment body with a misspelt or mistyped field', () => {
  expect(() => validateGitHubRequest('POST', '/repos/o/r/issues/1/comments', '{"text":"hi"}')).toThrow(
    /invalid/
  )
  expect(() => validateGitHubRequest('PATCH', '/repos/o/r/issues/comments/5', '{"body":5}')).toThrow(
    /invalid/
  )
})

test('rejects a path that is not a GitHub REST operation', () => {
  expect(() => validateGitHubRequest('GET', '/repos/o/r/pulls/1/filez', undefined)).toThrow(
    /not an operation/
  )
  expect(() => validateGitHubRequest('DELETE', '/repos/o/r/pulls/1/files', undefined)).toThrow(
    /not an operation/
  )
})

test('rejects undeclared or mistyped query parameters', () => {
  expect(() => validateGitHubRequest('GET', '/repos/o/r/pulls/1/files?perpage=100', undefined)).toThrow(
    /perpage/
  )
  expect(() => validateGitHubRequest('GET', '/repos/o/r/pulls/1/files?page=two', undefined)).toThrow(
    /integer/
  )
})

test('strips the GHES /api/v3 prefix and validates against the GHES description', () => {
  expect(
    validateGitHubRequest('PATCH', '/api/v3/repos/o/r/issues/comments/5', '{"body":"x"}', 'ghes-3.19')
      .template
  ).toBe('/repos/{owner}/{repo}/issues/comments/{comment_id}')
})
