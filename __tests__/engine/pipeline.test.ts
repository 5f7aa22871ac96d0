import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { PromptDefinition, RepoFiles } from '../../src/core/types.js'
import { cacheScopeOf, runSuites } from '../../src/engine/pipeline.js'
import { accountForUnjudged } from '../../src/stats/verdict.js'
import { missingKeys } from '../../src/engine/prepare.js'
import { railsValidatorIdIssues, uncheckedSuiteIssues } from '../../src/engine/preflight.js'
import { CallLog } from '../../src/report/json.js'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { silentProgress } from '../../src/engine/progress.js'
import type { CallRecord } from '../../src/core/types.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

let model: OpenAITestServer
let judge: OpenAITestServer

beforeAll(async () => {
  model = await startOpenAIServer(() => ({ content: 'Paris is the capital of France.' }))
  judge = await startOpenAIServer(() => ({ content: '{"score": 0.9, "pass": true, "reason": "accurate"}' }))
})

afterAll(async () => {
  await model.close()
  await judge.close()
})

const prompt: PromptDefinition = {
  file: 'prompts/capital.md',
  format: 'template',
  modelParameters: {},
  messages: [{ role: 'user', content: 'What is the capital of {{country}}?' }],
  testData: [],
  checks: []
}

function suite(checks: ResolvedSuite['checks']): ResolvedSuite {
  return {
    id: 'capitals',
    config: { id: 'capitals', prompt: prompt.file },
    prompt,
    cases: [{ id: 'fr', vars: { country: 'France' }, checks: [], source: { file: 'd.jsonl', line: 1 } }],
    checks,
    modelId: 'local-model',
    modelParameters: {},
    thresholds: {},
    sampling: {},
    files: [prompt.file]
  }
}

const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }

describe('runSuites', () => {
  it('sends model-graded checks to the pinned judge provider and logs the judge calls', async () => {
    const config: Config = {
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
    const calls: CallRecord[] = []
    const judgeBefore = judge.received.length
    const report = await runSuites(
      config,
      [
        {
          suite: suite([{ type: 'llm-rubric', name: 'accurate', rubric: 'Names the right capital.' }]),
          change: 'run'
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
      { head: noFiles, env: {}, progress: silentProgress, now: Date.now, onCall: r => calls.push(r) }
    )
    expect(judge.received.length - judgeBefore).toBe(1)
    expect(judge.received.at(-1)?.body.model).toBe('judge-model')
    expect(report.suites[0]?.cases[0]?.head[0]?.checks[0]).toMatchObject({
      status: 'ok',
      pass: true,
      score: 0.9
    })
    expect(calls.map(c => c.purpose ?? 'prompt').sort()).toEqual(['judge', 'prompt'])
  })
})

describe('cacheScopeOf', () => {
  it('changes with the base URL so a moved provider does not replay old answers', () => {
    const config = (baseUrl: string): Config => ({
      version: 1,
      providers: { local: { type: 'openai-compatible', baseUrl } },
      suites: [{ id: 's', prompt: 'p.md' }]
    })
    expect(cacheScopeOf(config('http://a.test/v1'), 'local')).not.toBe(
      cacheScopeOf(config('http://b.test/v1'), 'local')
    )
  })
})

describe('uncheckedSuiteIssues', () => {
  it('rejects a suite whose cases no check looks at, naming the suite and the cases', () => {
    const issues = uncheckedSuiteIssues([suite([])], '.github/promptgate.yml')
    expect(issues).toHaveLength(1)
    expect(issues[0]?.message).toMatch(/suite "capitals" has 1 case\(s\) with no check at all \(fr\)/)
  })

  it('accepts a suite whose every case carries its own checks', () => {
    const checked = suite([])
    checked.cases = checked.cases.map(c => ({ ...c, checks: [{ type: 'is-json' }] }))
    expect(uncheckedSuiteIssues([checked], '.github/promptgate.yml')).toEqual([])
  })
})

describe('missingKeys', () => {
  const graded = suite([{ type: 'llm-rubric', name: 'r', rubric: 'good' }])
  const config: Config = {
    version: 1,
    providers: {
      local: { type: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1' },
      claude: { type: 'anthropic' }
    },
    defaults: { provider: 'local' },
    judge: { model: 'claude-judge', provider: 'claude' },
    suites: [{ id: 'capitals', prompt: prompt.file }]
  }

  it("names the judge provider's key when a model-graded check needs it", () => {
    expect(missingKeys(config, [graded], {})).toEqual([{ provider: 'claude', envVar: 'ANTHROPIC_API_KEY' }])
  })

  it('does not ask for the judge key when no check is model-graded', () => {
    expect(missingKeys(config, [suite([{ type: 'is-json' }])], {})).toEqual([])
  })

  it("names the judge provider's key when robustness.judge asks the judge model", () => {
    const judged = { ...suite([{ type: 'is-json' }]), robustness: { judge: true } }
    expect(missingKeys(config, [judged], {})).toEqual([{ provider: 'claude', envVar: 'ANTHROPIC_API_KEY' }])
  })
})

describe('CallLog', () => {
  it('fails at open, naming the path, when the log cannot be written', async () => {
    const dir = temp.make('pg-log-')
    await mkdir(join(dir, 'calls.jsonl'))
    await expect(CallLog.open(join(dir, 'calls.jsonl'))).rejects.toThrow(
      /cannot write the call log .*calls\.jsonl/
    )
  })
})

describe('railsValidatorIdIssues', () => {
  const config: Config = { version: 1, providers: {}, suites: [{ id: 'capitals', prompt: prompt.file }] }

  it('rejects a misspelt validator id in a rails check before any call, listing the valid ones', () => {
    const issues = railsValidatorIdIssues(
      config,
      [suite([{ type: 'rails', validators: ['pii', 'secrets'] }])],
      'c.yml'
    )
    expect(issues.map(i => i.message)).toEqual([
      expect.stringMatching(/unknown rails validator "secrets"; use a validator id \(format, content/)
    ])
  })

  it('accepts ids and the pii, secret and custom groups', () => {
    expect(
      railsValidatorIdIssues(
        config,
        [suite([{ type: 'rails', validators: ['pii', 'secret', 'pii.email', 'forbidden-terms'] }])],
        'c.yml'
      )
    ).toEqual([])
  })
})

describe('accountForUnjudged', () => {
  const head = {
    cases: 3,
    samples: 9,
    passedSamples: 3,
    failedSamples: 0,
    errorSamples: 6,
    passRate: 1,
    meanScore: 1,
    tokens: { input: 0, output: 0, maxOutput: 0, meanOutput: 0 },
    cacheHits: 0,
    safetyViolations: 0,
    checkFailures: {}
  }

  it('turns a pass that rests on a few judged samples into inconclusive and says why', () => {
    const decision = accountForUnjudged({
      verdict: 'pass',
      reason: 'Pass rate 100.0% on 3 cases.',
      head,
      budgets: [],
      causes: [],
      contributors: [],
      failures: { head: [], base: [] },
      samplingCanHelp: false
    })
    expect(decision.verdict).toBe('inconclusive')
    expect(decision.reason).toBe(
      'Pass rate 100.0% on 3 cases. But 6 of 9 head samples failed or could not be judged.'
    )
  })

  it('leaves a run without unjudged samples untouched', () => {
    const clean = {
      verdict: 'pass' as const,
      reason: 'ok',
      head: { ...head, errorSamples: 0 },
      budgets: [],
      causes: [],
      contributors: [],
      failures: { head: [], base: [] },
      samplingCanHelp: false
    }
    expect(accountForUnjudged(clean)).toBe(clean)
  })
})
