// The action's gate, in-process: each step of src/main.ts gate() with the runner, GitHub, git and
// the clock behind fakes (helpers/gate-world.ts), the model behind a real local OpenAI server.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { readGateContext } from '../../src/action/context.js'
import { findAffectedSuites } from '../../src/action/affected.js'
import { parseInputs } from '../../src/action/inputs.js'
import { missingSecret, nothingAffected } from '../../src/action/outcome.js'
import { publish, publishError } from '../../src/action/publish.js'
import { loadTrustedProject, trustedConfig } from '../../src/action/trust.js'
import type { Config } from '../../src/config/schema.js'
import { SourceError } from '../../src/core/errors.js'
import type { RunReport } from '../../src/core/report.js'
import type { GitEventContext } from '../../src/github/event.js'
import { gate } from '../../src/main.js'
import {
  BASE_SHA,
  BOT,
  gateWorld,
  memoryGitHub,
  recordingRuntime,
  scriptedGit,
  type MemoryGitHub
} from '../helpers/gate-world.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

let model: OpenAITestServer
const workspaces: string[] = []

beforeAll(async () => {
  // Says "ok" only when the prompt asks for it: base asks, head (the PR) no longer does.
  model = await startOpenAIServer(body => ({
    content: body.messages?.some(m => m.content.includes('Say ok')) ? 'ok' : 'no'
  }))
})

afterAll(async () => {
  await model.close()
  await Promise.all(workspaces.map(w => rm(w, { recursive: true, force: true })))
})

const CONFIG_PATH = '.github/promptgate.yml'
const CASES = Array.from({ length: 12 }, (_, i) =>
  JSON.stringify({ id: `c${i}`, vars: { topic: `t${i}` } })
).join('\n')

function configText(extra = ''): string {
  return [
    'version: 1',
    'providers:',
    '  local:',
    '    type: openai-compatible',
    `    baseUrl: ${model.baseUrl}`,
    '    apiKeyEnv: LOCAL_MODEL_KEY',
    'defaults:',
    '  provider: local',
    '  model: local-model',
    'suites:',
    '  - id: answer',
    '    prompt: prompts/answer.md',
    '    datasets: [data/cases.jsonl]',
    '    checks: [{ type: contains, value: ok }]',
    'run:',
    '  cache: false',
    extra
  ].join('\n')
}

/** The base commit: the prompt still asks for "ok". Built lazily: the model server starts in beforeAll. */
const baseFiles = (): Record<string, string> => ({
  [CONFIG_PATH]: configText(),
  'prompts/answer.md': 'Say ok about {{topic}}.',
  'data/cases.jsonl': CASES
})

