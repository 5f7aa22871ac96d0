// promptgate/observe: production calls in the call-record format, to a file and through the app's
// own tracer provider, with feedback; the records read back unchanged.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { SpanKind } from '@opentelemetry/api'
import { createObserver, type CallLine } from '../../src/observe/index.js'
import { readCallLogs } from '../../src/observe/read.js'

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
