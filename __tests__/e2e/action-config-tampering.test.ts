// A PR that regresses its prompt and, in the same change, weakens its own gate (minPassRate
// 0.6 → 0.05, maxPassRateDrop 0.1 → 0.9): run through the bundle (`node dist/index.js`) on
// pull_request and on pull_request_target. The comment must list every changed gate setting
// old → new near the top, and the base branch's settings decide unless the accept label is set.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  classifyTicket,
  expectExit,
  fixture,
  fixtureConfig,
  FIXTURE_CONFIG as CONFIG,
  FIXTURE_PROMPT as PROMPT,
  runBundledAction,
  startActionWorld,
  triageRequest,
  type ActionRun,
  type ActionWorld,
  type PullSpec,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import { ACTIONS_BOT } from '../helpers/fake-github-server.js'
import type { ChatRequestBody, Reply } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const ACCEPT_LABEL = 'promptgate:accept-regression'
const BREAKING = fixture('triage.breaking.prompt.yml')

function triageModel(body: ChatRequestBody): Reply {
  const { system, ticket } = triageRequest(body)
  if (/\brefund\b/i.test(ticket) && system.includes('answer refund')) return { content: 'refund' }
  return { content: classifyTicket(ticket) }
}

let world: ActionWorld
let runCount = 0

/** The fixture config with the thresholds a PR weakens in the same change as it regresses. */
function weakenedConfig(): string {
  const text = fixtureConfig(world.model.baseUrl)
    .replace('minPassRate: 0.6', 'minPassRate: 0.05')
    .replace('maxPassRateDrop: 0.1', 'maxPassRateDrop: 0.9')
  if (!text.includes('minPassRate: 0.05') || !text.includes('maxPassRateDrop: 0.9'))
    throw new Error('the fixture config no longer has the thresholds this test weakens')
  return text
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-tamper-', responder: triageModel })
})

afterAll(() => world?.close())

function run(pull: PullSpec, eventName: 'pull_request' | 'pull_request_target'): Promise<ActionRun> {
  return runBundledAction(
    world.setup,
    join(world.temp.dir, `run-${++runCount}`),
    pullRequestTrigger(world.origin, pull, { event: eventName })
  )
}

function comment(pr: number): string {
  const ours = world.github.comments(pr).filter(c => c.user.login === ACTIONS_BOT.login)
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}

interface Report {
  verdict: string
  configReview?: {
    decidedBy: string
    changes: { path: string; base?: string; pr?: string }[]
    other?: { verdict: string }
  }
}
const report = (r: ActionRun) => JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as Report

describe('pull_request: a regression with weakened thresholds in the same PR', () => {
  const PR = 41
  let result: ActionRun

  beforeAll(async () => {
    const pull = world.openPull(PR, 'tamper-pr', { [PROMPT]: BREAKING, [CONFIG]: weakenedConfig() })
    result = await run(pull, 'pull_request')
  }, 60_000)

  test('fails: the base branch settings decide when the two verdicts disagree', () => {
    expectExit(result, 1)
    expect(result.outputs.verdict).toBe('fail')
    const r = report(result)
    expect(r.configReview).toMatchObject({ decidedBy: 'base', other: { verdict: 'pass' } })
  })

  test('lists every changed gate setting old → new, right after the headline', () => {
    const body = comment(PR)
    const lines = body.split('\n')
    const headline = lines.findIndex(l => l.startsWith('## '))
    const notice = lines.findIndex(l => l.includes('This PR changes 2 gate settings'))
    expect(headline).toBeGreaterThanOrEqual(0)
    expect(notice).toBeGreaterThan(headline)
    // Before any suite's results: the first thing a reviewer reads after the verdict.
    expect(notice).toBeLessThan(lines.findIndex(l => l.startsWith('| Metric |')))
    expect(body).toContain('| `suites[ticket-triage].thresholds.minPassRate` | `0.6` | `0.05` |')
    expect(body).toContain('| `suites[ticket-triage].thresholds.maxPassRateDrop` | `0.1` | `0.9` |')
    expect(body).toMatch(/Under the PR's settings: \*\*pass\*\*/)
  })

  test('judged both settings from the same answers: no model call beyond one per case and side', () => {
    // 30 cases × base and head; the second pass replays every answer from the response cache.
    expect(result.modelRequests.length).toBe(60)
  })
})

describe('pull_request: the same PR with the accept label', () => {
  test("passes under the PR's own settings, and the comment still lists the changes", async () => {
    const PR = 42
    const pull = world.openPull(PR, 'tamper-pr-label', { [PROMPT]: BREAKING, [CONFIG]: weakenedConfig() })
    world.github.setLabels(PR, [ACCEPT_LABEL])
    const result = await run(pull, 'pull_request')
    expectExit(result, 0)
    expect(result.outputs.verdict).toBe('pass')
    // The label accepts the regression under the base branch's settings as well: both say pass.
    expect(report(result).configReview).toMatchObject({ decidedBy: 'pr', other: { verdict: 'pass' } })
    expect(comment(PR)).toContain('This PR changes 2 gate settings')
    expect(comment(PR)).toContain('| `suites[ticket-triage].thresholds.minPassRate` | `0.6` | `0.05` |')
  }, 60_000)
})

describe('pull_request_target: thresholds under suites[] come from the base branch too', () => {
  const PR = 43
  let result: ActionRun

  beforeAll(async () => {
    const pull = world.openPull(PR, 'tamper-target', { [PROMPT]: BREAKING, [CONFIG]: weakenedConfig() })
    result = await run(pull, 'pull_request_target')
  }, 60_000)

  test("fails under the base branch's thresholds: the PR's weakened ones were not applied", () => {
    expectExit(result, 1)
    expect(result.outputs.verdict).toBe('fail')
    expect(report(result).configReview).toMatchObject({ decidedBy: 'base' })
    expect(report(result).configReview?.other).toBeUndefined()
  })

  test('the comment says the changes were not applied and lists them old → new', () => {
    const body = comment(PR)
    expect(body).toContain(
      "every gate setting comes from the base branch: the PR's changes below were not applied"
    )
    expect(body).toContain('| `suites[ticket-triage].thresholds.minPassRate` | `0.6` | `0.05` |')
  })
})

test('every request the action sent to GitHub is a valid operation of its OpenAPI description', () => {
  expect(world.github.invalidRequests()).toEqual([])
})