/** A workspace holding head's files: the PR rewrote the prompt. */
async function headWorkspace(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pg-steps-'))
  workspaces.push(root)
  const all = { ...baseFiles(), 'prompts/answer.md': 'Say no about {{topic}}.', ...files }
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

function inputs(extra: Record<string, string> = {}) {
  return parseInputs(name => extra[name] ?? '')
}

async function world(options: {
  changed: string[]
  labels?: string[]
  env?: NodeJS.ProcessEnv
  head?: Record<string, string>
}) {
  const workspace = await headWorkspace(options.head)
  const api = memoryGitHub(
    options.changed.map(filename => ({ filename, status: 'modified' as const })),
    options.labels
  )
  const git = scriptedGit(
    BASE_SHA,
    baseFiles(),
    options.changed.map(path => ({ path, status: 'modified' as const }))
  )
  return { api, w: gateWorld({ workspace, api, git, env: { LOCAL_MODEL_KEY: 'sk-local', ...options.env } }) }
}

describe('gate(), all steps in-process', () => {
  it('evaluates a changed prompt base vs head, comments once and fails the check on the regression', async () => {
    const { api, w } = await world({ changed: ['prompts/answer.md'] })
    await gate(inputs(), w)
    expect(w.runtime.outputs.verdict).toBe('fail')
    expect(JSON.parse(w.runtime.outputs['affected-suites'] ?? '')).toEqual(['answer'])
    expect(w.runtime.failures).toEqual([`PromptGate: ${w.runtime.outputs.reason}`])
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.body).toContain('answer')
    const report = JSON.parse(await readFile(w.runtime.outputs['report-path'] ?? '', 'utf8')) as RunReport
    expect(report.suites[0]?.verdict).toBe('regression')
    expect(report.suites[0]?.calls.made).toBe(24)
  })

  it('lets the regression through when the PR carries the accept label, as part of the report it builds', async () => {
    const { w } = await world({ changed: ['prompts/answer.md'], labels: ['promptgate:accept-regression'] })
    await gate(inputs(), w)
    expect(w.runtime.outputs.verdict).toBe('pass')
    expect(w.runtime.failures).toEqual([])
    const report = JSON.parse(await readFile(w.runtime.outputs['report-path'] ?? '', 'utf8')) as RunReport
    expect(report.accepted).toEqual({ label: 'promptgate:accept-regression' })
    expect(report.run.durationMs).toBeGreaterThan(0)
  })

  it('skips without a model call when no file of a suite changed, and posts no new comment', async () => {
    const before = model.received.length
    const { api, w } = await world({ changed: ['README.md'] })
    await gate(inputs(), w)
    expect(w.runtime.outputs.verdict).toBe('skipped')
    expect(w.runtime.failures).toEqual([])
    expect(api.comments).toEqual([])
    expect(model.received.length).toBe(before)
  })

  it('fails without a model call when the provider key is missing, and says which key', async () => {
    const before = model.received.length
    const { api, w } = await world({ changed: ['prompts/answer.md'], env: { LOCAL_MODEL_KEY: '' } })
    await gate(inputs(), w)
    expect(w.runtime.outputs.verdict).toBe('fail')
    expect(w.runtime.failures).toHaveLength(1)
    expect(w.runtime.failures[0]).toContain('the provider key LOCAL_MODEL_KEY (provider local) is not set')
    expect(api.comments[0]?.body).toContain('LOCAL_MODEL_KEY')
    expect(model.received.length).toBe(before)
  })
})

