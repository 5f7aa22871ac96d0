import { createRails } from '../../src/rails/index.js'
import { locatePointer } from '../../src/rails/validators/format.js'

const schema = {
  type: 'object',
  required: ['sentiment', 'items'],
  properties: {
    sentiment: { enum: ['positive', 'negative'] },
    items: { type: 'array', items: { type: 'object', properties: { qty: { type: 'integer', minimum: 1 } } } },
    email: { type: 'string', format: 'email' }
  },
  additionalProperties: false
}
const rails = createRails({ pii: { enabled: false }, content: { enabled: false } })

describe('format', () => {
  it('passes JSON that satisfies the schema from the context', () => {
    expect(rails.validate('{"sentiment":"positive","items":[]}', { jsonSchema: schema }).violations).toEqual(
      []
    )
  })
  it('reports each schema error with its instance path and the span of the offending value', () => {
    const output = '{"sentiment": "angry", "items": [{"qty": 1}, {"qty": 0}]}'
    const violations = rails.validate(output, { jsonSchema: schema }).violations
    expect(violations.map(v => [v.message, v.text])).toEqual([
      ['/sentiment: must be equal to one of the allowed values', '"angry"'],
      ['/items/1/qty: must be >= 1', '0']
    ])
  })
  it('names an unexpected property and checks formats (ajv-formats)', () => {
    const output = '{"sentiment":"negative","items":[],"email":"nope","extra":1}'
    const messages = rails.validate(output, { jsonSchema: schema }).violations.map(v => v.message)
    expect(messages).toEqual([
      '(root): must NOT have additional properties "extra"',
      '/email: must match format "email"'
    ])
  })
  it('reports invalid JSON at the parse error position', () => {
    const [v] = rails.validate('{"sentiment": "positive",}', { jsonSchema: schema }).violations
    expect(v?.message).toMatch(/^not valid JSON/)
    expect(v?.span.start).toBe(25)
  })
  it('reports an empty output as invalid JSON with an empty span', () => {
    const [v] = rails.validate('', { jsonSchema: schema }).violations
    expect(v).toEqual(expect.objectContaining({ validator: 'format', span: { start: 0, end: 0 } }))
  })
  it('uses the config schema when the context has none, and the context schema wins', () => {
    const configured = createRails({ format: { schema: { type: 'array' } } })
    expect(configured.validate('{}').violations.map(v => v.message)).toEqual(['(root): must be array'])
    expect(configured.validate('{}', { jsonSchema: { type: 'object' } }).violations).toEqual([])
  })
  it('does nothing without a schema unless format.enabled requires JSON', () => {
    expect(createRails({}).validate('plain prose').violations).toEqual([])
    expect(createRails({ format: { enabled: true } }).validate('plain prose').violations.length).toBe(1)
  })
  it('throws at createRails for an invalid config schema, naming the key', () => {
    expect(() => createRails({ format: { schema: { type: 'nope' } } })).toThrow(
      /rails\.format\.schema is not a valid JSON Schema/
    )
  })
  it('locates values by JSON pointer, including escaped keys', () => {
    const text = '{ "a/b": [1, {"~k": "v"}] }'
    const span = locatePointer(text, '/a~1b/1/~0k')
    expect(span && text.slice(span.start, span.end)).toBe('"v"')
    expect(locatePointer(text, '/missing')).toBeUndefined()
  })
})
