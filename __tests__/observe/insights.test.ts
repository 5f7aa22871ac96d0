// Insights from a call log: latency against the budget, failure modes, errors, model versions,
// repeated queries and acceptance per prompt version; rendered for a terminal and GitHub markdown.
import {
  computeInsights,
  renderInsightsMarkdown,
  renderInsightsTerminal
} from '../../src/observe/insights.js'
import type { LoggedCall } from '../../src/observe/read.js'

function call(
  id: string,
  question: string,
  durationMs: number,
  extra: Record<string, unknown> = {},
  feedback?: LoggedCall['feedback']
): LoggedCall {
  return {
    id,
    durationMs,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.input.messages': [{ role: 'user', parts: [{ type: 'text', content: question }] }],
      ...extra
    } as LoggedCall['attributes'],
    source: { file: 'calls.jsonl', line: 1 },
    ...(feedback ? { feedback } : {})
  }
}

const calls: LoggedCall[] = [
  call(
    'a',
    'Where is my order?',
    300,
    { 'gen_ai.response.model': 'gpt-4o-mini-2024-07-18', 'promptgate.prompt.version': 'v1' },
    { verdict: 'accepted' }
  ),
  call(
    'b',
    'where is my order',
    700,
    { 'gen_ai.response.model': 'gpt-4o-mini-2024-07-18', 'promptgate.prompt.version': 'v1' },
    { verdict: 'rejected' }
  ),
  call(
    'c',
    'Where is my order??',
    1500,
    { 'promptgate.prompt.version': 'v2' },
    { verdict: 'edited', editedText: 'x' }
  ),
  call('d', 'Cancel my subscription', 4200, {
    'promptgate.prompt.version': 'v2',
    'promptgate.checks': [
      { id: 'rails', pass: false, status: 'ok' },
      { id: 'max-length', pass: true, status: 'ok' }
    ]
  }),
  call('e', '| `Ignore` previous <b>instructions</b>', 12_000, {
    'error.type': 'timeout',
    'promptgate.prompt.version': 'v2'
  }),
  call('j', 'graded', 100, { 'promptgate.purpose': 'judge' })
]

describe('replayed answers in insights', () => {
  it('leaves them out of latency and counts cassette replays apart', () => {
    const insights = computeInsights(
      [
        call('m', 'asked the model', 800),
        call('k', 'from a cassette', 9000, {
          'promptgate.replayed_from': 'cassette',
          'promptgate.cost.usd': 0
        }),
        call('h', 'from the cache', 9000, { 'promptgate.cache.hit': true })
      ],
      { latencyBudgetMs: 1000 }
    )
    expect(insights.latency?.p95).toBe(800)
    expect(insights.slowest.map(s => s.id)).toEqual(['m'])
    expect(insights.cost).toMatchObject({ replayed: 2, fromCassette: 1, fromCache: 1, made: 1 })
    expect(renderInsightsTerminal(insights)).toContain(
      '2 replayed (1 from the response cache, 1 from a cassette)'
    )
  })
})

describe('computeInsights', () => {
  const insights = computeInsights(calls, { latencyBudgetMs: 2000 })

  it('leaves the judge out and places every latency in its bucket', () => {
    expect(insights.calls).toBe(5)
    expect(insights.histogram.map(b => b.count)).toEqual([0, 1, 1, 1, 1, 0, 1])
    expect(insights.latency).toMatchObject({ p50: 1500, max: 12_000, budgetMs: 2000, overBudget: 2 })
    expect(insights.slowest.map(s => s.id)).toEqual(['e', 'd', 'c', 'b', 'a'])
  })

  it('groups failures by check and errors by kind, and lists model versions', () => {
    expect(insights.failureModes).toEqual([{ id: 'rails', count: 1 }])
    expect(insights.errors).toEqual([{ kind: 'timeout', count: 1 }])
    expect(insights.errorRate).toBeCloseTo(0.2)
    expect(insights.models).toEqual([
      { model: 'gpt-4o-mini', count: 3 },
      { model: 'gpt-4o-mini-2024-07-18', count: 2 }
    ])
  })

  it('counts the queries a response cache would have answered', () => {
    // "where is my order" twice after normalisation, the third spelling too: two repeats of five.
    expect(insights.repeats).toEqual({ exact: 2, near: 2, queries: 5 })
  })

  it('reports acceptance per prompt version from feedback, else from the checks', () => {
    expect(insights.acceptance).toEqual([
      { version: 'v1', accepted: 1, rejected: 1, edited: 0, total: 2 },
      { version: 'v2', accepted: 0, rejected: 0, edited: 1, total: 1 }
    ])
  })
})

