// The import steps one by one: near-duplicates, the dataset's own cases, signal order with a seeded
// cap, feedback turned into expectations, and the three log formats.
import { importCalls, forbiddenSentences } from '../../src/observe/import.js'
import { readCallLogs, type LoggedCall } from '../../src/observe/read.js'
import { createRedactor } from '../../src/observe/redact.js'
import { clusterNearDuplicates, jaccard, normaliseQuery, shingleSet } from '../../src/observe/similar.js'
import type { TestCase } from '../../src/core/types.js'

const redact = createRedactor()

function logged(id: string, question: string, extra: Partial<LoggedCall> = {}): LoggedCall {
  return {
    id,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.input.messages': [{ role: 'user', parts: [{ type: 'text', content: question }] }],
      'gen_ai.output.messages': [
        { role: 'assistant', parts: [{ type: 'text', content: 'An answer.' }], finish_reason: 'stop' }
      ]
    },
    source: { file: 'prod.jsonl', line: Number(id.replace(/\D/g, '')) || 1 },
    ...extra
  }
}

const similarity = (a: string, b: string) =>
  jaccard(shingleSet(normaliseQuery(a)), shingleSet(normaliseQuery(b)))

describe('near-duplicate queries', () => {
  it('merges what differs only in case, punctuation and spacing', () => {
    expect(
      clusterNearDuplicates(['Where is my order?', 'where is my ORDER', '  Where is  my order!!'])
    ).toEqual([0, 0, 0])
  })

  it('pins the documented similarities around the 0.8 threshold', () => {
    expect(similarity('Where is order 4417?', 'Where is order 4418?')).toBeCloseTo(0.875, 3)
    expect(similarity('How do I reset my password', 'how do i reset my password please')).toBeLessThan(0.8)
    expect(similarity('Do you ship to Canada?', 'Do you ship to Mexico?')).toBeLessThan(0.5)
    expect(
      clusterNearDuplicates(['Where is order 4417?', 'Where is order 4418?', 'Do you ship to Canada?'])
    ).toEqual([0, 0, 2])
  })

  it('joins a representative, never a member, so groups do not chain', () => {
    // b is close to a and c is close to b, but c is not close to a: c starts its own group.
    const base = 'please tell me the opening hours of the central store in the old town'
    const a = `${base} on mondays`
    const b = `${base} on mondays and fridays`
    const c = `${base} on fridays and sundays`
    expect(similarity(b, c)).toBeGreaterThanOrEqual(0.8)
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.8)
    expect(similarity(a, c)).toBeLessThan(0.8)
    expect(clusterNearDuplicates([a, b, c])[2]).not.toBe(0)
  })

  it('finds the duplicates of a large log through the LSH index', () => {
    // Random six-word queries from a 500-word vocabulary share almost no 5-grams with each other.
    let state = 42
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296
    const vocabulary = Array.from({ length: 500 }, (_, i) => `w${(i * 2654435761) % 99991}`)
    const words = () => Array.from({ length: 6 }, () => vocabulary[Math.floor(random() * 500)]).join(' ')
    const texts = Array.from({ length: 1000 }, words)
    texts.push(`${texts[717] as string} ok`)
    const reps = clusterNearDuplicates(texts)
    expect(reps[1000]).toBe(717)
    expect(new Set(reps).size).toBe(1000)
  })
})

