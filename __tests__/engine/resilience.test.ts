// The gate's own resilience, end to end through runSuites over loopback HTTP with the chaos
// proxy as the unhealthy provider: the circuit breaker, the run deadline, the outage policy, the
// judge fallback and retry wait kept out of latency. Assertions are on request counts, breaker
// state and sample error classes, never on wall time (bench/outage.ts measures that).
import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { CallRecord, PromptDefinition, RepoFiles } from '../../src/core/types.js'
import type { RunReport } from '../../src/core/report.js'
import { startChaosProxy, type ChaosProxy } from '../../src/chaos/proxy.js'
import type { FaultSpec } from '../../src/chaos/faults.js'
import { runSuites } from '../../src/engine/pipeline.js'
import { silentProgress } from '../../src/engine/progress.js'
import { createProviders, type RegistryOptions } from '../../src/providers/registry.js'
import { DEFAULT_BREAKER_FAILURES } from '../../src/providers/breaker.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

const CASES = 43
const CONCURRENCY = 8

let proxy: ChaosProxy
let judge: OpenAITestServer

beforeAll(async () => {
  proxy = await startChaosProxy({ upstream: async () => ({ text: 'The answer is x.' }) })
  judge = await startOpenAIServer(() => ({ content: '{"score": 0.9, "pass": true, "reason": "fine"}' }))
})

afterAll(async () => {
  await proxy.close()
  await judge.close()
})

const prompt: PromptDefinition = {
  file: 'prompts/q.md',
  format: 'template',
  modelParameters: {},
  messages: [{ role: 'user', content: 'Question {{n}}' }],
  testData: [],
  checks: []
}
const basePrompt: PromptDefinition = { ...prompt, messages: [{ role: 'user', content: 'Q {{n}}' }] }

function suite(
  cases = CASES,
  checks: ResolvedSuite['checks'] = [{ type: 'contains', value: 'x' }]
): ResolvedSuite {
  return {
    id: 'answers',
    config: { id: 'answers', prompt: prompt.file },
    prompt,
    cases: Array.from({ length: cases }, (_, n) => ({
      id: `c${n}`,
      vars: { n },
      checks: [],
      source: { file: 'd.jsonl', line: n + 1 }
    })),
    checks,
    modelId: 'm',
    modelParameters: {},
    thresholds: {},
    sampling: { adaptive: false },
    files: [prompt.file]
  }
}

const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }

interface Run {
  report: RunReport
  requests: number
  calls: CallRecord[]
}

async function run(
  faults: FaultSpec[],
  extra: Partial<Config> = {},
  options: { cases?: number; registry?: RegistryOptions; checks?: ResolvedSuite['checks'] } = {}
): Promise<Run> {
  proxy.setScenario({ faults })
  const config: Config = {
    version: 1,
    providers: {
      model: { type: 'openai-compatible', baseUrl: `${proxy.url}/v1` },
      judgeprov: { type: 'openai-compatible', baseUrl: judge.baseUrl }
    },
    defaults: { provider: 'model' },
    suites: [{ id: 'answers', prompt: prompt.file }],
    ...extra,
    run: { cache: false, concurrency: CONCURRENCY, ...extra.run }
  }
  const registry = await createProviders(config, {}, { maxSockets: CONCURRENCY, ...options.registry })
  const before = proxy.stats.requests
  const calls: CallRecord[] = []
  try {
    const report = await runSuites(
      config,
      [
        {
          suite: suite(options.cases, options.checks),
          change: 'modified',
          basePrompt,
          basePromptFile: prompt.file
        }
      ],
      [],
      { configFile: 'promptgate.yml', rootDir: '/tmp', cacheDir: '/tmp/unused', record: false, cache: false },
      {
        head: noFiles,
        base: noFiles,
        env: {},
        progress: silentProgress,
        now: Date.now,
        registry,
        onCall: record => calls.push(record)
      }
    )
    return { report, requests: proxy.stats.requests - before, calls }
  } finally {
    await registry.close()
  }
}

function samples(report: RunReport) {
  return report.suites.flatMap(s => s.cases.flatMap(c => [...c.head, ...(c.base ?? [])]))
}

