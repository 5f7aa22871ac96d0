import { z } from 'zod'
import {
  createRails,
  enabledValidatorIds,
  parseRailsConfig,
  railsConfigSchema
} from '../../src/rails/index.js'

describe('rails config', () => {
  it('turns on content, PII and secrets with an empty config, and nothing that needs settings', () => {
    const ids = enabledValidatorIds(parseRailsConfig({}))
    expect(ids).toEqual(expect.arrayContaining(['format', 'content', 'pii.email', 'pii.ip', 'secret.aws']))
    expect(ids).not.toEqual(expect.arrayContaining(['forbidden-terms']))
    for (const off of ['forbidden-terms', 'links', 'language', 'length']) expect(ids).not.toContain(off)
  })
  it('lets a per-validator override beat its group switch', () => {
    const ids = enabledValidatorIds(
      parseRailsConfig({
        pii: { enabled: false },
        validators: { 'pii.email': { enabled: true }, content: { enabled: false } }
      })
    )
    expect(ids.filter(id => id.startsWith('pii.'))).toEqual(['pii.email'])
    expect(ids).not.toContain('content')
  })
  it('applies per-validator severities and failOn', () => {
    const rails = createRails({ failOn: 'critical', validators: { 'pii.email': { severity: 'low' } } })
    const result = rails.validate('mail ana@corp.io, card 4111 1111 1111 1111')
    expect(result.violations.map(v => v.severity)).toEqual(['low', 'critical'])
    expect(result.ok).toBe(false)
    expect(rails.validate('mail ana@corp.io').ok).toBe(true)
  })
  it('rejects unknown keys and validator ids with the key path and the valid ids', () => {
    expect(() => createRails({ pii: { kind: ['email'] } } as never)).toThrow(/rails\.pii: Unrecognized key/)
    expect(() => createRails({ validators: { 'pii.mail': { enabled: true } } })).toThrow(
      /rails\.validators\.pii\.mail: unknown validator id "pii\.mail"; valid ids: .*pii\.email/
    )
    expect(() => createRails({ pii: { phoneDefaultCountry: 'usa' } })).toThrow(/ISO 3166-1 alpha-2/)
  })
  it('accepts custom validator ids in the validators overrides', () => {
    expect(() =>
      parseRailsConfig({ custom: [{ module: './x.mjs' }], validators: { 'custom.x': { severity: 'high' } } })
    ).not.toThrow()
  })
  it('accepts competitors as strings or {name, aliases}', () => {
    expect(
      parseRailsConfig({ competitors: ['Initech', { name: 'Acme', aliases: ['Acme Corp'] }] }).competitors
    ).toHaveLength(2)
  })
  it('describes every key in the JSON Schema it publishes', () => {
    const json = z.toJSONSchema(railsConfigSchema) as { properties: Record<string, { description?: string }> }
    for (const [key, value] of Object.entries(json.properties))
      expect([key, typeof value.description]).toEqual([key, 'string'])
    expect((json as { additionalProperties?: unknown }).additionalProperties).toBe(false)
  })
})
