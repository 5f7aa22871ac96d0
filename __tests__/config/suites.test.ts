import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceError } from '../../src/core/errors.js'
import { MissingFileError } from '../../src/core/errors.js'
import { loadConfig } from '../../src/config/load.js'
import { resolveSuites } from '../../src/config/suites.js'
import { FIXTURES, dirFiles, memFiles, rejected } from '../helpers/repo-files.js'

const validConfig = () =>
  loadConfig('config/valid.yml', readFileSync(join(FIXTURES, 'config', 'valid.yml'), 'utf8'))

const PROVIDERS = 'version: 1\nproviders:\n  openai:\n    type: openai\n'

describe('resolveSuites', () => {
  it('collects the cases of every dataset after the prompt testData', async () => {
    const [sentiment, summarizer] = await resolveSuites(validConfig(), dirFiles(FIXTURES))
    expect(sentiment?.cases.map(c => c.source.file)).toEqual([
      'datasets/reviews.jsonl',
      'datasets/reviews.jsonl',
      'datasets/reviews.jsonl',
      'datasets/reviews.csv',
      'datasets/reviews.csv'
    ])
    expect(summarizer?.cases.map(c => c.expected)).toEqual(['Paris', '4', 'Rome', '6'])
  })

  it('orders checks as defaults, suite, then the prompt file evaluators', async () => {
    const [sentiment, summarizer] = await resolveSuites(validConfig(), dirFiles(FIXTURES))
    expect(sentiment?.checks).toEqual([
      { type: 'max-length', value: 2000 },
      { type: 'json-schema', schemaFile: 'schemas/sentiment.json' }
    ])
    expect(summarizer?.checks.map(c => c.type)).toEqual(['max-length', 'gh-string', 'gh-string'])
  })

  it('picks the model from suite, then prompt, then defaults', async () => {
    const [sentiment, summarizer] = await resolveSuites(validConfig(), dirFiles(FIXTURES))
    expect(sentiment?.modelId).toBe('openai/gpt-4o-mini')
    expect(summarizer?.modelId).toBe('openai/gpt-4o')
  })

  it('merges model parameters defaults < prompt < suite, and thresholds and sampling key by key', async () => {
    const [sentiment, summarizer] = await resolveSuites(validConfig(), dirFiles(FIXTURES))
    expect(sentiment?.modelParameters).toEqual({ temperature: 0, maxTokens: 200 })
    expect(summarizer?.modelParameters).toEqual({ temperature: 0.7, maxTokens: 150 })
    expect(sentiment?.thresholds).toEqual({ minPassRate: 0.95, confidence: 0.9 })
    expect(summarizer?.thresholds).toEqual({ minPassRate: 0.8, confidence: 0.9 })
    expect(sentiment?.sampling).toEqual({ repeats: 2 })
  })

  it('lists every file whose change affects the suite', async () => {
    const [sentiment, summarizer] = await resolveSuites(validConfig(), dirFiles(FIXTURES))
    expect(sentiment?.files).toEqual([
      'prompts/classify.md',
      'prompts/classify.system.md',
      'datasets/reviews.jsonl',
      'datasets/reviews.csv',
      'schemas/sentiment.json',
      'prompts/shared/*.md'
    ])
    expect(summarizer?.files).toEqual(['gh-models/failing_test_prompt.yml', 'datasets/extra.yaml'])
  })

  it('adds schema files named by per-case checks to the suite files', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n    datasets: [d.jsonl]\n`
    )
    const files = memFiles({
      'p.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: "{{q}}"\n',
      'd.jsonl': '{"q": "a", "checks": [{"type": "json-schema", "schemaFile": "s/case.json"}]}\n'
    })
    const [suite] = await resolveSuites(config, files)
    expect(suite?.files).toEqual(['p.prompt.yml', 'd.jsonl', 's/case.json'])
  })

  it('names a missing prompt file, the version and the config line that names it', async () => {
    const config = loadConfig('c.yml', `${PROVIDERS}suites:\n  - id: s\n    prompt: gone.prompt.yml\n`)
    const error = await rejected(resolveSuites(config, memFiles({}, 'base (abc1234)')))
    expect(error).toBeInstanceOf(MissingFileError)
    expect((error as SourceError).issues[0]).toMatchObject({
      file: 'c.yml',
      line: 7,
      path: 'suites[0].prompt'
    })
    expect((error as Error).message).toContain('prompt file gone.prompt.yml does not exist in base (abc1234)')
  })

  it('reports problems of every suite together', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: a\n    prompt: a.prompt.yml\n  - id: b\n    prompt: b.prompt.yml\n    datasets: [b.jsonl]\n`
    )
    const files = memFiles({
      'b.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: "{{q}}"\n',
      'b.jsonl': '{"q": 1,}\n'
    })
    const error = (await rejected(resolveSuites(config, files))) as SourceError
    expect(error.issues.map(i => i.file)).toEqual(['c.yml', 'b.jsonl'])
  })

  it('fails validation for cases that lack a variable the prompt uses, naming each case and line', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n    datasets: [d.jsonl]\n`
    )
    const files = memFiles({
      'p.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: "{{q}} {{ctx}}"\n',
      'd.jsonl': '{"q": "a", "ctx": "c"}\n{"id": "no-ctx", "q": "b"}\n'
    })
    const error = (await rejected(resolveSuites(config, files))) as SourceError
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]).toMatchObject({ file: 'd.jsonl', line: 2, path: 'case no-ctx' })
    expect(error.issues[0]?.message).toContain(
      'uses {{ctx}} but case no-ctx (d.jsonl:2) has no such variable'
    )
  })

  it('rejects a suite without cases and a suite without any model', async () => {
    const config = loadConfig('c.yml', `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n`)
    const files = memFiles({ 'p.prompt.yml': 'messages:\n  - role: user\n    content: hi\n' })
    const error = (await rejected(resolveSuites(config, files))) as SourceError
    expect(error.issues.map(i => i.message)).toEqual([
      expect.stringContaining('suite "s" has no cases'),
      expect.stringContaining(
        'suite "s" has no model: set suites[0].model, defaults.model, or model: in p.prompt.yml'
      )
    ])
  })

  it('rejects a case id used by both the prompt testData and a dataset', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n    datasets: [d.yaml]\n`
    )
    const files = memFiles({
      'p.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: same\n',
      'd.yaml': '- q: same\n'
    })
    const error = (await rejected(resolveSuites(config, files))) as SourceError
    expect(error.issues[0]).toMatchObject({ file: 'd.yaml', line: 1 })
    expect(error.issues[0]?.message).toContain('(first at p.prompt.yml:6)')
  })

  it('names a config llm-rubric check by its id for reports', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n    checks:\n      - type: llm-rubric\n        rubric: polite\n        id: polite\n`
    )
    const files = memFiles({
      'p.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: hi\ntestData:\n  - x: 1\n'
    })
    const [suite] = await resolveSuites(config, files)
    expect(suite?.checks).toEqual([{ type: 'llm-rubric', rubric: 'polite', id: 'polite', name: 'polite' }])
  })

  it('keeps a __proto__ key in a dataset as a plain variable', async () => {
    const config = loadConfig(
      'c.yml',
      `${PROVIDERS}suites:\n  - id: s\n    prompt: p.prompt.yml\n    datasets: [d.jsonl]\n`
    )
    const files = memFiles({
      'p.prompt.yml': 'model: m\nmessages:\n  - role: user\n    content: "{{q}}"\n',
      'd.jsonl': '{"q": "a", "__proto__": {"polluted": true}}\n'
    })
    const [suite] = await resolveSuites(config, files)
    const vars = suite?.cases[0]?.vars ?? {}
    expect(Object.getPrototypeOf(vars)).toBe(Object.prototype)
    expect(Object.keys(vars)).toEqual(['q', '__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
