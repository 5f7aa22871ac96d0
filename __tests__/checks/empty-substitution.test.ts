// A check value that renders to "" matches every output: it must never pass silently.
import { runDeterministicChecks } from '../../src/checks/index.js'
import type { CheckSpec } from '../../src/core/types.js'
import { localConfig, runIn, writeProject } from '../helpers/cli-project.js'
import { useTempDirs } from '../helpers/temp-dirs.js'
import { makeCase, makeCtx, one } from './fixtures.js'

const temp = useTempDirs()
const emptyExpected = makeCtx({ testCase: makeCase({ expected: '' }) })
const run = (spec: CheckSpec) => one(runDeterministicChecks('any answer at all', [spec], emptyExpected))

describe('a check value that renders to an empty string', () => {
  it.each<CheckSpec>([
    { type: 'contains', value: '{{expected}}' },
    { type: 'icontains', value: ['{{expected}}'] },
    { type: 'not-contains', value: '{{expected}}' },
    { type: 'starts-with', value: '{{expected}}' },
    { type: 'ends-with', value: '{{ expected }}' },
    { type: 'regex', pattern: '{{expected}}' },
    { type: 'gh-string', name: 'has-answer', op: 'contains', value: '{{expected}}' }
  ])('is a check error, not a pass: $type', spec => {
    const r = run(spec)
    expect(r.status).toBe('error')
    expect(r.pass).toBe(false)
    expect(r.reason).toContain('renders to an empty string for this case')
  })

  it('still lets equals expect an empty output', () => {
    const r = one(runDeterministicChecks('', [{ type: 'equals', value: '{{expected}}' }], emptyExpected))
    expect(r).toMatchObject({ status: 'ok', pass: true })
  })

  it('leaves a literal value alone and a value with text around the variable', () => {
    expect(run({ type: 'contains', value: 'answer' })).toMatchObject({ status: 'ok', pass: true })
    expect(run({ type: 'regex', pattern: 'answer{{expected}}' })).toMatchObject({ status: 'ok', pass: true })
  })
})

describe('validate and run refuse a case whose check value renders empty', () => {
  it('names the case with its file and line, before any model call, exit 2', async () => {
    const root = await writeProject(temp, {
      '.github/promptgate.yml': localConfig({
        baseUrl: 'http://127.0.0.1:9/v1',
        prompt: 'p.md',
        dataset: 'cases.jsonl',
        checks: ['      - type: contains', "        value: '{{expected}}'"]
      }),
      'p.md': 'Answer: {{q}}',
      'cases.jsonl':
        '{"id": "ok", "vars": {"q": "a"}, "expected": "x"}\n{"id": "blank", "vars": {"q": "b"}, "expected": ""}\n'
    })
    for (const command of ['validate', 'run']) {
      const result = await runIn(root, [command])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        'cases.jsonl:2:1: case blank: contains value "{{expected}}" renders to an empty string for this case'
      )
      expect(result.stderr).not.toContain('case ok')
    }
  })
})
