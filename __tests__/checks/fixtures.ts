// Shared builders for checks tests: a case, a prompt, a context and a scripted fake judge.
import type {
  CheckSpec,
  CompletionResult,
  Judge,
  Message,
  ModelParameters,
  PromptDefinition,
  TestCase
} from '../../src/core/types.js'
import type { ChecksContext } from '../../src/checks/index.js'

export function makeCase(over: Partial<TestCase> = {}): TestCase {
  return { id: 'case-1', vars: {}, checks: [], source: { file: 'data/cases.jsonl', line: 1 }, ...over }
}

export function makePrompt(over: Partial<PromptDefinition> = {}): PromptDefinition {
  return {
    file: 'prompts/support.prompt.yml',
    format: 'gh-models',
    modelParameters: {},
    messages: [{ role: 'user', content: '{{question}}' }],
    testData: [],
    checks: [],
    ...over
  }
}

export function makeCtx(over: Partial<ChecksContext> = {}): ChecksContext {
  return {
    testCase: makeCase(),
    prompt: makePrompt(),
    messages: [
      { role: 'system', content: 'You are a support agent.' },
      { role: 'user', content: 'How do I get a refund?' }
    ],
    rootDir: '/repo',
    ...over
  }
}

export interface FakeJudge extends Judge {
  calls: { messages: Message[]; params?: ModelParameters }[]
}

/** A judge answering each call with the next scripted reply; an Error reply is thrown. */
export function fakeJudge(...replies: (string | Error)[]): FakeJudge {
  const calls: FakeJudge['calls'] = []
  return {
    model: 'judge-model',
    calls,
    complete(messages: Message[], params?: ModelParameters): Promise<CompletionResult> {
      calls.push({ messages, ...(params ? { params } : {}) })
      const reply = replies[Math.min(calls.length - 1, replies.length - 1)]
      if (reply === undefined) return Promise.reject(new Error('fake judge has no reply scripted'))
      if (reply instanceof Error) return Promise.reject(reply)
      return Promise.resolve({ text: reply, latencyMs: 1, httpStatus: 200, retries: 0 })
    }
  }
}

export function one<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1)
  return list[0] as T
}

export type { CheckSpec }
