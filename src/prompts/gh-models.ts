// GitHub Models `.prompt.yml` files, read as they are. GitHub ignored keys it did not know, so
// unknown keys are warnings here; anything that would change what gets evaluated (an evaluator
// kind we cannot run, a `uses:` that is not one of GitHub's built-ins, a message without content,
// unparsable jsonSchema) is an error.
import { isMap, isSeq } from 'yaml'
import { GH_BUILTINS } from '../checks/index.js'
import type {
  CheckSpec,
  Message,
  ModelParameters,
  PromptDefinition,
  ResponseFormat,
  Role,
  TestCase
} from '../core/types.js'
import { closest, formatPath, type SourceIssue } from '../core/errors.js'
import { setCheckOrigin, type CheckOrigin } from '../core/check-spec.js'
import { nodePosition, parseYaml, positionAt, yamlToJs, type YamlSource } from '../core/yaml.js'
import { expectedText, plainVars, toTestCase } from '../datasets/case.js'
import { PromptError } from './errors.js'
import { errorMessage, isRecord, kindOf } from '../core/guards.js'

export interface PromptLoadOptions {
  /** Receives keys GitHub Models would have ignored; they are not errors. */
  onWarning?(issue: SourceIssue): void
}

const TOP_LEVEL_KEYS = [
  'name',
  'description',
  'model',
  'modelParameters',
  'messages',
  'responseFormat',
  'jsonSchema',
  'testData',
  'evaluators'
]
const PARAMETER_KEYS = ['temperature', 'topP', 'maxTokens']
const ROLES: readonly Role[] = ['system', 'user', 'assistant']
const STRING_OPS = ['equals', 'contains', 'startsWith', 'endsWith'] as const
const EVALUATOR_KINDS = ['string', 'llm', 'uses']
const DEFAULT_SCHEMA_NAME = 'response'

type Path = (string | number)[]

class Collector {
  readonly errors: SourceIssue[] = []
  constructor(
    readonly source: YamlSource,
    private readonly options: PromptLoadOptions
  ) {}

  issue(path: Path, message: string, atKey = false): SourceIssue {
    const { line, column } = positionAt(this.source, path, { atKey })
    return { file: this.source.file, line, column, path: formatPath(path), message }
  }
  error(path: Path, message: string, atKey = false): void {
    this.errors.push(this.issue(path, message, atKey))
  }
  warn(path: Path, message: string): void {
    this.options.onWarning?.(this.issue(path, message, true))
  }
  unknownKeys(
    value: Record<string, unknown>,
    path: Path,
    known: readonly string[],
    what: string,
    nested?: { parent: string; keys: readonly string[] }
  ): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue
      const suggestion = closest(key, known)
      // `temperature:` at the top level belongs under modelParameters.
      const nestedSuggestion = nested ? closest(key, nested.keys) : undefined
      const hint = suggestion
        ? `did you mean ${suggestion}?`
        : nestedSuggestion && nested
          ? `did you mean ${nested.parent}.${nestedSuggestion}?`
          : `known keys: ${known.join(', ')}`
      this.warn([...path, key], `unknown ${what} key "${key}" is ignored, as GitHub Models did; ${hint}`)
    }
  }
}

/** A YAML `key:` with no value is null: "nothing" to the person who wrote it. */
function describe(value: unknown): string {
  return value === null ? 'nothing' : kindOf(value)
}

/** Scalars become text (YAML reads `4` as a number); structures are an error. */
function text(c: Collector, value: unknown, path: Path, what: string): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  c.error(path, `${what} must be text, found ${describe(value)}`)
  return undefined
}

/** Parses a GitHub Models prompt file. Throws `PromptError` listing every problem. */
export function parseGhModelsPrompt(
  file: string,
  source: string,
  options: PromptLoadOptions = {}
): PromptDefinition {
  const yaml = parseYaml(file, source)
  if (yaml.errors.length > 0) throw new PromptError(yaml.errors)
  const c = new Collector(yaml, options)
  let root: unknown
  try {
    root = yamlToJs(yaml)
  } catch (error) {
    throw new PromptError([c.issue([], String(error))])
  }
  if (!isRecord(root)) {
    throw new PromptError([
      c.issue([], `a prompt file must be a mapping with messages:, found ${describe(root)}`)
    ])
  }
  c.unknownKeys(root, [], TOP_LEVEL_KEYS, 'prompt', { parent: 'modelParameters', keys: PARAMETER_KEYS })

  const optionalText = (key: string) =>
    root[key] === undefined || root[key] === null ? undefined : text(c, root[key], [key], key)
  const prompt: PromptDefinition = {
    file,
    format: 'gh-models',
    modelParameters: parseModelParameters(c, root.modelParameters),
    messages: parseMessages(c, root.messages),
    testData: parseTestData(c, root.testData),
    checks: parseEvaluators(c, root.evaluators)
  }
  const name = optionalText('name')
  const description = optionalText('description')
  const model = optionalText('model')
  if (name !== undefined) prompt.name = name
  if (description !== undefined) prompt.description = description
  if (model !== undefined) prompt.model = model
  const responseFormat = parseResponseFormat(c, root)
  if (responseFormat) prompt.responseFormat = responseFormat
  if (c.errors.length > 0) throw new PromptError(c.errors)
  return prompt
}

