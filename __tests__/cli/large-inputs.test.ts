// A very large case runs, but the report and the call log store each field shortened (with its
// full size), and the CLI warns about the case.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { LARGE_CASE_CHARS } from '../../src/engine/preflight.js'
import { STORED_FIELD_MAX_CHARS } from '../../src/constants.js'
import { cappedJson, shortenedMarker } from '../../src/report/json.js'
import { localConfig, runIn, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
let server: OpenAITestServer
beforeAll(async () => {
  server = await startOpenAIServer(() => ({ content: 'summary: fine' }))
})
afterAll(async () => {
  await server.close()
})

describe('cappedJson', () => {
  it('leaves short records as JSON.stringify writes them', () => {
    const record = { a: 'x'.repeat(100), b: [1, 2] }
    expect(cappedJson(record)).toEqual({ json: JSON.stringify(record), shortened: 0 })
  })

  it('shortens each long string to the cap and records its full length', () => {
    const long = 'y'.repeat(STORED_FIELD_MAX_CHARS * 3)
    const { json, shortened } = cappedJson({ input: long, output: 'ok' })
    expect(shortened).toBe(1)
    const parsed = JSON.parse(json) as { input: string; output: string }
    expect(parsed.output).toBe('ok')
    expect(parsed.input).toBe('y'.repeat(STORED_FIELD_MAX_CHARS) + shortenedMarker(long.length))
  })

  it('shortens exactly what a replacer over every string would, whatever the escapes', () => {
    const cap = STORED_FIELD_MAX_CHARS
    const reference = (value: unknown): { json: string; shortened: number } => {
      let shortened = 0
      const json = JSON.stringify(value, (_key, field: unknown) => {
        if (typeof field !== 'string' || field.length <= cap) return field
        shortened++
        return field.slice(0, cap) + shortenedMarker(field.length)
      })
      return { json, shortened }
    }
    const records: unknown[] = [
      // Longer than the cap in all, every string short: a report of thousands of cases.
      {
        cases: Array.from({ length: 5000 }, (_, i) => ({ id: `case-${i}`, output: 'fine "quoted" \\ text' }))
      },
      // Short strings whose escapes make their JSON token longer than the cap.
      { quotes: '"'.repeat(cap / 2 + 1), backslashes: '\\'.repeat(cap / 2 + 1), newlines: '\n'.repeat(cap) },
      { exact: 'x'.repeat(cap), over: 'x'.repeat(cap + 1) },
      { deep: [{ a: [{ b: 'é\\"'.repeat(cap) }] }], after: 'ok' },
      ['short', 'z'.repeat(cap * 2) + '\\', '"'],
      { ['k'.repeat(cap + 5)]: 1 }
    ]
    for (const record of records) expect(cappedJson(record)).toEqual(reference(record))
  })
})

describe('a case of several megabytes', () => {
  it('runs, warns naming the case, and keeps the report and call log small with the full size noted', async () => {
    const documentText = 'A long document. '.repeat(Math.ceil((LARGE_CASE_CHARS * 3) / 17))
    const root = await writeProject(temp, {
      '.github/promptgate.yml': localConfig({ baseUrl: server.baseUrl, prompt: 'p.md', dataset: 'c.jsonl' }),
      'p.md': 'Summarise: {{doc}}',
      'c.jsonl': `${JSON.stringify({ id: 'small', vars: { doc: 'short' } })}\n${JSON.stringify({ id: 'huge', vars: { doc: documentText } })}\n`
    })
    const result = await runIn(root, ['run'])
    expect(result.stderr).toMatch(/^warning: c\.jsonl:2:1: case huge: this case is [\d,]+ characters long/m)
    expect(server.received.at(-1)?.body.messages?.[0]?.content.length ?? 0).toBeGreaterThan(
      documentText.length
    )
    const reportPath = join(root, '.promptgate/report.json')
    const logPath = join(root, '.promptgate/calls.jsonl')
    // The document appears in the case's variables and in its rendered message: a few capped copies.
    expect(statSync(reportPath).size).toBeLessThan(STORED_FIELD_MAX_CHARS * 10)
    expect(statSync(logPath).size).toBeLessThan(STORED_FIELD_MAX_CHARS * 10)
    const report = readFileSync(reportPath, 'utf8')
    expect(report).toContain(
      `[shortened by PromptGate: ${documentText.length.toLocaleString('en-US')} characters in full]`
    )
    expect(report).toMatch(/text fields? over 65,536 characters were shortened/)
  })
})
