// Small type guards every layer needs; one copy each, so they cannot drift.

/** A plain mapping (not null, not a list): what a parsed YAML/JSON object is before validation. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Message of anything thrown, without trusting it to be an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** What kind of value was found, in the user's (YAML/JSON) words: `a list`, `a mapping`, `number`… */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : typeof value
}

/** `a.b.0.c` into parsed JSON (objects and arrays); undefined when any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  let current = value
  for (const part of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)]
    else if (isRecord(current)) current = current[part]
    else return undefined
  }
  return current
}
