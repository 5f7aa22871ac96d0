// Validates every GitHub request a test makes against GitHub's own OpenAPI description
// (@octokit/openapi): the method and path template must exist, query parameters must be declared,
// and a JSON body must match the operation's requestBody schema.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export type SpecName = 'api.github.com' | 'ghes-3.19'

interface Route {
  method: string
  template: string
  regex: RegExp
  literalLength: number
  operation: JsonObject
  parameters: JsonObject[]
}

interface Spec {
  doc: JsonObject
  routes: Route[]
  ajv: Ajv
  validators: Map<string, ValidateFunction>
}

const specs = new Map<SpecName, Spec>()
const require = createRequire(import.meta.url)
// ajv-formats is CommonJS with a default export property.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => void

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function pointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  let node: Json = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isObject(node) || !(key in node)) throw new Error(`Unresolvable $ref ${ref}`)
    node = node[key]!
  }
  return node
}

function deref(doc: JsonObject, node: Json): Json {
  let current = node
  for (let i = 0; i < 20 && isObject(current) && typeof current.$ref === 'string'; i++) {
    current = pointer(doc, current.$ref)
  }
  return current
}

/** OpenAPI 3.0 schema → JSON Schema draft-07, refs inlined (cycles become `{}`). */
function toJsonSchema(doc: JsonObject, node: Json, stack: string[] = []): Json {
  if (Array.isArray(node)) return node.map(n => toJsonSchema(doc, n, stack))
  if (!isObject(node)) return node
  if (typeof node.$ref === 'string') {
    if (stack.includes(node.$ref)) return {}
    return toJsonSchema(doc, pointer(doc, node.$ref), [...stack, node.$ref])
  }
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'example' || key === 'examples' || key === 'nullable') continue
    if (key === 'discriminator' || key === 'xml' || key === 'externalDocs' || key === 'deprecated') continue
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toJsonSchema(doc, v, stack)])
      )
      continue
    }
    out[key] = toJsonSchema(doc, value, stack)
  }
  if (node.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (!Array.isArray(out.enum)) return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

function load(name: SpecName): Spec {
  const cached = specs.get(name)
  if (cached) return cached
  const file = require.resolve(`@octokit/openapi/generated/${name}.json`)
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject
  const routes: Route[] = []
  for (const [template, rawItem] of Object.entries(doc.paths as JsonObject)) {
    const item = rawItem as JsonObject
    const shared = ((item.parameters as Json[] | undefined) ?? []).map(p => deref(doc, p) as JsonObject)
    for (const [method, rawOp] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue
      const operation = rawOp as JsonObject
      const own = ((operation.parameters as Json[] | undefined) ?? []).map(p => deref(doc, p) as JsonObject)
      const parameters = [...shared, ...own]
      const pattern = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{([^}]+)\\?\}/g, (_m, param: string) => {
          const def = parameters.find(p => p.name === param && p.in === 'path')
          return def?.['x-multi-segment'] ? '(.+)' : '([^/]+)'
        })
      routes.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        literalLength: template.replace(/\{[^}]+\}/g, '').length,
        operation,
        parameters
      })
    }
  }
  routes.sort((a, b) => b.literalLength - a.literalLength)
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false })
  addFormats(ajv)
  const spec: Spec = { doc, routes, ajv, validators: new Map() }
  specs.set(name, spec)
  return spec
}

export interface GitHubRequestCheck {
  operationId: string
  template: string
}

/**
 * Throws unless `method url` is an operation of GitHub's REST API whose query parameters and JSON
 * body match the description. `url` is a path with query (`/repos/o/r/pulls/1/files?page=2`) or a
 * full URL; a GHES `/api/v3` prefix is stripped.
 */
export function validateGitHubRequest(
  method: string,
  url: string,
  body: unknown,
  specName: SpecName = 'api.github.com'
): GitHubRequestCheck {
  const spec = load(specName)
  const parsed = new URL(url, 'https://api.github.com')
  const path = decodeURI(parsed.pathname.replace(/^\/api\/v3(?=\/)/, ''))
  const route = spec.routes.find(r => r.method === method.toUpperCase() && r.regex.test(path))
  if (!route)
    throw new Error(`${method} ${path} is not an operation in GitHub's ${specName} OpenAPI description`)
  const operationId = String(route.operation.operationId)

  for (const key of parsed.searchParams.keys()) {
    const param = route.parameters.find(p => p.in === 'query' && p.name === key)
    if (!param) throw new Error(`${operationId}: query parameter "${key}" is not declared`)
    const schema = isObject(param.schema) ? param.schema : {}
    const value = parsed.searchParams.get(key) ?? ''
    if (schema.type === 'integer' && !/^-?\d+$/.test(value)) {
      throw new Error(`${operationId}: query parameter "${key}" must be an integer, got "${value}"`)
    }
  }

  const requestBody = route.operation.requestBody
  const hasBody = body !== undefined && body !== ''
  if (!requestBody) {
    if (hasBody) throw new Error(`${operationId} takes no request body, got ${JSON.stringify(body)}`)
    return { operationId, template: route.template }
  }
  const rb = deref(spec.doc, requestBody) as JsonObject
  if (!hasBody) {
    if (rb.required === true) throw new Error(`${operationId} requires a request body`)
    return { operationId, template: route.template }
  }
  const content = rb.content as JsonObject
  const media = content['application/json'] as JsonObject | undefined
  if (!media) throw new Error(`${operationId} has no application/json request body`)
  let validate = spec.validators.get(operationId)
  if (!validate) {
    validate = spec.ajv.compile(toJsonSchema(spec.doc, media.schema ?? {}) as object)
    spec.validators.set(operationId, validate)
  }
  const value = typeof body === 'string' ? (JSON.parse(body) as unknown) : body
  if (!validate(value)) {
    throw new Error(`${operationId} request body is invalid: ${spec.ajv.errorsText(validate.errors)}`)
  }
  return { operationId, template: route.template }
}