describe('the steps one by one', () => {
  it('context: masks the token, or warns when there is none', async () => {
    const { w } = await world({ changed: [] })
    const context = await readGateContext(inputs({ 'github-token': 'ghs_secret' }), w)
    expect(w.runtime.secrets).toEqual(['ghs_secret'])
    expect(context.event.prNumber).toBe(7)
    expect(context.baseRev).toBe(BASE_SHA)
    const quiet = await world({ changed: [] })
    await readGateContext(inputs(), quiet.w)
    expect(quiet.w.runtime.warnings.map(x => x.message)).toEqual([
      'No github-token: GitHub API calls are unauthenticated and the PR comment cannot be written.'
    ])
  })

  it('affected suites: a changed dataset makes its suite affected, an unrelated file does not', async () => {
    const { w } = await world({ changed: ['data/cases.jsonl', 'docs/x.md'] })
    const context = await readGateContext(inputs(), w)
    const trusted = await loadTrustedProject(context, w)
    const affected = await findAffectedSuites(context, trusted)
    expect(affected.map(a => [a.id, a.change, a.reasons])).toEqual([
      ['answer', 'unchanged', expect.anything()]
    ])
  })

  it('missing secret with onMissingSecret: skip is a skipped run that does not fail the check', async () => {
    const { w } = await world({
      changed: ['prompts/answer.md'],
      env: { LOCAL_MODEL_KEY: '' },
      head: { [CONFIG_PATH]: configText('gate:\n  onMissingSecret: skip') }
    })
    const context = await readGateContext(inputs(), w)
    const trusted = await loadTrustedProject(context, w)
    const affected = await findAffectedSuites(context, trusted)
    const outcome = missingSecret(context, trusted, affected, w.env, 0)
    expect(outcome?.report.verdict).toBe('skipped')
    expect(outcome?.failure).toBeUndefined()
    expect(outcome?.report.missingSecrets).toEqual(['LOCAL_MODEL_KEY'])
  })

  it('trust: on pull_request_target the providers come from base, and without a base config it refuses', () => {
    const head: Config = {
      version: 1,
      providers: { evil: { type: 'openai-compatible', baseUrl: 'https://attacker.test/v1' } },
      suites: [{ id: 's', prompt: 'p.md' }]
    }
    const base: Config = {
      ...head,
      providers: { local: { type: 'openai-compatible', baseUrl: 'http://127.0.0.1:1/v1' } }
    }
    const event = { headIsUntrusted: true } as GitEventContext
    expect(trustedConfig(head, base, event).providers).toEqual(base.providers)
    expect(trustedConfig(head, base, event).suites).toEqual(head.suites)
    expect(() => trustedConfig(head, undefined, event)).toThrow(/base branch has no PromptGate config/)
  })

  it('publish: a comment that cannot be written is one warning; outputs and the verdict still stand', async () => {
    const { api, w } = await world({ changed: ['README.md'] })
    const context = await readGateContext(inputs(), w)
    const trusted = await loadTrustedProject(context, w)
    // What Octokit throws for a read-only token: a RequestError with status 403 and the response.
    ;(api as MemoryGitHub).commentError = Object.assign(new Error('Resource not accessible by integration'), {
      status: 403,
      response: { status: 403 }
    })
    const outcome = { ...nothingAffected(context, trusted, 0), comment: 'upsert' as const, failure: 'stop' }
    await publish(outcome, context, trusted, w.runtime)
    expect(w.runtime.warnings.map(x => x.message)).toContain(
      'Could not write the PR comment: GitHub refused the write (403: Resource not accessible by integration). The workflow needs permissions: pull-requests: write (fork PRs get a read-only token). The report is in the job summary.'
    )
    expect(w.runtime.outputs.verdict).toBe('skipped')
    expect(w.runtime.summaries).toHaveLength(1)
    expect(w.runtime.failures).toEqual(['stop'])
  })

  it('publish: an existing comment is refreshed when nothing is affected any more', async () => {
    const { api, w } = await world({ changed: ['README.md'] })
    const context = await readGateContext(inputs(), w)
    const trusted = await loadTrustedProject(context, w)
    api.comments.push({
      id: 41,
      body: '<!-- promptgate:comment id=default -->\nold results',
      user: BOT,
      htmlUrl: 'u'
    })
    await publish(nothingAffected(context, trusted, 0), context, trusted, w.runtime)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.body).not.toContain('old results')
    expect(w.runtime.outputs['comment-url']).toBe('u')
  })

  it('publishError: a positioned config error becomes annotations and one failure', async () => {
    const runtime = recordingRuntime()
    const error = new SourceError('Invalid config', [
      { file: CONFIG_PATH, line: 3, column: 5, path: 'suites[0].model', message: 'expected a string' }
    ])
    await publishError(error, runtime)
    expect(runtime.errors).toEqual([
      {
        message: 'suites[0].model: expected a string',
        properties: { file: CONFIG_PATH, startLine: 3, startColumn: 5, title: 'PromptGate configuration' }
      }
    ])
    expect(runtime.outputs).toEqual({
      verdict: 'fail',
      reason: 'Invalid config (1 problem):',
      'affected-suites': '[]'
    })
    expect(runtime.failures).toEqual([error.message])
  })

  it('publishError: something thrown that is not an Error is still reported', async () => {
    const runtime = recordingRuntime()
    await publishError({ code: 42 }, runtime)
    expect(runtime.failures).toEqual(['non-Error thrown: {"code":42}'])
  })
})
