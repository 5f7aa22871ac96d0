// End to end through the CLI: real config, prompt and dataset files, a real local server speaking
// the OpenAI wire format, real git for --base. Only the process boundary is skipped (runCli is
// called in-process); one test runs the bundled dist/cli.js on the shipped example.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseCliArgs } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/run.js'
import type { RunReport } from '../../src/core/report.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

let server: OpenAITestServer

beforeAll(async () => {
  server = await startOpenAIServer(() => ({ content: 'ok' }))
})

afterAll(async () => {
  await server.close()
})

/** Answers "positive" unless the review mentions "awful"; a prompt asking for capitals gets capitals. */
function sentimentModel(): void {
  server.setResponder(body => {
    const prompt = body.messages?.map(m => m.content).join('\n') ?? ''
    const label = /awful|broke/i.test(prompt) ? 'negative' : 'positive'
    return { content: /IN CAPITALS/.test(prompt) ? label.toUpperCase() : label }
  })
}

const reviews = [
  ['r1', 'Great battery life', 'positive'],
  ['r2', 'It broke after a day', 'negative'],
  ['r3', 'Awful support', 'negative'],
  ['r4', 'Love the screen', 'positive'],
  ['r5', 'Fast delivery', 'positive'],
  ['r6', 'Works as described', 'positive']
]

async function project(
  options: { prompt?: string; minPassRate?: number; key?: string; cache?: boolean } = {}
) {
  const root = temp.make('pg-cli-')
  await mkdir(join(root, '.github'))
  await mkdir(join(root, 'prompts'))
  await writeFile(
    join(root, 'prompts/sentiment.md'),
    options.prompt ?? 'Answer positive or negative. Review: {{review}}\n'
  )
  await writeFile(
    join(root, 'reviews.jsonl'),
    reviews.map(([id, review, expected]) => JSON.stringify({ id, vars: { review }, expected })).join('\n') +
      '\n'
  )
  await writeFile(
    join(root, '.github/promptgate.yml'),
    [
      'version: 1',
      'providers:',
      '  local:',
      '    type: openai-compatible',
      `    baseUrl: ${server.baseUrl}`,
      ...(options.key ? [`    apiKeyEnv: ${options.key}`] : []),
      '    maxRetries: 0',
      'defaults:',
      '  model: acme/sentiment-1',
      'suites:',
      '  - id: sentiment',
      '    prompt: prompts/sentiment.md',
      '    datasets: [reviews.jsonl]',
      '    checks:',
      '      - type: equals',
      "        value: '{{expected}}'",
      '    thresholds:',
      `      minPassRate: ${options.minPassRate ?? 0.5}`,
      '      minCases: 3',
      '    sampling:',
      '      maxExtraCalls: 0',
      'run:',
      `  cache: ${options.cache ?? false}`,
      ''
    ].join('\n')
  )
  return root
}

