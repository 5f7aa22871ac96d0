import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  configLocation,
  ConfigError,
  loadConfig,
  MissingFileError,
  readConfigFile
} from '../../src/config/load.js'
import { FIXTURES, dirFiles, memFiles, rejected, thrown } from '../helpers/repo-files.js'

const fixture = (name: string) => readFileSync(join(FIXTURES, 'config', name), 'utf8')

function configError(file: string, text: string): ConfigError {
  const error = thrown(() => loadConfig(file, text))
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('loadConfig', () => {
  it('returns the validated config for a valid file', () => {
    const config = loadConfig('valid.yml', fixture('valid.yml'))
    expect(config.suites.map(s => s.id)).toEqual(['sentiment', 'summarizer'])
    expect(config.defaults?.thresholds).toEqual({ minPassRate: 0.8, confidence: 0.9 })
  })

  it('points an unknown key at its own line and suggests the closest valid key', () => {
    const error = configError('.github/promptgate.yml', fixture('typos.yml'))
    const issue = error.issues.find(i => i.path === 'suites[0].thresholds.minPasRate')
    expect(issue).toMatchObject({ line: 10, column: 7, found: '"minPasRate"' })
    expect(issue?.message).toContain('did you mean minPassRate?')
    expect(error.message).toContain(
      '.github/promptgate.yml:10:7: suites[0].thresholds.minPasRate: unknown key "minPasRate"; did you mean minPassRate?'
    )
  })

  it('reports a wrong type with the line of the value, what was expected and what was found', () => {
    const error = configError('c.yml', fixture('typos.yml'))
    const issue = error.issues.find(i => i.path === 'suites[0].thresholds.maxP95LatencyMs')
    expect(issue).toMatchObject({ line: 11, column: 24, expected: 'number', found: '"fast"' })
  })

  it('lists every problem of the file in one error, sorted by line', () => {
    const error = configError('c.yml', fixture('typos.yml'))
    expect(error.issues.map(i => [i.line, i.path])).toEqual([
      [10, 'suites[0].thresholds.minPasRate'],
      [11, 'suites[0].thresholds.maxP95LatencyMs'],
      [13, 'suites[0].sampling.repeats']
    ])
    expect(error.message).toMatch(/^Invalid PromptGate config c\.yml \(3 problems\):/)
  })

  it('lists the valid keys when an unknown key resembles none of them', () => {
    const error = configError('c.yml', 'version: 1\nproviders: {}\nsuites: []\nzebra: 1\n')
    const issue = error.issues.find(i => i.path === 'zebra')
    expect(issue?.line).toBe(4)
    expect(issue?.message).toContain('valid keys here: $schema, version, id, providers')
  })

  it('suggests the closest provider type for an unknown discriminator', () => {
    const text =
      'version: 1\nproviders:\n  main:\n    type: antropic\nsuites:\n  - id: a\n    prompt: a.prompt.yml\n'
    const issue = configError('c.yml', text).issues[0]
    expect(issue).toMatchObject({ path: 'providers.main.type', line: 4, column: 11 })
    expect(issue?.message).toContain('did you mean "anthropic"?')
  })

  it('names a missing required key at the mapping that lacks it', () => {
    const text = 'version: 1\nproviders:\n  o: { type: openai }\nsuites:\n  - id: a\n    model: m\n'
    const issue = configError('c.yml', text).issues[0]
    expect(issue).toMatchObject({ path: 'suites[0].prompt', line: 5, found: 'nothing' })
    expect(issue?.message).toBe('missing required key "prompt" (string)')
  })

  it('reports a YAML syntax error with its line', () => {
    const text = 'version: 1\nproviders:\n  o: { type: openai\nsuites: []\n'
    const error = configError('c.yml', text)
    expect(error.issues[0]?.line).toBeGreaterThanOrEqual(3)
    expect(error.issues[0]?.expected).toBe('valid YAML')
  })

  it('reports a duplicate key at the second occurrence', () => {
    const text =
      'version: 1\nproviders:\n  o: { type: openai }\nsuites:\n  - id: a\n    prompt: a.prompt.yml\nversion: 1\n'
    const issue = configError('c.yml', text).issues[0]
    expect(issue).toMatchObject({ line: 7, column: 1 })
    expect(issue?.message).toContain('Map keys must be unique')
  })

  it('says how to start an empty config', () => {
    const issue = configError('c.yml', '# nothing yet\n').issues[0]
    expect(issue?.message).toContain('the config is empty')
  })

  it('reports duplicate suite ids and undefined providers after the schema passes', () => {
    const error = configError('c.yml', fixture('cross-refs.yml'))
    const byPath = Object.fromEntries(error.issues.map(i => [i.path, i]))
    expect(byPath['defaults.provider']).toMatchObject({ line: 6 })
    expect(byPath['defaults.provider']?.message).toContain('did you mean "openai"?')
    expect(byPath['models["openai/gpt-4o"].provider']).toMatchObject({ line: 9 })
    expect(byPath['judge.provider']).toMatchObject({ line: 12 })
    expect(byPath['suites[1].id']).toMatchObject({ line: 16 })
    expect(byPath['suites[1].id']?.message).toContain('first used by suites[0] at line 14')
  })

  it('requires a model for a template prompt when neither the suite nor defaults name one', () => {
    const error = configError('c.yml', fixture('cross-refs.yml'))
    const issue = error.issues.find(i => i.path === 'suites[0].prompt')
    expect(issue).toMatchObject({ line: 15 })
    expect(issue?.message).toContain('set suites[0].model or defaults.model')
    expect(error.issues.some(i => i.path === 'suites[1].prompt')).toBe(false)
  })

  it('remembers where each key of a loaded config sits', () => {
    const config = loadConfig('valid.yml', fixture('valid.yml'))
    expect(configLocation(config, ['suites', 1, 'prompt'])).toEqual({
      file: 'valid.yml',
      line: 39,
      column: 13,
      path: 'suites[1].prompt'
    })
    expect(configLocation({ ...config }, ['suites'])).toBeUndefined()
  })
})

describe('readConfigFile', () => {
  it('loads the config from a file reader', async () => {
    const config = await readConfigFile('config/valid.yml', dirFiles(FIXTURES))
    expect(config.version).toBe(1)
  })

  it('names the path tried and how to change it when the file does not exist', async () => {
    const error = await rejected(readConfigFile('.github/promptgate.yml', memFiles({})))
    expect(error).toBeInstanceOf(MissingFileError)
    const message = (error as Error).message
    expect(message).toContain('no config file at .github/promptgate.yml')
    expect(message).toContain('--config')
  })

  it('reads from disk by default and reports a missing file the same way', async () => {
    const error = await rejected(readConfigFile(join(FIXTURES, 'config', 'absent.yml')))
    expect(error).toBeInstanceOf(MissingFileError)
  })
})