describe('importCalls', () => {
  const target = { suiteId: 'support', cases: [] as TestCase[], varName: 'question' }

  it('ranks rejected over edited over failed over plain calls', () => {
    const calls = [
      logged('c1', 'plain question one'),
      logged('c2', 'an edited one', { feedback: { verdict: 'edited', editedText: 'Better.' } }),
      logged('c3', 'a rejected one', { feedback: { verdict: 'rejected' } }),
      logged('c4', 'a failing one', {
        attributes: { ...logged('x', 'a failing one').attributes, 'error.type': 'timeout' }
      })
    ]
    const summary = importCalls(calls, target, { redact })
    expect(summary.added.map(r => r.provenance.callId)).toEqual(['c3', 'c2', 'c4', 'c1'])
    expect(summary.added[2]?.provenance.signals).toContain('the call failed (timeout)')
  })

  it("calls a query slow on the model's own time, not on the wait for a rate limit", () => {
    const waited = logged('c1', 'a query that waited out a 429', { durationMs: 2600 })
    waited.attributes['promptgate.retry.wait_ms'] = 2000
    const slow = logged('c2', 'a query the model was slow on', { durationMs: 1600 })
    const summary = importCalls([waited, slow], { ...target, latencyBudgetMs: 1000 }, { redact })
    const signals = (id: string) => summary.added.find(r => r.provenance.callId === id)?.provenance.signals
    expect(signals('c1')?.some(s => s.startsWith('slow'))).toBe(false)
    expect(signals('c2')).toContain('slow: 1600 ms > budget 1000 ms')
  })

  it('does not call a replayed answer slow: a cassette or cache keeps the latency it was recorded with', () => {
    const replayed = logged('c1', 'a query answered from a cassette', { durationMs: 5000 })
    replayed.attributes['promptgate.replayed_from'] = 'cassette'
    const cached = logged('c2', 'a query answered from the cache', { durationMs: 5000 })
    cached.attributes['promptgate.cache.hit'] = true
    const slow = logged('c3', 'a query the model was slow on', { durationMs: 5000 })
    const summary = importCalls([replayed, cached, slow], { ...target, latencyBudgetMs: 1000 }, { redact })
    const signals = (id: string) => summary.added.find(r => r.provenance.callId === id)?.provenance.signals
    expect(signals('c1')?.some(s => s.startsWith('slow'))).toBe(false)
    expect(signals('c2')?.some(s => s.startsWith('slow'))).toBe(false)
    expect(signals('c3')).toContain('slow: 5000 ms > budget 1000 ms')
  })

  it('caps the cases and picks the same ones for the same seed', () => {
    const calls = Array.from({ length: 40 }, (_, i) =>
      logged(`c${i}`, `distinct question ${i} ${'xyz'.repeat(i % 5)} ${i * 31}`)
    )
    const pick = (seed: number) =>
      importCalls(calls, target, { redact, cap: 5, seed }).added.map(r => r.provenance.callId)
    expect(pick(7)).toEqual(pick(7))
    expect(pick(7)).toHaveLength(5)
    expect(pick(7)).not.toEqual(pick(8))
    expect(importCalls(calls, target, { redact, cap: 5, seed: 7 }).dropped.overCap).toBe(35)
  })

  it("skips queries the suite's dataset already holds", () => {
    const cases: TestCase[] = [
      {
        id: 'k',
        vars: { question: 'When are you open on Sundays?' },
        checks: [],
        source: { file: 'd.jsonl' }
      }
    ]
    const summary = importCalls(
      [logged('c1', 'when are you open on sundays'), logged('c2', 'New one')],
      { ...target, cases },
      { redact }
    )
    expect(summary.added.map(r => r.provenance.callId)).toEqual(['c2'])
    expect(summary.dropped.alreadyInDataset).toBe(1)
  })

  it("knows a run's own calls by their case id instead of reading the rendered prompt as the input", () => {
    const cases: TestCase[] = [
      { id: 'hours', vars: { question: 'When are you open?' }, checks: [], source: { file: 'd.jsonl' } }
    ]
    const run = logged('c1', 'You are a support agent.\n\nQuestion: When are you open?')
    run.attributes['promptgate.purpose'] = 'eval'
    run.attributes['promptgate.case.id'] = 'hours'
    const summary = importCalls([run], { ...target, cases }, { redact })
    expect(summary.added).toHaveLength(0)
    expect(summary.dropped.alreadyInDataset).toBe(1)
  })

  it('keeps calls of other suites and judge calls out, and counts them', () => {
    const other = logged('c1', 'q1')
    other.attributes['promptgate.suite'] = 'billing'
    const judge = logged('c2', 'q2')
    judge.attributes['promptgate.purpose'] = 'judge'
    const summary = importCalls([other, judge, logged('c3', 'q3')], target, { redact })
    expect(summary.dropped).toMatchObject({ otherSuite: 1, judge: 1 })
    expect(summary.added).toHaveLength(1)
  })

  it('needs a variable name for calls that carry only a user message', () => {
    const summary = importCalls([logged('c1', 'q1')], { suiteId: 'support', cases: [] }, { redact })
    expect(summary.added).toHaveLength(0)
    expect(summary.dropped.noInput).toBe(1)
  })

  it('forbids the distinctive sentences of a rejected answer, not its filler', () => {
    expect(forbiddenSentences('Sure! You must send your password by email to reset it. Thanks.')).toEqual([
      'You must send your password by email to reset it.'
    ])
  })
})

