import type { PromptDefinition, TestCase } from '../../src/core/types.js'
import { MissingFileError } from '../../src/core/errors.js'
import {
  loadPrompt,
  renderMessages,
  templatePrompt,
  templateVariables,
  TemplateError
} from '../../src/prompts/index.js'
import { FIXTURES, dirFiles, memFiles, rejected, thrown } from '../helpers/repo-files.js'

function makeCase(vars: TestCase['vars'], expected?: string): TestCase {
  const testCase: TestCase = { id: 'case-1', vars, checks: [], source: { file: 'data/cases.jsonl', line: 4 } }
  if (expected !== undefined) testCase.expected = expected
  return testCase
}

function prompt(...contents: string[]): PromptDefinition {
  return {
    file: 'prompts/p.prompt.yml',
    format: 'gh-models',
    modelParameters: {},
    messages: contents.map(content => ({ role: 'user', content })),
    testData: [],
    checks: []
  }
}

describe('renderMessages', () => {
  it('replaces {{var}} and {{ var }} with the case values', () => {
    const messages = renderMessages(
      prompt('Hi {{name}}, {{ name }}! Topic: {{topic}}'),
      makeCase({ name: 'Ada', topic: 'math' })
    )
    expect(messages).toEqual([{ role: 'user', content: 'Hi Ada, Ada! Topic: math' }])
  })

  it('renders non-string vars as JSON', () => {
    const out = renderMessages(
      prompt('{{n}} {{flag}} {{list}} {{obj}} {{nothing}}'),
      makeCase({ n: 3, flag: true, list: [1, 'a'], obj: { a: 1 }, nothing: null })
    )
    expect(out[0]?.content).toBe('3 true [1,"a"] {"a":1} null')
  })

  it('follows dotted paths into object vars, and a literal dotted key wins', () => {
    const out = renderMessages(
      prompt('{{user.name}} {{user.tags.1}} {{a.b}}'),
      makeCase({ user: { name: 'Ada', tags: ['x', 'y'] }, 'a.b': 'literal', a: { b: 'nested' } })
    )
    expect(out[0]?.content).toBe('Ada y literal')
  })

  it('offers the case expected as {{expected}}, like GitHub Models testData', () => {
    expect(renderMessages(prompt('want {{expected}}'), makeCase({}, 'Paris'))[0]?.content).toBe('want Paris')
  })

  it('leaves messages without placeholders untouched', () => {
    const p = prompt('no vars here')
    expect(renderMessages(p, makeCase({}))[0]).toBe(p.messages[0])
  })

  it('throws a TemplateError naming the prompt, the case, its source line and every missing variable', () => {
    const error = thrown(() =>
      renderMessages(
        prompt('{{question}} {{ context }} {{user.name}}'),
        makeCase({ question: 'q', user: { id: 1 } })
      )
    )
    expect(error).toBeInstanceOf(TemplateError)
    const e = error as TemplateError
    expect(e.missing).toEqual(['context', 'user.name'])
    expect(e.message).toBe(
      'prompts/p.prompt.yml uses {{context}}, {{user.name}} but case case-1 (data/cases.jsonl:4) has no such variable (it has: question, user); add it to the case or fix the placeholder'
    )
  })
})

describe('templateVariables', () => {
  it('lists each variable once in order of first use across messages', () => {
    expect(templateVariables(prompt('{{b}} {{ a }}', '{{b}} {{c.d}}'))).toEqual(['b', 'a', 'c.d'])
  })
})

describe('loadPrompt', () => {
  it('loads a markdown template as one user message after the system template', async () => {
    const loaded = await loadPrompt(
      { prompt: 'prompts/classify.md', system: 'prompts/classify.system.md' },
      dirFiles(FIXTURES)
    )
    expect(loaded.format).toBe('template')
    expect(loaded.messages.map(m => m.role)).toEqual(['system', 'user'])
    expect(loaded.messages[1]?.content).toContain('Review: {{ review }}')
    expect(templateVariables(loaded)).toEqual(['review', 'product.name'])
  })

  it('uses the suite role for the template message', async () => {
    const loaded = await loadPrompt(
      { prompt: 'p.txt', role: 'system' },
      memFiles({ 'p.txt': 'Be {{tone}}.' })
    )
    expect(loaded.messages).toEqual([{ role: 'system', content: 'Be {{tone}}.' }])
  })

  it('loads a .yml prompt through the GitHub Models reader', async () => {
    const loaded = await loadPrompt({ prompt: 'gh-models/sample_prompt.yml' }, dirFiles(FIXTURES))
    expect(loaded.format).toBe('gh-models')
    expect(loaded.testData).toHaveLength(2)
  })

  it('names the missing prompt file and the version it was looked for in', async () => {
    const error = await rejected(
      loadPrompt({ prompt: 'prompts/gone.prompt.yml' }, memFiles({}, 'base (abc1234)'))
    )
    expect(error).toBeInstanceOf(MissingFileError)
    expect((error as MissingFileError).path).toBe('prompts/gone.prompt.yml')
    expect((error as Error).message).toContain(
      'prompt file prompts/gone.prompt.yml does not exist in base (abc1234)'
    )
  })

  it('names a missing system template', async () => {
    const error = await rejected(loadPrompt({ prompt: 'p.md', system: 's.md' }, memFiles({ 'p.md': 'x' })))
    expect((error as Error).message).toContain('system template s.md does not exist in head')
  })

  it('builds template prompts without I/O for callers that already hold the text', () => {
    expect(templatePrompt('a.md', 'hello').messages).toEqual([{ role: 'user', content: 'hello' }])
  })
})
