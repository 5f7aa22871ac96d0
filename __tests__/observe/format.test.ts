// A run's CallRecord as a promptgate.call/1 line: GenAI names, PromptGate's own, content capture.
import type { CallRecord } from '../../src/core/types.js'
import { readFile } from 'node:fs/promises'
import { contentFilter, errorKind, GENAI, PG } from '../../src/observe/format.js'
import { callLineFromRun } from '../../src/observe/from-run.js'
import { createRedactor } from '../../src/observe/redact.js'
import { parseOtlpHeaders, resolveOtlpTarget } from '../../src/observe/sink.js'
import type { Config } from '../../src/config/schema.js'

const record: CallRecord = {
  time: '2026-11-30T10:00:01.000Z',
  suite: 'support',
  caseId: 'c1',
  side: 'head',
  repeat: 0,
  provider: 'main',
  providerKind: 'openai',
  model: 'gpt-4o-mini',
  promptFile: 'prompts/support.prompt.yml',
  parameters: { temperature: 0.3, topP: 0.9, maxTokens: 200 },
  vars: { question: 'Email me at jane.doe@example.com' },
  variant: 'typos',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Email me at jane.doe@example.com' }
  ],
  output: 'Sure, jane.doe@example.com.',
  cacheHit: false,
  latencyMs: 1000,
  ttftMs: 250,
  modelVersion: 'gpt-4o-mini-2024-07-18',
  usage: { inputTokens: 1000, outputTokens: 500 },
  finishReason: 'stop',
  httpStatus: 200,
  retries: 1,
  accepted: false,
  checks: [
    { id: 'rails', pass: false, status: 'ok' },
    { id: 'judge', pass: false, status: 'error' }
  ]
}

const redacted = {
  filter: contentFilter('redacted', createRedactor()),
  capture: 'redacted' as const,
  priceVendor: (provider: string) => (provider === 'main' ? ('openai' as const) : undefined),
  newId: () => 'id-1'
}