function parseModelParameters(c: Collector, value: unknown): ModelParameters {
  const params: ModelParameters = {}
  if (value === undefined || value === null) return params
  if (!isRecord(value)) {
    c.error(['modelParameters'], `modelParameters must be a mapping, found ${describe(value)}`)
    return params
  }
  c.unknownKeys(value, ['modelParameters'], PARAMETER_KEYS, 'modelParameters')
  const number = (key: 'temperature' | 'topP' | 'maxTokens', min: number, max: number, integer = false) => {
    const v = value[key]
    if (v === undefined || v === null) return
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (integer && !Number.isInteger(v))
    ) {
      const kind = integer ? 'an integer' : 'a number'
      c.error(
        ['modelParameters', key],
        `${key} must be ${kind} from ${min} to ${max}, found ${JSON.stringify(v)}`
      )
      return
    }
    params[key] = v
  }
  number('temperature', 0, 2)
  number('topP', 0, 1)
  number('maxTokens', 1, Number.MAX_SAFE_INTEGER, true)
  return params
}

function parseMessages(c: Collector, value: unknown): Message[] {
  if (!Array.isArray(value) || value.length === 0) {
    c.error(value === undefined ? [] : ['messages'], 'messages must be a non-empty list of {role, content}')
    return []
  }
  const messages: Message[] = []
  value.forEach((item, i) => {
    const path: Path = ['messages', i]
    if (!isRecord(item)) {
      c.error(path, `each message must be a mapping with role and content, found ${describe(item)}`)
      return
    }
    c.unknownKeys(item, path, ['role', 'content'], 'message')
    const role = item.role
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      const suggestion = typeof role === 'string' ? closest(role, ROLES) : undefined
      const hint = suggestion ? `; did you mean ${suggestion}?` : ''
      c.error(
        [...path, 'role'],
        `role must be one of ${ROLES.join(', ')}, found ${JSON.stringify(role) ?? 'nothing'}${hint}`
      )
    }
    const content =
      item.content === undefined ? undefined : text(c, item.content, [...path, 'content'], 'content')
    if (item.content === undefined) c.error(path, 'message has no content')
    if (content !== undefined && ROLES.includes(role as Role)) messages.push({ role: role as Role, content })
  })
  return messages
}

function parseResponseFormat(c: Collector, root: Record<string, unknown>): ResponseFormat | undefined {
  const raw = root.responseFormat
  if (raw === undefined || raw === null) return undefined
  const type = isRecord(raw) ? raw.type : raw
  if (type === 'text' || type === 'json_object') return { type }
  if (type !== 'json_schema') {
    c.error(
      ['responseFormat'],
      `responseFormat must be text, json_object or json_schema, found ${JSON.stringify(type) ?? 'nothing'}`
    )
    return undefined
  }
  const given = root.jsonSchema ?? (isRecord(raw) ? (raw.jsonSchema ?? raw.json_schema) : undefined)
  if (given === undefined || given === null) {
    c.error(
      ['responseFormat'],
      'responseFormat json_schema needs a jsonSchema: the schema as YAML or as a JSON string'
    )
    return undefined
  }
  let schemaDoc: unknown = given
  if (typeof given === 'string') {
    try {
      schemaDoc = JSON.parse(given)
    } catch (error) {
      c.error(['jsonSchema'], `jsonSchema is not valid JSON: ${errorMessage(error)}`)
      return undefined
    }
  }
  if (!isRecord(schemaDoc)) {
    c.error(['jsonSchema'], `jsonSchema must be a JSON object, found ${describe(schemaDoc)}`)
    return undefined
  }
  // GitHub's form wraps the schema: {name, strict, schema}. A bare schema is accepted too.
  const wrapped = isRecord(schemaDoc.schema)
  const schema = wrapped ? (schemaDoc.schema as Record<string, unknown>) : schemaDoc
  const name =
    wrapped && typeof schemaDoc.name === 'string' && schemaDoc.name !== ''
      ? schemaDoc.name
      : DEFAULT_SCHEMA_NAME
  const format: ResponseFormat = { type: 'json_schema', name, schema }
  if (wrapped && typeof schemaDoc.strict === 'boolean') format.strict = schemaDoc.strict
  return format
}

