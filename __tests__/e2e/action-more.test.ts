// More end-to-end runs of the bundled action (`node dist/index.js`, as the runner starts it):
// a stored baseline passed with the `baseline` input, recorded by the bundled CLI on the base
// commit, and a `push` event in a full-history checkout. Same harness as action.test.ts: a real
// git origin, a local fake of GitHub's REST API that validates every request against the
// OpenAPI description, and a local OpenAI-compatible model that obeys the prompt it is given.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import {
  classifyTicket,
  expectExit,
  fixture,
  FIXTURE_CONFIG as CONFIG,
  FIXTURE_MODEL_KEY as MODEL_KEY,
  FIXTURE_PROMPT as PROMPT,
  FIXTURE_REPOSITORY,
  retarget,
  runBundledAction,
  runNode,
  startActionWorld,
  triageRequest,
  webhookExample,
  type ActionRun,
  type ActionTrigger,
  type ActionWorld,
  type PullSpec,
  type RepositoryPayload,
  type RunActionOptions,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import type { FakeGitHubServer } from '../helpers/fake-github-server.js'
import { checkoutFullHistory, git, type OriginRepo } from '../helpers/git-fixture.js'
import type { ChatRequestBody, OpenAITestServer, Reply } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const CLI = join(ROOT, 'dist/cli.js')

const { owner: OWNER, repo: REPO } = FIXTURE_REPOSITORY
const SUITE = 'ticket-triage'
const CASES = 30
/** Where a workflow would restore the stored baseline (e.g. with actions/cache) before the step. */
const RESTORED_BASELINE = 'baseline/promptgate-baseline.json'
/** Where `promptgate baseline` writes by default. */
const CLI_BASELINE = '.promptgate/baseline.json'

// ---------------------------------------------------------------------------------------------
// The model: obeys the prompt it is given, so the verdict is a real consequence of the prompt.

