// What can be known about a check before any model call: problems no output can change (a regex
// that does not compile, a json-schema check with no schema, a graded check with no judge) and,
// per case, placeholders the case cannot fill. `validate` and `run` both report these through
// engine/preflight.ts, with the same wording the check would give at run time.
import { regexProblem } from '../core/check-spec.js'
import type { CheckSpec, PromptDefinition } from '../core/types.js'
import { BOTH_SCHEMAS_REASON, noSchemaReason, promptSchema } from './deterministic.js'
import { NO_JUDGE_REASON } from './judge.js'
import { isModelGraded } from './run.js'
import { compileSchema, loadSchemaFile, type SchemaFileReader } from './schema.js'
import { quote } from './text.js'
import {
  escapeRegExp,
  missingVarsReason,
  placeholderNames,
  renderTemplate,
  type TemplateVars
} from './template.js'

export interface CheckPreflightContext {
  /** The prompt whose outputs the check scores: its responseFormat may carry the schema. */
  prompt: Pick<PromptDefinition, 'file' | 'responseFormat'>
  /** True when the config has a `judge:`. */
  hasJudge: boolean
  /** Where schemaFiles are read (the working tree). */
  files: SchemaFileReader
}

/** Problems of `spec` that hold whatever the model answers; empty when there are none. */
export async function checkProblems(spec: CheckSpec, context: CheckPreflightContext): Promise<string[]> {
  if (isModelGraded(spec)) return context.hasJudge ? [] : [NO_JUDGE_REASON]
  if (spec.type !== 'json-schema') return []
  if (spec.schema && spec.schemaFile) return [BOTH_SCHEMAS_REASON]
  if (spec.schemaFile) {
    const loaded = await loadSchemaFile(context.files, spec.schemaFile)
    if (!loaded.ok) return [loaded.error]
    const compiled = compileSchema(loaded.schema)
    return compiled.ok ? [] : [`schemaFile ${quote(spec.schemaFile)}: ${compiled.error}`]
  }
  const schema = spec.schema ?? promptSchema(context.prompt.responseFormat)
  if (!schema) return [noSchemaReason(context.prompt.file)]
  const compiled = compileSchema(schema)
  return compiled.ok ? [] : [compiled.error]
}

/** Text fields of a check filled from the case at run time, with the words the check uses. */
interface TemplatedField {
  where: string
  text: string
  /** Variables the check adds itself (an llm evaluator's input and output). */
  extra?: string[]
}

function templatedFields(spec: CheckSpec): TemplatedField[] {
  const list = (where: string, value: string | string[]): TemplatedField[] =>
    (typeof value === 'string' ? [value] : value).map(text => ({ where, text }))
  switch (spec.type) {
    case 'equals':
      return list('equals value', spec.value)
    case 'contains':
    case 'icontains':
    case 'starts-with':
    case 'ends-with':
      return list(`${spec.type} value`, spec.value)
    case 'not-contains':
      return list('not-contains value', spec.value)
    case 'gh-string':
      return list(`string evaluator ${quote(spec.name)}`, spec.value)
    case 'regex':
      return list('regex pattern', spec.pattern)
    case 'llm-rubric': {
      // An llm evaluator's prompt may also use what the judge adds: the input and the output.
      const judged = ['input', 'output', 'completion']
      const fields = spec.rubric !== undefined ? list('rubric', spec.rubric) : []
      if (spec.llm) {
        fields.push({ where: `evaluator ${quote(spec.name)} prompt`, text: spec.llm.prompt, extra: judged })
        if (spec.llm.systemPrompt !== undefined)
          fields.push({
            where: `evaluator ${quote(spec.name)} systemPrompt`,
            text: spec.llm.systemPrompt,
            extra: judged
          })
      }
      return fields
    }
    default:
      return []
  }
}

/**
 * The first problem of `spec` for one case: a placeholder the case has no variable for, or a
 * regex pattern that does not compile once the case's (escaped) values are in. Undefined when fine.
 */
export function caseCheckProblem(spec: CheckSpec, vars: TemplateVars): string | undefined {
  for (const field of templatedFields(spec)) {
    if (!field.text.includes('{{')) continue
    const known = field.extra ? new Map([...field.extra.map(k => [k, ''] as const), ...vars]) : vars
    const rendered = renderTemplate(field.text, known, spec.type === 'regex' ? escapeRegExp : undefined)
    if (!rendered.ok) return missingVarsReason(field.where, rendered.missing, known)
    if (spec.type === 'regex') {
      const problem = regexProblem(rendered.text, spec.flags)
      if (problem) return problem
    }
  }
  return undefined
}

/** The placeholders of a check's templated fields: variables the check reads from the case. */
export function checkVariables(spec: CheckSpec): string[] {
  return templatedFields(spec).flatMap(field => placeholderNames(field.text))
}