describe('callLineFromRun', () => {
  it('names every known fact with the GenAI semantic conventions', () => {
    const line = callLineFromRun(record, { ...redacted, commits: { head: 'abcdef1234567890' } })
    expect(line).toMatchObject({
      format: 'promptgate.call/1',
      id: 'id-1',
      time: '2026-11-30T10:00:00.000Z',
      durationMs: 1000
    })
    expect(line.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.request.temperature': 0.3,
      'gen_ai.request.top_p': 0.9,
      'gen_ai.request.max_tokens': 200,
      'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.response.time_to_first_chunk': 0.25,
      'gen_ai.usage.input_tokens': 1000,
      'gen_ai.usage.output_tokens': 500,
      'gen_ai.prompt.name': 'prompts/support.prompt.yml',
      'http.response.status_code': 200,
      'gen_ai.system_instructions': [{ type: 'text', content: 'Be brief.' }]
    })
  })

  it("carries PromptGate's own facts under promptgate.*", () => {
    const line = callLineFromRun(record, { ...redacted, commits: { head: 'abcdef1234567890' } })
    expect(line.attributes).toMatchObject({
      'promptgate.purpose': 'eval',
      'promptgate.suite': 'support',
      'promptgate.side': 'head',
      'promptgate.commit': 'abcdef1234567890',
      'promptgate.prompt.version': 'head@abcdef123456',
      'promptgate.case.id': 'c1',
      'promptgate.case.variant': 'typos',
      'promptgate.repeat': 0,
      'promptgate.accepted': false,
      'promptgate.cache.hit': false,
      'promptgate.retries': 1,
      'promptgate.checks.failed': ['rails'],
      'promptgate.provider.config': 'main',
      'promptgate.content.capture': 'redacted'
    })
    // gpt-4o-mini list price: $0.15 / $0.60 per million tokens.
    expect(line.attributes['promptgate.cost.usd']).toBeCloseTo(0.00045, 8)
  })

  it('masks PII in messages and output by default, and leaves the variables to the dataset', () => {
    const line = callLineFromRun(record, redacted)
    const text = JSON.stringify(line)
    expect(text).not.toContain('jane.doe@example.com')
    expect(text).toContain('Email me at [REDACTED:pii.email]')
    expect(line.attributes['promptgate.case.vars']).toBeUndefined()
  })

  it('keeps no content with capture off, and all of it with full', () => {
    const off = callLineFromRun(record, { filter: contentFilter('off', String), capture: 'off' })
    for (const key of [
      'gen_ai.input.messages',
      'gen_ai.output.messages',
      'gen_ai.system_instructions',
      'promptgate.case.vars'
    ])
      expect(off.attributes[key]).toBeUndefined()
    const full = callLineFromRun(record, { filter: contentFilter('full', String), capture: 'full' })
    expect(JSON.stringify(full)).toContain('jane.doe@example.com')
  })

  it('gives a cached answer no duration, no retries and no cost in this run, and says what it saved', () => {
    const cached = callLineFromRun({ ...record, cacheHit: true, retryWaitMs: 800, rateLimited: 1 }, redacted)
    expect(cached.durationMs).toBe(0)
    expect(cached.time).toBe(record.time)
    expect(cached.attributes).toMatchObject({
      'promptgate.cache.hit': true,
      'promptgate.replayed_from': 'cache',
      'promptgate.retries': 0,
      'promptgate.cost.usd': 0
    })
    // What the answer cost when it was first made: its stored usage at the list price.
    expect(cached.attributes['promptgate.cost.saved_usd']).toBeCloseTo(0.00045, 8)
    expect(cached.attributes['promptgate.retry.wait_ms']).toBeUndefined()
    expect(cached.attributes['promptgate.retry.rate_limited']).toBeUndefined()
  })

  it('marks a stored baseline sample as a replay, free now, with what it cost when recorded', () => {
    const stored = callLineFromRun({ ...record, side: 'base', replayedFrom: 'baseline' }, redacted)
    expect(stored.attributes).toMatchObject({
      'promptgate.cache.hit': false,
      'promptgate.replayed_from': 'baseline',
      'promptgate.cost.usd': 0
    })
    expect(stored.attributes['promptgate.cost.saved_usd']).toBeCloseTo(0.00045, 8)
    expect(stored.durationMs).toBe(0)
  })

  it('leaves the saved cost out when the price is unknown, and the cost of a replay at zero', () => {
    const unpriced = callLineFromRun({ ...record, cacheHit: true, provider: 'local' }, redacted)
    expect(unpriced.attributes['promptgate.cost.usd']).toBe(0)
    expect(unpriced.attributes['promptgate.cost.saved_usd']).toBeUndefined()
  })

  it('records the backoff before the answer and counts it in the wall time, not the cost', () => {
    const retried = callLineFromRun(
      { ...record, retries: 2, retryWaitMs: 1500, rateLimited: 1, answerSource: 'model' },
      redacted
    )
    expect(retried.attributes).toMatchObject({
      'promptgate.retries': 2,
      'promptgate.retry.wait_ms': 1500,
      'promptgate.retry.rate_limited': 1,
      'promptgate.answer.source': 'model'
    })
    // latencyMs (1000) is the answering attempt; the line's duration is the whole call.
    expect(retried.durationMs).toBe(2500)
    expect(retried.time).toBe('2026-11-30T09:59:58.500Z')
    expect(callLineFromRun(record, redacted).attributes['promptgate.retry.wait_ms']).toBeUndefined()
  })

  it("takes a failed call's retries and last HTTP status from its error", () => {
    const failed = callLineFromRun(
      {
        ...record,
        output: undefined,
        latencyMs: undefined,
        retries: undefined,
        httpStatus: undefined,
        error: 'the provider is overloaded',
        errorStatus: { httpStatus: 503, retries: 3 }
      },
      redacted
    )
    expect(failed.durationMs).toBeUndefined()
    // With the engine's timing of the failure, the line (and its span) lasts as long as the call did.
    const timed = callLineFromRun(
      { ...record, output: undefined, latencyMs: undefined, error: 'HTTP 503', failedAfterMs: 4200 },
      redacted
    )
    expect(timed.durationMs).toBe(4200)
    expect(timed.time).toBe('2026-11-30T09:59:56.800Z')
    expect(failed.attributes).toMatchObject({
      'promptgate.retries': 3,
      'http.response.status_code': 503,
      'error.type': '503'
    })
  })

  it('gives a failed call a low-cardinality error.type and keeps the message apart', () => {
    const failed = callLineFromRun(
      {
        ...record,
        output: undefined,
        latencyMs: undefined,
        error: 'HTTP 503 from https://api.example.com: overloaded'
      },
      redacted
    )
    expect(failed.attributes['error.type']).toBe('503')
    expect(failed.attributes['promptgate.error.message']).toContain('overloaded')
    expect(failed.durationMs).toBeUndefined()
    expect(errorKind('request timed out after 60000 ms')).toBe('timeout')
    expect(errorKind('not run: the run deadline passed')).toBe('not_run')
    expect(errorKind('something odd')).toBe('_OTHER')
  })
})

