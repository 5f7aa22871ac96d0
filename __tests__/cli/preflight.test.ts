// `validate` finds everything `run` would stop on before its first call, with the same file:line
// message: one preflight (engine/preflight.ts) serves both. Each bad input below is run through
// both commands against a real local model server that must receive no call.
import { localConfig, runIn, writeProject, type ProjectFiles } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
let server: OpenAITestServer
beforeAll(async () => {
  server = await startOpenAIServer(() => ({ content: 'Paris' }))
})
afterAll(async () => {
  await server.close()
})

const PROMPT = ['Answer about {{topic}}: {{question}}', ''].join('\n')
const DATASET = '{"id": "one", "topic": "geography", "question": "Capital of France?"}\n'

function project(checks: string[], extra: { config?: string[]; files?: ProjectFiles } = {}) {
  return writeProject(temp, {
    '.github/promptgate.yml': localConfig({
      baseUrl: server.baseUrl,
      prompt: 'p.md',
      dataset: 'cases.jsonl',
      checks,
      extra: extra.config
    }),
    'p.md': PROMPT,
    'cases.jsonl': DATASET,
    ...extra.files
  })
}

/** Runs validate and run; both must exit 2 with the same problem lines and make no call. */
async function bothRefuse(root: string): Promise<string> {
  const before = server.received.length
  const validated = await runIn(root, ['validate'])
  const ran = await runIn(root, ['run'])
  expect(validated.code).toBe(2)
  expect(ran.code).toBe(2)
  expect(validated.stdout).not.toContain('valid —')
  expect(server.received.length).toBe(before)
  const problems = (text: string) => text.split('\n').filter(line => /^ {2}\S+:\d+/.test(line))
  expect(problems(validated.stderr).length).toBeGreaterThan(0)
  expect(problems(ran.stderr)).toEqual(problems(validated.stderr))
  return validated.stderr
}

// localConfig puts the suite's first check on line 14 of .github/promptgate.yml.
const FIRST_CHECK_LINE = 14

