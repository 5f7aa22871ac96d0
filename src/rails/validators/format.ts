// JSON parse and JSON Schema (2020-12) validation. Each schema error points at the offending value in
// the original text, so the PR comment can quote it.
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { ajv2020, ajvFormats } from '../../core/vendor.js'
import type { Finding, RailValidator } from '../types.js'

export const FORMAT_ID = 'format'

/**
 * Schema errors placed in the text per output. Each placement walks the JSON text, so an unbounded
 * number (allErrors on a 100k-item array) would be quadratic; the rest are counted in one finding.
 */
export const MAX_SCHEMA_ERRORS = 20

export interface FormatOptions {
  /** Config schema, used when the context brings none. */
  schema?: Record<string, unknown>
  /** Require JSON even without a schema. */
  requireJson: boolean
}

export function createFormatValidator(options: FormatOptions): RailValidator {
  // Built on first use: most outputs are prose and never need a schema compiler at start-up.
  let ajv: Ajv2020 | undefined
  const compiler = (): Ajv2020 => {
    if (ajv === undefined) {
      ajv = new (ajv2020())({ allErrors: true, strict: false })
      ajvFormats()(ajv)
    }
    return ajv
  }
  const compiled = new WeakMap<object, ValidateFunction>()
  const compile = (schema: object, where: string): ValidateFunction => {
    const cached = compiled.get(schema)
    if (cached !== undefined) return cached
    try {
      const fn = compiler().compile(schema)
      compiled.set(schema, fn)
      return fn
    } catch (error) {
      throw new Error(`rails format: ${where} is not a valid JSON Schema: ${(error as Error).message}`, {
        cause: error
      })
    }
  }
  // Compile the config schema now so a broken one fails at createRails, not on the first output.
  if (options.schema !== undefined) compile(options.schema, 'rails.format.schema')

  return {
    ids: [FORMAT_ID],
    redact: false,
    run(output, context, _active, work) {
      const schema = context.jsonSchema ?? options.schema
      if (schema === undefined && !options.requireJson) return []
      let value: unknown
      try {
        value = JSON.parse(output)
      } catch (error) {
        const at = Math.max(0, Math.min(parseErrorOffset((error as Error).message), output.length - 1))
        return [
          {
            validator: FORMAT_ID,
            start: at,
            end: Math.min(output.length, at + 1),
            message: `not valid JSON: ${(error as Error).message}`
          }
        ]
      }
      if (schema === undefined) return []
      const where = context.jsonSchema !== undefined ? 'context.jsonSchema' : 'rails.format.schema'
      const validate = compile(schema, where)
      if (validate(value)) return []
      const errors = validate.errors ?? []
      const findings = errors.slice(0, MAX_SCHEMA_ERRORS).map(e => {
        work.schemaLocates++
        return schemaFinding(output, e)
      })
      if (errors.length > MAX_SCHEMA_ERRORS) {
        findings.push({
          validator: FORMAT_ID,
          start: 0,
          end: output.length,
          message: `${errors.length - MAX_SCHEMA_ERRORS} more schema errors not listed`
        })
      }
      return findings
    }
  }
}

function schemaFinding(output: string, error: ErrorObject): Finding {
  const span = locatePointer(output, error.instancePath) ?? { start: 0, end: output.length }
  const path = error.instancePath === '' ? '(root)' : error.instancePath
  const detail =
    error.keyword === 'additionalProperties'
      ? `${error.message ?? ''} "${String((error.params as { additionalProperty?: unknown }).additionalProperty)}"`
      : (error.message ?? error.keyword)
  return { validator: FORMAT_ID, ...span, message: `${path}: ${detail}` }
}

/** V8 reports "... at position N" (Node 20) or "(line L column C)"; fall back to the start. */
function parseErrorOffset(message: string): number {
  const position = /position (\d+)/.exec(message)
  if (position?.[1] !== undefined) return Number(position[1])
  return 0
}

/** Span of the value at a JSON Pointer in valid JSON text, walking only the path (no full parse tree). */
export function locatePointer(text: string, pointer: string): { start: number; end: number } | undefined {
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  let pos = skipWs(text, 0)
  for (const segment of segments) {
    const ch = text[pos]
    if (ch === '{') {
      pos = skipWs(text, pos + 1)
      let found = false
      while (text[pos] === '"') {
        const keyEnd = skipString(text, pos)
        const key = JSON.parse(text.slice(pos, keyEnd)) as string
        pos = skipWs(text, skipWs(text, keyEnd) + 1)
        if (key === segment) {
          found = true
          break
        }
        pos = skipWs(text, skipValue(text, pos))
        if (text[pos] === ',') pos = skipWs(text, pos + 1)
      }
      if (!found) return undefined
    } else if (ch === '[') {
      const index = Number(segment)
      pos = skipWs(text, pos + 1)
      for (let i = 0; i < index; i++) {
        pos = skipWs(text, skipValue(text, pos))
        if (text[pos] !== ',') return undefined
        pos = skipWs(text, pos + 1)
      }
    } else {
      return undefined
    }
  }
  return { start: pos, end: skipValue(text, pos) }
}

function skipWs(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos] as string)) pos++
  return pos
}

function skipString(text: string, pos: number): number {
  let i = pos + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

function skipValue(text: string, pos: number): number {
  const ch = text[pos]
  if (ch === '"') return skipString(text, pos)
  if (ch === '{' || ch === '[') {
    let depth = 0
    let i = pos
    while (i < text.length) {
      const c = text[i]
      if (c === '"') {
        i = skipString(text, i)
        continue
      }
      if (c === '{' || c === '[') depth++
      else if (c === '}' || c === ']') {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    return text.length
  }
  let i = pos
  while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++
  return i
}
