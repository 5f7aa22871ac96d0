// The check vocabulary shared by the config (`checks:` of suites and defaults) and dataset rows
// (per-case `checks:`). A zod schema, so the published JSON Schema and the types derive from it.
import { z } from 'zod'
import type { CheckSpec } from './types.js'

const fraction = z.number().min(0).max(1)
const positiveInt = z.number().int().positive()
const nonEmpty = z.string().min(1)
const stringOrList = z.union([nonEmpty, z.array(nonEmpty).min(1)])

export const checkSpecSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('equals'),
      value: z.string(),
      trim: z.boolean().optional(),
      id: nonEmpty.optional()
    }),
    z.strictObject({
      type: z.enum(['contains', 'icontains']),
      value: stringOrList,
      mode: z
        .enum(['any', 'all'])
        .optional()
        .describe('With a list: pass when any (default) or all values occur.'),
      id: nonEmpty.optional()
    }),
    z.strictObject({
      type: z.literal('not-contains'),
      value: stringOrList,
      caseSensitive: z.boolean().optional(),
      id: nonEmpty.optional()
    }),
    z.strictObject({
      type: z.enum(['starts-with', 'ends-with']),
      value: z.string(),
      caseSensitive: z.boolean().optional(),
      id: nonEmpty.optional()
    }),
    z
      .strictObject({
        type: z.literal('regex'),
        pattern: nonEmpty,
        flags: z
          .string()
          .regex(/^[dgimsuvy]*$/)
          .optional(),
        id: nonEmpty.optional()
      })
      .superRefine((spec, ctx) => {
        // A pattern with {{placeholders}} is complete only per case: preflight compiles those.
        if (spec.pattern.includes('{{')) return
        const problem = regexProblem(spec.pattern, spec.flags)
        if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem })
      }),
    z.strictObject({ type: z.literal('is-json'), id: nonEmpty.optional() }),
    z.strictObject({
      type: z.literal('json-schema'),
      schema: z.record(z.string(), z.unknown()).optional().describe('Inline JSON Schema (2020-12).'),
      schemaFile: nonEmpty
        .optional()
        .describe(
          "Repo-relative path of a JSON Schema file. Without schema or schemaFile the prompt file's own jsonSchema (responseFormat: json_schema) is used."
        ),
      id: nonEmpty.optional()
    }),
    z.strictObject({
      type: z.literal('max-length'),
      value: positiveInt.describe('Maximum characters.'),
      id: nonEmpty.optional()
    }),
    z.strictObject({ type: z.literal('max-words'), value: positiveInt, id: nonEmpty.optional() }),
    z.strictObject({
      type: z.literal('llm-rubric'),
      rubric: nonEmpty.describe('What a good answer does; the judge scores the output against it.'),
      threshold: fraction.optional().describe('Minimum judge score in [0,1] to pass (default 0.5).'),
      id: nonEmpty.optional()
    }),
    z.strictObject({
      type: z.literal('rails'),
      validators: z
        .array(nonEmpty)
        .optional()
        .describe('Rails validator ids to run (default: every enabled one).'),
      id: nonEmpty.optional()
    })
  ])
  .describe('A check run on every output of the suite.')

export type ConfigCheckSpec = z.infer<typeof checkSpecSchema>

/**
 * Why `pattern` with `flags` is not a JavaScript regular expression, worded for the user; undefined
 * when it compiles. The one wording of a bad pattern: config and dataset loading, preflight and the
 * regex check itself all use it.
 */
export function regexProblem(pattern: string, flags?: string): string | undefined {
  try {
    new RegExp(pattern, flags)
    return undefined
  } catch (error) {
    const shown = `/${pattern}/${flags ?? ''}`
    // V8: "Invalid regular expression: /(a/: Unterminated group"; the pattern is shown once.
    const reason = (error instanceof Error ? error.message : String(error))
      .replace('Invalid regular expression: ', '')
      .replace(`${shown}: `, '')
    return `invalid regex ${shown}: ${reason}; fix the pattern or its flags`
  }
}

/** Default name of a config `llm-rubric` check that has no id; reports label rubrics by name. */
export const DEFAULT_RUBRIC_NAME = 'rubric'

/** A check as written in config or a dataset → the engine's CheckSpec (rubrics get a name). */
export function toCheckSpec(spec: ConfigCheckSpec): CheckSpec {
  if (spec.type === 'llm-rubric') return { ...spec, name: spec.id ?? DEFAULT_RUBRIC_NAME }
  return spec
}

/** Where a check was written: a config key or a prompt file's evaluator, with its line. */
export interface CheckOrigin {
  file: string
  line?: number
  column?: number
  /** The key path in that file, e.g. `suites[0].checks[1]`. */
  path: string
}

/**
 * Origins of loaded checks, keyed by the check object. Checks are plain data shared by the
 * engine and reports, so the loaders that know the line record it here instead of in the check.
 */
const checkOrigins = new WeakMap<object, CheckOrigin>()

export function setCheckOrigin(check: object, origin: CheckOrigin): void {
  checkOrigins.set(check, origin)
}

/** Where `check` was written, when a loader recorded it (checks built in code have none). */
export function checkOrigin(check: object): CheckOrigin | undefined {
  return checkOrigins.get(check)
}