describe('validate and run refuse, before any call, with file:line and key', () => {
  it('an invalid regex pattern', async () => {
    const stderr = await bothRefuse(await project(['      - type: regex', '        pattern: "(unclosed"']))
    expect(stderr).toMatch(
      new RegExp(
        `\\.github/promptgate\\.yml:${FIRST_CHECK_LINE + 1}:\\d+: suites\\[0\\]\\.checks\\[0\\]\\.pattern: invalid regex /\\(unclosed/: Unterminated group`
      )
    )
  })

  it('invalid regex flags (a repeated flag)', async () => {
    const stderr = await bothRefuse(
      await project(['      - type: regex', '        pattern: "a"', '        flags: "gg"'])
    )
    expect(stderr).toMatch(/promptgate\.yml:15:\d+: suites\[0\]\.checks\[0\]\.pattern: invalid regex \/a\/gg/)
  })

  it('a regex that only breaks once a case value is in, at the case line and the check line', async () => {
    // Values are escaped, so a case cannot break a pattern; a pattern broken around one can.
    const stderr = await bothRefuse(await project(['      - type: regex', '        pattern: "{{topic}}("']))
    expect(stderr).toContain(
      `cases.jsonl:1:1: case one: check "regex /{{topic}}(/" (.github/promptgate.yml:${FIRST_CHECK_LINE}): invalid regex /geography(/: Unterminated group`
    )
  })

  it('an invalid regex in a dataset row check, at that row', async () => {
    const root = await project(['      - type: max-length', '        value: 100'], {
      files: {
        'cases.jsonl': `${DATASET}{"id": "two", "topic": "t", "question": "q", "checks": [{"type": "regex", "pattern": "[z-a]"}]}\n`
      }
    })
    const stderr = await bothRefuse(root)
    expect(stderr).toMatch(
      /cases\.jsonl:2:\d+: .*checks\[0\]\.pattern: invalid regex \/\[z-a\]\/: Range out of order/
    )
  })

  it("an invalid regex in a chaos suite's unavailablePattern", async () => {
    const root = await project(['      - type: max-length', '        value: 100'], {
      config: [
        '    chaos:',
        '      wire: openai',
        '      port: 45999',
        '      upstream: local',
        '      scenarios: [{ name: calm, faults: [] }]',
        '      unavailablePattern: "(down"'
      ]
    })
    const stderr = await bothRefuse(root)
    expect(stderr).toMatch(
      /promptgate\.yml:\d+:\d+: suites\[0\]\.chaos\.unavailablePattern: invalid regex \/\(down\/i/
    )
  })

  it('a json-schema check with no schema (none inline, no file, no responseFormat)', async () => {
    const stderr = await bothRefuse(await project(['      - type: json-schema']))
    expect(stderr).toContain(
      `.github/promptgate.yml:${FIRST_CHECK_LINE}:9: suites[0].checks[0]: check "json-schema": json-schema has no schema: set schema or schemaFile, or give "p.md" a responseFormat of type json_schema`
    )
  })

  it('a json-schema check whose schemaFile is missing or not a schema', async () => {
    const missing = await bothRefuse(
      await project(['      - type: json-schema', '        schemaFile: schemas/answer.json'])
    )
    expect(missing).toContain(
      `.github/promptgate.yml:${FIRST_CHECK_LINE}:9: suites[0].checks[0]: check "json-schema schemas/answer.json": schemaFile "schemas/answer.json" does not exist`
    )
    const invalid = await bothRefuse(
      await project(['      - type: json-schema', '        schemaFile: s.json'], {
        files: { 's.json': '{"type": "no-such-type"}' }
      })
    )
    expect(invalid).toMatch(
      new RegExp(
        `promptgate\\.yml:${FIRST_CHECK_LINE}:9: suites\\[0\\]\\.checks\\[0\\]: .*s\\.json.*invalid JSON Schema`
      )
    )
  })

  it('a model-graded check with no judge, in the config and in a prompt file', async () => {
    const stderr = await bothRefuse(
      await project(['      - type: llm-rubric', '        rubric: Names the capital'])
    )
    expect(stderr).toContain(
      `.github/promptgate.yml:${FIRST_CHECK_LINE}:9: suites[0].checks[0]: check "rubric": no judge configured`
    )
    const ghModels = await writeProject(temp, {
      '.github/promptgate.yml': localConfig({
        baseUrl: server.baseUrl,
        prompt: 'a.prompt.yml',
        checks: []
      }).replace('    checks:\n', ''),
      'a.prompt.yml': [
        'model: acme/model-1',
        'messages:',
        '  - role: user',
        '    content: "{{q}}"',
        'testData:',
        '  - { q: hi }',
        'evaluators:',
        '  - name: grounded',
        '    uses: github/groundedness',
        ''
      ].join('\n')
    })
    expect(await bothRefuse(ghModels)).toContain(
      'a.prompt.yml:8:5: evaluators[0]: check "grounded": no judge configured'
    )
  })

  it('a judge pinned to a provider that is not configured', async () => {
    const root = await project(['      - type: max-length', '        value: 100'])
    const { writeFile, readFile } = await import('node:fs/promises')
    const path = `${root}/.github/promptgate.yml`
    const config = await readFile(path, 'utf8')
    await writeFile(path, `${config}judge:\n  model: grader\n  provider: nowhere\n`)
    expect(await bothRefuse(root)).toMatch(
      /promptgate\.yml:22:13: judge\.provider: provider "nowhere" is not defined under providers; defined providers: local/
    )
  })

  it('a check placeholder that the case does not provide', async () => {
    const stderr = await bothRefuse(await project(['      - type: contains', '        value: "{{answer}}"']))
    expect(stderr).toContain(
      `cases.jsonl:1:1: case one: check "contains "{{answer}}"" (.github/promptgate.yml:${FIRST_CHECK_LINE}): contains value uses {{answer}} but the case has no such variable (known: question, topic)`
    )
  })

  it('a prompt placeholder that the case does not provide', async () => {
    const root = await project(['      - type: max-length', '        value: 100'], {
      files: { 'p.md': 'Answer {{questoin}}\n' }
    })
    expect(await bothRefuse(root)).toContain(
      'cases.jsonl:1:1: case one: p.md uses {{questoin}} but case one (cases.jsonl:1) has no such variable'
    )
  })

  it('a rails.custom module that does not exist', async () => {
    const root = await project(['      - type: rails'], {
      config: [],
      files: {}
    })
    const { writeFile, readFile } = await import('node:fs/promises')
    const path = `${root}/.github/promptgate.yml`
    await writeFile(path, `${await readFile(path, 'utf8')}rails:\n  custom:\n    - module: rails/brand.mjs\n`)
    expect(await bothRefuse(root)).toMatch(
      /promptgate\.yml:\d+:\d+: rails\.custom\[0\]\.module: module "rails\/brand\.mjs" does not exist in the working tree/
    )
  })

  it("a replay provider's cassette that does not exist", async () => {
    const root = await project(['      - type: max-length', '        value: 100'])
    const { writeFile, readFile } = await import('node:fs/promises')
    const path = `${root}/.github/promptgate.yml`
    const config = (await readFile(path, 'utf8'))
      .replace(
        'providers:\n',
        'providers:\n  recorded:\n    type: replay\n    cassette: evals/cassette.jsonl\n'
      )
      .replace('defaults:\n', 'defaults:\n  provider: recorded\n')
    await writeFile(path, config)
    expect(await bothRefuse(root)).toContain(
      '.github/promptgate.yml:5:15: providers.recorded.cassette: Cassette evals/cassette.jsonl does not exist. Record it with `promptgate run --record`'
    )
  })

  it('lists every problem at once', async () => {
    const stderr = await bothRefuse(
      await project([
        '      - type: regex',
        '        pattern: "{{topic}}("',
        '      - type: json-schema',
        '      - type: llm-rubric',
        '        rubric: ok'
      ])
    )
    expect(stderr).toContain('(3 problems)')
  })
})

describe('warnings both commands print, and the run goes on', () => {
  it('a case variable no message or check uses (a misspelt placeholder)', async () => {
    const root = await project(['      - type: max-length', '        value: 100'], {
      files: { 'cases.jsonl': '{"id": "one", "topic": "t", "question": "q", "qustion": "typo"}\n' }
    })
    const validated = await runIn(root, ['validate'])
    expect(validated.code).toBe(0)
    const warning =
      'warning: cases.jsonl:1:1: case one: variable "qustion" is not used by any message of p.md or any check of suite "main"'
    expect(validated.stderr).toContain(warning)
    const before = server.received.length
    const ran = await runIn(root, ['run'])
    expect(ran.stderr).toContain(warning)
    expect(ran.code).not.toBe(2)
    expect(server.received.length).toBe(before + 1)
  })
})

describe('a missing API key', () => {
  async function keyed(): Promise<string> {
    const root = await project(['      - type: max-length', '        value: 100'])
    const { writeFile, readFile } = await import('node:fs/promises')
    const path = `${root}/.github/promptgate.yml`
    const config = await readFile(path, 'utf8')
    await writeFile(
      path,
      config.replace('    maxRetries: 0\n', '    maxRetries: 0\n    apiKeyEnv: LOCAL_KEY\n')
    )
    return root
  }
  const message =
    '.github/promptgate.yml:3:3: providers.local: missing API key: LOCAL_KEY is not set (provider local)'

  it('is an error for validate and run alike, at the provider line', async () => {
    const root = await keyed()
    expect(await bothRefuse(root)).toContain(message)
  })

  it('is a warning for validate --offline, which then exits 0', async () => {
    const root = await keyed()
    const result = await runIn(root, ['validate', '--offline'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`warning (--offline): ${message}`)
    expect(result.stdout).toContain('valid — 1 suite, 1 case')
  })

  it('--offline belongs to validate only', async () => {
    const root = await keyed()
    const result = await runIn(root, ['run', '--offline'], { LOCAL_KEY: 'k' }).catch((error: Error) => ({
      code: 2,
      stderr: error.message
    }))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--offline does not apply to `run`')
  })
})
