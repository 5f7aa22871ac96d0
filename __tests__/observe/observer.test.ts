// promptgate/observe: production calls in the call-record format, to a file and through the app's
// own tracer provider, with feedback; the records read back unchanged.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { SpanKind } from '@opentelemetry/api'
import { createObserver, type CallLine } from '../../src/observe/index.js'
import { readCallLogs } from '../../src/observe/read.js'
import { callLineFromRun } from '../../src/observe/from-run.js'
import type { CallRecord } from '../../src/core/types.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-observer-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const ids = () => {
  let n = 0
  return () => `call-${++n}`
}
const fixedClock = () => Date.parse('2026-11-30T10:00:00.000Z')

const call = {
  input: 'My email is jane.doe@example.com, where is order 4417?',
  output: 'Order 4417 ships tomorrow; we will write to jane.doe@example.com.',
  model: 'gpt-4o-mini',
  responseModel: 'gpt-4o-mini-2024-07-18',
  provider: 'openai',
  latencyMs: 840,
  usage: { inputTokens: 31, outputTokens: 17 },
  responseId: 'chatcmpl-123',
  finishReason: 'stop',
  parameters: { temperature: 0.2 },
  promptVersion: 'v7'
}

async function lines(path: string): Promise<unknown[]> {
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as unknown)
}

describe('createObserver', () => {
  it('writes a call line in GenAI names with PII redacted by default', async () => {
    const file = join(dir, 'logs/calls.jsonl')
    const observer = createObserver({ file, now: fixedClock, newId: ids(), suite: 'support' })
    const id = observer.record(call)
    await observer.close()
    const [line] = (await lines(file)) as CallLine[]
    expect(id).toBe('call-1')
    expect(line).toMatchObject({
      format: 'promptgate.call/1',
      id: 'call-1',
      time: '2026-11-30T09:59:59.160Z',
      durationMs: 840,
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
        'gen_ai.response.id': 'chatcmpl-123',
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.usage.input_tokens': 31,
        'gen_ai.usage.output_tokens': 17,
        'gen_ai.request.temperature': 0.2,
        'promptgate.prompt.version': 'v7',
        'promptgate.purpose': 'production',
        'promptgate.suite': 'support',
        'promptgate.content.capture': 'redacted'
      }
    })
    const text = JSON.stringify(line)
    expect(text).not.toContain('jane.doe@example.com')
    expect(line?.attributes['gen_ai.input.messages']).toEqual([
      {
        role: 'user',
        parts: [{ type: 'text', content: 'My email is [REDACTED:pii.email], where is order 4417?' }]
      }
    ])
  })

  it('keeps no content with capture off and all of it with capture full', async () => {
    const off: string[] = []
    const full: string[] = []
    createObserver({ write: l => off.push(l), content: 'off' }).record(call)
    createObserver({ write: l => full.push(l), content: 'full' }).record(call)
    const offLine = JSON.parse(off[0] as string) as CallLine
    expect(offLine.attributes['gen_ai.input.messages']).toBeUndefined()
    expect(offLine.attributes['gen_ai.output.messages']).toBeUndefined()
    expect(offLine.attributes['gen_ai.request.model']).toBe('gpt-4o-mini')
    expect(full[0]).toContain('jane.doe@example.com')
  })

  it('records feedback that joins its call when the log is read back', async () => {
    const file = join(dir, 'calls.jsonl')
    const observer = createObserver({ file, newId: ids() })
    const first = observer.record(call)
    const second = observer.record({ ...call, input: 'Cancel my order' })
    observer.feedback(first, 'edited', 'Order 4417 ships tomorrow. Call +1 415 555 2671 for changes.')
    observer.feedback(second, 'rejected')
    await observer.close()
    const calls = readCallLogs([{ file, text: await readFile(file, 'utf8') }])
    expect(calls.map(c => [c.id, c.feedback?.verdict])).toEqual([
      ['call-1', 'edited'],
      ['call-2', 'rejected']
    ])
    expect(calls[0]?.feedback?.editedText).toBe(
      'Order 4417 ships tomorrow. Call [REDACTED:pii.phone] for changes.'
    )
  })

  it('reads its own lines back with every attribute unchanged', async () => {
    const written: string[] = []
    const observer = createObserver({ write: l => written.push(l), newId: ids() })
    observer.record(call)
    observer.record({ ...call, error: new Error('429 rate limited'), output: undefined })
    const calls = readCallLogs([{ file: 'mem.jsonl', text: written.join('\n') }])
    expect(calls.map(c => c.attributes)).toEqual(written.map(l => (JSON.parse(l) as CallLine).attributes))
    expect(calls[1]?.attributes['error.type']).toBe('429')
  })

  it("records spans through the app's tracer provider, call and feedback alike", async () => {
    const exporter = new InMemorySpanExporter()
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
    const observer = createObserver({ tracer: provider.getTracer('shop-assistant'), newId: ids() })
    const id = observer.record(call)
    observer.feedback(id, 'accepted')
    await provider.forceFlush()
    const [span, feedback] = exporter.getFinishedSpans()
    expect(span?.name).toBe('chat gpt-4o-mini')
    expect(span?.kind).toBe(SpanKind.CLIENT)
    expect(span?.attributes).toMatchObject({
      'gen_ai.provider.name': 'openai',
      'gen_ai.usage.output_tokens': 17,
      'promptgate.call.id': 'call-1'
    })
    expect(String(span?.attributes['gen_ai.input.messages'])).toContain('[REDACTED:pii.email]')
    expect(feedback?.name).toBe('promptgate.feedback')
    expect(feedback?.attributes).toEqual({
      'promptgate.call.id': 'call-1',
      'promptgate.feedback': 'accepted'
    })
    await provider.shutdown()
  })

  it('refuses an observer with nowhere to record and a verdict it does not know', () => {
    expect(() => createObserver({})).toThrow('give at least one of file, write or tracer')
    const observer = createObserver({ write: () => undefined })
    expect(() => observer.feedback('x', 'liked' as 'accepted')).toThrow('accepted, rejected or edited')
  })
})

