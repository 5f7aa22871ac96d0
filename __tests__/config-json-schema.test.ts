import { readFileSync } from 'node:fs'
import { configJsonSchema } from '../src/config/json-schema.js'

describe('published config JSON Schema', () => {
  it('matches the committed schema/promptgate.schema.json (run npm run schema after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync('schema/promptgate.schema.json', 'utf8'))
    expect(committed).toEqual(configJsonSchema())
  })

  it('forbids unknown top-level keys so a typo cannot silently disable a gate', () => {
    expect(configJsonSchema().additionalProperties).toBe(false)
  })
})