function triageModel(body: ChatRequestBody): Reply {
  const { system, ticket } = triageRequest(body)
  if (/\brefund\b/i.test(ticket) && system.includes('answer refund')) return { content: 'refund' }
  return { content: classifyTicket(ticket) }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

/** The system message of a prompt file, as the model server receives it (it has no variables). */
function systemText(promptYaml: string): string {
  const prompt = parseYaml(promptYaml) as { messages: { role: string; content: string }[] }
  const system = prompt.messages.find(m => m.role === 'system')
  if (!system) throw new Error('fixture prompt has no system message')
  return system.content
}

const BASE_PROMPT = fixture('triage.base.prompt.yml')
const BREAKING_PROMPT = fixture('triage.breaking.prompt.yml')
const BASE_SYSTEM = systemText(BASE_PROMPT)
const HEAD_SYSTEM = systemText(BREAKING_PROMPT)

/** The suite recorded with another model than the PR uses: what makes a stored baseline stale. */
const OTHER_MODEL_SUITE = `  - id: ${SUITE}\n    model: openai/gpt-4.1\n`

interface PushPayload {
  ref: string
  before: string
  after: string
  created: boolean
  compare: string
  head_commit: { id: string } | null
  repository: RepositoryPayload
}

/** A real branch `push` payload, patched to say `branch` moved from `before` to `after`. */
function pushEvent(branch: string, before: string, after: string): PushPayload {
  const original = webhookExample('push', e => e.ref === 'refs/heads/master' && e.created === true)
  const payload = retarget<PushPayload>(FIXTURE_REPOSITORY, original, [
    [(original as unknown as PushPayload).after, after]
  ])
  payload.ref = `refs/heads/${branch}`
  payload.before = before
  payload.after = after
  payload.created = false
  payload.compare = `https://github.com/${OWNER}/${REPO}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`
  if (payload.head_commit) payload.head_commit.id = after
  return payload
}

// ---------------------------------------------------------------------------------------------
// Triggers and action runs

function pushTrigger(branch: string, before: string, after: string): ActionTrigger {
  return {
    eventName: 'push',
    payload: pushEvent(branch, before, after),
    checkout: workspace => checkoutFullHistory(origin, workspace, branch),
    // The runner sets GITHUB_HEAD_REF and GITHUB_BASE_REF on pull request events only.
    env: { GITHUB_SHA: after, GITHUB_REF: `refs/heads/${branch}` }
  }
}

let world: ActionWorld
let temp: { dir: string; remove(): void }
let origin: OriginRepo
let github: FakeGitHubServer
let model: OpenAITestServer
let baseSha: string
let dirCount = 0

const nextDir = (name: string) => join(temp.dir, `${name}-${++dirCount}`)

function runAction(trigger: ActionTrigger, options: RunActionOptions = {}): Promise<ActionRun> {
  return runBundledAction(world.setup, nextDir('run'), trigger, options)
}

/**
 * `promptgate baseline` with the bundled CLI, as a workflow on the default branch runs it: a
 * full checkout of main (the base commit), the config optionally edited first, run `times`
 * times in that checkout (later runs replay from its response cache). Returns the baseline
 * file it wrote.
 */
async function recordBaseline(editConfig?: (text: string) => string, times = 1): Promise<string> {
  const checkout = nextDir('baseline')
  await checkoutFullHistory(origin, checkout, 'main')
  expect(git(checkout, ['rev-parse', 'HEAD']).trim()).toBe(baseSha)
  if (editConfig) {
    const path = join(checkout, CONFIG)
    const edited = editConfig(readFileSync(path, 'utf8'))
    writeFileSync(path, edited)
  }
  for (let i = 0; i < times; i++) {
    const result = await runNode([CLI, 'baseline', '--config', CONFIG], checkout, {
      PATH: process.env.PATH,
      HOME: checkout,
      OPENAI_API_KEY: MODEL_KEY
    })
    expectExit(result, 0)
  }
  return join(checkout, CLI_BASELINE)
}

/** The workflow step that restores the stored baseline into the PR's workspace. */
function restoreBaseline(file: string): (workspace: string) => void {
  return workspace => {
    const target = join(workspace, RESTORED_BASELINE)
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(file, target)
  }
}

/** A PR from a branch off main changing the prompt; its refs published like GitHub's. */
function openPull(number: number, branch: string, files: Record<string, string>): PullSpec {
  return world.openPull(number, branch, files)
}

interface PassRateJson {
  base: number
  head: number
  delta: number
  interval: { low: number; high: number; confidence: number }
}

interface ReportJson {
  verdict: string
  notes: string[]
  git?: { baseSha?: string; headSha?: string }
  suites: {
    id: string
    verdict: string
    change: string
    comparison?: {
      passRate: PassRateJson
      flips: { passToFail: number; failToPass: number }
    }
    calls: { made: number; cached: number; failed: number; adaptiveExtra: number; saved: number }
  }[]
}

function report(run: ActionRun): ReportJson {
  const path = run.outputs['report-path']
  if (!path) throw new Error(`the run set no report-path output; it ended with:\n${run.stdout.slice(-2000)}`)
  return JSON.parse(readFileSync(path, 'utf8')) as ReportJson
}

function suiteOf(run: ActionRun): ReportJson['suites'][number] {
  const suite = report(run).suites.find(s => s.id === SUITE)
  if (!suite) throw new Error(`no suite ${SUITE} in the report`)
  return suite
}

interface BaselineJson {
  suites: {
    id: string
    fingerprint: { model: string }
    samples: { caseId: string; cacheHit: boolean; checks: Record<string, unknown>[] }[]
  }[]
}

function systemsOf(run: ActionRun): Set<string | undefined> {
  return new Set(run.modelRequests.map(r => r.body.messages?.find(m => m.role === 'system')?.content))
}

beforeAll(async () => {
  if (!existsSync(DIST) || !existsSync(CLI))
    throw new Error(`${DIST} or ${CLI} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-e2e-more-', responder: triageModel })
  ;({ temp, origin, github, model, baseSha } = world)
})

afterAll(() => world?.close())

// ---------------------------------------------------------------------------------------------

describe('a stored baseline recorded on the base commit (input baseline)', () => {
  let baselineFile: string
  let normal: ActionRun
  let withBaseline: ActionRun

  beforeAll(async () => {
    baselineFile = await recordBaseline()
    normal = await runAction(
      pullRequestTrigger(origin, openPull(21, 'refund-desk', { [PROMPT]: BREAKING_PROMPT }))
    )
    withBaseline = await runAction(
      pullRequestTrigger(origin, openPull(22, 'refund-desk-baseline', { [PROMPT]: BREAKING_PROMPT })),
      { env: { INPUT_BASELINE: RESTORED_BASELINE }, prepare: restoreBaseline(baselineFile) }
    )
  }, 120_000)

  test('the bundled CLI records one sample per case of the suite, with the model the PR uses', () => {
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as BaselineJson
    expect(baseline.suites.map(s => s.id)).toEqual([SUITE])
    expect(baseline.suites[0]!.fingerprint.model).toBe('gpt-4o-mini')
    expect(new Set(baseline.suites[0]!.samples.map(s => s.caseId)).size).toBe(CASES)
  })

  test("sends only head-side calls to the model: the base prompt's text never reaches the server", () => {
    // The probe sees base calls when there are some: a normal run sends both prompts.
    expect(systemsOf(normal)).toEqual(new Set([BASE_SYSTEM, HEAD_SYSTEM]))
    expect(withBaseline.modelRequests.length).toBeGreaterThanOrEqual(CASES)
    expect(systemsOf(withBaseline)).toEqual(new Set([HEAD_SYSTEM]))
    const everything = JSON.stringify(withBaseline.modelRequests.map(r => r.body))
    expect(everything).not.toContain(JSON.stringify(BASE_SYSTEM))
  })

  test('gives the verdict, exit code, pass rates and flips of a run that evaluates the base side itself', () => {
    expectExit(normal, 1)
    expectExit(withBaseline, 1)
    expect(withBaseline.outputs.verdict).toBe('fail')
    expect(withBaseline.outputs.verdict).toBe(normal.outputs.verdict)
    const expected = suiteOf(normal)
    const actual = suiteOf(withBaseline)
    expect(actual.verdict).toBe('regression')
    expect(actual.verdict).toBe(expected.verdict)
    // Same rates; the interval levels differ by design: a run that may sample more reads its first
    // look at a stricter level (alpha-spending), a stored baseline allows no extra call (one look).
    const rates = (p: PassRateJson | undefined) => p && { base: p.base, head: p.head, delta: p.delta }
    expect(rates(actual.comparison?.passRate)).toEqual(rates(expected.comparison?.passRate))
    expect(actual.comparison?.passRate.interval.high).toBeLessThan(0)
    expect(expected.comparison?.passRate.interval.high).toBeLessThan(0)
    expect(actual.comparison?.flips).toEqual(expected.comparison?.flips)
  })

  test("counts every stored base sample in the suite's calls.saved, and only head calls as made", () => {
    const stored = (JSON.parse(readFileSync(baselineFile, 'utf8')) as BaselineJson).suites[0]!.samples
    const calls = suiteOf(withBaseline).calls
    expect(calls.saved).toBe(stored.length)
    expect(calls.made).toBe(withBaseline.modelRequests.length)
    expect(suiteOf(normal).calls.saved).toBe(0)
    expect(report(withBaseline).notes.join('\n')).not.toMatch(/stale|No stored baseline/)
  })
})

describe('a stale stored baseline (recorded with another model)', () => {
  let run: ActionRun

  beforeAll(async () => {
    const baselineFile = await recordBaseline(config => {
      expect(config).toContain(`  - id: ${SUITE}\n`)
      return config.replace(`  - id: ${SUITE}\n`, OTHER_MODEL_SUITE)
    })
    expect(
      (JSON.parse(readFileSync(baselineFile, 'utf8')) as BaselineJson).suites[0]!.fingerprint.model
    ).toBe('gpt-4.1')
    run = await runAction(
      pullRequestTrigger(origin, openPull(23, 'refund-desk-stale', { [PROMPT]: BREAKING_PROMPT })),
      { env: { INPUT_BASELINE: RESTORED_BASELINE }, prepare: restoreBaseline(baselineFile) }
    )
  }, 120_000)

  test("runs the base side itself: the base prompt's text reaches the model server", () => {
    expect(systemsOf(run)).toEqual(new Set([BASE_SYSTEM, HEAD_SYSTEM]))
    const base = run.modelRequests.filter(r => r.body.messages?.[0]?.content === BASE_SYSTEM)
    expect(base.length).toBeGreaterThanOrEqual(CASES)
    expect(suiteOf(run).calls.saved).toBe(0)
  })

  test('says in the report notes that the baseline is stale and which model it was recorded with', () => {
    const stale = report(run).notes.filter(n => n.includes('stale'))
    expect(stale).toHaveLength(1)
    expect(stale[0]).toContain(SUITE)
    expect(stale[0]).toContain('baseline: gpt-4.1, now: gpt-4o-mini')
  })

  test('still judges the change as a normal run does: exit code 1, verdict=fail, suite regression', () => {
    expectExit(run, 1)
    expect(run.outputs.verdict).toBe('fail')
    expect(suiteOf(run).verdict).toBe('regression')
  })
})

describe('a stored baseline recorded from the response cache', () => {
  test('counts each stored base sample once in calls.saved and none as a cache hit of this run', async () => {
    // Run twice in one checkout, the second `baseline` replays every call from the response
    // cache: its stored samples say cacheHit, as a default-branch job with a warm cache writes them.
    const modelBefore = model.received.length
    const baselineFile = await recordBaseline(undefined, 2)
    expect(model.received.length - modelBefore).toBe(CASES)
    const stored = (JSON.parse(readFileSync(baselineFile, 'utf8')) as BaselineJson).suites[0]!.samples
    expect(stored.filter(s => s.cacheHit)).toHaveLength(CASES)

    const run = await runAction(
      pullRequestTrigger(origin, openPull(24, 'refund-desk-cached-baseline', { [PROMPT]: BREAKING_PROMPT })),
      { env: { INPUT_BASELINE: RESTORED_BASELINE }, prepare: restoreBaseline(baselineFile) }
    )

    expectExit(run, 1)
    expect(systemsOf(run)).toEqual(new Set([HEAD_SYSTEM]))
    expect(suiteOf(run).calls).toEqual(
      expect.objectContaining({ made: run.modelRequests.length, cached: 0, saved: stored.length })
    )
  }, 120_000)
})

describe('a baseline file committed in the PR itself (the restore step found no cache)', () => {
  test('is not used: the base side runs and the breaking change still fails', async () => {
    // Same fingerprint as a real baseline, every base sample made to fail: if the PR's own file
    // stood in for the base side, the breaking change would read as an improvement.
    const real = JSON.parse(readFileSync(await recordBaseline(), 'utf8')) as BaselineJson
    const forged = {
      ...real,
      suites: real.suites.map(suite => ({
        ...suite,
        samples: suite.samples.map(sample => ({
          ...sample,
          output: 'other',
          pass: false,
          score: 0,
          checks: sample.checks.map(check => ({ ...check, pass: false, score: 0 }))
        }))
      }))
    }
    const pull = openPull(25, 'refund-desk-forged-baseline', {
      [PROMPT]: BREAKING_PROMPT,
      [RESTORED_BASELINE]: JSON.stringify(forged)
    })

    const run = await runAction(pullRequestTrigger(origin, pull), {
      env: { INPUT_BASELINE: RESTORED_BASELINE }
    })

    expect(suiteOf(run).verdict).toBe('regression')
    expect(run.outputs.verdict).toBe('fail')
    expectExit(run, 1)
    expect(systemsOf(run)).toEqual(new Set([BASE_SYSTEM, HEAD_SYSTEM]))
  }, 120_000)
})

describe('a push event in a full-history checkout', () => {
  const BRANCH = 'refund-desk-push'
  let headSha: string
  let run: ActionRun

  beforeAll(async () => {
    headSha = origin.commit(
      BRANCH,
      { [PROMPT]: BREAKING_PROMPT },
      'Route refunds to the refunds desk',
      baseSha
    )
    run = await runAction(pushTrigger(BRANCH, baseSha, headSha))
  }, 120_000)

  test('fails the step with exit code 1 and verdict=fail for the breaking prompt change', () => {
    expectExit(run, 1)
    expect(run.outputs.verdict).toBe('fail')
    expect(report(run).git).toEqual(expect.objectContaining({ baseSha, headSha }))
    expect(suiteOf(run)).toEqual(expect.objectContaining({ verdict: 'regression', change: 'modified' }))
    expect(run.stdout).toContain('::error::PromptGate: ')
  })

  test('sets the outputs: reason, report-path and affected-suites, and no comment-url', () => {
    expect(run.outputs.reason).toBe(
      (JSON.parse(readFileSync(join(run.workspace, '.promptgate/report.json'), 'utf8')) as { reason: string })
        .reason
    )
    expect(run.outputs.reason).not.toBe('')
    expect(run.outputs['report-path']).toBe(join(run.workspace, '.promptgate/report.json'))
    expect(JSON.parse(run.outputs['affected-suites'] ?? 'null')).toEqual([SUITE])
    expect(run.outputs['comment-url']).toBeUndefined()
  })

  test('sets log-path to the call log, whose lines are promptgate.call/1 records', () => {
    const logPath = run.outputs['log-path'] ?? ''
    expect(logPath).toBe(join(run.workspace, '.promptgate/calls.jsonl'))
    const first = JSON.parse(readFileSync(logPath, 'utf8').split('\n')[0] ?? '') as { format: string }
    expect(first.format).toBe('promptgate.call/1')
  })

  test('adds the call log insights under the report in the job summary', () => {
    expect(run.summary).toContain('### Call log insights')
    expect(run.summary).toContain('```mermaid\nxychart-beta')
    expect(run.summary.indexOf('### Call log insights')).toBeGreaterThan(
      run.summary.indexOf('PromptGate: **fail**')
    )
  })

  test('writes the report to the job summary: verdict headline, metrics and regressed cases', () => {
    expect(run.summary).toContain('## ❌ PromptGate: **fail**')
    expect(run.summary).toMatch(/^\| Pass rate \| 96\.7% .*\| 70\.0% /m)
    expect(run.summary).toContain('**Regressed cases** (8)')
  })

  test('makes no comment API call (a push has no PR to comment on)', () => {
    expect(run.github.filter(op => op.endsWith('-comment') || op.endsWith('-comments'))).toEqual([])
  })

  test('reads changed files and the base prompt with local git: no GitHub API request at all', () => {
    expect(run.github).toEqual([])
    expect(systemsOf(run)).toEqual(new Set([BASE_SYSTEM, HEAD_SYSTEM]))
  })
})

test('every request the action sent to GitHub is a valid operation of its OpenAPI description, with the token', () => {
  expect(github.requests.length).toBeGreaterThan(0)
  expect(github.invalidRequests()).toEqual([])
  expect(github.requests.every(r => r.status < 400)).toBe(true)
})