describe('circuit breaker', () => {
  it('decides a dead provider (503 on every request) with at most one wave of requests, not 4 per call', async () => {
    const { report, requests } = await run([{ kind: 'unavailable' }])
    // 86 calls would have cost 344 requests with retries; the breaker stops at the first wave.
    expect(requests).toBeGreaterThanOrEqual(DEFAULT_BREAKER_FAILURES)
    expect(requests).toBeLessThanOrEqual(CONCURRENCY)
    const health = report.providerHealth?.model
    expect(health?.state).toBe('open')
    expect(health?.attempts).toBe(requests)
    // Every call that did not get a request out was refused by the open circuit.
    expect(health?.rejectedCalls).toBeGreaterThanOrEqual(2 * CASES - requests)
    expect(health?.lastError).toMatchObject({ httpStatus: 503, kind: 'overloaded' })
    const all = samples(report)
    expect(all).toHaveLength(2 * CASES)
    expect(all.filter(s => s.errorKind === 'circuit-open').length).toBe(health?.rejectedCalls)
    expect(all.every(s => s.error !== undefined && s.errorStatus?.httpStatus === 503)).toBe(true)
  })

  it('opens at once on an exhausted quota, which every later call would repeat', async () => {
    const { report, requests } = await run([{ kind: 'insufficient-quota' }])
    expect(requests).toBeLessThanOrEqual(CONCURRENCY)
    expect(report.providerHealth?.model?.opened).toBe(1)
    const errors = samples(report).map(s => s.errorKind)
    expect(new Set(errors)).toEqual(new Set(['quota', 'circuit-open']))
    expect(report.suites[0]?.outage).toMatchObject({ kind: 'quota', httpStatus: 429 })
    expect(report.suites[0]?.outage?.error).toContain('no quota or credit left')
  })

  it('lets one transient error through without opening: a blip is retried and answered', async () => {
    const { report, requests } = await run([{ kind: 'server-error', times: 2 }], {}, { cases: 3 })
    expect(report.providerHealth?.model?.state).toBe('closed')
    expect(report.providerHealth?.model?.opened).toBe(0)
    expect(samples(report).every(s => s.error === undefined && s.pass)).toBe(true)
    expect(requests).toBe(6 + 2)
  })
})

describe('gate.onProviderOutage', () => {
  it('defaults to inconclusive with an honest reason naming the provider, its error and the setting', async () => {
    const { report } = await run([{ kind: 'unavailable' }])
    const suiteReport = report.suites[0]
    expect(suiteReport?.verdict).toBe('inconclusive')
    expect(report.verdict).toBe('inconclusive')
    expect(suiteReport?.reason).toMatch(/^Provider unavailable \(model\): not evaluated on head and base\./)
    expect(suiteReport?.reason).toContain('HTTP 503')
    expect(suiteReport?.reason).toContain('gate.onProviderOutage: inconclusive (default)')
    expect(suiteReport?.outage).toMatchObject({
      provider: 'model',
      unjudgedSides: ['head', 'base'],
      failedSamples: 2 * CASES,
      policy: 'inconclusive'
    })
    expect(report.notes.some(n => n.startsWith('Provider unavailable for answers (model'))).toBe(true)
  })

  it('fails the check with policy fail', async () => {
    const { report } = await run([{ kind: 'unavailable' }], { gate: { onProviderOutage: 'fail' } })
    expect(report.suites[0]?.verdict).toBe('fail')
    expect(report.verdict).toBe('fail')
    expect(report.suites[0]?.reason).toContain('gate.onProviderOutage: fail')
  })

  it('skips the suite with policy skip', async () => {
    const { report } = await run([{ kind: 'unauthorized' }], { gate: { onProviderOutage: 'skip' } })
    expect(report.suites[0]?.verdict).toBe('skipped')
    expect(report.suites[0]?.outage?.kind).toBe('auth')
  })

  it('keeps a verdict decided on judged samples when only a few calls hit a rejected request', async () => {
    const { report } = await run([{ kind: 'context-length', rate: 0.1 }], {}, { cases: 20 })
    expect(report.suites[0]?.outage).toBeUndefined()
    expect(samples(report).filter(s => s.errorKind === 'context-length').length).toBeGreaterThan(0)
  })
})

