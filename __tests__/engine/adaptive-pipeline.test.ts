// Adaptive sampling through the real engine: a local OpenAI-compatible server that always answers a
// case the same way, like a model at temperature 0. At temperature 0 PromptGate confirms each case
// once and stops; the same answers at temperature 0.7 prove nothing about the next call, so it spends
// more. No wall clock is asserted: only calls, looks and verdicts.
import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { PromptDefinition, RepoFiles } from '../../src/core/types.js'
import { runSuites } from '../../src/engine/pipeline.js'
import { silentProgress } from '../../src/engine/progress.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'

const CASES = 40
/** Cities the model does not know: those cases fail on both sides, every time. */
const UNKNOWN = new Set(['Atlantis', 'El Dorado', 'Shangri-La', 'Avalon', 'Lemuria', 'Thule'])
const CITIES = Array.from({ length: CASES }, (_, i) => [...UNKNOWN][i] ?? `City${i}`)

let model: OpenAITestServer

beforeAll(async () => {
  model = await startOpenAIServer(body => {
    const question = body.messages?.at(-1)?.content ?? ''
    const city = CITIES.find(c => question.includes(`${c}?`)) ?? ''
    return { content: UNKNOWN.has(city) ? 'I do not know.' : `${city} is lovely.` }
  })
})

afterAll(async () => {
  await model.close()
})

function prompt(file: string, temperature: number, wording: string): PromptDefinition {
  return {
    file,
    format: 'template',
    modelParameters: { temperature },
    messages: [{ role: 'user', content: `${wording} {{city}}?` }],
    testData: [],
    checks: []
  }
}

function suite(temperature: number): ResolvedSuite {
  const head = prompt('prompts/city.md', temperature, 'Tell me about')
  return {
    id: 'cities',
    config: { id: 'cities', prompt: head.file },
    prompt: head,
    cases: CITIES.map((city, i) => ({
      id: `city-${i}`,
      vars: { city },
      checks: [],
      source: { file: 'cities.jsonl', line: i + 1 }
    })),
    checks: [{ type: 'contains', value: 'lovely' }],
    modelId: 'local-model',
    modelParameters: {},
    thresholds: {},
    sampling: {},
    files: [head.file]
  }
}

const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }

async function evaluate(temperature: number) {
  const config: Config = {
    version: 1,
    providers: { local: { type: 'openai-compatible', baseUrl: model.baseUrl } },
    defaults: { provider: 'local' },
    suites: [{ id: 'cities', prompt: 'prompts/city.md' }],
    run: { cache: false }
  }
  const report = await runSuites(
    config,
    [
      {
        suite: suite(temperature),
        change: 'modified',
        basePrompt: prompt('prompts/city.md', temperature, 'Please tell me about')
      }
    ],
    [],
    {
      configFile: 'promptgate.yml',
      rootDir: '/tmp',
      cacheDir: '/tmp/pg-unused-cache',
      record: false,
      cache: false
    },
    { head: noFiles, env: { OPENAI_API_KEY: 'unused' }, progress: silentProgress, now: Date.now }
  )
  const s = report.suites[0]
  if (!s) throw new Error('no suite in the report')
  return s
}

test('at temperature 0, identical repeats settle every case after one confirming call per side', async () => {
  const s = await evaluate(0)
  expect(s.verdict).toBe('pass')
  expect(s.calls.adaptiveExtra).toBe(2 * CASES)
  expect(s.sampling).toMatchObject({
    extraCalls: 2 * CASES,
    deterministicCases: CASES,
    looks: 2,
    stoppedBecause: 'decided'
  })
})

test('at temperature 0.7 the same answers prove less, so sampling spends more before it decides', async () => {
  const s = await evaluate(0.7)
  expect(s.sampling?.extraCalls ?? 0).toBeGreaterThan(2 * CASES)
  expect(s.sampling?.deterministicCases).toBe(0)
  expect(s.verdict).not.toBe('regression')
})
