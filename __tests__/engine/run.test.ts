import { readdir } from 'node:fs/promises'
import type {
  CheckResult,
  CompletionRequest,
  CompletionResult,
  Message,
  PromptDefinition,
  Provider,
  TestCase
} from '../../src/core/types.js'
import { ProviderError } from '../../src/core/types.js'
import { DiskCache, cacheKey, nullCache } from '../../src/engine/cache.js'
import { silentProgress } from '../../src/engine/progress.js'
import { startDeadline } from '../../src/engine/deadline.js'
import {
  executeWork,
  planWork,
  type EngineDeps,
  type SuitePlan,
  type WorkTally
} from '../../src/engine/run.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

function prompt(content: string): PromptDefinition {
  return {
    file: 'p.md',
    format: 'template',
    modelParameters: {},
    messages: [{ role: 'user', content }],
    testData: [],
    checks: []
  }
}

function cases(n: number): TestCase[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    vars: { x: String(i) },
    checks: [],
    source: { file: 'd.jsonl', line: i + 1 }
  }))
}

class RecordingProvider implements Provider {
  readonly name = 'fake'
  readonly kind = 'fake'
  readonly requests: CompletionRequest[] = []
  inFlight = 0
  maxInFlight = 0
  constructor(
    private readonly answer: (request: CompletionRequest) => string | Error = r =>
      r.messages[0]?.content ?? ''
  ) {}
  async complete(request: CompletionRequest): Promise<CompletionResult> {
    this.requests.push(request)
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    await new Promise(resolve => setTimeout(resolve, 2))
    this.inFlight--
    const answer = this.answer(request)
    if (answer instanceof Error) throw answer
    return {
      text: answer,
      latencyMs: 123,
      httpStatus: 200,
      retries: 0,
      usage: { inputTokens: 5, outputTokens: 2 }
    }
  }
}

const render = (p: PromptDefinition, c: TestCase): Message[] =>
  p.messages.map(m => ({ role: m.role, content: m.content.replace('{{x}}', String(c.vars.x)) }))

function deps(overrides: Partial<EngineDeps> = {}): EngineDeps {
  return {
    cache: nullCache,
    readCache: true,
    progress: silentProgress,
    now: Date.now,
    concurrency: 4,
    timeoutMs: 1000,
    render,
    check: async (output: string): Promise<CheckResult[]> => [
      {
        id: 'has-head',
        type: 'contains',
        status: 'ok',
        pass: output.includes('head'),
        score: output.includes('head') ? 1 : 0,
        reason: ''
      }
    ],
    aggregate: checks => ({ pass: checks.every(c => c.pass), score: checks.length ? checks[0]!.score : 0 }),
    ...overrides
  }
}

function tally(total: number): WorkTally {
  return { done: 0, total, failed: 0, cached: 0, startedAt: Date.now() }
}

function suite(provider: Provider, overrides: Partial<SuitePlan> = {}): SuitePlan {
  return {
    id: 's',
    route: { provider, providerModel: 'm', cacheScope: 'fake' },
    parameters: () => ({}),
    head: prompt('head {{x}}'),
    base: prompt('base {{x}}'),
    cases: cases(3),
    checks: [],
    repeats: 1,
    ...overrides
  }
}

describe('planWork', () => {
  it('interleaves base and head per case so provider drift hits both sides alike', () => {
    const plan = planWork([suite(new RecordingProvider(), { repeats: 2 })])
    expect(plan.map(i => `${i.testCase.id}/${i.side}/${i.repeat}`)).toEqual([
      'c0/base/0',
      'c0/head/0',
      'c1/base/0',
      'c1/head/0',
      'c2/base/0',
      'c2/head/0',
      'c0/base/1',
      'c0/head/1',
      'c1/base/1',
      'c1/head/1',
      'c2/base/1',
      'c2/head/1'
    ])
  })

  it('plans only head samples when the suite has no base version', () => {
    const plan = planWork([suite(new RecordingProvider(), { base: undefined })])
    expect(plan.every(i => i.side === 'head')).toBe(true)
    expect(plan).toHaveLength(3)
  })
})

