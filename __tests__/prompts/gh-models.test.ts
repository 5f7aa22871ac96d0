import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatIssue, type SourceIssue } from '../../src/core/errors.js'
import { parseGhModelsPrompt, PromptError } from '../../src/prompts/index.js'
import { FIXTURES, thrown } from '../helpers/repo-files.js'

const GH = join(FIXTURES, 'gh-models')
const SHARED = '/work/shared/conformance/gh-models'
const load = (dir: string, name: string) => parseGhModelsPrompt(name, readFileSync(join(dir, name), 'utf8'))
const ymlFiles = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.yml'))

describe('evaluator ids', () => {
  it('names checks after their evaluators, suffixing the operator when one name covers several', () => {
    const prompt = parseGhModelsPrompt(
      'p.prompt.yml',
      [
        'messages:',
        '  - role: user',
        '    content: hi',
        'evaluators:',
        '  - name: polite',
        '    string:',
        '      contains: please',
        '      startsWith: Hello',
        '  - name: fluent',
        '    uses: github/fluency'
      ].join('\n')
    )
    expect(prompt.checks.map(c => c.id)).toEqual(['polite.contains', 'polite.startsWith', 'fluent'])
  })
})

describe('GitHub Models conformance files', () => {
  it('has every conformance file copied with its licence', () => {
    expect(ymlFiles(GH)).toHaveLength(9)
    expect(readFileSync(join(GH, 'LICENSE.txt'), 'utf8')).toContain('MIT License')
  })

  it.each(ymlFiles(GH))('loads %s with messages and no warnings', name => {
    const warnings: SourceIssue[] = []
    const prompt = parseGhModelsPrompt(name, readFileSync(join(GH, name), 'utf8'), {
      onWarning: w => warnings.push(w)
    })
    expect(prompt.format).toBe('gh-models')
    expect(prompt.messages.length).toBeGreaterThan(0)
    expect(warnings).toEqual([])
  })

  it('loads the shared conformance copies identically when ../shared is present', () => {
    // The copies keep the suite self-contained; this guards against them drifting from the source.
    const dir = existsSync(SHARED) ? SHARED : GH
    for (const name of ymlFiles(dir)) expect(load(dir, name)).toEqual(load(GH, name))
  })

  it('maps string evaluators to gh-string checks and keeps templated values', () => {
    expect(load(GH, 'failing_test_prompt.yml').checks).toEqual([
      {
        type: 'gh-string',
        name: 'contains-impossible',
        id: 'contains-impossible',
        op: 'contains',
        value: 'this-text-will-never-appear-in-any-response'
      },
      {
        type: 'gh-string',
        name: 'starts-with-wrong',
        id: 'starts-with-wrong',
        op: 'startsWith',
        value: 'ZZZZZ'
      }
    ])
    expect(load(GH, 'sample_prompt.yml').checks).toEqual([
      {
        type: 'gh-string',
        name: 'string evaluator',
        id: 'string evaluator',
        op: 'contains',
        value: '{{string}}'
      },
      { type: 'gh-builtin', name: 'similarity check', id: 'similarity check', uses: 'github/similarity' }
    ])
  })

  it('maps every uses: github/<x> evaluator to a gh-builtin check', () => {
    expect(
      load(GH, 'test_builtins.yml').checks.map(c => (c.type === 'gh-builtin' ? c.uses : c.type))
    ).toEqual([
      'github/similarity',
      'github/coherence',
      'github/fluency',
      'github/relevance',
      'github/groundedness'
    ])
    expect(load(GH, 'test_single_evaluator.yml').checks).toEqual([
      { type: 'gh-builtin', name: 'fluency-test', id: 'fluency-test', uses: 'github/fluency' }
    ])
  })

  it('turns testData rows into cases: expected apart, every other key a var, line of the row', () => {
    const [first, second] = load(GH, 'sample_prompt.yml').testData
    expect(first).toMatchObject({
      vars: { input: 'hello world', string: 'hello' },
      expected: 'greeting response',
      checks: [],
      source: { file: 'sample_prompt.yml', line: 8 }
    })
    expect(first?.id).toMatch(/^[0-9a-f]{12}$/)
    expect(second?.source.line).toBe(11)
    expect(second?.id).not.toBe(first?.id)
  })

  it('reads model, parameters and metadata', () => {
    const prompt = load(GH, 'advanced_template_prompt.yml')
    expect(prompt).toMatchObject({
      name: 'Advanced Template Example',
      model: 'openai/gpt-4o-mini',
      modelParameters: { temperature: 0.7, maxTokens: 300 },
      testData: [],
      checks: []
    })
    expect(prompt.messages.map(m => m.role)).toEqual(['system', 'user'])
  })

  it('reads responseFormat json_object', () => {
    expect(load(GH, 'json_response_prompt.yml').responseFormat).toEqual({ type: 'json_object' })
  })

  it('parses a jsonSchema given as a JSON string into name, strict and schema', () => {
    const format = load(GH, 'json_schema_prompt.yml').responseFormat
    expect(format).toMatchObject({ type: 'json_schema', name: 'animal_description', strict: true })
    expect(format?.type === 'json_schema' && format.schema.required).toEqual(['name', 'habitat', 'diet'])
  })
})

