// The response cache across workflow runs, through the bundle (`node dist/index.js`) and the real
// @actions/cache client, against a local emulation of the Actions cache service (twirp + blob
// upload + download; see helpers/fake-cache-service.ts) that scopes entries like GitHub does.
// Each run is a fresh runner: its workspace is new and RUNNER_TEMP is emptied before it starts.
import { existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import {
  annotations,
  classifyTicket,
  expectExit,
  fixture,
  FIXTURE_PROMPT as PROMPT,
  FIXTURE_REPOSITORY,
  retarget,
  runBundledAction,
  startActionWorld,
  triageRequest,
  webhookExample,
  type ActionRun,
  type ActionTrigger,
  type ActionWorld,
  type PullSpec,
  type RepositoryPayload,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import {
  startFakeCacheService,
  type CacheScopes,
  type FakeCacheService
} from '../helpers/fake-cache-service.js'
import { checkoutFullHistory } from '../helpers/git-fixture.js'
import type { ChatRequestBody, Reply } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const HARMLESS = fixture('triage.harmless.prompt.yml')
const BREAKING = fixture('triage.breaking.prompt.yml')
/** 30 cases, base and head. */
const FULL_RUN_CALLS = 60
const MAIN = 'refs/heads/main'

function triageModel(body: ChatRequestBody): Reply {
  const { system, ticket } = triageRequest(body)
  if (/\brefund\b/i.test(ticket) && system.includes('answer refund')) return { content: 'refund' }
  return { content: classifyTicket(ticket) }
}

let world: ActionWorld
let cache: FakeCacheService
let runCount = 0
/** Same path on every run, as on GitHub-hosted runners (/home/runner/work/_temp). */
let runnerTemp: string

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-cache-', responder: triageModel })
  cache = await startFakeCacheService()
  runnerTemp = join(world.temp.dir, 'runner-temp-shared')
})

afterAll(async () => {
  await cache?.close()
  await world?.close()
})

function cacheEnv(scopes: CacheScopes, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `${cache.url}/`,
    ACTIONS_RUNTIME_TOKEN: cache.tokenFor(scopes),
    RUNNER_TEMP: runnerTemp,
    ...extra
  }
}

function runOn(
  trigger: ActionTrigger,
  scopes: CacheScopes,
  extra: Record<string, string> = {}
): Promise<ActionRun> {
  // A fresh runner: nothing of an earlier job is left in its temporary directory.
  rmSync(runnerTemp, { recursive: true, force: true })
  return runBundledAction(world.setup, join(world.temp.dir, `run-${++runCount}`), trigger, {
    env: cacheEnv(scopes, extra)
  })
}

const prScopes = (n: number): CacheScopes => ({
  write: `refs/pull/${n}/merge`,
  read: [`refs/pull/${n}/merge`, MAIN]
})
const mainScopes: CacheScopes = { write: MAIN, read: [MAIN] }

function prTrigger(
  pull: PullSpec,
  action: 'opened' | 'synchronize' = 'opened',
  event: 'pull_request' | 'pull_request_target' = 'pull_request'
): ActionTrigger {
  return pullRequestTrigger(world.origin, pull, { event, action })
}

interface PushPayload {
  ref: string
  before: string
  after: string
  created: boolean
  head_commit: { id: string } | null
  repository: RepositoryPayload
}

function pushTrigger(before: string, after: string): ActionTrigger {
  const original = webhookExample('push', e => e.ref === 'refs/heads/master' && e.created === true)
  const payload = retarget<PushPayload>(FIXTURE_REPOSITORY, original, [
    [(original as unknown as PushPayload).after, after]
  ])
  payload.ref = MAIN
  payload.before = before
  payload.after = after
  payload.created = false
  if (payload.head_commit) payload.head_commit.id = after
  return {
    eventName: 'push',
    payload,
    checkout: workspace => checkoutFullHistory(world.origin, workspace, 'main'),
    env: { GITHUB_SHA: after, GITHUB_REF: MAIN }
  }
}

/** A PR branched from `base` (a commit of main), published like GitHub's refs. */
function pullFrom(number: number, branch: string, base: string, files: Record<string, string>): PullSpec {
  const head = world.origin.commit(branch, files, `Change for #${number}`, base)
  world.github.setPull({ number, base, head, labels: [] })
  return { number, base, head, headRef: branch, merge: world.origin.publishPull(number, base, head) }
}