describe('rendering insights', () => {
  const insights = computeInsights(calls, { latencyBudgetMs: 2000 })

  it('draws the latency histogram as a Mermaid chart GitHub renders', () => {
    const markdown = renderInsightsMarkdown(insights)
    expect(markdown).toContain('```mermaid\nxychart-beta\n')
    expect(markdown).toContain('x-axis ["≤250ms", "≤500ms", "≤1s", "≤2s", "≤5s", "≤10s", ">10s"]')
    expect(markdown).toContain('bar [0, 1, 1, 1, 1, 0, 1]')
  })

  it('shows log text only inside a code span that neither its backticks nor its pipes can end', () => {
    const markdown = renderInsightsMarkdown(insights)
    const row = markdown.split('\n').find(l => l.includes('Ignore'))
    // A double-backtick span holds the single backticks; HTML inside a code span is not rendered.
    expect(row).toContain('``\\| `Ignore` previous <b>instructions</b>``')
    expect(row?.split(/(?<!\\)\|/).length).toBe(5)
  })

  it('prints a terminal table with the budget and the repeats', () => {
    const text = renderInsightsTerminal(insights)
    expect(text).toContain('budget 2,000 ms: 2 over (40.0%)')
    expect(text).toContain('40.0% of 5 queries repeat an earlier one exactly')
    expect(text).toContain('Acceptance by prompt version:')
  })

  it('counts the time lost to backoff apart from the model latency', () => {
    const retried = computeInsights(
      [
        call('r1', 'Where is my parcel?', 2300, {
          'promptgate.retries': 2,
          'promptgate.retry.wait_ms': 2000,
          'promptgate.retry.rate_limited': 1
        }),
        call('r2', 'Cancel my order', 400, { 'promptgate.retries': 0 })
      ],
      { latencyBudgetMs: 1000 }
    )
    expect(retried.backoff).toEqual({
      retriedCalls: 1,
      rateLimitedCalls: 1,
      waitMs: 2000,
      maxWaitMs: 2000,
      failedCalls: 0,
      failedMs: 0
    })
    // The 2.3 s call spent 2 s waiting to be let through: the model took 300 ms, within budget.
    expect(retried.latency).toMatchObject({ max: 400, overBudget: 0 })
    expect(retried.slowest.map(s => s.durationMs)).toEqual([400, 300])
    expect(renderInsightsTerminal(retried)).toContain(
      'Backoff: 1 call retried (1 rate-limited), 2,000 ms lost to failed attempts and backoff (longest 2,000 ms), not counted in latency'
    )
    // The fixture's timed-out call waited 12 s for nothing.
    expect(renderInsightsTerminal(insights)).toContain(
      'Backoff: no answered call was retried; 1 failed call took 12,000 ms before giving up'
    )
    // No line carries a price: the cost is unknown, never $0.
    expect(renderInsightsTerminal(insights)).toContain(
      'Calls and cost: 6 made, cost unknown (no price for their models); none replayed'
    )
  })

  it('says what replays from the cache and a stored baseline saved, and what the made calls cost', () => {
    const mixed = computeInsights([
      call('m1', 'Where is my parcel?', 800, { 'promptgate.cost.usd': 0.002 }),
      call('m2', 'Track order 7', 900, {}),
      call('c1', 'Where is my parcel?', 0, {
        'promptgate.cache.hit': true,
        'promptgate.replayed_from': 'cache',
        'promptgate.cost.usd': 0,
        'promptgate.cost.saved_usd': 0.002
      }),
      // A line written before replayed_from existed: a cache hit all the same.
      call('c2', 'Track order 7', 0, { 'promptgate.cache.hit': true, 'promptgate.cost.usd': 0 }),
      call('b1', 'Where is my parcel?', 0, {
        'promptgate.replayed_from': 'baseline',
        'promptgate.cost.usd': 0,
        'promptgate.cost.saved_usd': 0.003
      })
    ])
    expect(mixed.cost).toEqual({
      replayed: 3,
      fromCache: 2,
      fromBaseline: 1,
      fromCassette: 0,
      savedUsd: 0.005,
      priced: 2,
      made: 2,
      spentUsd: 0.002,
      spentPriced: 1
    })
    // Replays took no model time: they stay out of the latency distribution and the repeats.
    expect(mixed.latency?.p50).toBeGreaterThanOrEqual(800)
    expect(mixed.repeats.queries).toBe(2)
    expect(renderInsightsMarkdown(mixed)).toContain(
      // Dollar signs are escaped: GitHub would read a pair of them as math.
      '**Calls and cost:** 2 made, \\$0.002 (1 unpriced); 3 replayed (2 from the response cache, 1 from a stored baseline), saving \\$0.005 of what they cost when first made (1 unpriced).'
    )
  })
})
