// `{{var}}` rendering of prompt messages per case. Unlike `gh models eval`, which sent unknown
// placeholders to the model verbatim, a variable the case lacks is an error: the model would
// otherwise be evaluated on a prompt nobody wrote.
import type { Message, PromptDefinition, TestCase, VarValue } from '../core/types.js'

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g

export class TemplateError extends Error {
  constructor(
    readonly promptFile: string,
    readonly caseId: string,
    readonly caseSource: TestCase['source'],
    readonly missing: readonly string[],
    readonly known: readonly string[]
  ) {
    const where = caseSource.line === undefined ? caseSource.file : `${caseSource.file}:${caseSource.line}`
    const names = missing.map(n => `{{${n}}}`).join(', ')
    super(
      `${promptFile} uses ${names} but case ${caseId} (${where}) has no such variable ` +
        `(it has: ${known.length > 0 ? known.join(', ') : 'none'}); add it to the case or fix the placeholder`
    )
    this.name = 'TemplateError'
  }
}

/** Variable names the prompt's messages use, in order of first appearance. */
export function templateVariables(prompt: Pick<PromptDefinition, 'messages'>): string[] {
  const names = new Set<string>()
  for (const message of prompt.messages) {
    for (const match of message.content.matchAll(PLACEHOLDER)) if (match[1]) names.add(match[1])
  }
  return [...names]
}

function lookup(vars: Record<string, VarValue>, name: string): VarValue | undefined {
  if (Object.hasOwn(vars, name)) return vars[name]
  // `{{user.name}}` walks into object vars; a literal key `user.name` (CSV headers) wins above.
  const parts = name.split('.')
  if (parts.length < 2) return undefined
  let value: VarValue | undefined = vars
  for (const part of parts) {
    if (typeof value !== 'object' || value === null) return undefined
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(part)) return undefined
      value = value[Number(part)]
    } else value = Object.hasOwn(value, part) ? value[part] : undefined
    if (value === undefined) return undefined
  }
  return value
}

/** Strings as they are; anything else as JSON, so objects reach the model readable. */
function toText(value: VarValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The case's variables, plus `expected` like GitHub Models testData (a var named so wins). */
function caseVariables(testCase: TestCase): Record<string, VarValue> {
  if (testCase.expected === undefined || Object.hasOwn(testCase.vars, 'expected')) return testCase.vars
  return { ...testCase.vars, expected: testCase.expected }
}

/** The messages sent to the model for one case. Throws `TemplateError` on a missing variable. */
export function renderMessages(
  prompt: Pick<PromptDefinition, 'file' | 'messages'>,
  testCase: TestCase
): Message[] {
  const vars = caseVariables(testCase)
  const missing: string[] = []
  const messages = prompt.messages.map(message => {
    if (!message.content.includes('{{')) return message
    const content = message.content.replace(PLACEHOLDER, (whole, name: string) => {
      const value = lookup(vars, name)
      if (value === undefined) {
        if (!missing.includes(name)) missing.push(name)
        return whole
      }
      return toText(value)
    })
    return { role: message.role, content }
  })
  if (missing.length > 0) {
    throw new TemplateError(prompt.file, testCase.id, testCase.source, missing, Object.keys(vars).sort())
  }
  return messages
}

const renderedCases = new WeakMap<object, WeakMap<TestCase, Message[] | TemplateError>>()

/**
 * `renderMessages`, once per prompt version and case: the load-time check for missing variables,
 * every repeat and every adaptive round share one rendering (and one TemplateError).
 */
export function renderCase(
  prompt: Pick<PromptDefinition, 'file' | 'messages'>,
  testCase: TestCase
): Message[] {
  let byCase = renderedCases.get(prompt)
  if (!byCase) renderedCases.set(prompt, (byCase = new WeakMap()))
  let rendered = byCase.get(testCase)
  if (!rendered) {
    try {
      rendered = renderMessages(prompt, testCase)
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      rendered = error
    }
    byCase.set(testCase, rendered)
  }
  if (rendered instanceof TemplateError) throw rendered
  return rendered
}
