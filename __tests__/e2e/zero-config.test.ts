// A GitHub Models repository adopts PromptGate with one workflow step and no config: three
// self-contained .prompt.yml files, evaluated by the bundled action (`node dist/index.js`, as the
// runner starts it) as one suite per file, on the provider whose key the workflow passes.
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

/** A self-contained GitHub Models prompt file: messages, testData and a string evaluator. */
function promptFile(word: string, system = 'Answer with one word.'): string {
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
    'evaluators:',
    '  - name: says it',
    '    string:',
    "      contains: '{{word}}'",
    ''
  ].join('\n')
}

const FILES = {
  hello: 'prompts/hello.prompt.yml',
  bye: 'prompts/bye.prompt.yml',
  thanks: '.github/prompts/thanks.prompt.yaml'
}

let temp: { dir: string; remove(): void }
let origin: OriginRepo
let github: FakeGitHubServer
let model: OpenAITestServer
let setup: ActionSetup
let baseSha: string
let runs = 0

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  temp = makeTempRoot('pg-zero-config-')
  // Says the word the prompt asks for.
  model = await startOpenAIServer(body => {
    const text = body.messages?.map(m => m.content).join(' ') ?? ''
    return { content: /say (\w+)/i.exec(text)?.[1] ?? 'nothing' }
  })
  origin = createOrigin(temp.dir)
  baseSha = origin.commit(
    'main',
    {
      'README.md': '# Prompts, no PromptGate config\n',
      [FILES.hello]: promptFile('hello'),
      [FILES.bye]: promptFile('bye'),
      [FILES.thanks]: promptFile('thanks')
    },
    'Three GitHub Models prompt files'
  )
  const { owner, repo } = FIXTURE_REPOSITORY
  github = await startFakeGitHub({ owner, repo, gitDir: origin.dir, token: FIXTURE_TOKEN })
  setup = {
    entry: DIST,
    repository: FIXTURE_REPOSITORY,
    token: FIXTURE_TOKEN,
    github,
    model,
    // The workflow's one secret; OPENAI_BASE_URL points the openai provider at the local model.
    secrets: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseUrl }
  }
}, 120_000)

afterAll(async () => {
  await Promise.all([github?.close(), model?.close()])
  temp?.remove()
})

function openPull(number: number, files: Record<string, string | null>): PullSpec {
  const branch = `change-${number}`
  const head = origin.commit(branch, files, `Change for #${number}`, baseSha)
  github.setPull({ number, base: baseSha, head, labels: [] })
  return { number, base: baseSha, head, headRef: branch, merge: origin.publishPull(number, baseSha, head) }
}

function runAction(pull: PullSpec): Promise<ActionRun> {
  return runBundledAction(setup, join(temp.dir, `run-${++runs}`), pullRequestTrigger(origin, pull))
}

interface Report {
  verdict: string
  notes: string[]
  suites: { id: string; promptFile: string; change: string; verdict: string; head?: { passRate: number } }[]
}
const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report

describe('a repository of three .prompt.yml files and no config', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction(
      openPull(3, {
        [FILES.hello]: promptFile('hello', 'Answer with exactly one word.'),
        [FILES.bye]: promptFile('bye', 'One word only.'),
        [FILES.thanks]: promptFile('thanks', 'Reply in one word.')
      })
    )
  }, 60_000)

  test('evaluates each changed file as its own suite, base vs head, with its own test data and evaluators', () => {
    expectExit(run, 0)
    const report = reportOf(run)
    expect(report.suites.map(s => [s.id, s.promptFile, s.change])).toEqual([
      ['github.prompts.thanks', FILES.thanks, 'modified'],
      ['prompts.bye', FILES.bye, 'modified'],
      ['prompts.hello', FILES.hello, 'modified']
    ])
    expect(report.suites.every(s => s.head?.passRate === 1)).toBe(true)
    expect(JSON.parse(run.outputs['affected-suites']!)).toHaveLength(3)
    // Each file ran on its base and its head version (identical calls are answered once, from the cache).
    const systems = new Set(run.modelRequests.map(r => r.body.messages?.[0]?.content))
    expect([...systems].sort()).toEqual([
      'Answer with exactly one word.',
      'Answer with one word.',
      'One word only.',
      'Reply in one word.'
    ])
  })

  test('says in the report that the suites were discovered without a config', () => {
    expect(reportOf(run).notes.join('\n')).toContain(
      'No config at .github/promptgate.yml: evaluated the 3 prompt files found'
    )
  })
})

describe('renames and deletions work per file', () => {
  test('a deleted file is reported deleted, an untouched one is not evaluated', async () => {
    const run = await runAction(
      openPull(4, { [FILES.bye]: null, [FILES.hello]: promptFile('hello', 'Be brief.') })
    )
    expectExit(run, 0)
    const report = reportOf(run)
    expect(report.suites.map(s => [s.id, s.change])).toEqual(
      expect.arrayContaining([
        ['prompts.hello', 'modified'],
        ['prompts.bye', 'deleted']
      ])
    )
    expect(report.suites.filter(s => s.id === 'github.prompts.thanks')).toEqual([])
  }, 60_000)
})
