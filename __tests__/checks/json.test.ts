import { runChecks, runDeterministicChecks } from '../../src/checks/index.js'
import { compileSchema } from '../../src/checks/schema.js'
import type { CheckSpec } from '../../src/core/types.js'
import { makeCtx, makePrompt, one } from './fixtures.js'

const run = (output: string, spec: CheckSpec, ctx = makeCtx()) =>
  one(runDeterministicChecks(output, [spec], ctx))

const orderSchema = {
  type: 'object',
  required: ['id', 'items'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    email: { type: 'string', format: 'email' },
    items: { type: 'array', items: { type: 'object', properties: { price: { type: 'number' } } } }
  }
}

describe('is-json', () => {
  it('passes on raw JSON and names its kind', () => {
    expect(run('{"a": 1}', { type: 'is-json' })).toMatchObject({ pass: true, reason: 'valid JSON object' })
  })

  it('accepts one surrounding ```json fence and says so', () => {
    const r = run('```json\n[1, 2]\n```\n', { type: 'is-json' })
    expect(r).toMatchObject({ pass: true, reason: 'valid JSON array inside a ```json fence' })
  })

  it('rejects prose around the JSON', () => {
    expect(run('Here it is: {"a": 1}', { type: 'is-json' }).pass).toBe(false)
  })

  it('gives the line and column of a syntax error and what was expected', () => {
    const r = run('{\n  "a": 1,\n  "b": }', { type: 'is-json' })
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('invalid JSON at line 3, column 8 (offset 19): expected a value, found "}"')
  })

  it('reports truncated JSON as an unexpected end of input', () => {
    const r = run('{"a": [1, 2', { type: 'is-json' })
    expect(r.reason).toBe(
      "invalid JSON at line 1, column 12 (offset 11): expected ',' or ']', found end of input"
    )
  })

  it('does not overflow the stack on deeply nested invalid input', () => {
    const r = run('['.repeat(200_000), { type: 'is-json' })
    expect(r).toMatchObject({ status: 'ok', pass: false })
    expect(r.reason).toContain('found end of input')
  })
})

describe('json-schema', () => {
  it('passes a valid instance of an inline schema', () => {
    const r = run('{"id": "A1", "items": [{"price": 3}]}', { type: 'json-schema', schema: orderSchema })
    expect(r).toMatchObject({ status: 'ok', pass: true, reason: 'matches inline schema' })
  })

  it('lists every violation with its instance path', () => {
    const r = run('{"items": [{"price": "3"}], "email": "nope", "extra": 1}', {
      type: 'json-schema',
      schema: orderSchema
    })
    expect(r.pass).toBe(false)
    expect(r.reason).toMatch(/^4 schema violations \(inline schema\): /)
    expect(r.reason).toContain("(root): must have required property 'id'")
    expect(r.reason).toContain('(root): must NOT have additional properties ("extra")')
    expect(r.reason).toContain('/email: must match format "email"')
    expect(r.reason).toContain('/items/0/price: must be number')
  })

  it("falls back to the prompt's responseFormat json_schema", () => {
    const prompt = makePrompt({ responseFormat: { type: 'json_schema', name: 'order', schema: orderSchema } })
    const r = run('{"id": 5, "items": []}', { type: 'json-schema' }, makeCtx({ prompt }))
    expect(r.reason).toBe("1 schema violation (the prompt's responseFormat schema): /id: must be string")
  })

  it('is an error when no schema is given anywhere', () => {
    const r = run('{}', { type: 'json-schema' })
    expect(r.status).toBe('error')
    expect(r.reason).toContain('json-schema has no schema: set schema or schemaFile')
  })

  it('fails invalid JSON with the parse position', () => {
    const r = run('{"id": }', { type: 'json-schema', schema: orderSchema })
    expect(r).toMatchObject({ status: 'ok', pass: false })
    expect(r.reason).toBe('invalid JSON at line 1, column 8 (offset 7): expected a value, found "}"')
  })

  it('reports an invalid schema as an error', () => {
    const r = run('{}', { type: 'json-schema', schema: { type: 'no-such-type' } })
    expect(r.status).toBe('error')
    expect(r.reason).toMatch(/^inline schema: invalid JSON Schema: /)
  })

  it('uses a preloaded schemaFile in the sync path', () => {
    const ctx = makeCtx({ schemas: new Map([['schemas/order.json', orderSchema]]) })
    const r = run('{"id": "A1"}', { type: 'json-schema', schemaFile: 'schemas/order.json' }, ctx)
    expect(r.reason).toBe(
      `1 schema violation (schemaFile "schemas/order.json"): (root): must have required property 'items'`
    )
  })

  it('reads a YAML schemaFile through the file reader in the async path', async () => {
    const files = {
      readText: (p: string) =>
        Promise.resolve(p === 'schemas/s.yml' ? 'type: object\nrequired: [id]\n' : undefined)
    }
    const results = await runChecks(
      '{"id": 1}',
      [{ type: 'json-schema', schemaFile: 'schemas/s.yml' }],
      makeCtx({ files })
    )
    expect(one(results)).toMatchObject({ status: 'ok', pass: true })
  })

  it('reports a missing schemaFile as an error naming the path', async () => {
    const files = { readText: () => Promise.resolve(undefined) }
    const results = await runChecks(
      '{}',
      [{ type: 'json-schema', schemaFile: 'schemas/gone.json' }],
      makeCtx({ files })
    )
    expect(one(results)).toMatchObject({
      status: 'error',
      reason: 'schemaFile "schemas/gone.json" does not exist'
    })
  })

  it('refuses a schemaFile path that leaves the repo', async () => {
    const files = { readText: () => Promise.resolve('{}') }
    const results = await runChecks(
      '{}',
      [{ type: 'json-schema', schemaFile: '../etc/schema.json' }],
      makeCtx({ files })
    )
    expect(one(results).reason).toBe(
      `schemaFile "../etc/schema.json" must be a repo-relative path without '..'`
    )
  })

  it('compiles each schema object once and reuses the validator', () => {
    const schema = { type: 'object' }
    const first = compileSchema(schema)
    expect(compileSchema(schema)).toBe(first)
    expect(compileSchema({ type: 'object' })).not.toBe(first)
  })
})
