// Runs the bundled action (`node dist/index.js`) the way the Actions runner starts it: INPUT_*
// variables for action.yml's defaults, a real webhook payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY files read back afterwards, workflow-command annotations read from
// stdout. What differs between scenarios (the event, its checkout, extra environment) is a
// trigger the caller builds. The world the runs take place in (a fixture repository with a
// triage prompt, a local fake of GitHub, a local OpenAI-compatible model) is shared here too;
// the model's behaviour is the caller's.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeGitHub, type FakeGitHubServer } from './fake-github-server.js'
import {
  checkoutCommit,
  checkoutPullRequest,
  createOrigin,
  makeTempRoot,
  type FileChanges,
  type OriginRepo
} from './git-fixture.js'
import {
  startOpenAIServer,
  type ChatRequestBody,
  type OpenAITestServer,
  type ReceivedRequest,
  type Responder
} from './openai-server.js'

/** One process (action or CLI) may take this long before it is killed; a healthy one takes about a second. */
const PROCESS_TIMEOUT_MS = 25_000

/** The repository the payloads and the GITHUB_REPOSITORY variables name. */
export interface RepositoryName {
  owner: string
  repo: string
}

// ---------------------------------------------------------------------------------------------
// Webhook payloads: real examples from octokit/webhooks, re-pointed at the fixture repository

interface WebhookDefinition {
  name: string
  examples: Record<string, unknown>[]
}

const webhookExamples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[]

/** The first example of `event` in @octokit/webhooks-examples that `match` accepts. */
export function webhookExample(
  event: string,
  match: (e: Record<string, unknown>) => boolean
): Record<string, unknown> {
  const found = webhookExamples.find(d => d.name === event)?.examples.find(match)
  if (!found) throw new Error(`no matching ${event} example in @octokit/webhooks-examples`)
  return found
}

export interface RepositoryPayload {
  name: string
  full_name: string
  owner: { login: string; name?: string }
}

/** A real payload re-pointed at `target`; `replacements` are further text substitutions. */
export function retarget<T extends { repository: RepositoryPayload }>(
  target: RepositoryName,
  original: Record<string, unknown>,
  replacements: [string, string][]
): T {
  const source = original as unknown as T
  let text = JSON.stringify(original).replaceAll(
    source.repository.full_name,
    `${target.owner}/${target.repo}`
  )
  for (const [from, to] of replacements) text = text.replaceAll(from, to)
  const payload = JSON.parse(text) as T
  payload.repository.name = target.repo
  payload.repository.owner.login = target.owner
  if (payload.repository.owner.name !== undefined) payload.repository.owner.name = target.owner
  return payload
}

/** A pull request as the fixture origin publishes it. */
export interface PullSpec {
  number: number
  base: string
  head: string
  headRef: string
  merge: string
}

export interface PullRequestPayload {
  action: string
  number: number
  before?: string
  after?: string
  repository: RepositoryPayload
  pull_request: {
    number: number
    labels: { name: string }[]
    head: { sha: string; ref: string; label: string; repo: RepositoryPayload | null }
    base: { sha: string; ref: string; label: string; repo: RepositoryPayload }
  }
}

