import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ProviderError } from '../../src/core/types.js'
import { FeatureExecProvider, varEnvName } from '../../src/providers/feature-exec.js'
import { trustedConfig } from '../../src/action/trust.js'
import type { Config } from '../../src/config/schema.js'
import type { GitEventContext } from '../../src/github/event.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-exec-'))
  await writeFile(
    join(dir, 'answer.mjs'),
    [
      "let input = ''",
      "process.stdin.on('data', c => (input += c))",
      "process.stdin.on('end', () => {",
      '  const vars = JSON.parse(input)',
      "  if (vars.question === 'crash') { console.error('TypeError: boom'); process.exit(2) }",
      "  if (vars.question === 'hang') return setTimeout(() => {}, 60_000)",
      '  console.log(JSON.stringify({ answer: `${process.env.PROMPTGATE_VAR_QUESTION} from ${process.env.PROMPTGATE_SIDE} in ${process.cwd()}`, source: "rules" }))',
      '})'
    ].join('\n')
  )
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const request = { model: 'm', messages: [], parameters: {} }

function provider(timeoutMs = 20_000): FeatureExecProvider {
  return new FeatureExecProvider(
    {
      type: 'exec',
      command: [process.execPath, join(dir, 'answer.mjs')],
      baseVersionCwd: tmpdir(),
      outputPath: 'answer',
      sourcePath: 'source',
      timeoutMs
    },
    { name: 'cmd', rootDir: dir, env: { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-never-passed' } }
  )
}

describe('FeatureExecProvider', () => {
  it('passes variables on stdin and as PROMPTGATE_VAR_*, runs the base side in its own directory, reads stdout by path', async () => {
    expect(varEnvName('user-name')).toBe('PROMPTGATE_VAR_USER_NAME')
    const head = await provider().complete(request, { vars: { question: 'reset?' } })
    expect(head).toMatchObject({ text: `reset? from head in ${dir}`, answerSource: 'rules', exitCode: 0 })
    const base = await provider().complete(request, { side: 'base', vars: { question: 'reset?' } })
    expect(base.text).toContain('from base')
    expect(base.text).not.toContain(dir)
  })

  it('reports a non-zero exit with its code and the end of stderr', async () => {
    const error = await provider()
      .complete(request, { vars: { question: 'crash' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as ProviderError).message).toBe('cmd: the command exited with code 2: TypeError: boom')
  })

  it('kills a command that outlives its timeout, naming the setting', async () => {
    const error = await provider(300)
      .complete(request, { vars: { question: 'hang' } })
      .catch((e: unknown) => e)
    expect((error as ProviderError).kind).toBe('timeout')
    expect((error as ProviderError).message).toContain('providers.cmd.timeoutMs')
  })
})

describe('exec under pull_request_target', () => {
  it('is refused with a message that says why and what to use instead', () => {
    const config: Config = {
      version: 1,
      providers: { cmd: { type: 'exec', command: ['node', 'answer.mjs'] } },
      suites: [{ id: 's', prompt: 'p.md' }]
    }
    const event = { headIsUntrusted: true } as GitEventContext
    expect(() => trustedConfig(config, config, event)).toThrow(
      "pull_request_target: providers.cmd is an exec provider, which would run the pull request's code with this workflow's secrets"
    )
    expect(trustedConfig(config, config, { headIsUntrusted: false } as GitEventContext)).toBe(config)
  })
})
