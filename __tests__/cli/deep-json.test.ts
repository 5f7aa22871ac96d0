// Deeply nested JSON wherever a repository or a model can put it: a dataset row, a JSON Schema
// file and a model output validated against a recursive schema. Each ends in an error that names
// where it is (or an error sample that cannot pass), never a crash of the run or a silent pass.
import type { RunReport } from '../../src/core/report.js'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { localConfig, runIn, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
/** Deep enough to exhaust a recursive walker's stack (node's default is about 10,000 frames). */
const DEPTH = 50_000
const deepArray = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`
let server: OpenAITestServer
beforeAll(async () => {
  server = await startOpenAIServer(() => ({ content: `{"a":${deepArray(DEPTH)}}` }))
})
afterAll(async () => {
  await server.close()
})

const schemaCheck = ['      - type: json-schema', '        schemaFile: s.json']

async function run(files: Record<string, string>, dataset: string, checks?: string[]) {
  const root = await writeProject(temp, {
    ...files,
    'p.md': 'Say {{input}}',
    '.github/promptgate.yml': localConfig({
      baseUrl: server.baseUrl,
      prompt: 'p.md',
      dataset,
      ...(checks ? { checks } : {})
    })
  })
  return { root, result: await runIn(root, ['run']) }
}

test.each([
  ['d.jsonl', `{"input":"x","deep":${deepArray(DEPTH)}}\n`, 'd.jsonl:1:1: deep:'],
  ['d.json', `[{"input":"x","deep":${deepArray(DEPTH)}}]`, 'd.json:1:1: [0].deep:']
])(
  'a dataset row (%s) nested 50,000 levels deep is a dataset error at its line',
  async (file, text, where) => {
    const { result } = await run({ [file]: text }, file)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(where)
  }
)

test('a JSON Schema file nested 20,000 levels deep is an error at the check that names it', async () => {
  const deepSchema = `${'{"type":"array","items":'.repeat(20_000)}{"type":"integer"}${'}'.repeat(20_000)}`
  const { result } = await run({ 'd.jsonl': '{"input":"x"}\n', 's.json': deepSchema }, 'd.jsonl', schemaCheck)
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(
    /\.github\/promptgate\.yml:\d+:\d+: suites\[0\]\.checks\[0\]: .*schemaFile "s\.json": invalid JSON Schema/
  )
})

test('a model output nested 50,000 levels deep under a recursive schema is an error sample, never a pass', async () => {
  const recursive = JSON.stringify({
    $defs: { n: { anyOf: [{ type: 'integer' }, { type: 'array', items: { $ref: '#/$defs/n' } }] } },
    type: 'object',
    properties: { a: { $ref: '#/$defs/n' } }
  })
  const { root, result } = await run(
    { 'd.jsonl': '{"input":"x"}\n', 's.json': recursive },
    'd.jsonl',
    schemaCheck
  )
  expect(result.code).toBe(1)
  const report = JSON.parse(await readFile(join(root, '.promptgate/report.json'), 'utf8')) as RunReport
  const suite = report.suites[0]
  expect(suite?.verdict).not.toBe('pass')
  expect(suite?.head?.passRate ?? 0).toBe(0)
})

/** Billion laughs: 9 levels of 9 aliases each, about 387 million nodes once expanded. */
function yamlBomb(lastKey: string, last: (alias: string) => string): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i)
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`
    )
  }
  lines.push(`${lastKey}: ${last('*i')}`)
  return `${lines.join('\n')}\n`
}

test.each([
  [
    'a YAML dataset',
    { 'd.yaml': `cases:\n  - input: x\n${yamlBomb('extra', a => a).replace(/^/gm, '    ')}` },
    'd.yaml',
    undefined
  ],
  [
    'a YAML schema file',
    { 'd.jsonl': '{"input":"x"}\n', 's.yaml': `type: object\n${yamlBomb('x-bomb', a => a)}` },
    'd.jsonl',
    ['      - type: json-schema', '        schemaFile: s.yaml']
  ]
])(
  'a YAML alias bomb in %s is refused by the alias limit, naming the file',
  async (_what, files, dataset, checks) => {
    const { result } = await run(files as Record<string, string>, dataset, checks)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/alias/i)
    expect(result.stderr).toMatch(/d\.yaml|s\.yaml/)
  }
)