/** A real pull_request payload re-pointed at `target` and `pull`, base branch main, no labels. */
export function pullRequestEvent(
  target: RepositoryName,
  action: 'opened' | 'synchronize',
  pull: PullSpec,
  before?: string
): PullRequestPayload {
  const original = webhookExample('pull_request', e => e.action === action)
  const n = String((original as unknown as PullRequestPayload).number)
  const payload = retarget<PullRequestPayload>(target, original, [
    [`/pulls/${n}`, `/pulls/${pull.number}`],
    [`/pull/${n}`, `/pull/${pull.number}`],
    [`/issues/${n}`, `/issues/${pull.number}`]
  ])
  const { owner, repo } = target
  payload.number = pull.number
  const pr = payload.pull_request
  pr.number = pull.number
  pr.labels = []
  pr.base = { ...pr.base, sha: pull.base, ref: 'main', label: `${owner}:main` }
  pr.base.repo = { ...pr.base.repo, name: repo, full_name: `${owner}/${repo}` }
  pr.head = { ...pr.head, sha: pull.head, ref: pull.headRef, label: `${owner}:${pull.headRef}` }
  pr.head.repo = { ...(pr.head.repo ?? pr.base.repo), name: repo, full_name: `${owner}/${repo}` }
  if (action === 'synchronize') {
    payload.before = before ?? pull.base
    payload.after = pull.head
  }
  return payload
}

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * The inputs as the runner passes them for a `uses:` step without `with:`: every input that
 * action.yml gives a default, as INPUT_<NAME> with the dashes kept (@actions/core getInput reads
 * `INPUT_${name.replace(/ /g, '_').toUpperCase()}`). Spelled out here and cross-checked against
 * action.yml by a test in action.test.ts, so a broken action.yml fails that test, not every scenario.
 */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  config: '.github/promptgate.yml',
  'github-token': '${{ github.token }}',
  comment: 'true',
  'comment-author': 'github-actions[bot]',
  'working-directory': '.'
}

/** ACTION_DEFAULTS as INPUT_* variables, `${{ github.token }}` resolved to `token`. */
export function defaultInputs(token: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(ACTION_DEFAULTS)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? token : value
  }
  return env
}

// ---------------------------------------------------------------------------------------------
// Processes

export interface ProcessResult {
  exitCode: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `node <args>` without blocking this process: the local servers must keep answering.
 * A variable set to undefined in `env` is left out.
 */
export function runNode(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>
): Promise<ProcessResult> {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: clean, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_TIMEOUT_MS)
    child.on('error', fail)
    child.on('close', code => {
      clearTimeout(timer)
      done({ exitCode: code, stdout, stderr })
    })
  })
}

/** Asserts the exit code; on a mismatch the failure shows the process's last log lines. */
export function expectExit(result: ProcessResult, code: number): void {
  const log = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n')
  if (result.exitCode !== code)
    throw new Error(`expected exit code ${code}, got ${result.exitCode}; the process ended with:\n${log}`)
}

// ---------------------------------------------------------------------------------------------
// Action runs

/** What starts a run: the event, the checkout a workflow does for it, its GITHUB_* variables. */
export interface ActionTrigger {
  eventName: string
  payload: unknown
  checkout(workspace: string): Promise<void>
  /** GITHUB_SHA, GITHUB_REF and the like, which depend on the event. */
  env: Record<string, string | undefined>
}

/**
 * The trigger of a pull-request run, as a workflow sets it up: `pull_request` checks out the merge
 * commit, `pull_request_target` the base branch (that event runs base code on PR data).
 */
export function pullRequestTrigger(
  origin: OriginRepo,
  pull: PullSpec,
  options: {
    event?: 'pull_request' | 'pull_request_target'
    action?: 'opened' | 'synchronize'
    before?: string
  } = {}
): ActionTrigger {
  const target = options.event === 'pull_request_target'
  return {
    eventName: options.event ?? 'pull_request',
    payload: pullRequestEvent(FIXTURE_REPOSITORY, options.action ?? 'opened', pull, options.before),
    checkout: workspace =>
      target
        ? checkoutCommit(origin, workspace, pull.head, `refs/remotes/pull/${pull.number}/head`)
        : checkoutPullRequest(origin, workspace, pull.number, pull.merge),
    env: {
      GITHUB_SHA: target ? pull.base : pull.merge,
      GITHUB_REF: target ? 'refs/heads/main' : `refs/pull/${pull.number}/merge`,
      GITHUB_HEAD_REF: pull.headRef,
      GITHUB_BASE_REF: 'main'
    }
  }
}

/** What every run of one test file shares. */
export interface ActionSetup {
  /** The bundled entry point (dist/index.js). */
  entry: string
  repository: RepositoryName
  /** GITHUB_TOKEN, passed as the github-token input's default. */
  token: string
  github: FakeGitHubServer
  model: OpenAITestServer
  /** Secrets the workflow passes in its `env:`, e.g. the provider key. */
  secrets: Record<string, string>
}