async function cli(root: string, args: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(parseCliArgs(['-C', root, '--quiet', ...args]), {
    env,
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    isTty: false
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

async function report(root: string): Promise<RunReport> {
  return JSON.parse(await readFile(join(root, '.promptgate/report.json'), 'utf8')) as RunReport
}

describe('promptgate run against a local OpenAI-compatible server', () => {
  it('renders each case into the request body and passes a suite that meets its threshold', async () => {
    sentimentModel()
    const root = await project()
    const before = server.received.length
    const result = await cli(root, ['run'])
    expect(result.code).toBe(0)
    const bodies = server.received.slice(before).map(r => r.body)
    expect(bodies).toHaveLength(6)
    expect(bodies.map(b => b.model)).toEqual(Array(6).fill('sentiment-1'))
    expect(bodies.map(b => b.messages?.[0]?.content).sort()).toContain(
      'Answer positive or negative. Review: It broke after a day\n'
    )
    const written = await report(root)
    expect(written.verdict).toBe('pass')
    expect(written.suites[0]?.head?.passRate).toBe(1)
  })

  it('writes a call log line for every model call', async () => {
    sentimentModel()
    const root = await project()
    await cli(root, ['run'])
    const lines = (await readFile(join(root, '.promptgate/calls.jsonl'), 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(6)
    // The versioned call-record format (docs/call-log.md): PromptGate's own names under promptgate.*.
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      format: 'promptgate.call/1',
      attributes: { 'promptgate.suite': 'sentiment', 'promptgate.side': 'head', 'promptgate.accepted': true }
    })
  })

  it('exits 1 and lists the failing cases when the pass rate is clearly below the minimum', async () => {
    server.setResponder(() => ({ content: 'neutral' }))
    const root = await project({ minPassRate: 0.9 })
    const result = await cli(root, ['run'])
    expect(result.code).toBe(1)
    expect((await report(root)).suites[0]?.verdict).toBe('fail')
  })

  it('prints a readable summary with the failing case and its check reason', async () => {
    server.setResponder(body => ({ content: /broke/.test(JSON.stringify(body)) ? 'positive' : 'ok' }))
    const root = await project({ minPassRate: 0.1 })
    const out: string[] = []
    await runCli(parseCliArgs(['-C', root, 'run']), {
      env: {},
      stdout: text => out.push(text),
      stderr: () => undefined,
      isTty: false
    })
    const text = out.join('')
    expect(text).toContain('✗ r2 (reviews.jsonl:2)')
    expect(text).toContain('equals "{{expected}}" [fail]')
  })

  it('serves an unchanged second run from the response cache without calling the model', async () => {
    sentimentModel()
    const root = await project({ cache: true })
    await cli(root, ['run'])
    const before = server.received.length
    const second = await cli(root, ['run'])
    expect(second.code).toBe(0)
    expect(server.received.length).toBe(before)
    expect((await report(root)).suites[0]?.calls.cached).toBe(6)
  })

  it('exits 2 with file, line and key for a config error, before any model call', async () => {
    const root = await project()
    const config = await readFile(join(root, '.github/promptgate.yml'), 'utf8')
    await writeFile(join(root, '.github/promptgate.yml'), config.replace('minPassRate', 'minPasRate'))
    const before = server.received.length
    const result = await cli(root, ['run'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\.github\/promptgate\.yml:\d+:\d+: suites\[0\]\.thresholds\.minPasRate/)
    expect(result.stderr).toContain('minPassRate')
    expect(server.received.length).toBe(before)
  })

  it('exits 2 naming the variable and the provider line when the provider key is missing', async () => {
    const root = await project({ key: 'LOCAL_LLM_KEY' })
    const result = await cli(root, ['run'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /\.github\/promptgate\.yml:\d+:\d+: providers\.local: missing API key: LOCAL_LLM_KEY is not set \(provider local\)/
    )
  })

  it('compares with a git base ref and exits 1 on a significant regression', async () => {
    sentimentModel()
    const root = await project({ minPassRate: 0 })
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t'
        }
      })
    // More cases so that a drop of every case is significant.
    const many = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ id: `c${i}`, vars: { review: `Great thing ${i}` }, expected: 'positive' })
    )
    await writeFile(join(root, 'reviews.jsonl'), many.join('\n') + '\n')
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-qm', 'base')
    await writeFile(
      join(root, 'prompts/sentiment.md'),
      'Answer positive or negative IN CAPITALS. Review: {{review}}\n'
    )
    const result = await cli(root, ['run', '--base', 'main'])
    const written = await report(root)
    expect(written.suites[0]?.change).toBe('modified')
    expect(written.suites[0]?.verdict).toBe('regression')
    expect(written.suites[0]?.comparison?.flips.passToFail).toBe(30)
    expect(result.code).toBe(1)
  })

  it('runs the base side on the model the base prompt file named when a PR switches models', async () => {
    server.setResponder(body => ({ content: body.model === 'good-model' ? 'positive' : 'meh' }))
    const root = await project({ minPassRate: 0 })
    const prompt = (model: string) =>
      [
        'name: sentiment',
        `model: acme/${model}`,
        'messages:',
        '  - role: user',
        "    content: 'Review: {{review}}'",
        ''
      ].join('\n')
    const configPath = join(root, '.github/promptgate.yml')
    await writeFile(
      configPath,
      (await readFile(configPath, 'utf8')).replace('prompts/sentiment.md', 'prompts/sentiment.prompt.yml')
    )
    await writeFile(
      join(root, 'reviews.jsonl'),
      Array.from({ length: 30 }, (_, i) =>
        JSON.stringify({ id: `c${i}`, vars: { review: `fine ${i}` }, expected: 'positive' })
      ).join('\n') + '\n'
    )
    await writeFile(join(root, 'prompts/sentiment.prompt.yml'), prompt('good-model'))
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t'
    }
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root, env })
    execFileSync('git', ['add', '.'], { cwd: root, env })
    execFileSync('git', ['commit', '-qm', 'base'], { cwd: root, env })
    await writeFile(join(root, 'prompts/sentiment.prompt.yml'), prompt('cheap-model'))
    const before = server.received.length
    const result = await cli(root, ['run', '--base', 'main'])
    const models = new Set(server.received.slice(before).map(r => r.body.model))
    expect(models).toEqual(new Set(['good-model', 'cheap-model']))
    const written = await report(root)
    expect(written.suites[0]?.change).toBe('modified')
    expect(written.suites[0]?.verdict).toBe('regression')
    expect(result.code).toBe(1)
  })

  it('records a cassette with --record and replays it offline with identical outputs', async () => {
    sentimentModel()
    const root = await project()
    const configPath = join(root, '.github/promptgate.yml')
    const config = await readFile(configPath, 'utf8')
    await writeFile(
      configPath,
      config
        .replace('providers:\n', 'providers:\n  recorded:\n    type: replay\n    cassette: cassette.jsonl\n')
        .replace('defaults:\n', 'defaults:\n  provider: recorded\n')
    )
    expect((await cli(root, ['run', '--record'])).code).toBe(0)
    expect(existsSync(join(root, 'cassette.jsonl'))).toBe(true)
    const recorded = await report(root)
    const before = server.received.length
    expect((await cli(root, ['run'])).code).toBe(0)
    expect(server.received.length).toBe(before)
    const outputs = (r: RunReport) => r.suites[0]?.cases.map(c => c.head[0]?.output)
    expect(outputs(await report(root))).toEqual(outputs(recorded))
  })

  it('compares against a stored baseline without re-running base, and refuses a stale one', async () => {
    sentimentModel()
    const root = await project()
    expect((await cli(root, ['baseline'])).code).toBe(0)
    expect(existsSync(join(root, '.promptgate/baseline.json'))).toBe(true)
    await writeFile(
      join(root, 'prompts/sentiment.md'),
      'Answer positive or negative, briefly. Review: {{review}}\n'
    )
    const before = server.received.length
    const compared = await cli(root, ['run', '--baseline', '.promptgate/baseline.json'])
    // Six cases that all pass on both sides cannot rule out a 5-point drop: inconclusive, exit 4.
    expect(compared.code).toBe(4)
    // Only head ran: 6 calls, not 12.
    expect(server.received.length - before).toBe(6)
    const written = await report(root)
    expect(written.suites[0]?.change).toBe('modified')
    expect(written.suites[0]?.comparison?.pairedCases).toBe(6)
    expect(written.suites[0]?.verdict).toBe('inconclusive')
    expect(written.suites[0]?.needs?.description).toBeTruthy()

    const configPath = join(root, '.github/promptgate.yml')
    await writeFile(
      configPath,
      (await readFile(configPath, 'utf8')).replace('acme/sentiment-1', 'acme/sentiment-2')
    )
    const stale = await cli(root, ['run', '--baseline', '.promptgate/baseline.json'])
    expect(stale.code).toBe(2)
    expect(stale.stderr).toContain(
      'the stored baseline is stale: the model changed since it was recorded (baseline: sentiment-1, now: sentiment-2)'
    )
  })

  it('needs the cassette only when a call replays through it', async () => {
    sentimentModel()
    const root = await project()
    const configPath = join(root, '.github/promptgate.yml')
    const withReplay = (await readFile(configPath, 'utf8'))
      .replace('providers:\n', 'providers:\n  recorded:\n    type: replay\n    cassette: missing.jsonl\n')
      .replace('defaults:\n', 'defaults:\n  provider: recorded\n')
    await writeFile(configPath, withReplay)
    const replaying = await cli(root, ['run'])
    expect(replaying.code).toBe(2)
    expect(replaying.stderr).toMatch(
      /\.github\/promptgate\.yml:\d+:\d+: providers\.recorded\.cassette: Cassette missing\.jsonl does not exist/
    )
    const validated = await cli(root, ['validate', '--offline'])
    expect(validated.code).toBe(2)
    expect(validated.stderr).toContain('Cassette missing.jsonl does not exist')
    await writeFile(configPath, withReplay + 'models:\n  acme/sentiment-1:\n    provider: local\n')
    expect((await cli(root, ['run'])).code).toBe(0)
  })

  it('validates config, prompts and datasets without calling the model', async () => {
    const root = await project()
    const before = server.received.length
    const result = await cli(root, ['validate'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('valid — 1 suite, 6 cases')
    expect(server.received.length).toBe(before)
  })
})

describe('the bundled CLI on the shipped example', () => {
  it('runs offline from the cassette and shows the failing cases', () => {
    // --report stays inside the repository (the command-line path rule); removed afterwards.
    const report = `.promptgate/pg-example-${process.pid}.json`
    const result = spawnSync(
      process.execPath,
      ['dist/cli.js', 'run', '--config', 'examples/support/promptgate.yml', '--no-cache', '--report', report],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' }
      }
    )
    rmSync(report, { force: true })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('PASS  support')
    expect(result.stdout).toContain('features-compare')
    expect(result.stdout).toContain('forbidden-terms')
  })
})
