// Checks: deterministic (string, regex, JSON, JSON Schema, length, GitHub Models string),
// model-graded (rubric, GitHub Models llm and built-in evaluators) and safety rails.
export { runChecks, runDeterministicChecks, canRunSync, isModelGraded } from './run.js'
export { checkIds, checkName } from './names.js'
export {
  aggregateSample,
  summariseCheck,
  checkLabel,
  countChecks,
  unsupportedChecks,
  type SampleAggregate,
  type SampleFlag,
  type CheckCounts,
  type CheckOutcomeLabel
} from './aggregate.js'
export type { ChecksContext, RailsValidator } from './types.js'
export type { SchemaFileReader } from './schema.js'
export { NO_JUDGE_REASON, GH_BUILTINS, parseChoice } from './judge.js'
export { summariseViolations } from './rails.js'
export { checkProblems, caseCheckProblem, checkVariables, type CheckPreflightContext } from './preflight.js'