export interface RunActionOptions {
  /** Extra or overriding environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
  /** Runs after the checkout, before the action: what earlier workflow steps would do. */
  prepare?(workspace: string): void
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>
  summary: string
  workspace: string
  /** What the model server received during this run. */
  modelRequests: ReceivedRequest[]
  /** Operation ids of the GitHub requests this run made, in order. */
  github: string[]
  /** Request URLs of this run, for paging assertions. */
  githubUrls: string[]
}

/** Parses GITHUB_OUTPUT: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!open) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== open[2]; i++) value.push(lines[i] ?? '')
    outputs[open[1]!] = value.join('\n')
  }
  return outputs
}

/**
 * One step of a job: checks out into `<dir>/workspace`, writes the event file, runs the bundle
 * with the runner's environment, and reads back what the step left for the user.
 */
export async function runBundledAction(
  setup: ActionSetup,
  dir: string,
  trigger: ActionTrigger,
  options: RunActionOptions = {}
): Promise<ActionRun> {
  const { owner, repo } = setup.repository
  const workspace = join(dir, 'workspace')
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  await trigger.checkout(workspace)
  options.prepare?.(workspace)
  const eventPath = join(runnerTemp, 'event.json')
  const outputPath = join(runnerTemp, 'output')
  const summaryPath = join(runnerTemp, 'step_summary')
  writeFileSync(eventPath, JSON.stringify(trigger.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')

  // Built from nothing: no ACTIONS_CACHE_URL / ACTIONS_RUNTIME_TOKEN (cache service unavailable),
  // and nothing of this test process (NODE_OPTIONS, the CI's own GITHUB_*) leaks in.
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    ...defaultInputs(setup.token),
    GITHUB_EVENT_NAME: trigger.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: setup.github.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'mona',
    GITHUB_WORKFLOW: 'PromptGate',
    GITHUB_JOB: 'promptgate',
    ...setup.secrets,
    ...trigger.env,
    ...options.env
  }
  const modelBefore = setup.model.received.length
  const githubBefore = setup.github.requests.length
  const result = await runNode([setup.entry], workspace, env)
  return {
    ...result,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    workspace,
    modelRequests: setup.model.received.slice(modelBefore),
    github: setup.github.operationsSince(githubBefore),
    githubUrls: setup.github.requests.slice(githubBefore).map(r => `${r.method} ${r.url}`)
  }
}

// ---------------------------------------------------------------------------------------------
// Annotations

export interface Annotation {
  properties: Record<string, string>
  message: string
}

/** Workflow-command annotations (`::error file=…,title=…::message`) printed on stdout. */
export function annotations(stdout: string, level: 'error' | 'warning'): Annotation[] {
  const found: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = new RegExp(`^::${level}(?: ([^:]*))?::(.*)$`).exec(line)
    if (!m) continue
    const properties = Object.fromEntries(
      (m[1] ?? '')
        .split(',')
        .filter(Boolean)
        .map(p => [p.slice(0, p.indexOf('=')), decodeURIComponent(p.slice(p.indexOf('=') + 1))])
    )
    found.push({ properties, message: m[2] ?? '' })
  }
  return found
}

/** Annotations that point at a file. */
export function fileAnnotations(stdout: string, level: 'error' | 'warning'): Annotation[] {
  return annotations(stdout, level).filter(a => a.properties.file !== undefined)
}

// ---------------------------------------------------------------------------------------------
// The fixture world: a support-triage prompt with its eval dataset, on main of a real git origin

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '__tests__/fixtures/e2e')

export const FIXTURE_REPOSITORY: RepositoryName = { owner: 'acme', repo: 'nimbus-support' }
/** Installation tokens (what GITHUB_TOKEN is) start with ghs_. */
export const FIXTURE_TOKEN = 'ghs_e2eTestToken0123456789abcdefghijklmnop'
export const FIXTURE_MODEL_KEY = 'test-key'
export const FIXTURE_PROMPT = 'prompts/triage.prompt.yml'
export const FIXTURE_CONFIG = '.github/promptgate.yml'
export const FIXTURE_DATASET = 'datasets/tickets.jsonl'