describe('createObserver cost, server and streaming', () => {
  const record = (options: Parameters<typeof createObserver>[0], extra: Record<string, unknown> = {}) => {
    const written: string[] = []
    const observer = createObserver({ write: l => written.push(l), content: 'off', ...options })
    observer.record({ ...call, ...extra })
    return (JSON.parse(written[0] as string) as CallLine).attributes
  }

  it('prices a call from its usage at the provider’s list price (gpt-4o-mini on OpenAI: $0.15 and $0.60 per million)', () => {
    expect(record({})['promptgate.cost.usd']).toBeCloseTo((31 * 0.15 + 17 * 0.6) / 1_000_000, 12)
  })

  it('lets prices: win over the list price, by model name as in promptgate.yml', () => {
    const prices = { 'gpt-4o-mini': { inputPerMillion: 1, outputPerMillion: 2 } }
    expect(record({ prices })['promptgate.cost.usd']).toBeCloseTo((31 * 1 + 17 * 2) / 1_000_000, 12)
    const own = { 'acme-7b': { inputPerMillion: 3, outputPerMillion: 4 } }
    const attributes = record(
      { prices: own },
      { provider: 'acme', model: 'acme-7b', responseModel: undefined }
    )
    expect(attributes['promptgate.cost.usd']).toBeCloseTo((31 * 3 + 17 * 4) / 1_000_000, 12)
  })

  it('leaves the cost unknown (absent, never 0) without a price or without usage', () => {
    expect(record({}, { provider: 'acme', model: 'acme-7b', responseModel: undefined })).not.toHaveProperty(
      'promptgate.cost.usd'
    )
    expect(record({}, { usage: undefined })).not.toHaveProperty('promptgate.cost.usd')
  })

  it('prices a call as a run’s call log does for the same model, usage and prices', () => {
    const prices = { 'gpt-4o-mini': { inputPerMillion: 1.5, outputPerMillion: 2.5 } }
    const run = callLineFromRun(
      {
        time: new Date().toISOString(),
        suite: 's',
        caseId: 'c',
        side: 'head',
        repeat: 0,
        provider: 'openai',
        providerKind: 'openai',
        model: call.model,
        modelVersion: call.responseModel,
        promptFile: 'p.md',
        parameters: {},
        vars: {},
        messages: [],
        cacheHit: false,
        usage: call.usage
      } as CallRecord,
      { filter: () => undefined, capture: 'off', prices, priceVendor: () => 'openai' }
    )
    expect(record({ prices })['promptgate.cost.usd']).toBe(run.attributes['promptgate.cost.usd'])
  })

  it('names the server from the base URL (the scheme’s port when none is given) and the streaming flag', () => {
    expect(record({ baseUrl: 'https://api.openai.com/v1' }, { stream: true })).toMatchObject({
      'server.address': 'api.openai.com',
      'server.port': 443,
      'gen_ai.request.stream': true
    })
    expect(
      record({ baseUrl: 'https://api.openai.com/v1' }, { baseUrl: 'http://[::1]:8080/v1', stream: false })
    ).toMatchObject({
      'server.address': '::1',
      'server.port': 8080,
      'gen_ai.request.stream': false
    })
    const none = record({})
    expect(none).not.toHaveProperty('server.address')
    expect(none).not.toHaveProperty('gen_ai.request.stream')
  })
})
