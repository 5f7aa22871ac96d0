// OTLP export through the official SDK to a local OTLP/HTTP receiver that decodes what it gets.
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { readCallLogs } from '../../src/observe/read.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver.js'
import { runPromptgate, supportProject, type Project } from './project.js'

/** OTLP's Span.SpanKind enum (trace.proto): 1 internal, 3 client. */
const OTLP_KIND_INTERNAL = 1
const OTLP_KIND_CLIENT = 3

let model: OpenAITestServer
let receiver: OtlpReceiver
let project: Project

beforeAll(async () => {
  model = await startOpenAIServer(body => ({
    content: `We can help with: ${body.messages?.at(-1)?.content.split('Question: ')[1]?.trim() ?? ''}`,
    model: 'support-1-2026-05-01'
  }))
})

afterAll(async () => {
  await model.close()
})

beforeEach(async () => {
  receiver = await startOtlpReceiver()
  project = await supportProject(model.baseUrl)
})

afterEach(async () => {
  model.setResponder(body => ({
    content: `We can help with: ${body.messages?.at(-1)?.content.split('Question: ')[1]?.trim() ?? ''}`,
    model: 'support-1-2026-05-01'
  }))
  await receiver.close()
  await project.remove()
})

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

function byName(spans: ReceivedSpan[], name: string): ReceivedSpan[] {
  return spans.filter(s => s.name === name)
}

