// JSON Schema (2020-12) validation for json-schema checks. Each distinct schema object is
// compiled once (WeakMap keyed by the object) because checks run thousands of times per suite.
// Every schema gets its own Ajv instance: two versions of a schema file (base and head) may share
// an `$id`, which a shared instance would reject as a duplicate.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { parse as parseYaml } from 'yaml'
import { quote } from './text.js'
import { errorMessage } from '../core/guards.js'
import { YAML_MAX_ALIAS_COUNT } from '../core/yaml.js'
import { ajv2020, ajvFormats } from '../core/vendor.js'

/** Violations listed in a reason; the rest are counted. */
export const SCHEMA_MAX_LISTED_VIOLATIONS = 5

export type CompiledSchema = { ok: true; validate: ValidateFunction } | { ok: false; error: string }

const compiled = new WeakMap<object, CompiledSchema>()

export function compileSchema(schema: Record<string, unknown>): CompiledSchema {
  const cached = compiled.get(schema)
  if (cached) return cached
  let result: CompiledSchema
  try {
    // strict: false — user schemas written for a provider's structured outputs carry keywords
    // Ajv's strict mode rejects; they are not our errors to report.
    const ajv = new (ajv2020())({ allErrors: true, strict: false, logger: false })
    ajvFormats()(ajv)
    result = { ok: true, validate: ajv.compile(schema) }
  } catch (error) {
    result = { ok: false, error: `invalid JSON Schema: ${errorMessage(error)}` }
  }
  compiled.set(schema, result)
  return result
}

/** One line per violation: `/items/0/price: must be number`. */
export function describeViolations(errors: readonly ErrorObject[]): string {
  const lines = errors.slice(0, SCHEMA_MAX_LISTED_VIOLATIONS).map(describeViolation)
  const rest = errors.length - lines.length
  if (rest > 0) lines.push(`and ${rest} more`)
  return lines.join('; ')
}

function describeViolation(error: ErrorObject): string {
  const path = error.instancePath === '' ? '(root)' : error.instancePath
  const params = error.params as Record<string, unknown>
  let detail = error.message ?? error.keyword
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    detail += ` (${quote(params.additionalProperty, 40)})`
  } else if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    detail += `: ${quote(JSON.stringify(params.allowedValues), 80)}`
  } else if (error.keyword === 'const' && 'allowedValue' in params) {
    detail += `: ${quote(JSON.stringify(params.allowedValue) ?? 'undefined', 80)}`
  }
  return `${path}: ${detail}`
}

/** Read access to schema files; `RepoFiles` fits, so does a test double. */
export interface SchemaFileReader {
  readText(path: string): Promise<string | undefined>
}

export type LoadedSchema = { ok: true; schema: Record<string, unknown> } | { ok: false; error: string }

const loadedFiles = new WeakMap<SchemaFileReader, Map<string, Promise<LoadedSchema>>>()

/** Loads a schema file once per reader (base and head readers see different versions). */
export function loadSchemaFile(files: SchemaFileReader, path: string): Promise<LoadedSchema> {
  let perReader = loadedFiles.get(files)
  if (!perReader) {
    perReader = new Map()
    loadedFiles.set(files, perReader)
  }
  let loading = perReader.get(path)
  if (!loading) {
    loading = readSchemaFile(files, path)
    perReader.set(path, loading)
  }
  return loading
}

async function readSchemaFile(files: SchemaFileReader, path: string): Promise<LoadedSchema> {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..')) {
    return { ok: false, error: `schemaFile ${quote(path)} must be a repo-relative path without '..'` }
  }
  let text: string | undefined
  try {
    text = await files.readText(path)
  } catch (error) {
    return { ok: false, error: `schemaFile ${quote(path)} could not be read: ${errorMessage(error)}` }
  }
  if (text === undefined) return { ok: false, error: `schemaFile ${quote(path)} does not exist` }
  return parseSchemaText(path, text)
}

/** Parses a schema file's text: JSON, or YAML for .yml/.yaml files. */
export function parseSchemaText(path: string, text: string): LoadedSchema {
  let value: unknown
  try {
    // The same alias expansion limit as every other YAML file: a schema file can be a YAML bomb too.
    value = /\.ya?ml$/i.test(path)
      ? parseYaml(text, { maxAliasCount: YAML_MAX_ALIAS_COUNT })
      : JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      error: `schemaFile ${quote(path)} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${errorMessage(error)}`
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `schemaFile ${quote(path)} must hold a JSON Schema object` }
  }
  return { ok: true, schema: value as Record<string, unknown> }
}
