// A throw-away project for CLI tests: files written into a temp folder (removed after the test
// file), the CLI driven in-process with captured output.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseCliArgs } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/run.js'
import type { TempDirs } from './temp-dirs.js'

export type ProjectFiles = Record<string, string | Uint8Array>

export async function writeProject(temp: TempDirs, files: ProjectFiles): Promise<string> {
  const root = temp.make('pg-project-')
  await addFiles(root, files)
  return root
}

export async function addFiles(root: string, files: ProjectFiles): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `promptgate -C root --quiet …args` in-process. Usage errors come back as code 2. */
export async function runIn(
  root: string,
  args: string[],
  env: Record<string, string> = {}
): Promise<CliResult> {
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

/** A config whose one suite runs `prompt` on `dataset` against an OpenAI-compatible server. */
export function localConfig(options: {
  baseUrl: string
  prompt: string
  dataset?: string
  checks?: string[]
  extra?: string[]
}): string {
  return [
    'version: 1',
    'providers:',
    '  local:',
    '    type: openai-compatible',
    `    baseUrl: ${options.baseUrl}`,
    '    maxRetries: 0',
    'defaults:',
    '  model: acme/model-1',
    'suites:',
    '  - id: main',
    `    prompt: ${options.prompt}`,
    ...(options.dataset ? [`    datasets: [${options.dataset}]`] : []),
    '    checks:',
    ...(options.checks ?? ['      - type: max-length', '        value: 1000']),
    '    sampling:',
    '      maxExtraCalls: 0',
    ...(options.extra ?? []),
    'run:',
    '  cache: false',
    ''
  ].join('\n')
}