describe('OTLP export of a run', () => {
  it('sends one CLIENT span per call with GenAI attribute names, under a suite span under a run span', async () => {
    const result = await runPromptgate(project.root, ['run'], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })
    expect(result.code).toBe(0)
    expect(receiver.contentTypes.every(t => t.startsWith('application/json'))).toBe(true)

    const [run] = byName(receiver.spans, 'promptgate run')
    const [suite] = byName(receiver.spans, 'promptgate suite support')
    const calls = byName(receiver.spans, 'chat support-1')
    expect(run?.parentSpanId).toBeUndefined()
    expect(run?.kind).toBe(OTLP_KIND_INTERNAL)
    expect(suite?.parentSpanId).toBe(run?.spanId)
    expect(calls).toHaveLength(2)
    for (const call of calls) {
      expect(call.kind).toBe(OTLP_KIND_CLIENT)
      expect(call.parentSpanId).toBe(suite?.spanId)
      expect(call.traceId).toBe(run?.traceId)
      expect(call.attributes).toMatchObject({
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'support-1',
        'gen_ai.response.model': 'support-1-2026-05-01',
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.prompt.name': 'prompts/support.md',
        'promptgate.suite': 'support',
        'promptgate.side': 'head',
        'promptgate.accepted': true,
        'promptgate.cache.hit': false,
        'promptgate.provider.type': 'openai-compatible'
      })
      expect(typeof call.attributes['gen_ai.usage.input_tokens']).toBe('number')
      // Content attributes travel as JSON strings on spans, in the conventions' message shapes.
      const input = JSON.parse(String(call.attributes['gen_ai.input.messages'])) as unknown
      expect(input).toEqual([
        { role: 'user', parts: [{ type: 'text', content: expect.stringContaining('Question:') }] }
      ])
      expect(call.startMs).toBeGreaterThanOrEqual(suite?.startMs ?? Infinity)
      expect(call.endMs).toBeLessThanOrEqual(suite?.endMs ?? -Infinity)
    }
    expect(run?.resource['service.name']).toBe('promptgate')
  })

  it('carries request parameters, the response id and the retry wait of a 429-then-200 call on its span', async () => {
    const path = join(project.root, '.github/promptgate.yml')
    const config = await readFile(path, 'utf8')
    await writeFile(
      path,
      config
        .replace('maxRetries: 0', 'maxRetries: 1')
        .replace(
          '  model: acme/support-1',
          '  model: acme/support-1\n  modelParameters:\n    temperature: 0.2\n    topP: 0.9\n    maxTokens: 120'
        )
    )
    const refused = new Set<string>()
    model.setResponder(body => {
      const question = body.messages?.at(-1)?.content ?? ''
      if (refused.has(question)) return { content: 'We can help.', model: 'support-1-2026-05-01' }
      refused.add(question)
      return { status: 429, content: 'Rate limit reached', headers: { 'retry-after-ms': '200' } }
    })
    const result = await runPromptgate(project.root, ['run'], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })
    expect(result.code).toBe(0)
    const calls = byName(receiver.spans, 'chat support-1')
    expect(calls).toHaveLength(2)
    for (const call of calls) {
      expect(call.attributes).toMatchObject({
        'gen_ai.request.temperature': 0.2,
        'gen_ai.request.top_p': 0.9,
        'gen_ai.request.max_tokens': 120,
        'gen_ai.response.id': 'chatcmpl-test',
        'promptgate.retries': 1,
        'promptgate.retry.rate_limited': 1
      })
      const wait = call.attributes['promptgate.retry.wait_ms'] as number
      expect(wait).toBeGreaterThanOrEqual(200)
      // The span covers the whole call, backoff included.
      expect(call.endMs - call.startMs).toBeGreaterThanOrEqual(Math.floor(wait))
    }
  })

  it('splits a failed call’s span time into backoff and last attempt, and names the server it called', async () => {
    const path = join(project.root, '.github/promptgate.yml')
    await writeFile(path, (await readFile(path, 'utf8')).replace('maxRetries: 0', 'maxRetries: 1'))
    model.setResponder(() => ({ status: 503, content: 'Service unavailable', delayMs: 40 }))
    const result = await runPromptgate(project.root, ['run'], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })
    expect(result.code).not.toBe(0)
    const calls = byName(receiver.spans, 'chat support-1')
    expect(calls).toHaveLength(2)
    const { hostname, port } = new URL(model.baseUrl)
    for (const call of calls) {
      expect(call.attributes).toMatchObject({
        'error.type': '503',
        'promptgate.retries': 1,
        'server.address': hostname,
        'server.port': Number(port)
      })
      const wait = call.attributes['promptgate.retry.wait_ms'] as number
      const last = call.attributes['promptgate.retry.last_attempt_ms'] as number
      // The first 40 ms attempt and the backoff, then the last 40 ms attempt: both inside the span.
      expect(wait).toBeGreaterThanOrEqual(40)
      expect(last).toBeGreaterThanOrEqual(40)
      // The run times the whole call on a millisecond clock, the HTTP client its attempts on a finer one.
      expect(call.endMs - call.startMs).toBeGreaterThanOrEqual(Math.floor(wait + last) - 1)
    }
  })

  it('exports spans that import back into the same call attributes as the JSONL log holds', async () => {
    await runPromptgate(project.root, ['run'], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })
    const fromSpans = readCallLogs(
      receiver.bodies.map((text, i) => ({ file: `export-${i}.json`, text, format: 'otlp' as const }))
    )
    const logText = await readFile(join(project.root, '.promptgate/calls.jsonl'), 'utf8')
    const fromLog = readCallLogs([{ file: 'calls.jsonl', text: logText }])
    const key = (attributes: Record<string, unknown>) => attributes['promptgate.case.id']
    const sortByCase = <T extends { attributes: Record<string, unknown> }>(calls: T[]) =>
      [...calls].sort((a, b) => String(key(a.attributes)).localeCompare(String(key(b.attributes))))
    expect(sortByCase(fromSpans).map(c => c.attributes)).toEqual(sortByCase(fromLog).map(c => c.attributes))
  })

  it('does not fail the gate when the collector is down, and says so once', async () => {
    const port = await closedPort()
    const result = await runPromptgate(project.root, ['run'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_TIMEOUT: '500'
    })
    expect(result.code).toBe(0)
    const warnings = result.stderr.split('\n').filter(l => l.includes('OpenTelemetry export'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('verdict is unaffected')
  })

  it('exports nothing without an endpoint', async () => {
    const result = await runPromptgate(project.root, ['run'], {})
    expect(result.code).toBe(0)
    expect(receiver.spans).toHaveLength(0)
    expect(result.stderr).not.toContain('OpenTelemetry')
  })
})
