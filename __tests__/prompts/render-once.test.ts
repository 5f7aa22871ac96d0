// A case is rendered once per prompt version: load-time validation, every repeat and every
// adaptive round of the run share the same messages.
import type { PromptDefinition, TestCase } from '../../src/core/types.js'
import { renderCase, TemplateError } from '../../src/prompts/render.js'

const prompt: PromptDefinition = {
  file: 'p.md',
  format: 'template',
  modelParameters: {},
  messages: [{ role: 'user', content: 'Hi {{name}}' }],
  testData: [],
  checks: []
}
const testCase: TestCase = { id: 'a', vars: { name: 'Ada' }, checks: [], source: { file: 'd.jsonl' } }

it('returns the same rendering for the same prompt version and case', () => {
  const first = renderCase(prompt, testCase)
  expect(first).toEqual([{ role: 'user', content: 'Hi Ada' }])
  expect(renderCase(prompt, testCase)).toBe(first)
})

it('renders another prompt version of the same case on its own', () => {
  const base = { ...prompt, messages: [{ role: 'user' as const, content: 'Hello {{name}}' }] }
  expect(renderCase(base, testCase)).toEqual([{ role: 'user', content: 'Hello Ada' }])
})

it('throws the same TemplateError again for a case with a missing variable', () => {
  const bad: TestCase = { ...testCase, id: 'b', vars: {} }
  let first: unknown
  try {
    renderCase(prompt, bad)
  } catch (error) {
    first = error
  }
  expect(first).toBeInstanceOf(TemplateError)
  expect(() => renderCase(prompt, bad)).toThrow(first as Error)
})
