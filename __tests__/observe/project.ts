// A small repository for the observability tests: a support prompt with one variable, a dataset,
// a config pointing at a local OpenAI-compatible server, and an in-process CLI runner.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCliArgs } from '../../src/cli/args.js'
import { runObserveCommand } from '../../src/cli/observe-commands.js'
import { runCli } from '../../src/cli/run.js'

export interface Project {
  root: string
  writeConfig(extra?: { datasets?: string[]; lines?: string[] }): Promise<void>
  remove(): Promise<void>
}

export const SEED_CASES = [
  { id: 'hours', vars: { question: 'When are you open on Sundays?' } },
  { id: 'refund', vars: { question: 'How do I get a refund for a broken kettle?' } }
]

export async function supportProject(baseUrl: string): Promise<Project> {
  const root = await mkdtemp(join(tmpdir(), 'pg-observe-'))
  await mkdir(join(root, '.github'))
  await mkdir(join(root, 'prompts'))
  await mkdir(join(root, 'datasets'))
  await writeFile(
    join(root, 'prompts/support.md'),
    'You are a support agent. Answer briefly.\n\nQuestion: {{question}}\n'
  )
  await writeFile(
    join(root, 'datasets/support.jsonl'),
    SEED_CASES.map(c => JSON.stringify(c)).join('\n') + '\n'
  )
  const writeConfig = async (extra: { datasets?: string[]; lines?: string[] } = {}) => {
    const datasets = ['datasets/support.jsonl', ...(extra.datasets ?? [])]
    await writeFile(
      join(root, '.github/promptgate.yml'),
      [
        'version: 1',
        'providers:',
        '  local:',
        '    type: openai-compatible',
        `    baseUrl: ${baseUrl}`,
        '    maxRetries: 0',
        'defaults:',
        '  model: acme/support-1',
        'suites:',
        '  - id: support',
        '    prompt: prompts/support.md',
        `    datasets: [${datasets.join(', ')}]`,
        '    checks:',
        '      - type: max-length',
        '        value: 400',
        '    thresholds:',
        '      minCases: 1',
        '      maxP95LatencyMs: 1000',
        '    sampling:',
        '      maxExtraCalls: 0',
        'run:',
        '  cache: false',
        ...(extra.lines ?? []),
        ''
      ].join('\n')
    )
  }
  await writeConfig()
  return { root, writeConfig, remove: () => rm(root, { recursive: true, force: true }) }
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: (env: Record<string, string>) => ({
      env,
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void err.push(text),
      isTty: false
    }),
    result: (code: number): CliResult => ({ code, stdout: out.join(''), stderr: err.join('') })
  }
}

export async function runPromptgate(
  root: string,
  args: string[],
  env: Record<string, string> = {}
): Promise<CliResult> {
  const c = capture()
  return c.result(await runCli(parseCliArgs(['-C', root, '--quiet', ...args]), c.io(env)))
}

export async function runObserve(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const c = capture()
  return c.result(await runObserveCommand(args, c.io(env)))
}
