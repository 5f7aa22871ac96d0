import { z } from 'zod'
import { configSchema } from './schema.js'

/** JSON Schema (2020-12) of the repo config, derived from the zod schema for editor completion. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >
  return { ...schema, title: 'PromptGate config' }
}
