// The bundled action (`node dist/index.js`) against a local fake of GitHub that injects faults:
// a comment create answered 502 although GitHub stored it, a comment deleted between finding
// and updating it, a newer push while the run was going, a 500 or 403 on the write and an API
// that drops the connection. Asserted on what the user sees: the PR's comments, the warnings,
// the job summary and the outputs.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  annotations,
  classifyTicket,
  expectExit,
  fixture,
  FIXTURE_PROMPT as PROMPT,
  runBundledAction,
  startActionWorld,
  triageRequest,
  type ActionRun,
  type ActionWorld,
  type PullSpec,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import { ACTIONS_BOT, type StoredComment } from '../helpers/fake-github-server.js'
import type { ChatRequestBody, Reply } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const MARKER = '<!-- promptgate:comment id=triage -->'
const HARMLESS = fixture('triage.harmless.prompt.yml')

function triageModel(body: ChatRequestBody): Reply {
  return { content: classifyTicket(triageRequest(body).ticket) }
}

let world: ActionWorld
let runCount = 0

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-faults-', responder: triageModel })
})

afterAll(() => world?.close())

function run(pull: PullSpec, action: 'opened' | 'synchronize' = 'opened'): Promise<ActionRun> {
  return runBundledAction(
    world.setup,
    join(world.temp.dir, `run-${++runCount}`),
    pullRequestTrigger(world.origin, pull, { action: action })
  )
}

function ours(pr: number): StoredComment[] {
  return world.github
    .comments(pr)
    .filter(c => c.user.login === ACTIONS_BOT.login && c.body.startsWith(MARKER))
}

const warnings = (r: ActionRun) => annotations(r.stdout, 'warning').map(a => a.message)

describe('a comment create answered 502 although GitHub stored the comment', () => {
  const PR = 31
  let result: ActionRun

  beforeAll(async () => {
    const pull = world.openPull(PR, 'faults-502', { [PROMPT]: HARMLESS })
    world.github.injectFault({
      operationId: 'issues/create-comment',
      kind: 'status-after-apply',
      status: 502
    })
    result = await run(pull)
  }, 120_000)

  test('leaves exactly one PromptGate comment, found again by marker and author instead of posted twice', () => {
    expectExit(result, 0)
    expect(ours(PR)).toHaveLength(1)
    expect(result.github.filter(op => op === 'issues/create-comment')).toHaveLength(1)
    expect(result.outputs['comment-url']).toContain(`issuecomment-${ours(PR)[0]!.id}`)
  })

  test('says so in the job summary, without a warning (nothing was lost)', () => {
    expect(result.summary).toContain('GitHub had stored it')
    expect(warnings(result).filter(w => /comment/i.test(w))).toEqual([])
  })
})

describe('a comment deleted between finding it and updating it', () => {
  const PR = 32
  let second: ActionRun

  beforeAll(async () => {
    const pull = world.openPull(PR, 'faults-404', { [PROMPT]: HARMLESS })
    await run(pull)
    const first = ours(PR)[0]!
    // Someone deletes the comment right before the second run's PATCH arrives.
    world.github.injectFault({
      operationId: 'issues/update-comment',
      kind: 'before',
      action: () => world.github.deleteComment(first.id)
    })
    second = await run(pull, 'synchronize')
  }, 60_000)

  test('posts a new comment: the PR has exactly one again', () => {
    expectExit(second, 0)
    expect(second.github).toContain('issues/update-comment')
    expect(second.github).toContain('issues/create-comment')
    expect(ours(PR)).toHaveLength(1)
  })

  test('does not blame a missing permission', () => {
    expect(`${second.stdout}\n${second.summary}`).not.toContain('pull-requests: write')
    expect(second.summary).toContain('deleted while this run was going')
  })
})

describe('a newer push landed while the run was going', () => {
  const PR = 33
  let stale: ActionRun
  let newerComment: StoredComment

  beforeAll(async () => {
    const pull = world.openPull(PR, 'faults-superseded', { [PROMPT]: HARMLESS })
    await run(pull)
    // The newer push's run already wrote its comment; then the older run finishes.
    const newerHead = world.origin.commit(pull.headRef, { 'notes.txt': 'second push\n' }, 'Second push')
    world.github.setPull({ number: PR, base: pull.base, head: newerHead, labels: [] })
    newerComment = ours(PR)[0]!
    newerComment.body = `${MARKER}\n<!-- promptgate:head sha=${newerHead} -->\nthe newer run's results`
    newerComment = { ...newerComment }
    stale = await run(pull, 'synchronize')
  }, 60_000)

  test("never overwrites the newer run's comment", () => {
    expect(stale.github).toContain('pulls/get')
    expect(stale.github).not.toContain('issues/update-comment')
    expect(stale.github).not.toContain('issues/create-comment')
    expect(ours(PR)).toEqual([newerComment])
  })

  test('says it was superseded in a warning and the job summary, and still sets the verdict', () => {
    expect(warnings(stale).some(w => w.startsWith('Superseded: '))).toBe(true)
    expect(stale.summary).toContain('Superseded: ')
    expect(stale.outputs.verdict).toBe('pass')
    expect(stale.outputs['comment-url']).toContain(`issuecomment-${newerComment.id}`)
  })
})

describe('a comment write that fails for good', () => {
  test('a 500 on every create: one warning naming a server error, no permission hint, report in summary and outputs', async () => {
    const PR = 34
    const pull = world.openPull(PR, 'faults-500', { [PROMPT]: HARMLESS })
    world.github.injectFault({ operationId: 'issues/create-comment', kind: 'status', status: 500, times: 2 })
    const result = await run(pull)
    expectExit(result, 0)
    const about = warnings(result).filter(w => /PR comment/.test(w))
    expect(about).toHaveLength(1)
    expect(about[0]).toMatch(/GitHub answered 500/)
    expect(about[0]).not.toContain('pull-requests: write')
    expect(result.summary).toContain('PromptGate')
    expect(result.outputs.verdict).toBe('pass')
    expect(ours(PR)).toEqual([])
  }, 120_000)

  test('a 403 (read-only token): the warning names the missing permission', async () => {
    const PR = 35
    const pull = world.openPull(PR, 'faults-403', { [PROMPT]: HARMLESS })
    world.github.injectFault({ operationId: 'issues/create-comment', kind: 'status', status: 403 })
    const result = await run(pull)
    expectExit(result, 0)
    const about = warnings(result).filter(w => /PR comment/.test(w))
    expect(about).toHaveLength(1)
    expect(about[0]).toContain('permissions: pull-requests: write')
  }, 120_000)

  test('the API drops the connection: the report is still in the job summary and the outputs', async () => {
    const PR = 36
    const pull = world.openPull(PR, 'faults-unreachable', { [PROMPT]: HARMLESS })
    world.github.injectFault({ operationId: 'issues/create-comment', kind: 'reset', times: 2 })
    const result = await run(pull)
    expectExit(result, 0)
    const about = warnings(result).filter(w => /PR comment/.test(w))
    expect(about).toHaveLength(1)
    expect(about[0]).toContain('could not be reached')
    expect(result.summary).toMatch(/PromptGate: \*\*pass\*\*|PromptGate.*pass/)
    expect(result.outputs.verdict).toBe('pass')
    expect(JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')).verdict).toBe('pass')
  }, 120_000)
})

test('every fault was used up and every request was a valid GitHub operation', () => {
  expect(world.github.pendingFaults()).toEqual([])
  expect(world.github.invalidRequests()).toEqual([])
})
