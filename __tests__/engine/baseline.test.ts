import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { PromptDefinition, SampleResult } from '../../src/core/types.js'
import {
  applyBaseline,
  BASELINE_FORMAT,
  fingerprintResolvedSuite,
  parseBaselineFile,
  staleBaselineReason,
  type BaselineFile
} from '../../src/engine/baseline.js'
import type { SuiteToRun } from '../../src/engine/pipeline.js'

const config: Config = {
  version: 1,
  providers: { openai: { type: 'openai' } },
  suites: [{ id: 'support', prompt: 'p.prompt.yml' }]
}

function prompt(content: string): PromptDefinition {
  return {
    file: 'p.prompt.yml',
    format: 'gh-models',
    modelParameters: {},
    messages: [{ role: 'user', content }],
    testData: [],
    checks: []
  }
}

function suite(modelId = 'openai/gpt-4o-mini'): ResolvedSuite {
  return {
    id: 'support',
    config: { id: 'support', prompt: 'p.prompt.yml' },
    prompt: prompt('head {{q}}'),
    cases: [{ id: 'c1', vars: { q: 'hi' }, checks: [], source: { file: 'd.jsonl', line: 1 } }],
    checks: [{ type: 'is-json' }],
    modelId,
    modelParameters: {},
    thresholds: {},
    sampling: {},
    files: ['p.prompt.yml']
  }
}

const sample: SampleResult = {
  caseId: 'c1',
  side: 'head',
  repeat: 0,
  output: '{}',
  cacheHit: false,
  checks: [],
  pass: true,
  score: 1,
  messages: []
}

function baselineFor(basePrompt: PromptDefinition, modelId?: string): BaselineFile {
  return {
    format: BASELINE_FORMAT,
    createdAt: '2026-11-27T00:00:00Z',
    suites: [
      {
        id: 'support',
        fingerprint: fingerprintResolvedSuite(suite(modelId), config, basePrompt),
        samples: [sample]
      }
    ]
  }
}

describe('stored baselines', () => {
  it('stands in for the base side when it matches the base prompt, model, cases and checks', () => {
    const basePrompt = prompt('base {{q}}')
    const toRun: SuiteToRun[] = [{ suite: suite(), change: 'modified', basePrompt }]
    const notes: string[] = []
    const [entry] = applyBaseline(toRun, baselineFor(basePrompt), config, notes)
    expect(entry?.baseSamples).toEqual([{ ...sample, side: 'base' }])
    expect(notes).toEqual([])
  })

  it('refuses a baseline recorded with another model and says so, running base instead', () => {
    const basePrompt = prompt('base {{q}}')
    const notes: string[] = []
    const [entry] = applyBaseline(
      [{ suite: suite(), change: 'modified', basePrompt }],
      baselineFor(basePrompt, 'openai/gpt-4o'),
      config,
      notes
    )
    expect(entry?.baseSamples).toBeUndefined()
    expect(notes[0]).toContain(
      'the stored baseline is stale: the model changed since it was recorded (baseline: gpt-4o, now: gpt-4o-mini)'
    )
  })

  it('refuses a baseline of another base prompt version', () => {
    const notes: string[] = []
    const [entry] = applyBaseline(
      [{ suite: suite(), change: 'modified', basePrompt: prompt('base v2 {{q}}') }],
      baselineFor(prompt('base v1 {{q}}')),
      config,
      notes
    )
    expect(entry?.baseSamples).toBeUndefined()
    expect(notes[0]).toContain('the base prompt changed')
  })

  it('names every differing part of a stale fingerprint', () => {
    const current = fingerprintResolvedSuite(suite(), config)
    const reason = staleBaselineReason({ ...current, cases: 'x', checks: 'y' }, current)
    expect(reason).toBe(
      'the stored baseline is stale: the dataset cases, the checks changed since it was recorded; run `promptgate baseline` on the base branch again'
    )
    expect(staleBaselineReason(current, current)).toBeUndefined()
  })

  it('rejects a file that is not a baseline with the path and the fix', () => {
    expect(() => parseBaselineFile('b.json', '{"format": 9, "suites": []}')).toThrow(
      'b.json: not a PromptGate baseline of format 1; write a new one with `promptgate baseline`'
    )
    expect(() => parseBaselineFile('b.json', '{oops')).toThrow(
      /b\.json: not a PromptGate baseline \(invalid JSON/
    )
  })
})