function parseTestData(c: Collector, value: unknown): TestCase[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    c.error(['testData'], `testData must be a list of mappings, found ${describe(value)}`)
    return []
  }
  const testData = c.source.doc.get('testData', true)
  const nodes = isSeq(testData) ? testData.items : []
  const cases: TestCase[] = []
  value.forEach((row, i) => {
    const path: Path = ['testData', i]
    if (!isRecord(row)) {
      c.error(path, `each testData row must be a mapping of variables, found ${describe(row)}`)
      return
    }
    // GitHub Models rows are flat: every key but `expected` is a variable (no ids, checks or tags).
    const { expected: plainExpected, ...vars } = plainVars(row, key =>
      c.error([...path, key], `${key} holds a value that is not plain data`)
    )
    const expected =
      plainExpected === undefined || plainExpected === null ? undefined : expectedText(plainExpected)
    const position =
      nodePosition(c.source, isMap(nodes[i]) ? nodes[i] : undefined) ?? positionAt(c.source, path)
    cases.push(
      toTestCase({
        vars,
        expected,
        source: { file: c.source.file, line: position.line, column: position.column }
      })
    )
  })
  return cases
}

function parseEvaluators(c: Collector, value: unknown): CheckSpec[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    c.error(['evaluators'], `evaluators must be a list, found ${describe(value)}`)
    return []
  }
  const checks: CheckSpec[] = []
  const origins: CheckOrigin[] = []
  value.forEach((item, i) => {
    const path: Path = ['evaluators', i]
    if (!isRecord(item)) {
      c.error(path, `each evaluator must be a mapping with name and one of ${EVALUATOR_KINDS.join(', ')}`)
      return
    }
    let name = `evaluators[${i}]`
    if (item.name === undefined || item.name === null)
      c.warn(path, `evaluator has no name; reported as ${name}`)
    else name = text(c, item.name, [...path, 'name'], 'name') ?? name
    const kinds = EVALUATOR_KINDS.filter(k => item[k] !== undefined)
    const others = Object.keys(item).filter(k => k !== 'name' && !EVALUATOR_KINDS.includes(k))
    if (kinds.length === 0) {
      const shown =
        others.length > 0
          ? `unknown evaluator kind ${others.map(k => `"${k}"`).join(', ')}`
          : 'evaluator has no kind'
      c.error(
        others.length > 0 ? [...path, others[0] ?? ''] : path,
        `${shown} in evaluator "${name}"; use string, llm or uses: github/<builtin>`,
        others.length > 0
      )
      return
    }
    if (kinds.length > 1) {
      c.error(
        path,
        `evaluator "${name}" has several kinds (${kinds.join(', ')}); give each its own evaluator`
      )
      return
    }
    for (const key of others) c.warn([...path, key], `unknown evaluator key "${key}" is ignored`)
    const kind = kinds[0]
    if (kind === 'string') checks.push(...parseStringEvaluator(c, item.string, [...path, 'string'], name))
    else if (kind === 'llm') {
      const spec = parseLlmEvaluator(c, item.llm, [...path, 'llm'], name)
      if (spec) checks.push(spec)
    } else {
      const uses = item.uses
      if (typeof uses === 'string' && GH_BUILTINS.includes(uses)) {
        checks.push({ type: 'gh-builtin', name, uses })
      } else c.error([...path, 'uses'], unknownBuiltin(uses, name))
    }
    const { file, line, column } = c.issue(path, '')
    // A string evaluator may yield several checks (one per operator): each points at the evaluator.
    while (origins.length < checks.length) origins.push({ file, line, column, path: formatPath(path) })
  })
  const named = withEvaluatorIds(checks)
  named.forEach((check, i) => {
    const origin = origins[i]
    if (origin) setCheckOrigin(check, origin)
  })
  return named
}

/**
 * Reports name checks by id: an evaluator's own name reads better than `gh-string#3`. A string
 * evaluator with several operators yields one check per operator, so repeated names get the
 * operator (or a counter) appended to stay unique.
 */
function withEvaluatorIds(checks: CheckSpec[]): CheckSpec[] {
  const counts = new Map<string, number>()
  for (const check of checks)
    if ('name' in check && check.name) counts.set(check.name, (counts.get(check.name) ?? 0) + 1)
  const used = new Set<string>()
  return checks.map(check => {
    if (!('name' in check) || !check.name || check.id) return check
    let id = check.name
    if ((counts.get(check.name) ?? 0) > 1)
      id = check.type === 'gh-string' ? `${check.name}.${check.op}` : check.name
    for (let k = 2; used.has(id); k++) id = `${check.name} (${k})`
    used.add(id)
    return { ...check, id }
  })
}

