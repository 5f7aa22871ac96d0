// Prompt globs and zero config through the CLI: one suite per matching file with an id from its
// path, and a repository of .prompt.yml files with no config at all.
import { symlinkSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_SUITES_PER_GLOB, suiteIdForFile } from '../../src/config/prompt-globs.js'
import type { RunReport } from '../../src/core/report.js'
import { addFiles, runIn, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
let server: OpenAITestServer
beforeAll(async () => {
  // Echoes the word the prompt asks for, so each file's own evaluator passes.
  server = await startOpenAIServer(body => {
    const text = body.messages?.map(m => m.content).join(' ') ?? ''
    return { content: /say (\w+)/i.exec(text)?.[1] ?? 'nothing' }
  })
})
afterAll(async () => {
  await server.close()
})

function promptFile(word: string, model = 'openai/gpt-4o-mini'): string {
  return [
    `name: say ${word}`,
    `model: ${model}`,
    'messages:',
    '  - role: user',
    "    content: 'Say {{word}}'",
    'testData:',
    ...['a', 'b', 'c'].map(k => `  - { word: ${word}, id: ${k} }`),
    'evaluators:',
    '  - name: says it',
    '    string:',
    "      contains: '{{word}}'",
    ''
  ].join('\n')
}

async function report(root: string): Promise<RunReport> {
  return JSON.parse(await readFile(join(root, '.promptgate/report.json'), 'utf8')) as RunReport
}

describe('suite ids of glob matches', () => {
  it.each([
    ['support', 'prompts/**/*.prompt.yml', 'prompts/billing/refund.prompt.yml', 'support.billing.refund'],
    ['p', 'prompts/*.prompt.yaml', 'prompts/hello world.prompt.yaml', 'p.hello-world'],
    ['', '**/*.prompt.{yml,yaml}', '.github/prompts/triage.prompt.yml', 'github.prompts.triage']
  ])('entry %j, glob %s: %s is suite %s', (entry, glob, file, id) => {
    expect(suiteIdForFile(entry, glob, file)).toBe(id)
  })
})

describe('a suite entry with a prompt glob', () => {
  it('runs one suite per matching file, sharing the entry checks and thresholds', async () => {
    const root = await writeProject(temp, {
      '.github/promptgate.yml': [
        'version: 1',
        'providers:',
        `  local: { type: openai-compatible, baseUrl: "${server.baseUrl}" }`,
        'suites:',
        '  - id: say',
        '    prompt: "prompts/**/*.prompt.yml"',
        '    checks: [{ type: max-length, value: 50 }]',
        '    thresholds: { minCases: 1, maxPassRateDrop: 0.9 }',
        ''
      ].join('\n'),
      'prompts/hello.prompt.yml': promptFile('hello'),
      'prompts/nested/bye.prompt.yml': promptFile('bye'),
      'prompts/notes.md': 'not a prompt'
    })
    const validated = await runIn(root, ['validate'])
    expect(validated.stdout).toContain('valid — 2 suites, 6 cases; no model was called')
    const result = await runIn(root, ['run'])
    expect(result.stderr).toBe('')
    const written = await report(root)
    expect(written.suites.map(s => [s.id, s.promptFile])).toEqual([
      ['say.hello', 'prompts/hello.prompt.yml'],
      ['say.nested.bye', 'prompts/nested/bye.prompt.yml']
    ])
    expect(written.suites.map(s => s.head?.passRate)).toEqual([1, 1])
    expect(written.suites[0]?.cases[0]?.head[0]?.checks.map(c => c.id)).toEqual(['max-length 50', 'says it'])
  })

  it('is an error naming the config line when the glob matches nothing', async () => {
    const root = await writeProject(temp, {
      '.github/promptgate.yml': [
        'version: 1',
        'providers:',
        `  local: { type: openai-compatible, baseUrl: "${server.baseUrl}" }`,
        'suites:',
        '  - id: say',
        '    prompt: "prompts/*.prompt.yml"',
        ''
      ].join('\n')
    })
    const result = await runIn(root, ['validate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '.github/promptgate.yml:6:13: suites[0].prompt: the prompt glob "prompts/*.prompt.yml" matches no file'
    )
  })

  it('refuses a glob that matches more files than one entry may expand to, with the count', async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i <= MAX_SUITES_PER_GLOB; i++) many[`prompts/p${i}.prompt.yml`] = promptFile(`w${i}`)
    const root = await writeProject(temp, {
      ...many,
      '.github/promptgate.yml': [
        'version: 1',
        'providers:',
        `  local: { type: openai-compatible, baseUrl: "${server.baseUrl}" }`,
        'suites:',
        '  - id: say',
        '    prompt: "prompts/*.prompt.yml"',
        ''
      ].join('\n')
    })
    const result = await runIn(root, ['validate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `.github/promptgate.yml:6:13: suites[0].prompt: the prompt glob "prompts/*.prompt.yml" matches ${MAX_SUITES_PER_GLOB + 1} files, more than the ${MAX_SUITES_PER_GLOB} suites`
    )
  })
})

describe('zero config', () => {
  const files = () => ({
    'prompts/hello.prompt.yml': promptFile('hello'),
    '.github/prompts/bye.prompt.yaml': promptFile('bye'),
    'other/thanks.prompt.yml': promptFile('thanks')
  })
  const env = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl })

  it('evaluates every .prompt.yml/.prompt.yaml with its own test data and evaluators, one suite each', async () => {
    const root = await writeProject(temp, files())
    const result = await runIn(root, ['run'], env())
    const written = await report(root)
    expect(written.suites.map(s => s.id)).toEqual(['github.prompts.bye', 'other.thanks', 'prompts.hello'])
    expect(written.suites.every(s => s.head?.passRate === 1)).toBe(true)
    expect(result.stdout).toContain('No config at .github/promptgate.yml: evaluated the 3 prompt files found')
  })

  it('without a provider key says which variable to set or to write a config', async () => {
    const root = await writeProject(temp, files())
    const result = await runIn(root, ['validate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('set OPENAI_API_KEY or ANTHROPIC_API_KEY, or create the config')
  })

  it('refuses to discover more prompt files than a glob may expand to, naming the count and the limit, and evaluates none', async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i <= MAX_SUITES_PER_GLOB; i++) many[`prompts/p${i}.prompt.yml`] = promptFile(`w${i}`)
    const root = await writeProject(temp, many)
    const calls = server.received.length
    const result = await runIn(root, ['run'], env())
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `.github/promptgate.yml: zero-config discovery found ${MAX_SUITES_PER_GLOB + 1} prompt files (**/*.prompt.{yml,yaml}), more than the ${MAX_SUITES_PER_GLOB} suites it may run; none was evaluated: write a config`
    )
    expect(server.received.length).toBe(calls)
  })

  it('with no config and no prompt file says so at the config path to create', async () => {
    const root = await writeProject(temp, { 'README.md': '# nothing to gate\n' })
    const result = await runIn(root, ['validate'], env())
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '.github/promptgate.yml: there is no config file and no prompt file (**/*.prompt.{yml,yaml}) in the working tree to discover; create the config'
    )
  })

  it('skips symlinks (into or out of the repository), node_modules, .git and its own output folder', async () => {
    const outside = temp.make('pg-outside-')
    await addFiles(outside, { 'stolen.prompt.yml': promptFile('stolen') })
    const root = await writeProject(temp, {
      'prompts/hello.prompt.yml': promptFile('hello'),
      'node_modules/pkg/vendored.prompt.yml': promptFile('vendored'),
      '.git/odd.prompt.yml': promptFile('gitdir'),
      '.promptgate/old.prompt.yml': promptFile('output')
    })
    symlinkSync(outside, join(root, 'escape'))
    symlinkSync(join(outside, 'stolen.prompt.yml'), join(root, 'prompts/stolen.prompt.yml'))
    symlinkSync(join(root, 'prompts'), join(root, 'loop'))
    const result = await runIn(root, ['run'], env())
    expect(result.stderr).toBe('')
    expect((await report(root)).suites.map(s => s.id)).toEqual(['prompts.hello'])
    expect(result.stdout).toContain('evaluated the prompt file found')
  })

  it('does not discover when the config named with --config is missing', async () => {
    const root = await writeProject(temp, files())
    const result = await runIn(root, ['validate', '--config', 'ci/gate.yml'], env())
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no config file at ci/gate.yml')
  })
})