/** A file of __tests__/fixtures/e2e. */
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

/** The fixture config pointed at the local model, with `gate` (YAML) appended. */
export function fixtureConfig(modelBaseUrl: string, gate = ''): string {
  return fixture('promptgate.yml').replace('__MODEL_BASE_URL__', modelBaseUrl) + gate
}

/** The ground truth a well-behaved model would give; misses a ticket with no telling word, as models do. */
export function classifyTicket(ticket: string): string {
  if (/\b(charged?|invoice|refund|price|card|receipt|payment|plan)\b/i.test(ticket)) return 'billing'
  if (/\b(password|log ?in|login|email address|two-factor|username|accounts?)\b/i.test(ticket))
    return 'account'
  if (/\b(sync|syncing|devices?|offline|phone|laptop)\b/i.test(ticket)) return 'sync'
  return 'other'
}

/** The system prompt and the ticket of a chat request made from the triage prompt. */
export function triageRequest(body: ChatRequestBody): { system: string; ticket: string } {
  const system = body.messages?.find(m => m.role === 'system')?.content ?? ''
  const user = body.messages?.find(m => m.role === 'user')?.content ?? ''
  return { system, ticket: user.replace(/^Ticket: /, '') }
}

export interface ActionWorld {
  temp: { dir: string; remove(): void }
  origin: OriginRepo
  github: FakeGitHubServer
  model: OpenAITestServer
  /** The commit on main that every pull request branches from. */
  baseSha: string
  /** What runBundledAction needs to run against this world. */
  setup: ActionSetup
  /** A PR from a branch off main with `files` changed; its refs published like GitHub's. */
  openPull(number: number, branch: string, files: FileChanges): PullSpec
  close(): Promise<void>
}

/**
 * Starts the model server (answering with `responder`), the origin with the triage prompt, its
 * config and dataset on main, and the fake GitHub serving that origin.
 */
export async function startActionWorld(options: {
  /** The bundled entry point (dist/index.js). */
  entry: string
  tempPrefix: string
  responder: Responder
  /** Files on main besides (or instead of) the fixture's, given the model server's base URL. */
  mainFiles?: (modelBaseUrl: string) => FileChanges
}): Promise<ActionWorld> {
  const temp = makeTempRoot(options.tempPrefix)
  let model: OpenAITestServer | undefined
  try {
    model = await startOpenAIServer(options.responder)
    const origin = createOrigin(temp.dir)
    const baseSha = origin.commit(
      'main',
      {
        'README.md': '# Nimbus support bot\n',
        [FIXTURE_CONFIG]: fixtureConfig(model.baseUrl),
        [FIXTURE_PROMPT]: fixture('triage.base.prompt.yml'),
        [FIXTURE_DATASET]: fixture('tickets.jsonl'),
        ...options.mainFiles?.(model.baseUrl)
      },
      'Support triage prompt with its eval dataset'
    )
    const { owner, repo } = FIXTURE_REPOSITORY
    const github = await startFakeGitHub({ owner, repo, gitDir: origin.dir, token: FIXTURE_TOKEN })
    const running = model
    return {
      temp,
      origin,
      github,
      model,
      baseSha,
      setup: {
        entry: options.entry,
        repository: FIXTURE_REPOSITORY,
        token: FIXTURE_TOKEN,
        github,
        model,
        secrets: { OPENAI_API_KEY: FIXTURE_MODEL_KEY }
      },
      openPull(number, branch, files) {
        const head = origin.commit(branch, files, `Change for #${number}`, baseSha)
        github.setPull({ number, base: baseSha, head, labels: [] })
        return {
          number,
          base: baseSha,
          head,
          headRef: branch,
          merge: origin.publishPull(number, baseSha, head)
        }
      },
      async close() {
        await Promise.all([github.close(), running.close()])
        temp.remove()
      }
    }
  } catch (error) {
    await model?.close()
    temp.remove()
    throw error
  }
}
