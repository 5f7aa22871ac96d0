// CLI conventions a first-time user relies on: per-command help, clean usage errors, the
// repository root found from a subfolder, and one rule for paths given on the command line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  commandUsage,
  EXIT_CODES_TEXT,
  parseCliArgs,
  PATHS_TEXT,
  USAGE,
  UsageError
} from '../../src/cli/args.js'
import { repositoryRoot, runCli } from '../../src/cli/run.js'
import { localConfig, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
const repoRoot = resolve(import.meta.dirname, '../..')

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`expected ${argv.join(' ')} to be a usage error`)
}

describe('help', () => {
  it('`<command> --help` and `help <command>` give that command its own options', () => {
    expect(parseCliArgs(['validate', '--help'])).toMatchObject({ command: 'help', helpFor: 'validate' })
    expect(parseCliArgs(['help', 'validate'])).toMatchObject({ command: 'help', helpFor: 'validate' })
    expect(parseCliArgs(['help'])).toMatchObject({ command: 'help', helpFor: undefined })
    const validate = commandUsage('validate')
    expect(validate).toContain('--suite')
    expect(validate).not.toContain('--record')
    expect(validate).not.toContain('--repeats')
    expect(commandUsage('run')).toContain('--record')
  })

  it('import and insights are listed and have their own help', () => {
    expect(USAGE).toMatch(/^ {2}import +Turn production call logs into dataset cases/m)
    expect(USAGE).toMatch(/^ {2}insights +Latency, failures/m)
    expect(parseCliArgs(['help', 'import'])).toMatchObject({ command: 'help', helpFor: 'import' })
    const importHelp = commandUsage('import')
    expect(importHelp).toContain('Usage: promptgate import <log>... --suite <id> [options]')
    expect(importHelp).toMatch(/--cap <n> +At most n new cases \(default 50\)/)
    expect(importHelp).not.toContain('--record')
    const insightsHelp = commandUsage('insights')
    expect(insightsHelp).toContain('--summary <path>')
    expect(insightsHelp).not.toContain('--force')
  })

  it('the bundled CLI prints `help import`, `import --help` alike and rejects a misplaced option', () => {
    const cli = join(repoRoot, 'dist/cli.js')
    const viaHelp = spawnSync('node', [cli, 'help', 'import'], { encoding: 'utf8' })
    const viaFlag = spawnSync('node', [cli, 'import', '--help'], { encoding: 'utf8' })
    expect(viaHelp.status).toBe(0)
    expect(viaHelp.stdout).toContain('Usage: promptgate import <log>...')
    expect(viaFlag.stdout).toBe(viaHelp.stdout)
    const misplaced = spawnSync('node', [cli, 'insights', 'calls.jsonl', '--force'], { encoding: 'utf8' })
    expect(misplaced.status).toBe(2)
    expect(misplaced.stderr).toContain(
      '--force does not apply to `insights`; see `promptgate insights --help`'
    )
  })

  it('lists the exit codes exactly as the README does', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ')
    expect(readme).toContain(EXIT_CODES_TEXT.replace(/\s+/g, ' '))
    expect(USAGE).toContain(EXIT_CODES_TEXT)
    expect(readme).toContain(PATHS_TEXT.replace(/\s+/g, ' '))
    expect(USAGE).toContain(PATHS_TEXT)
    expect(commandUsage('validate')).toContain(PATHS_TEXT)
  })

  it('names an unknown help topic', () => {
    expect(usageError(['help', 'deploy'])).toBe(
      'no help for "deploy"; valid commands: run, baseline, validate, import, insights, help'
    )
  })
})

