import type { CheckSpec } from '../core/types.js'
import type { ConfigCheckSpec } from './schema.js'

/** Default name of a config `llm-rubric` check that has no id; reports label rubrics by name. */
export const DEFAULT_RUBRIC_NAME = 'rubric'

/** A check as written in config or a dataset → the engine's CheckSpec (rubrics get a name). */
export function toCheckSpec(spec: ConfigCheckSpec): CheckSpec {
  if (spec.type === 'llm-rubric') return { ...spec, name: spec.id ?? DEFAULT_RUBRIC_NAME }
  return spec
}
