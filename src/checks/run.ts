// Runs a case's checks on one output. The sync path serves the common case (no judge calls, no
// schema files to read) without a promise per check; the async path adds judge calls (in
// parallel) and reads schema files once per file reader.
import type { CheckResult, CheckSpec } from '../core/types.js'
import {
  checkAffix,
  checkContains,
  checkEquals,
  checkGhString,
  checkIsJson,
  checkJsonSchema,
  checkMaxLength,
  checkMaxWords,
  checkNotContains,
  checkRegex,
  type CheckEnv
} from './deterministic.js'
import { isPlan, planModelGraded, runPlan, type JudgePlan } from './judge.js'
import { checkRails } from './rails.js'
import { loadSchemaFile, type LoadedSchema } from './schema.js'
import { caseVars, type TemplateVars } from './template.js'
import { checkIds } from './names.js'
import { failed, type CheckOutcome, type ChecksContext } from './types.js'
import { errorMessage } from '../core/guards.js'

export function isModelGraded(
  spec: CheckSpec
): spec is Extract<CheckSpec, { type: 'llm-rubric' | 'gh-builtin' }> {
  return spec.type === 'llm-rubric' || spec.type === 'gh-builtin'
}

/** True when runDeterministicChecks can run these specs: no judge call, no schema file to read. */
export function canRunSync(specs: readonly CheckSpec[], ctx: ChecksContext): boolean {
  return specs.every(spec => {
    if (isModelGraded(spec)) return ctx.judge === undefined
    if (spec.type === 'json-schema' && spec.schemaFile !== undefined && !spec.schema) {
      return ctx.schemas?.has(spec.schemaFile) === true || ctx.files === undefined
    }
    return true
  })
}

function makeEnv(ctx: ChecksContext, schemaFiles?: ReadonlyMap<string, LoadedSchema>): CheckEnv {
  let vars: TemplateVars | undefined
  return {
    ctx,
    vars: () => (vars ??= caseVars(ctx)),
    ...(schemaFiles ? { schemaFiles } : {})
  }
}

type Evaluated = CheckOutcome | JudgePlan

function evaluate(output: string, spec: CheckSpec, env: CheckEnv): Evaluated {
  switch (spec.type) {
    case 'equals':
      return checkEquals(output, spec, env)
    case 'contains':
    case 'icontains':
      return checkContains(output, spec, env)
    case 'not-contains':
      return checkNotContains(output, spec, env)
    case 'starts-with':
    case 'ends-with':
      return checkAffix(output, spec, env)
    case 'regex':
      return checkRegex(output, spec, env)
    case 'is-json':
      return checkIsJson(output)
    case 'json-schema':
      return checkJsonSchema(output, spec, env)
    case 'max-length':
      return checkMaxLength(output, spec)
    case 'max-words':
      return checkMaxWords(output, spec)
    case 'gh-string':
      return checkGhString(output, spec, env)
    case 'rails':
      return checkRails(output, spec, env.ctx)
    case 'llm-rubric':
    case 'gh-builtin':
      return planModelGraded(output, spec, env.ctx)
    default:
      return unknownType(spec)
  }
}

function unknownType(spec: never): CheckOutcome {
  // Specs come from validated config, but a prompt file loader may pass something new.
  const type = (spec as { type?: unknown }).type
  return failed(`unknown check type ${JSON.stringify(type)}`)
}

/** A bug in one check must not take down the run: it becomes that check's error. */
function evaluateSafely(output: string, spec: CheckSpec, env: CheckEnv): Evaluated {
  try {
    return evaluate(output, spec, env)
  } catch (error) {
    return failed(`check crashed: ${errorMessage(error)}`)
  }
}

function toResult(spec: CheckSpec, id: string, outcome: CheckOutcome): CheckResult {
  return { id, type: spec.type, ...outcome }
}

/**
 * Runs checks that need no judge call and no file read. Throws when given a model-graded check
 * while a judge is configured (use runChecks; canRunSync tells which). Without a judge those
 * checks are reported unsupported here too.
 */
export function runDeterministicChecks(
  output: string,
  specs: readonly CheckSpec[],
  ctx: ChecksContext
): CheckResult[] {
  const env = makeEnv(ctx)
  const ids = checkIds(specs)
  return specs.map((spec, index) => {
    const evaluated = evaluateSafely(output, spec, env)
    const id = ids[index] as string
    if (isPlan(evaluated)) throw new Error(`check ${id} needs a judge call; run it through runChecks`)
    return toResult(spec, id, evaluated)
  })
}

async function loadSchemaFiles(
  specs: readonly CheckSpec[],
  ctx: ChecksContext
): Promise<ReadonlyMap<string, LoadedSchema> | undefined> {
  const { files } = ctx
  if (!files) return undefined
  const paths = new Set<string>()
  for (const spec of specs) {
    if (
      spec.type === 'json-schema' &&
      spec.schemaFile &&
      !spec.schema &&
      !ctx.schemas?.has(spec.schemaFile)
    ) {
      paths.add(spec.schemaFile)
    }
  }
  if (paths.size === 0) return undefined
  const loaded = await Promise.all([...paths].map(async p => [p, await loadSchemaFile(files, p)] as const))
  return new Map(loaded)
}

/** Runs every check on one output; judge calls of the case run in parallel. */
export async function runChecks(
  output: string,
  specs: readonly CheckSpec[],
  ctx: ChecksContext
): Promise<CheckResult[]> {
  const env = makeEnv(ctx, await loadSchemaFiles(specs, ctx))
  const evaluated = specs.map(spec => evaluateSafely(output, spec, env))
  const outcomes = await Promise.all(evaluated.map(e => (isPlan(e) ? runPlan(e) : e)))
  const ids = checkIds(specs)
  return outcomes.map((outcome, index) => toResult(specs[index] as CheckSpec, ids[index] as string, outcome))
}
