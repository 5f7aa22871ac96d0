import { createRequire } from 'node:module'
import { EventError, parseEventContext } from '../../src/github/event.js'

interface WebhookDefinition {
  name: string
  examples: Record<string, unknown>[]
}

// Real payloads GitHub sends, contributed to octokit/webhooks.
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[]

function example(name: string, action?: string): Record<string, unknown> {
  const def = definitions.find(d => d.name === name)
  const found = def?.examples.find(e => action === undefined || e.action === action)
  if (!found) throw new Error(`no ${name} ${action ?? ''} example in @octokit/webhooks-examples`)
  return structuredClone(found)
}

interface PrPayload {
  number: number
  repository: { name: string; full_name: string; owner: { login: string } }
  pull_request: {
    number: number
    labels: { name: string }[]
    base: { sha: string; ref: string; repo: { full_name: string } }
    head: { sha: string; ref: string; repo: { full_name: string } | null }
  }
}

test('parses a real pull_request opened payload into base and head commits', () => {
  const payload = example('pull_request', 'opened')
  const pr = (payload as unknown as PrPayload).pull_request

  const ctx = parseEventContext('pull_request', payload, {})

  expect(ctx).toMatchObject({
    kind: 'pull_request',
    owner: (payload as unknown as PrPayload).repository.owner.login,
    repo: (payload as unknown as PrPayload).repository.name,
    prNumber: pr.number,
    baseSha: pr.base.sha,
    baseRev: pr.base.sha,
    baseRef: pr.base.ref,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headIsUntrusted: false
  })
})

test('reads labels and same-repo origin from a real synchronize payload', () => {
  const payload = example('pull_request', 'synchronize') as unknown as PrPayload
  payload.pull_request.labels = [{ name: 'promptgate:accept-regression' }]
  payload.pull_request.head.repo = { ...payload.pull_request.base.repo }

  const ctx = parseEventContext('pull_request', payload, {})

  expect(ctx.labels).toEqual(['promptgate:accept-regression'])
  expect(ctx.isFork).toBe(false)
})

test('marks a PR from another repository as a fork', () => {
  const payload = example('pull_request', 'opened') as unknown as PrPayload
  payload.pull_request.head.repo = { full_name: 'mallory/prompts' }

  expect(parseEventContext('pull_request', payload, {}).isFork).toBe(true)
})

test('marks a PR whose fork was deleted as a fork', () => {
  const payload = example('pull_request', 'opened') as unknown as PrPayload
  payload.pull_request.head.repo = null

  expect(parseEventContext('pull_request', payload, {}).isFork).toBe(true)
})

test('marks pull_request_target heads as untrusted (same payload shape as pull_request)', () => {
  const ctx = parseEventContext('pull_request_target', example('pull_request', 'opened'), {})

  expect(ctx.kind).toBe('pull_request_target')
  expect(ctx.headIsUntrusted).toBe(true)
})

test('uses before and after of a real push payload as base and head', () => {
  const payload = example('push') as { before: string; after: string; ref: string }
  payload.before = 'a'.repeat(40)

  const ctx = parseEventContext('push', payload, {})

  expect(ctx).toMatchObject({
    kind: 'push',
    baseSha: 'a'.repeat(40),
    baseRev: 'a'.repeat(40),
    headSha: payload.after
  })
  expect(ctx.prNumber).toBeUndefined()
})

test('has no base for a push that created a branch, unless base-ref is set', () => {
  const payload = example('push') as { before: string }
  payload.before = '0'.repeat(40)

  expect(parseEventContext('push', payload, {}).baseRev).toBeUndefined()
  expect(parseEventContext('push', payload, {}, { baseRef: 'main' })).toMatchObject({
    baseRef: 'main',
    baseRev: 'main'
  })
})

test('takes workflow_dispatch head from GITHUB_SHA and base from the base-ref input', () => {
  const payload = example('workflow_dispatch')

  const ctx = parseEventContext(
    'workflow_dispatch',
    payload,
    { GITHUB_SHA: 'c'.repeat(40) },
    { baseRef: ' main ' }
  )

  expect(ctx).toMatchObject({
    kind: 'workflow_dispatch',
    headSha: 'c'.repeat(40),
    baseRef: 'main',
    baseRev: 'main'
  })
})

test('explains that workflow_dispatch needs the base-ref input', () => {
  expect(() =>
    parseEventContext('workflow_dispatch', example('workflow_dispatch'), { GITHUB_SHA: 'c' })
  ).toThrow(/set the `base-ref` input/)
})

test('refuses a base-ref that git would read as an option', () => {
  expect(() =>
    parseEventContext(
      'workflow_dispatch',
      example('workflow_dispatch'),
      { GITHUB_SHA: 'c' },
      { baseRef: '--output=x' }
    )
  ).toThrow(EventError)
})

test('lists the supported events when run on another one', () => {
  expect(() => parseEventContext('issue_comment', {}, {})).toThrow(
    /"issue_comment".*pull_request, pull_request_target, push, workflow_dispatch/
  )
})

test('names the missing field of a malformed pull_request payload', () => {
  const payload = example('pull_request', 'opened') as { pull_request: { base: Record<string, unknown> } }
  delete payload.pull_request.base.sha

  expect(() => parseEventContext('pull_request', payload, {})).toThrow(/pull_request\.base\.sha/)
})

describe('trimmed payloads', () => {
  it('reads a hand-made pull_request payload with only the PR number and SHAs, taking the repo from GITHUB_REPOSITORY', () => {
    const ctx = parseEventContext(
      'pull_request',
      { pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } },
      { GITHUB_REPOSITORY: 'acme/app' }
    )
    expect(ctx).toMatchObject({
      owner: 'acme',
      repo: 'app',
      prNumber: 7,
      baseRev: 'b'.repeat(40),
      isFork: false,
      labels: []
    })
  })

  it('reads a push payload without repository from GITHUB_REPOSITORY', () => {
    const ctx = parseEventContext(
      'push',
      { before: 'a'.repeat(40), after: 'c'.repeat(40) },
      { GITHUB_REPOSITORY: 'acme/app' }
    )
    expect(ctx).toMatchObject({
      kind: 'push',
      owner: 'acme',
      repo: 'app',
      baseRev: 'a'.repeat(40),
      headSha: 'c'.repeat(40)
    })
  })
})
