// Writes schema/promptgate.schema.json from the zod config schema (the single source of truth).
import { mkdirSync, writeFileSync } from 'node:fs'
import { configJsonSchema } from '../src/config/json-schema.js'

mkdirSync('schema', { recursive: true })
writeFileSync('schema/promptgate.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n')
console.log('wrote schema/promptgate.schema.json')