describe('parseGhModelsPrompt', () => {
  const fixture = (name: string) => readFileSync(join(FIXTURES, 'prompts', name), 'utf8')

  it('accepts a jsonSchema given as a YAML object and maps llm evaluators', () => {
    const prompt = parseGhModelsPrompt('p.prompt.yml', fixture('object-schema.prompt.yml'))
    expect(prompt.responseFormat).toEqual({
      type: 'json_schema',
      name: 'city',
      strict: true,
      schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }
    })
    expect(prompt.checks[0]).toEqual({
      type: 'llm-rubric',
      name: 'judged',
      id: 'judged',
      llm: {
        modelId: 'openai/gpt-4o',
        systemPrompt: 'You grade answers.',
        prompt: 'Is {{completion}} the capital of {{country}}? Answer yes or no.',
        choices: [
          { choice: 'yes', score: 1 },
          { choice: 'no', score: 0 }
        ]
      }
    })
    expect(prompt.checks[1]).toEqual({
      type: 'gh-string',
      name: 'exact',
      id: 'exact',
      op: 'equals',
      value: '{"city":"Paris"}'
    })
  })

  it('reports every unknown evaluator kind with its line, and warns on unknown top-level keys', () => {
    const warnings: SourceIssue[] = []
    const error = thrown(() =>
      parseGhModelsPrompt('bad.prompt.yml', fixture('bad-evaluator.prompt.yml'), {
        onWarning: w => warnings.push(w)
      })
    )
    expect(error).toBeInstanceOf(PromptError)
    const issues = (error as PromptError).issues
    expect(issues.map(i => [i.line, i.path])).toEqual([
      [11, 'evaluators[0].regex'],
      [15, 'evaluators[1].string.startWith'],
      [17, 'evaluators[2].uses']
    ])
    expect(issues[0]?.message).toContain('unknown evaluator kind "regex" in evaluator "uses regex"')
    expect(issues[1]?.message).toContain('did you mean startsWith?')
    expect((error as Error).message).toContain('bad.prompt.yml:11:5: evaluators[0].regex:')
    expect(warnings).toEqual([expect.objectContaining({ line: 3, path: 'temperatur' })])
    expect(warnings[0]?.message).toContain('did you mean modelParameters.temperature?')
  })

  it('rejects uses: github/<name> that is not a GitHub built-in at load time, with file, line and the valid names', () => {
    const text =
      'messages:\n  - role: user\n    content: hi\nevaluators:\n  - name: tone\n    uses: github/politeness\n'
    const error = thrown(() => parseGhModelsPrompt('p.prompt.yml', text))
    expect(error).toBeInstanceOf(PromptError)
    const issues = (error as PromptError).issues
    expect(issues).toEqual([
      expect.objectContaining({ file: 'p.prompt.yml', line: 6, path: 'evaluators[0].uses' })
    ])
    expect((error as Error).message).toContain(
      'p.prompt.yml:6:11: evaluators[0].uses: uses in evaluator "tone" must be one of GitHub\'s built-in evaluators ' +
        'github/similarity, github/coherence, github/fluency, github/relevance, github/groundedness, ' +
        'found "github/politeness"'
    )
  })

  it('suggests the nearest built-in for a misspelt uses: name', () => {
    const text =
      'messages:\n  - role: user\n    content: hi\nevaluators:\n  - name: sim\n    uses: github/similarty\n'
    const issue = (thrown(() => parseGhModelsPrompt('p.prompt.yml', text)) as PromptError).issues[0]
    expect(issue?.message).toMatch(/found "github\/similarty"; did you mean github\/similarity\?$/)
  })

  it('warns through onWarning on an unknown top-level key, naming file:line and the key, and still loads', () => {
    const warnings: SourceIssue[] = []
    const prompt = parseGhModelsPrompt(
      'p.prompt.yml',
      'messages:\n  - role: user\n    content: hi\nfoo: bar\n',
      {
        onWarning: w => warnings.push(w)
      }
    )
    expect(prompt.messages).toEqual([{ role: 'user', content: 'hi' }])
    expect(warnings).toHaveLength(1)
    expect(formatIssue(warnings[0] as SourceIssue)).toMatch(
      /^p\.prompt\.yml:4:1: foo: unknown prompt key "foo" is ignored, as GitHub Models did; known keys: name, /
    )
  })

  it('rejects a json_schema response format whose jsonSchema is not valid JSON', () => {
    const text =
      'responseFormat: json_schema\njsonSchema: "{not json"\nmessages:\n  - role: user\n    content: hi\n'
    const issue = (thrown(() => parseGhModelsPrompt('p.prompt.yml', text)) as PromptError).issues[0]
    expect(issue).toMatchObject({ line: 2, path: 'jsonSchema' })
    expect(issue?.message).toContain('jsonSchema is not valid JSON')
  })

  it('rejects a message with an unknown role and a prompt without messages', () => {
    const badRole = (
      thrown(() =>
        parseGhModelsPrompt('p.prompt.yml', 'messages:\n  - role: usr\n    content: hi\n')
      ) as PromptError
    ).issues[0]
    expect(badRole).toMatchObject({ line: 2, path: 'messages[0].role' })
    expect(badRole?.message).toContain('did you mean user?')
    const none = (thrown(() => parseGhModelsPrompt('p.prompt.yml', 'name: x\n')) as PromptError).issues[0]
    expect(none?.message).toContain('messages must be a non-empty list')
  })

  it('rejects out-of-range model parameters with their line', () => {
    const text =
      'modelParameters:\n  temperature: 5\n  maxTokens: 1.5\nmessages:\n  - role: user\n    content: hi\n'
    const issues = (thrown(() => parseGhModelsPrompt('p.prompt.yml', text)) as PromptError).issues
    expect(issues.map(i => [i.line, i.path])).toEqual([
      [2, 'modelParameters.temperature'],
      [3, 'modelParameters.maxTokens']
    ])
  })

  it('reports YAML syntax errors as prompt errors with a line', () => {
    const issues = (
      thrown(() =>
        parseGhModelsPrompt('p.prompt.yml', 'messages:\n  - role: user\n   content: [\n')
      ) as PromptError
    ).issues
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2)
  })
})
