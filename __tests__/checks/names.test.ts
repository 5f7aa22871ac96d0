import { checkIds, checkName } from '../../src/checks/index.js'
import type { CheckSpec } from '../../src/core/types.js'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunReport } from '../../src/core/report.js'
import { escapeInline } from '../../src/report/escape.js'
import { renderComment } from '../../src/report/markdown.js'
import { localConfig, runIn, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

describe('readable check ids', () => {
  it.each<[CheckSpec, string]>([
    [{ type: 'contains', value: '$108' }, 'contains "$108"'],
    [{ type: 'icontains', value: ['refund', 'return'], mode: 'all' }, 'icontains all of "refund", "return"'],
    [{ type: 'not-contains', value: 'password' }, 'not-contains "password"'],
    [{ type: 'equals', value: '{{expected}}' }, 'equals "{{expected}}"'],
    [{ type: 'regex', pattern: '^\\d+$', flags: 'm' }, 'regex /^\\d+$/m'],
    [{ type: 'is-json' }, 'is-json'],
    [{ type: 'json-schema' }, 'json-schema'],
    [{ type: 'json-schema', schemaFile: 'schemas/answer.json' }, 'json-schema schemas/answer.json'],
    [{ type: 'max-length', value: 500 }, 'max-length 500'],
    [{ type: 'rails' }, 'rails'],
    [{ type: 'rails', validators: ['pii', 'secret'] }, 'rails (pii, secret)'],
    [{ type: 'llm-rubric', name: '', rubric: 'Is polite' }, 'llm-rubric "Is polite"']
  ])('%j is named %s', (spec, name) => {
    expect(checkName(spec)).toBe(name)
  })

  it('keeps an explicit id', () => {
    expect(checkIds([{ type: 'is-json', id: 'parses' }])).toEqual(['parses'])
  })

  it('makes repeated names unique in list order without # or invisible characters', () => {
    const ids = checkIds([{ type: 'is-json' }, { type: 'is-json' }, { type: 'is-json', id: 'is-json (2)' }])
    expect(ids).toEqual(['is-json', 'is-json (3)', 'is-json (2)'])
    expect(new Set(ids).size).toBe(3)
  })

  it('shortens a long value so the id stays readable', () => {
    const name = checkName({ type: 'contains', value: 'x'.repeat(200) })
    expect(name.length).toBeLessThan(70)
    expect(name).toContain('(200 chars)')
  })

  it('needs no escaping in a comment: derived ids hold nothing GitHub links', () => {
    const ids = checkIds([
      { type: 'max-length', value: 4 },
      { type: 'max-length', value: 4 },
      { type: 'rails' },
      { type: 'is-json' }
    ])
    for (const id of ids) expect(escapeInline(id)).toBe(id)
  })
})

describe('one check id in every output', () => {
  const temp = useTempDirs()
  let server: OpenAITestServer
  beforeAll(async () => {
    server = await startOpenAIServer(() => ({ content: 'The total is $96.' }))
  })
  afterAll(async () => {
    await server.close()
  })

  it('the terminal, the JSON report and the PR comment show the same readable id', async () => {
    const root = await writeProject(temp, {
      '.github/promptgate.yml': localConfig({
        baseUrl: server.baseUrl,
        prompt: 'p.md',
        dataset: 'cases.jsonl',
        checks: ['      - type: contains', "        value: '$108'"]
      }),
      'p.md': 'Add up: {{items}}',
      'cases.jsonl': '{"id": "sum", "vars": {"items": "$100 + $8"}}\n'
    })
    const result = await runIn(root, ['run'])
    const report = JSON.parse(await readFile(join(root, '.promptgate/report.json'), 'utf8')) as RunReport
    const ids = report.suites[0]?.cases[0]?.head.flatMap(s => s.checks.map(c => c.id))
    expect(ids).toEqual(['contains "$108"'])
    expect(result.stdout).toContain('contains "$108" [fail]')
    const comment = renderComment(report)
    expect(comment).toContain('contains "\\$108"')
    expect(comment).not.toMatch(/contains#|\u200D/)
  })
})
