// The engine's seams for the stages wave 2 adds (src/README.md): derived cases between load and
// execute, a provider wrapper every call goes through, and one sink for every call record.
import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { CallRecord, PromptDefinition, Provider, RepoFiles } from '../../src/core/types.js'
import { ProviderError } from '../../src/core/types.js'
import { runSuites, type RunDeps } from '../../src/engine/pipeline.js'
import { silentProgress } from '../../src/engine/progress.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

let model: OpenAITestServer
let judge: OpenAITestServer

beforeAll(async () => {
  model = await startOpenAIServer(() => ({ content: 'Paris' }))
  judge = await startOpenAIServer(() => ({ content: '{"score": 1, "pass": true, "reason": "fine"}' }))
})

afterAll(async () => {
  await model.close()
  await judge.close()
})

const prompt: PromptDefinition = {
  file: 'prompts/capital.md',
  format: 'template',
  modelParameters: {},
  messages: [{ role: 'user', content: 'Capital of {{country}}?' }],
  testData: [],
  checks: []
}

const suite: ResolvedSuite = {
  id: 'capitals',
  config: { id: 'capitals', prompt: prompt.file },
  prompt,
  cases: [{ id: 'fr', vars: { country: 'France' }, checks: [], source: { file: 'd.jsonl', line: 1 } }],
  checks: [{ type: 'contains', value: 'Paris' }],
  modelId: 'local-model',
  modelParameters: {},
  thresholds: {},
  sampling: { adaptive: false },
  files: [prompt.file]
}

function config(): Config {
  return {
    version: 1,
    providers: {
      local: { type: 'openai-compatible', baseUrl: model.baseUrl },
      judgeprov: { type: 'openai-compatible', baseUrl: judge.baseUrl }
    },
    defaults: { provider: 'local' },
    judge: { model: 'judge-model', provider: 'judgeprov' },
    suites: [{ id: 'capitals', prompt: prompt.file }],
    run: { cache: false }
  }
}

const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }

function run(deps: Partial<RunDeps>, checks = suite.checks) {
  return runSuites(
    config(),
    [{ suite: { ...suite, checks }, change: 'run' }],
    [],
    {
      configFile: 'promptgate.yml',
      rootDir: '/tmp',
      cacheDir: '/tmp/pg-unused-cache',
      record: false,
      cache: false
    },
    { head: noFiles, env: {}, progress: silentProgress, now: Date.now, ...deps }
  )
}

/** Counts the calls through each provider and can turn them into outages. */
function proxy(fail = false) {
  const calls: string[] = []
  const wrap = (inner: Provider): Provider => ({
    name: inner.name,
    kind: inner.kind,
    async complete(request, options) {
      calls.push(inner.name)
      if (fail) throw new ProviderError(`${inner.name}: injected outage`, 503, false)
      return inner.complete(request, options)
    }
  })
  return { calls, wrap }
}

it('routes prompt and judge calls alike through the provider wrapper', async () => {
  const { calls, wrap } = proxy()
  await run({ wrapProvider: wrap }, [{ type: 'llm-rubric', name: 'ok', rubric: 'Names the capital.' }])
  expect(calls.sort()).toEqual(['judgeprov', 'local'])
})

it('a wrapper that injects faults turns every sample into an error sample naming the fault', async () => {
  const { wrap } = proxy(true)
  const report = await run({ wrapProvider: wrap })
  expect(report.suites[0]?.cases[0]?.head[0]?.error).toContain('injected outage')
  expect(report.suites[0]?.calls.failed).toBe(1)
})

it('a wrapped provider that says it is unavailable stops the run before any call', async () => {
  const before = model.received.length
  const unavailable = (inner: Provider): Provider => ({
    ...proxy().wrap(inner),
    unavailable: 'cassette missing'
  })
  await expect(run({ wrapProvider: unavailable })).rejects.toThrow('cassette missing')
  expect(model.received.length).toBe(before)
})

it('derived cases enter between load and execute and are reported with their origin', async () => {
  const report = await run({
    expandCases: s => [
      ...s.cases,
      ...s.cases.map(c => ({
        ...c,
        id: `${c.id}~upper`,
        vars: { country: 'FRANCE' },
        derivedFrom: { caseId: c.id, variant: 'upper-case' }
      }))
    ]
  })
  const cases = report.suites[0]?.cases ?? []
  expect(cases.map(c => [c.id, c.derivedFrom, c.head.length])).toEqual([
    ['fr', undefined, 1],
    ['fr~upper', { caseId: 'fr', variant: 'upper-case' }, 1]
  ])
})

it('every call record, prompt and judge, passes the one sink', async () => {
  const records: CallRecord[] = []
  await run({ onCall: r => records.push(r) }, [
    { type: 'llm-rubric', name: 'ok', rubric: 'Names the capital.' }
  ])
  expect(records.map(r => [r.purpose ?? 'prompt', r.provider]).sort()).toEqual([
    ['judge', 'judgeprov'],
    ['prompt', 'local']
  ])
})