describe('run.deadlineMs', () => {
  it('aborts the calls in flight on a hung provider, does not start the rest, and writes the partial report', async () => {
    const { report, requests } = await run([{ kind: 'hang' }], { run: { deadlineMs: 300 } })
    const all = samples(report)
    const aborted = all.filter(s => s.errorKind === 'deadline')
    const notRun = all.filter(s => s.errorKind === 'not-run')
    // Each request the proxy received was one call in flight, and the deadline aborted it.
    expect(aborted).toHaveLength(requests)
    expect(
      aborted.every(s => s.error?.includes('aborted in flight: the run deadline (run.deadlineMs = 300 ms)'))
    ).toBe(true)
    expect(notRun).toHaveLength(2 * CASES - requests)
    expect(notRun[0]?.error).toContain('not run: the run deadline (run.deadlineMs = 300 ms) passed')
    expect(report.notes).toContain(
      `The run deadline (run.deadlineMs = 300 ms) passed: ${requests} calls were aborted in flight and ` +
        `${2 * CASES - requests} were not run (answers: ${2 * CASES}); the report covers only the calls that finished.`
    )
    expect(report.suites[0]?.verdict).toBe('inconclusive')
  })
})

describe('retry wait and latency', () => {
  it('keeps time spent waiting out a 429 out of latency, and says the provider throttled', async () => {
    // A fake clock that only moves when the client sleeps: the model itself takes no time.
    let clock = 0
    const { report } = await run(
      [{ kind: 'rate-limit', retryAfterS: 2, times: 1 }],
      // One call at a time: the shared fake clock must not move during another call.
      { run: { concurrency: 1 } },
      {
        cases: 1,
        registry: {
          now: () => clock,
          sleep: async ms => {
            clock += ms
          }
        }
      }
    )
    const all = samples(report)
    expect(all.every(s => s.error === undefined && s.call?.latencyMs === 0)).toBe(true)
    const throttled = all.filter(s => s.call?.retries === 1)
    expect(throttled).toHaveLength(1)
    expect(throttled[0]?.call).toMatchObject({ retryWaitMs: 2000, rateLimited: 1, latencyMs: 0 })
    expect(report.suites[0]?.base?.latencyMs?.p95).toBe(0)
    expect(report.notes).toContain(
      '1 call answered only after retries, 1 of them after 429 rate limits; the 2.0 s spent in failed attempts and ' +
        'backoff is recorded as retry wait and excluded from latency budgets.'
    )
  })
})

describe('judge.fallback', () => {
  it('grades with the fallback judge when the judge provider is down, so graded checks still decide', async () => {
    // The judge provider is the proxy with every request failing; the model answers through a clean server.
    const model = await startOpenAIServer(() => ({ content: 'The answer is x.' }))
    try {
      proxy.setScenario({ faults: [{ kind: 'server-error' }] })
      const { report, calls } = await run(
        [{ kind: 'server-error' }],
        {
          providers: {
            model: { type: 'openai-compatible', baseUrl: model.baseUrl },
            deadjudge: { type: 'openai-compatible', baseUrl: `${proxy.url}/v1`, maxRetries: 0 },
            judgeprov: { type: 'openai-compatible', baseUrl: judge.baseUrl }
          },
          judge: {
            model: 'judge-a',
            provider: 'deadjudge',
            fallback: { model: 'judge-b', provider: 'judgeprov' }
          }
        },
        { cases: 2, checks: [{ type: 'llm-rubric', name: 'good', rubric: 'Gives the answer.' }] }
      )
      const all = samples(report)
      expect(all.every(s => s.checks[0]?.status === 'ok' && s.pass)).toBe(true)
      const judgeCalls = calls.filter(c => c.purpose === 'judge')
      expect(judgeCalls.filter(c => c.provider === 'deadjudge' && c.errorKind === 'server')).toHaveLength(4)
      expect(judgeCalls.filter(c => c.provider === 'judgeprov' && c.error === undefined)).toHaveLength(4)
    } finally {
      await model.close()
    }
  })
})
