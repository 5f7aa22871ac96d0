// Renames and deletions under a prompt glob, per file, through the bundled action (`node
// dist/index.js`, as the runner starts it) on a real git repository: a PR renames one
// `.prompt.yml` matched by `prompt: "prompts/**/*.prompt.yml"` and deletes another. The renamed
// file is its own suite, compared against the base version at its old path; the deleted one is
// reported as deleted; the untouched one is not evaluated.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  expectExit,
  FIXTURE_REPOSITORY,
  FIXTURE_TOKEN,
  runBundledAction,
  type ActionRun,
  type ActionSetup,
  type PullSpec,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import { startFakeGitHub, type FakeGitHubServer } from '../helpers/fake-github-server.js'
import { createOrigin, makeTempRoot, type OriginRepo } from '../helpers/git-fixture.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')

/** A GitHub Models prompt file with enough shared lines that git sees a one-line edit as a rename. */
function promptFile(word: string, system: string): string {
  return [
    `name: say ${word}`,
    'model: openai/gpt-4o-mini',
    'messages:',
    '  - role: system',
    `    content: ${system}`,
    '  - role: user',
    "    content: 'Say {{word}}'",
    'testData:',
    ...Array.from({ length: 12 }, (_, i) => `  - { id: c${i}, word: ${word} }`),
    ''
  ].join('\n')
}

function config(baseUrl: string): string {
  return [
    'version: 1',
    'providers:',
    `  local: { type: openai-compatible, baseUrl: "${baseUrl}" }`,
    'suites:',
    '  - id: say',
    '    prompt: "prompts/**/*.prompt.yml"',
    '    checks: [{ type: max-length, value: 50 }]',
    '    thresholds: { minCases: 1, maxPassRateDrop: 0.9 }',
    'run:',
    '  cache: false',
    ''
  ].join('\n')
}

const FILES = {
  hello: 'prompts/hello.prompt.yml',
  refund: 'prompts/billing/refund.prompt.yml',
  refunds: 'prompts/billing/refunds.prompt.yml',
  bye: 'prompts/bye.prompt.yml'
}
const OLD_SYSTEM = 'Answer refund questions with one word.'
const NEW_SYSTEM = 'Answer refund questions with exactly one word.'

let temp: { dir: string; remove(): void }
let origin: OriginRepo
let github: FakeGitHubServer
let model: OpenAITestServer
let run: ActionRun

interface Report {
  verdict: string
  suites: {
    id: string
    promptFile: string
    basePromptFile?: string
    change: string
    verdict: string
  }[]
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  temp = makeTempRoot('pg-glob-renames-')
  model = await startOpenAIServer(body => {
    const text = body.messages?.map(m => m.content).join(' ') ?? ''
    return { content: /say (\w+)/i.exec(text)?.[1] ?? 'nothing' }
  })
  origin = createOrigin(temp.dir)
  const baseSha = origin.commit(
    'main',
    {
      '.github/promptgate.yml': config(model.baseUrl),
      [FILES.hello]: promptFile('hello', 'Answer with one word.'),
      [FILES.refund]: promptFile('refund', OLD_SYSTEM),
      [FILES.bye]: promptFile('bye', 'Say goodbye in one word.')
    },
    'Three prompt files under one glob entry'
  )
  const { owner, repo } = FIXTURE_REPOSITORY
  github = await startFakeGitHub({ owner, repo, gitDir: origin.dir, token: FIXTURE_TOKEN })
  const setup: ActionSetup = {
    entry: DIST,
    repository: FIXTURE_REPOSITORY,
    token: FIXTURE_TOKEN,
    github,
    model,
    secrets: {}
  }
  // The PR: refund.prompt.yml → refunds.prompt.yml with its system line edited; bye deleted.
  const number = 7
  const head = origin.commit(
    'rename-refund',
    {
      [FILES.refund]: null,
      [FILES.refunds]: promptFile('refund', NEW_SYSTEM),
      [FILES.bye]: null
    },
    'Rename the refund prompt, drop bye',
    baseSha
  )
  github.setPull({ number, base: baseSha, head, labels: [] })
  const pull: PullSpec = {
    number,
    base: baseSha,
    head,
    headRef: 'rename-refund',
    merge: origin.publishPull(number, baseSha, head)
  }
  run = await runBundledAction(setup, join(temp.dir, 'run'), pullRequestTrigger(origin, pull))
}, 90_000)

afterAll(async () => {
  await Promise.all([github?.close(), model?.close()])
  temp?.remove()
})

const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as Report

describe('a PR that renames one file of a prompt glob and deletes another', () => {
  test('the renamed file is its own suite, compared with the base version at its old path', () => {
    expectExit(run, 0)
    const renamed = reportOf(run).suites.find(s => s.id === 'say.billing.refunds')
    expect(renamed).toMatchObject({
      promptFile: FILES.refunds,
      basePromptFile: FILES.refund,
      change: 'renamed'
    })
    // Both versions ran: base with the old path's system message, head with the edited one.
    const systems = new Set(
      run.modelRequests.map(r => r.body.messages?.[0]?.content).filter(s => s?.startsWith('Answer refund'))
    )
    expect([...systems].sort()).toEqual([NEW_SYSTEM, OLD_SYSTEM])
  })

  test('the deleted file is reported deleted, and the old name of the renamed one is not', () => {
    const report = reportOf(run)
    // A deleted suite's prompt file is the one base had.
    expect(report.suites.find(s => s.id === 'say.bye')).toMatchObject({
      change: 'deleted',
      promptFile: FILES.bye
    })
    expect(report.suites.map(s => s.id)).not.toContain('say.billing.refund')
  })

  test('the untouched file is not evaluated', () => {
    const report = reportOf(run)
    expect(report.suites.map(s => s.id).sort()).toEqual(['say.billing.refunds', 'say.bye'])
    expect(run.modelRequests.some(r => JSON.stringify(r.body).includes('Say hello'))).toBe(false)
    expect(JSON.parse(run.outputs['affected-suites']!)).toEqual(
      expect.arrayContaining(['say.billing.refunds'])
    )
  })
})