/** The system message of a prompt file, as the model receives it (the fixtures have no variables). */
function systemOf(promptYaml: string): string {
  const prompt = parseYaml(promptYaml) as { messages: { role: string; content: string }[] }
  return prompt.messages.find(m => m.role === 'system')?.content ?? ''
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`
const warnings = (r: ActionRun) => annotations(r.stdout, 'warning').map(a => a.message)

describe('a PR re-run on a fresh runner', () => {
  test('restores the first run’s cache: zero model calls the second time', async () => {
    const pull = world.openPull(51, 'cache-rerun', { [PROMPT]: HARMLESS })
    const first = await runOn(prTrigger(pull), prScopes(51))
    expectExit(first, 0)
    expect(first.modelRequests.length).toBeGreaterThanOrEqual(FULL_RUN_CALLS)
    expect(log(first)).toContain('Response cache: no earlier cache for this config.')
    expect(log(first)).toMatch(/Response cache saved as promptgate-v2-triage-at-[0-9a-f]{12}-pr51-/)

    const second = await runOn(prTrigger(pull, 'synchronize'), prScopes(51))
    expectExit(second, 0)
    expect(second.modelRequests).toHaveLength(0)
    expect(log(second)).toMatch(/Response cache restored from promptgate-v2-triage-at-[0-9a-f]{12}-pr51-/)
  }, 90_000)
})

describe('the base branch moved after a PR ran', () => {
  test("a new run prefers the base branch's newer entry (then merges the PR's own): the base side replays", async () => {
    const pull = world.openPull(52, 'cache-moved', { [PROMPT]: BREAKING })
    expectExit(await runOn(prTrigger(pull), prScopes(52)), 1)

    // main moves on: a reworded prompt lands, and the push run saves its cache in main's scope.
    const newMain = world.origin.commit('main', { [PROMPT]: HARMLESS }, 'Reword the triage prompt')
    const push = await runOn(pushTrigger(world.baseSha, newMain), mainScopes)
    expectExit(push, 0)
    expect(log(push)).toMatch(
      new RegExp(`Response cache saved as promptgate-v2-triage-at-${newMain.slice(0, 12)}-push-`)
    )

    // The PR is updated onto the new main: the base side is now main's reworded prompt.
    const merge = world.origin.publishPull(52, newMain, pull.head)
    world.github.setPull({ number: 52, base: newMain, head: pull.head, labels: [] })
    const rerun = await runOn(prTrigger({ ...pull, base: newMain, merge }, 'synchronize'), prScopes(52))
    expect(log(rerun)).toMatch(
      new RegExp(
        `Response cache restored from promptgate-v2-triage-at-${newMain.slice(0, 12)}-push-\\S+ and promptgate-v2-triage-at-${world.baseSha.slice(0, 12)}-pr52-`
      )
    )
    // The base side is main's new prompt: it replays from main's entry, no base-side call is made.
    // (The head side is the merge of the PR onto the reworded prompt, a prompt never seen before.)
    const baseSystem = (r: ActionRun) =>
      r.modelRequests.filter(q => triageRequest(q.body).system === systemOf(HARMLESS))
    expect(baseSystem(rerun)).toEqual([])
    expect(rerun.modelRequests.length).toBeGreaterThan(0)
    expect(baseSystem(push).length).toBeGreaterThan(0)
  }, 120_000)
})

describe('pull_request_target', () => {
  test('restores the cache a push to the default branch saved, although its cache directory is under RUNNER_TEMP', async () => {
    const before = world.origin.commit('main', { 'NOTES.md': 'unrelated\n' }, 'Unrelated change on main')
    const pushPrompt = world.origin.commit('main', { [PROMPT]: BREAKING }, 'Breaking prompt on main')
    // The push run evaluates main's old prompt (the PR's head below) and its new one (the PR's base).
    expectExit(await runOn(pushTrigger(before, pushPrompt), mainScopes), 1)
    const pull = pullFrom(53, 'cache-target', pushPrompt, { [PROMPT]: HARMLESS })
    const run = await runOn(prTrigger(pull, 'opened', 'pull_request_target'), { write: MAIN, read: [MAIN] })
    expect(log(run)).toMatch(
      new RegExp(`Response cache restored from promptgate-v2-triage-at-${pushPrompt.slice(0, 12)}-push-`)
    )
    // Both prompts were answered by the push run on main: everything replays.
    expect(run.modelRequests).toHaveLength(0)
    expect(cache.entries.filter(e => e.scope === MAIN && e.key.includes('-pr53-'))).toEqual([])
  }, 90_000)
})

describe('cache service faults', () => {
  test('a download that fails is reported as such, never as "no earlier cache", and the run goes on', async () => {
    const pull = world.openPull(54, 'cache-download', { [PROMPT]: HARMLESS })
    expectExit(await runOn(prTrigger(pull), prScopes(54)), 0)
    cache.faults = { downloadStatus: 500 }
    try {
      const run = await runOn(prTrigger(pull, 'synchronize'), prScopes(54))
      expectExit(run, 0)
      expect(log(run)).not.toContain('no earlier cache')
      expect(
        warnings(run).some(w =>
          /Response cache not restored \(found promptgate-v2-\S+ but its download failed\)/.test(w)
        )
      ).toBe(true)
      // Nothing restored: every call is made (with the download working, none would be).
      expect(run.modelRequests.length).toBeGreaterThanOrEqual(FULL_RUN_CALLS)
    } finally {
      cache.faults = {}
    }
  }, 90_000)

  test('a save the service refuses is a warning, never "saved as"', async () => {
    cache.faults = { refuseCreate: 'cache storage quota exceeded for this repository' }
    try {
      const run = await runOn(
        prTrigger(world.openPull(55, 'cache-refused', { [PROMPT]: HARMLESS })),
        prScopes(55)
      )
      expectExit(run, 0)
      expect(log(run)).not.toContain('Response cache saved as')
      expect(warnings(run)).toContain(
        'Response cache not saved (the cache service did not accept it; see the message above).'
      )
    } finally {
      cache.faults = {}
    }
  }, 60_000)

  test('a service that never answers: the run goes on without the cache after the deadline and says so', async () => {
    cache.faults = { hang: ['GetCacheEntryDownloadURL', 'CreateCacheEntry'] }
    try {
      const pull = world.openPull(56, 'cache-stalled', { [PROMPT]: HARMLESS })
      const run = await runOn(prTrigger(pull), prScopes(56), { PROMPTGATE_CACHE_TIMEOUT_SECONDS: '1' })
      expectExit(run, 0)
      expect(run.outputs.verdict).toBe('pass')
      expect(
        warnings(run).some(w => w.includes('cache lookup: the cache service did not answer within 1 s'))
      ).toBe(true)
      expect(
        warnings(run).some(w =>
          w.includes('Response cache not saved (cache upload: the cache service did not answer within 1 s)')
        )
      ).toBe(true)
    } finally {
      cache.faults = {}
    }
  }, 60_000)
})