describe('usage errors', () => {
  it('an unknown option is one line naming it and the help to read', () => {
    expect(usageError(['run', '--recrod'])).toBe(
      'unknown option --recrod (did you mean --record?); see `promptgate run --help`'
    )
    expect(usageError(['validate', '--offlne'])).toBe(
      'unknown option --offlne (did you mean --offline?); see `promptgate validate --help`'
    )
    expect(usageError(['run', '--zzzzzz'])).toBe('unknown option --zzzzzz; see `promptgate run --help`')
  })

  it('an option that does not apply to the command is an error, not ignored', () => {
    expect(usageError(['validate', '--record'])).toBe(
      '--record does not apply to `validate`; see `promptgate validate --help`'
    )
    expect(usageError(['validate', '--repeats', '3', '--json'])).toBe(
      '--repeats, --json do not apply to `validate`; see `promptgate validate --help`'
    )
  })

  it('an option missing its value says so', () => {
    expect(usageError(['run', '--config'])).toBe('--config needs a value; see `promptgate run --help`')
  })

  it('the bundled CLI prints usage errors without a stack, exit code 2', () => {
    const result = spawnSync('node', [join(repoRoot, 'dist/cli.js'), 'validate', '--record'], {
      encoding: 'utf8'
    })
    expect(result.status).toBe(2)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('the repository root', () => {
  it('is found from a subfolder, like git', async () => {
    const root = temp.make('pg-root-')
    mkdirSync(join(root, '.git'))
    mkdirSync(join(root, 'prompts/deep'), { recursive: true })
    await expect(
      repositoryRoot({ rootDir: '.', rootGiven: false }, join(root, 'prompts/deep'))
    ).resolves.toBe(root)
  })

  it('is the current folder outside any repository', async () => {
    const plain = temp.make('pg-plain-')
    await expect(repositoryRoot({ rootDir: '.', rootGiven: false }, plain)).resolves.toBe(plain)
  })

  it('-C of a missing folder says so plainly, exit code 2', async () => {
    const err: string[] = []
    const code = await runCli(parseCliArgs(['-C', '/no/such/dir', 'validate']), {
      env: {},
      stdout: () => undefined,
      stderr: text => err.push(text),
      isTty: false
    })
    expect(code).toBe(2)
    expect(err.join('')).toBe('promptgate: -C /no/such/dir: no such folder (/no/such/dir)\n')
  })
})

describe('paths on the command line', () => {
  let server: OpenAITestServer
  beforeAll(async () => {
    server = await startOpenAIServer(() => ({ content: 'ok' }))
  })
  afterAll(async () => {
    await server.close()
  })

  it('--report is relative to the repository root, like --config, wherever the CLI starts', async () => {
    const root = await writeProject(temp, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'sub/.github/promptgate.yml': localConfig({
        baseUrl: server.baseUrl,
        prompt: 'sub/p.md',
        dataset: 'sub/c.jsonl'
      }),
      'sub/p.md': 'Say {{w}}',
      'sub/c.jsonl': '{"id": "a", "vars": {"w": "hi"}}\n'
    })
    const code = await runCli(
      parseCliArgs([
        'run',
        '--quiet',
        '--config',
        'sub/.github/promptgate.yml',
        '--report',
        'out/report.json'
      ]),
      { env: {}, stdout: () => undefined, stderr: () => undefined, isTty: false, cwd: join(root, 'sub') }
    )
    expect([0, 4]).toContain(code)
    expect(readFileSync(join(root, 'out/report.json'), 'utf8')).toContain('"verdict"')
  })

  it('prints the inconclusive hint (how many more cases or repeats) in the terminal summary', async () => {
    const root = await writeProject(temp, {
      '.github/promptgate.yml': localConfig({ baseUrl: server.baseUrl, prompt: 'p.md', dataset: 'c.jsonl' }),
      'p.md': 'Say {{w}}',
      'c.jsonl': '{"id": "a", "vars": {"w": "hi"}}\n'
    })
    const out: string[] = []
    const code = await runCli(parseCliArgs(['-C', root, 'run', '--quiet']), {
      env: {},
      stdout: text => out.push(text),
      stderr: () => undefined,
      isTty: false
    })
    expect(code).toBe(4)
    expect(out.join('')).toMatch(/\n {2}to decide: .*more cases/)
  })

  describe('stay inside the repository root, or exit 2 naming the flag', () => {
    async function confined(): Promise<string> {
      return writeProject(temp, {
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.github/promptgate.yml': localConfig({
          baseUrl: server.baseUrl,
          prompt: 'p.md',
          dataset: 'c.jsonl'
        }),
        'p.md': 'Say {{w}}',
        'c.jsonl': '{"id": "a", "vars": {"w": "hi"}}\n'
      })
    }
    async function cli(root: string, argv: string[]): Promise<{ code: number; stderr: string }> {
      const err: string[] = []
      const before = server.received.length
      const code = await runCli(parseCliArgs(argv), {
        env: {},
        stdout: () => undefined,
        stderr: text => err.push(text),
        isTty: false,
        cwd: root
      })
      expect(server.received.length).toBe(before)
      return { code, stderr: err.join('') }
    }

    it.each([
      ['--config', ['validate', '--config', '../elsewhere/promptgate.yml']],
      ['--report', ['run', '--report', '../report.json']],
      ['--baseline', ['run', '--baseline', '../baseline.json']],
      ['--baseline', ['baseline', '--baseline', '/tmp/pg-outside-baseline.json']]
    ])('%s outside the root', async (flag, argv) => {
      const root = await confined()
      const result = await cli(root, argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(
        new RegExp(
          `^promptgate: ${flag} \\S+: outside the repository root .*; paths on the command line are relative to the root and must stay inside it\n$`
        )
      )
      expect(existsSync('/tmp/pg-outside-baseline.json')).toBe(false)
    })

    it('a symlink inside the root that leads out of it', async () => {
      const root = await confined()
      const outside = temp.make('pg-outside-')
      symlinkSync(outside, join(root, 'out'))
      const result = await cli(root, ['run', '--report', 'out/report.json'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--report out/report.json: outside the repository root')
      expect(result.stderr).toContain('(through a symlink)')
      expect(existsSync(join(outside, 'report.json'))).toBe(false)
    })

    it('an absolute path inside the root is the same as its relative form', async () => {
      const root = await confined()
      const result = await cli(root, ['validate', '--config', join(root, '.github/promptgate.yml')])
      expect(result).toEqual({ code: 0, stderr: '' })
    })
  })
})