describe('the OTLP target', () => {
  const config = { version: 1, providers: {}, suites: [] } as unknown as Config
  const warnings: string[] = []
  const warn = (message: string) => void warnings.push(message)

  it('is off without an endpoint and when the SDK is disabled', () => {
    expect(resolveOtlpTarget({ config, env: {}, runName: 'run', warn })).toBeUndefined()
    expect(
      resolveOtlpTarget({
        config,
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' },
        runName: 'run',
        warn
      })
    ).toBeUndefined()
  })

  it('reads the standard variables, the traces-specific endpoint used as it is', () => {
    const target = resolveOtlpTarget({
      config,
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc,x-team=ml',
        OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
        OTEL_SERVICE_NAME: 'ci-gate'
      },
      runName: 'run',
      warn
    })
    expect(target).toMatchObject({
      url: 'http://collector:4318/v1/traces',
      headers: { authorization: 'Bearer abc', 'x-team': 'ml' },
      timeoutMs: 2500,
      serviceName: 'ci-gate'
    })
    expect(
      resolveOtlpTarget({
        config,
        env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/custom' },
        runName: 'run',
        warn
      })?.url
    ).toBe('http://c:4318/custom')
  })

  it('lets the config win over the environment', () => {
    const configured = {
      ...config,
      observe: { otlp: { endpoint: 'http://cfg:4318', serviceName: 'from-config' } }
    } as Config
    expect(
      resolveOtlpTarget({
        config: configured,
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:4318' },
        runName: 'run',
        warn
      })
    ).toMatchObject({ url: 'http://cfg:4318/v1/traces', serviceName: 'from-config' })
  })

  it('warns that gRPC is not spoken, and still exports over HTTP', () => {
    const target = resolveOtlpTarget({
      config,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
      runName: 'run',
      warn
    })
    expect(target?.url).toBe('http://c:4318/v1/traces')
    expect(warnings.at(-1)).toContain('grpc is not supported')
  })

  it('parses header lists leniently', () => {
    expect(parseOtlpHeaders('a=1, b = two ,broken,=x,c=%ZZ')).toEqual({ a: '1', b: 'two', c: '%ZZ' })
  })
})

describe('createRedactor', () => {
  it('drops what the rails did not check in a very long text, so nothing unchecked reaches a log', () => {
    const redact = createRedactor()
    const long = `${'a'.repeat(200_000)} jane.doe@example.com`
    const out = redact(long)
    expect(out).not.toContain('jane.doe@example.com')
    expect(out.endsWith('[REDACTED:unchecked 21 characters]')).toBe(true)
  })
})

describe('docs/call-log.md', () => {
  it('documents every attribute name the format defines', async () => {
    const doc = await readFile(new URL('../../docs/call-log.md', import.meta.url), 'utf8')
    const missing = [...Object.values(GENAI), ...Object.values(PG)].filter(key => !doc.includes(`\`${key}\``))
    expect(missing).toEqual([])
  })
})