describe('reading logs', () => {
  it('maps a generic JSONL log through the configured fields', () => {
    const text = [
      JSON.stringify({
        req: { prompt: 'Where is my parcel?' },
        res: { text: 'On its way.' },
        uid: 'a1',
        ts: 1764583200000,
        thumbs: false,
        ms: 950
      }),
      JSON.stringify({
        req: { prompt: 'Thanks!' },
        res: { text: 'You are welcome.' },
        uid: 'a2',
        thumbs: true
      })
    ].join('\n')
    const calls = readCallLogs([{ file: 'app.jsonl', text, format: 'generic' }], {
      input: 'req.prompt',
      output: 'res.text',
      id: 'uid',
      time: 'ts',
      feedback: 'thumbs',
      latencyMs: 'ms'
    })
    expect(calls.map(c => [c.id, c.feedback?.verdict, c.durationMs])).toEqual([
      ['a1', 'rejected', 950],
      ['a2', 'accepted', undefined]
    ])
    expect(calls[0]?.time).toBe('2025-12-01T10:00:00.000Z')
    expect(calls[0]?.attributes['gen_ai.input.messages']).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Where is my parcel?' }] }
    ])
  })

  it('names the file, line and key of a bad line', () => {
    const text =
      '{"format":"promptgate.call/1","id":"a","time":"t","attributes":{}}\n{"format":"promptgate.call/9"}\nnot json\n'
    expect(() => readCallLogs([{ file: 'calls.jsonl', text }])).toThrow(
      /calls\.jsonl:2: format: unknown line format "promptgate\.call\/9"[\s\S]*calls\.jsonl:3: not JSON/
    )
  })

  it('asks for a mapping when a log is neither PromptGate nor OTLP', () => {
    expect(() => readCallLogs([{ file: 'app.jsonl', text: '{"q":"hi"}\n' }])).toThrow(
      'app.jsonl:1: observe.import.mapping: a generic log needs a field mapping'
    )
  })

  it('reads GenAI spans of an OTLP JSON export and skips spans that are not model calls', () => {
    const span = (name: string, attributes: { key: string; value: Record<string, unknown> }[]) => ({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      name,
      kind: 3,
      startTimeUnixNano: '1764583200000000000',
      endTimeUnixNano: '1764583200750000000',
      attributes
    })
    const text = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'shop' } }] },
          scopeSpans: [
            {
              scope: { name: 'shop' },
              spans: [
                span('chat gpt-4o', [
                  { key: 'gen_ai.operation.name', value: { stringValue: 'chat' } },
                  { key: 'gen_ai.usage.input_tokens', value: { intValue: '12' } },
                  {
                    key: 'gen_ai.input.messages',
                    value: {
                      stringValue: JSON.stringify([
                        { role: 'user', parts: [{ type: 'text', content: 'Hi' }] }
                      ])
                    }
                  }
                ]),
                span('GET /health', [{ key: 'http.request.method', value: { stringValue: 'GET' } }])
              ]
            }
          ]
        }
      ]
    })
    const calls = readCallLogs([{ file: 'traces.json', text }])
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      id: 'b7ad6b7169203331',
      time: '2025-12-01T10:00:00.000Z',
      durationMs: 750,
      attributes: {
        'gen_ai.usage.input_tokens': 12,
        'gen_ai.input.messages': [{ role: 'user', parts: [{ type: 'text', content: 'Hi' }] }]
      }
    })
  })
})
