// Run outputs never show up as files to commit: .promptgate/ carries its own .gitignore.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OUTPUT_GITIGNORE } from '../../src/config/paths.js'
import { addFiles, localConfig, runIn, writeProject } from '../helpers/cli-project.js'
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

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } })

describe('the .promptgate output folder', () => {
  const files = () => ({
    '.github/promptgate.yml': localConfig({
      baseUrl: server.baseUrl,
      prompt: 'p.md',
      dataset: 'cases.jsonl'
    }),
    'p.md': 'Say {{word}}',
    'cases.jsonl': '{"id": "a", "vars": {"word": "hi"}}\n'
  })

  it('gets a .gitignore, so the report, call log and cache are never committed', async () => {
    const root = await writeProject(temp, files())
    git(root, 'init', '-q')
    await runIn(root, ['run'])
    expect(readFileSync(join(root, '.promptgate/report.json'), 'utf8')).toContain('"verdict"')
    expect(readFileSync(join(root, '.promptgate/.gitignore'), 'utf8')).toBe(OUTPUT_GITIGNORE)
    const untracked = git(root, 'status', '--porcelain', '--untracked-files=all')
    expect(untracked).not.toContain('.promptgate')
    expect(untracked).toContain('p.md')
  })

  it('leaves a .gitignore the user wrote there alone', async () => {
    const root = await writeProject(temp, { ...files(), '.promptgate/.gitignore': 'calls.jsonl\n' })
    await runIn(root, ['run'])
    expect(readFileSync(join(root, '.promptgate/.gitignore'), 'utf8')).toBe('calls.jsonl\n')
  })

  it('writes nothing into .promptgate when every output is configured elsewhere', async () => {
    const root = await writeProject(temp, files())
    await addFiles(root, {
      '.github/promptgate.yml': localConfig({
        baseUrl: server.baseUrl,
        prompt: 'p.md',
        dataset: 'cases.jsonl',
        extra: []
      }).replace(
        'run:\n  cache: false\n',
        'run:\n  cache: false\n  reportPath: out/r.json\n  logPath: out/c.jsonl\n  cacheDir: out/cache\n'
      )
    })
    await runIn(root, ['run'])
    expect(readFileSync(join(root, 'out/r.json'), 'utf8')).toContain('"verdict"')
    expect(() => readFileSync(join(root, '.promptgate/.gitignore'))).toThrow()
  })
})