describe('executeWork', () => {
  it('runs base and head on identical cases with each side rendered from its own prompt', async () => {
    const provider = new RecordingProvider()
    const items = planWork([suite(provider)])
    const results = await executeWork(items, deps(), tally(items.length))
    expect(results.map(r => `${r.side}:${r.output}:${r.pass}`)).toEqual([
      'base:base 0:false',
      'head:head 0:true',
      'base:base 1:false',
      'head:head 1:true',
      'base:base 2:false',
      'head:head 2:true'
    ])
  })

  it('never has more calls in flight than the concurrency limit', async () => {
    const provider = new RecordingProvider()
    const items = planWork([suite(provider, { cases: cases(40) })])
    await executeWork(items, deps({ concurrency: 5 }), tally(items.length))
    expect(provider.maxInFlight).toBe(5)
    expect(provider.requests).toHaveLength(80)
  })

  it('records a failed call as an error sample that neither passes nor is dropped', async () => {
    const provider = new RecordingProvider(
      () => new ProviderError('HTTP 500: upstream overloaded', 500, true, 3)
    )
    const items = planWork([suite(provider, { base: undefined })])
    const counts = tally(items.length)
    const results = await executeWork(items, deps(), counts)
    expect(results).toHaveLength(3)
    expect(results.every(r => r.error === 'HTTP 500: upstream overloaded' && !r.pass)).toBe(true)
    expect(counts.failed).toBe(3)
  })

  it('reports a case whose variables cannot be rendered as an error sample naming the problem', async () => {
    const provider = new RecordingProvider()
    const failingRender = (): Message[] => {
      throw new Error('prompt p.md needs variable "name" that case c0 (d.jsonl:1) does not define')
    }
    const items = planWork([suite(provider, { base: undefined, cases: cases(1) })])
    const [result] = await executeWork(items, deps({ render: failingRender }), tally(1))
    expect(result?.error).toContain('needs variable "name"')
    expect(provider.requests).toHaveLength(0)
  })

  it('reports calls not started before the deadline instead of silently dropping them', async () => {
    const passedDeadline = startDeadline(1)
    // Timers fire in order of expiry: by the time this one runs, the deadline has passed.
    await new Promise(resolve => setTimeout(resolve, 5))
    expect(passedDeadline.passed()).toBe(true)
    const provider = new RecordingProvider()
    const items = planWork([suite(provider, { base: undefined })])
    const results = await executeWork(items, deps({ deadline: passedDeadline }), tally(items.length))
    expect(results.every(r => r.error?.includes('deadline'))).toBe(true)
    expect(provider.requests).toHaveLength(0)
  })

  it('serves an unchanged call from the disk cache with its original latency and marks the hit', async () => {
    const dir = temp.make('pg-cache-')
    const firstRun = new DiskCache(dir)
    const first = new RecordingProvider()
    const items = planWork([suite(first, { base: undefined })])
    await executeWork(items, deps({ cache: firstRun }), tally(items.length))
    await firstRun.flush()
    // A later run is a new process: only what reached the disk counts.
    const second = new RecordingProvider()
    const again = planWork([suite(second, { base: undefined })])
    const counts = tally(again.length)
    const results = await executeWork(again, deps({ cache: new DiskCache(dir) }), counts)
    expect(second.requests).toHaveLength(0)
    expect(results.every(r => r.cacheHit && r.call?.latencyMs === 123)).toBe(true)
    expect(counts.cached).toBe(3)
    expect((await readdir(dir)).length).toBeGreaterThan(0)
  })

  it('bypasses cache reads when recording so every call reaches the provider', async () => {
    const dir = temp.make('pg-cache-')
    const cache = new DiskCache(dir)
    const items = planWork([suite(new RecordingProvider(), { base: undefined })])
    await executeWork(items, deps({ cache }), tally(items.length))
    const recorder = new RecordingProvider()
    await executeWork(
      planWork([suite(recorder, { base: undefined })]),
      deps({ cache, readCache: false }),
      tally(3)
    )
    expect(recorder.requests).toHaveLength(3)
  })

  it('marks a sample undecided, neither passing nor failing, when its only check could not decide', async () => {
    const judgeDown = async (): Promise<CheckResult[]> => [
      {
        id: 'rubric',
        type: 'llm-rubric',
        status: 'error',
        pass: false,
        score: 0,
        reason: 'judge call failed: HTTP 503'
      }
    ]
    const items = planWork([suite(new RecordingProvider(), { base: undefined, cases: cases(1) })])
    const [result] = await executeWork(
      items,
      deps({ check: judgeDown, aggregate: () => ({ pass: false, score: 0, flag: 'check-error' }) }),
      tally(1)
    )
    expect(result?.undecided).toBe('rubric could not decide: judge call failed: HTTP 503')
    expect(result?.error).toBeUndefined()
  })

  it('keeps a sample failed when a decided check failed even though another could not decide', async () => {
    const mixed = async (): Promise<CheckResult[]> => [
      { id: 'rubric', type: 'llm-rubric', status: 'error', pass: false, score: 0, reason: 'judge down' },
      { id: 'json', type: 'is-json', status: 'ok', pass: false, score: 0, reason: 'not JSON' }
    ]
    const items = planWork([suite(new RecordingProvider(), { base: undefined, cases: cases(1) })])
    const [result] = await executeWork(
      items,
      deps({ check: mixed, aggregate: () => ({ pass: false, score: 0, flag: 'check-error' }) }),
      tally(1)
    )
    expect(result?.undecided).toBeUndefined()
    expect(result?.pass).toBe(false)
  })

  it('logs every call with its input, output and acceptance', async () => {
    const records: unknown[] = []
    const items = planWork([suite(new RecordingProvider(), { base: undefined, cases: cases(1) })])
    await executeWork(items, deps({ onCall: r => records.push(r) }), tally(1))
    expect(records).toEqual([
      expect.objectContaining({
        suite: 's',
        caseId: 'c0',
        side: 'head',
        output: 'head 0',
        accepted: true,
        latencyMs: 123,
        cacheHit: false
      })
    ])
  })
})

describe('cacheKey', () => {
  const request: CompletionRequest = {
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    parameters: { temperature: 0 }
  }

  it('differs by repeat index so repeats are independent samples', () => {
    expect(cacheKey({ provider: 'p', request, repeat: 0 })).not.toBe(
      cacheKey({ provider: 'p', request, repeat: 1 })
    )
  })

  it('differs when the rendered messages change', () => {
    const changed = { ...request, messages: [{ role: 'user' as const, content: 'hi!' }] }
    expect(cacheKey({ provider: 'p', request, repeat: 0 })).not.toBe(
      cacheKey({ provider: 'p', request: changed, repeat: 0 })
    )
  })

  it('is stable for the same request', () => {
    expect(cacheKey({ provider: 'p', request, repeat: 0 })).toBe(
      cacheKey({ provider: 'p', request: { ...request }, repeat: 0 })
    )
  })
})
