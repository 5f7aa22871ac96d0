// Reads the zod schema at a data path, so an unknown key can be answered with the keys that are
// valid right there ("did you mean minPassRate?"). zod's own issue only names the bad key.
import type { z } from 'zod'
import { isRecord } from './guards.js'

type Schema = z.core.$ZodType

interface Def {
  type: string
  shape?: Record<string, Schema>
  element?: Schema
  valueType?: Schema
  innerType?: Schema
  options?: readonly Schema[]
  discriminator?: string
  in?: Schema
  getter?: () => Schema
}

function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

/** Strips optional/default/nullable/pipe/lazy wrappers, expands unions by what the data holds. */
function resolve(schema: Schema, data: unknown, depth = 0): Schema[] {
  if (depth > 20) return []
  const def = defOf(schema)
  const inner = def.innerType ?? def.in ?? def.getter?.()
  if (inner && def.type !== 'object') return resolve(inner, data, depth + 1)
  if (def.type === 'union' && def.options) {
    const options = def.options.flatMap(o => resolve(o, data, depth + 1))
    const disc = def.discriminator
    if (disc && isRecord(data)) {
      const matching = options.filter(o => {
        const field = defOf(o).shape?.[disc]
        return field !== undefined && safeParses(field, data[disc])
      })
      if (matching.length > 0) return matching
    }
    return options
  }
  return [schema]
}

function safeParses(schema: Schema, value: unknown): boolean {
  return (schema as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success
}

function step(schema: Schema, segment: PropertyKey): Schema | undefined {
  const def = defOf(schema)
  if (def.type === 'object') return def.shape?.[String(segment)]
  if (def.type === 'array') return def.element
  if (def.type === 'record') return def.valueType
  return undefined
}

/** Valid keys of the object(s) the schema allows at `path` of `data`; empty when not an object. */
export function keysAt(root: Schema, path: readonly PropertyKey[], data: unknown): string[] {
  let schemas = resolve(root, data)
  let value: unknown = data
  for (const segment of path) {
    value =
      isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[segment] : undefined
    const next: Schema[] = []
    for (const s of schemas) {
      const child = step(s, segment)
      if (child) next.push(...resolve(child, value))
    }
    schemas = next
  }
  const keys = new Set<string>()
  for (const s of schemas) {
    const shape = defOf(s).shape
    if (defOf(s).type === 'object' && shape) for (const key of Object.keys(shape)) keys.add(key)
  }
  return [...keys]
}