/**
 * A `uses:` we could not run would otherwise load and only show up as "unsupported" in the report
 * after the model calls were paid for; say at load time what the valid names are.
 */
function unknownBuiltin(uses: unknown, evaluator: string): string {
  const found = typeof uses === 'string' ? `"${uses}"` : describe(uses)
  let suggestion: string | undefined
  if (typeof uses === 'string') {
    // `acme/similarity` or `github/similarty`: compare the part after the slash too.
    const bare = uses.slice(uses.indexOf('/') + 1)
    const names = GH_BUILTINS.map(b => b.slice('github/'.length))
    const near = closest(bare, names)
    suggestion = closest(uses, GH_BUILTINS) ?? (near === undefined ? undefined : `github/${near}`)
  }
  const hint = suggestion ? `; did you mean ${suggestion}?` : ''
  return (
    `uses in evaluator "${evaluator}" must be one of GitHub's built-in evaluators ` +
    `${GH_BUILTINS.join(', ')}, found ${found}${hint}`
  )
}

function parseStringEvaluator(c: Collector, value: unknown, path: Path, name: string): CheckSpec[] {
  if (!isRecord(value)) {
    c.error(path, `string evaluator "${name}" must be a mapping with one of ${STRING_OPS.join(', ')}`)
    return []
  }
  const specs: CheckSpec[] = []
  for (const key of Object.keys(value)) {
    const op = STRING_OPS.find(o => o === key)
    if (!op) {
      const suggestion = closest(key, STRING_OPS)
      const hint = suggestion ? `did you mean ${suggestion}?` : `use one of ${STRING_OPS.join(', ')}`
      c.error(
        [...path, key],
        `unknown string evaluator operation "${key}" in evaluator "${name}"; ${hint}`,
        true
      )
      continue
    }
    const operand = text(c, value[key], [...path, key], `${key} value`)
    if (operand !== undefined) specs.push({ type: 'gh-string', name, op, value: operand })
  }
  if (specs.length === 0 && Object.keys(value).length === 0) {
    c.error(path, `string evaluator "${name}" needs one of ${STRING_OPS.join(', ')}`)
  }
  return specs
}

function parseLlmEvaluator(c: Collector, value: unknown, path: Path, name: string): CheckSpec | undefined {
  if (!isRecord(value)) {
    c.error(path, `llm evaluator "${name}" must be a mapping with prompt and choices`)
    return undefined
  }
  c.unknownKeys(value, path, ['modelId', 'systemPrompt', 'prompt', 'choices'], 'llm evaluator')
  const errorsBefore = c.errors.length
  const prompt = value.prompt === undefined ? undefined : text(c, value.prompt, [...path, 'prompt'], 'prompt')
  if (value.prompt === undefined) c.error(path, `llm evaluator "${name}" has no prompt`)
  const choices: { choice: string; score: number }[] = []
  if (!Array.isArray(value.choices) || value.choices.length === 0) {
    c.error(
      value.choices === undefined ? path : [...path, 'choices'],
      `llm evaluator "${name}" needs choices: a list of {choice, score}`
    )
  } else {
    value.choices.forEach((item: unknown, i: number) => {
      const choicePath: Path = [...path, 'choices', i]
      if (!isRecord(item)) {
        c.error(choicePath, `each choice must be a mapping {choice, score}, found ${describe(item)}`)
        return
      }
      const choice = text(c, item.choice, [...choicePath, 'choice'], 'choice')
      const score = item.score
      if (typeof score !== 'number' || !Number.isFinite(score)) {
        c.error(
          [...choicePath, 'score'],
          `score must be a number, found ${JSON.stringify(score) ?? 'nothing'}`
        )
        return
      }
      if (choice !== undefined) choices.push({ choice, score })
    })
  }
  const optional = (key: 'modelId' | 'systemPrompt') =>
    value[key] === undefined || value[key] === null ? undefined : text(c, value[key], [...path, key], key)
  const modelId = optional('modelId')
  const systemPrompt = optional('systemPrompt')
  if (c.errors.length > errorsBefore || prompt === undefined) return undefined
  const llm: NonNullable<Extract<CheckSpec, { type: 'llm-rubric' }>['llm']> = { prompt, choices }
  if (modelId !== undefined) llm.modelId = modelId
  if (systemPrompt !== undefined) llm.systemPrompt = systemPrompt
  return { type: 'llm-rubric', name, llm }
}
