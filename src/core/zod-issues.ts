// Turns zod issues into positioned, actionable messages: what was expected, what was found, and
// for a typo the closest valid key or value. Used for the config and for checks in datasets.
import type { z } from 'zod'
import { closest, formatPath, type ConfigIssue } from './errors.js'
import { kindOf } from './guards.js'
import { keysAt } from './zod-walk.js'

/** Keys listed in an "unknown key" message before the list is cut short. */
const MAX_LISTED_KEYS = 12
/** Characters of a found string quoted in a message. */
const MAX_QUOTED_CHARS = 40

/** Where a data path sits in its file. `atKey` asks for the key rather than its value. */
export type Locate = (
  path: readonly PropertyKey[],
  atKey: boolean
) => { file: string; line: number; column: number }

/** A short, safe description of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const shown = value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS)}…` : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'object') return kindOf(value)
  return `${typeof value} ${String(value)}`
}

/** zod speaks JavaScript; the user wrote YAML or JSON. */
function typeName(type: string): string {
  if (type === 'object' || type === 'record') return 'a mapping'
  if (type === 'array') return 'a list'
  return type
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_LISTED_KEYS).join(', ')
  return keys.length > MAX_LISTED_KEYS ? `${shown}, …` : shown
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  return value
}

function didYouMean(found: unknown, options: readonly unknown[]): string {
  if (typeof found !== 'string') return ''
  const suggestion = closest(
    found,
    options.filter((o): o is string => typeof o === 'string')
  )
  return suggestion ? `; did you mean "${suggestion}"?` : ''
}

/**
 * Maps zod issues for `data` validated by `schema`. `prefix` is prepended to every path, for
 * data that sits inside a larger file (a check inside a dataset row).
 */
export function mapZodIssues(
  schema: z.core.$ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  locate: Locate,
  prefix: readonly (string | number)[] = []
): ConfigIssue[] {
  const out = issues.flatMap(issue => mapOne(schema, data, issue))
  return out.map(i => {
    const path = [...prefix, ...i.path]
    return {
      ...locate(path, i.atKey),
      path: formatPath(path),
      message: i.message,
      expected: i.expected,
      found: i.found
    }
  })
}

interface Mapped {
  path: (string | number)[]
  atKey: boolean
  message: string
  expected: string
  found: string
}

function mapOne(schema: z.core.$ZodType, data: unknown, issue: z.core.$ZodIssue): Mapped[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol')
  const value = valueAt(data, path)
  const found = describeValue(value)
  const last = String(path[path.length - 1] ?? '')
  const at = (message: string, expected: string): Mapped[] => [
    { path, atKey: false, message, expected, found }
  ]
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(schema, path, data)
      return issue.keys.map(key => {
        const suggestion = closest(key, valid)
        const hint = suggestion
          ? `did you mean ${suggestion}?`
          : valid.length > 0
            ? `valid keys here: ${listKeys(valid)}`
            : 'remove it'
        return {
          path: [...path, key],
          atKey: true,
          message: `unknown key "${key}"; ${hint}`,
          expected: `one of: ${listKeys(valid)}`,
          found: JSON.stringify(key)
        }
      })
    }
    case 'invalid_type': {
      const expected = typeName(issue.expected)
      if (value === undefined) return at(`missing required key "${last}" (${expected})`, expected)
      return at(`expected ${expected}, found ${found}`, expected)
    }
    case 'invalid_value': {
      const values = issue.values.map(v => JSON.stringify(v))
      const expected = values.length === 1 ? (values[0] ?? '') : `one of ${values.join(', ')}`
      return at(`expected ${expected}, found ${found}${didYouMean(value, issue.values)}`, expected)
    }
    case 'invalid_union': {
      const detail = issue as { options?: unknown; note?: string }
      if (Array.isArray(detail.options) && detail.note === 'No matching discriminator') {
        const expected = `one of ${detail.options.map(o => JSON.stringify(o)).join(', ')}`
        const what = value === undefined ? `missing required key "${last}"` : `unknown ${last} ${found}`
        return at(`${what}: expected ${expected}${didYouMean(value, detail.options)}`, expected)
      }
      return at(`${issue.message}, found ${found}`, 'one of the allowed forms')
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small'
      const bound = String(small ? issue.minimum : issue.maximum)
      const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'
      const amount = small ? 'at least' : 'at most'
      const expected =
        issue.origin === 'array' || issue.origin === 'set'
          ? `${amount} ${bound} item(s)`
          : issue.origin === 'string'
            ? `${amount} ${bound} character(s)`
            : `a number ${op} ${bound}`
      return at(`expected ${expected}, found ${found}`, expected)
    }
    default:
      return at(`${issue.message}, found ${found}`, issue.message)
  }
}
