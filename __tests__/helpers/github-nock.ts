// Records GitHub requests that nock intercepts and validates them against the OpenAPI description.
// Kept apart from github-openapi.ts: importing nock activates it for the whole Jest worker, so only
// test files that use nock (and restore it in afterAll) may import this module.
import nock from 'nock'
import { validateGitHubRequest, type SpecName } from './github-openapi.js'
import { useNock } from './nock-lifecycle.js'

export interface RecordedRequest {
  method: string
  path: string
  body: string
  userAgent: string
}

/**
 * Records every request nock intercepts on scopes created through `githubNock`, so a test can
 * assert at the end that each was a valid GitHub API call (errors thrown inside nock's event
 * handlers would be swallowed).
 */
export class GitHubRecorder {
  readonly requests: RecordedRequest[] = []

  constructor(private readonly specName: SpecName = 'api.github.com') {}

  scope(baseUrl: string): nock.Scope {
    const scope = nock(baseUrl)
    scope.on(
      'request',
      (
        req: { method: string; path: string; headers: Record<string, unknown> },
        _i: unknown,
        body: string
      ) => {
        this.requests.push({
          method: req.method,
          path: req.path,
          body,
          userAgent: String(req.headers['user-agent'] ?? '')
        })
      }
    )
    return scope
  }

  /** Validates every recorded request; returns the operation ids in order. */
  validateAll(): string[] {
    return this.requests.map(
      r => validateGitHubRequest(r.method, r.path, r.body || undefined, this.specName).operationId
    )
  }
}

/** The nock lifecycle, plus: every request after each test is a valid GitHub API call. */
export function useGitHubNock(currentRecorder: () => GitHubRecorder): void {
  useNock()
  afterEach(() => {
    currentRecorder().validateAll()
  })
}
